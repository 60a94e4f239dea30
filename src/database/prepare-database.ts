import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

const MIGRATION_LOCK = 'ektp-ops-migrations';

/** Applies pending migrations under an advisory lock, so replicas starting together run them once. */
export async function runMigrations(dataSource: DataSource, logger = new Logger('Migrations')): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.log(`applied ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
