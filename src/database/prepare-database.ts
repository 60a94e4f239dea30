import { Logger } from '@nestjs/common';
import { DataSource, MigrationExecutor } from 'typeorm';

const MIGRATION_LOCK = 'ektp-ops-migrations';

/** Applies pending migrations under an advisory lock, so replicas starting together run them once. */
export async function runMigrations(dataSource: DataSource, logger = new Logger('Migrations')): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // A migration may rewrite a big table: the requests' statement timeout is not for it.
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    if (applied.length > 0) logger.log(`applied ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
