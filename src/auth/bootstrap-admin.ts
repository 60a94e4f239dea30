import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config/app-config';
import { createUserRecord } from './user-records';

const LOCK = 4_242_003;

/**
 * One-time creation of the first admin from BOOTSTRAP_ADMIN_USERNAME / BOOTSTRAP_ADMIN_PASSWORD.
 * Does nothing once any admin exists, so the variables can stay set (or be removed) safely.
 */
export async function bootstrapAdmin(db: DataSource, config: AppConfig, audit: AuditService): Promise<void> {
  const logger = new Logger('Bootstrap');
  const username = config.BOOTSTRAP_ADMIN_USERNAME;
  if (!username) return;
  if (!config.BOOTSTRAP_ADMIN_PASSWORD) throw new Error('BOOTSTRAP_ADMIN_USERNAME is set but BOOTSTRAP_ADMIN_PASSWORD is not');
  await db.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [LOCK]);
    const [existing] = await m.query(`SELECT username FROM users WHERE role = 'admin' LIMIT 1`);
    if (existing) {
      logger.log(`an admin exists (${existing.username}); BOOTSTRAP_ADMIN_* ignored`);
      return;
    }
    const user = await createUserRecord(m, {
      username,
      displayName: 'Administrator',
      role: 'admin',
      password: config.BOOTSTRAP_ADMIN_PASSWORD as string,
    });
    await audit.append(
      { actor: 'system', actorKind: 'system', action: 'user.bootstrap', targetType: 'user', targetId: user.id, summary: { username, role: 'admin' } },
      m,
    );
    logger.log(`first admin ${username} created from BOOTSTRAP_ADMIN_*`);
  });
}
