import 'reflect-metadata';
import { DataSource, DataSourceOptions, Logger as TypeOrmLogger } from 'typeorm';
import { existingRootLogger } from '../common/logging';
import { REGION_ENTITIES } from '../regions/region.entities';
import { Device } from '../registry/device.entity';
import { Office } from '../registry/office.entity';
import { ServicePoint } from '../registry/service-point.entity';
import { SlaPolicy } from '../registry/sla-policy.entity';
import { RepairCase } from '../repairs/repair-case.entity';
import { TimelineEntry } from '../timeline/timeline-entry.entity';
import { Notification } from '../notifications/notification.entity';
import { InitialSchema1795400000000 } from './migrations/1795400000000-initial-schema';
import { AccessAndAudit1795500000000 } from './migrations/1795500000000-access-and-audit';
import { LoginAttemptsInFlight1795550000000 } from './migrations/1795550000000-login-attempts-in-flight';
import { Escalations1795600000000 } from './migrations/1795600000000-escalations';
import { Tours1795700000000 } from './migrations/1795700000000-tours';
import { Outages1795800000000 } from './migrations/1795800000000-outages';
import { WorkflowStarts1795900000000 } from './migrations/1795900000000-workflow-starts';
import { IdempotencyKeys1796000000000 } from './migrations/1796000000000-idempotency-keys';
import { BatchChecksumPerOffice1796100000000 } from './migrations/1796100000000-batch-checksum-per-office';
import { WhoMayAct1796200000000 } from './migrations/1796200000000-who-may-act';
import { OfficeTimeZones1796300000000 } from './migrations/1796300000000-office-time-zones';
import { TourStopsByVillage1796310000000 } from './migrations/1796310000000-tour-stops-by-village';
import { ServicePointPlaces1796340000000 } from './migrations/1796340000000-service-point-places';
import { TourOutagePolicy1796350000000 } from './migrations/1796350000000-tour-outage-policy';
import { EscalationsSolvedWithdrawn1796360000000 } from './migrations/1796360000000-escalations-solved-withdrawn';
import { NotificationEmail1796450000000 } from './migrations/1796450000000-notification-email';
import { Digests1796550000000 } from './migrations/1796550000000-digests';
import { DigestHeldMessages1796600000000 } from './migrations/1796600000000-digest-held-messages';
import { MetricsIndexes1796620000000 } from './migrations/1796620000000-metrics-indexes';
import { ReplyWaitWarning1796650000000 } from './migrations/1796650000000-reply-wait-warning';
import { Webhooks1796500000000 } from './migrations/1796500000000-webhooks';
import { WebhookRetention1796660000000 } from './migrations/1796660000000-webhook-retention';
import { RegionImports1796700000000 } from './migrations/1796700000000-region-imports';
import { BusinessCalendar1796400000000 } from './migrations/1796400000000-business-calendar';
import { ApiKey } from '../auth/api-key.entity';
import { AuthToken } from '../auth/auth-token.entity';
import { User } from '../auth/user.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Escalation, EscalationLetter } from '../escalations/escalation.entity';

export const ENTITIES = [...REGION_ENTITIES, Office, SlaPolicy, ServicePoint, Device, RepairCase, TimelineEntry, Notification, User, AuthToken, ApiKey, AuditEntry, Escalation, EscalationLetter];
export const MIGRATIONS = [InitialSchema1795400000000, AccessAndAudit1795500000000, LoginAttemptsInFlight1795550000000, Escalations1795600000000, Tours1795700000000, Outages1795800000000, WorkflowStarts1795900000000, IdempotencyKeys1796000000000, BatchChecksumPerOffice1796100000000, WhoMayAct1796200000000, OfficeTimeZones1796300000000, TourStopsByVillage1796310000000, ServicePointPlaces1796340000000, TourOutagePolicy1796350000000, EscalationsSolvedWithdrawn1796360000000, BusinessCalendar1796400000000, NotificationEmail1796450000000, Webhooks1796500000000, Digests1796550000000, DigestHeldMessages1796600000000, MetricsIndexes1796620000000, ReplyWaitWarning1796650000000, WebhookRetention1796660000000, RegionImports1796700000000];

/**
 * Logs failed queries without their parameters: those can hold password hashes, token digests and
 * personal data, which must never reach the log pipeline.
 */
class ParameterFreeLogger implements TypeOrmLogger {
  logQuery(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logQueryError(error: string | Error, query: string): void {
    write('error', `query failed: ${query.replace(/\s+/g, ' ').slice(0, 500)} — ${error instanceof Error ? error.message : error}`);
  }
  logMigration(message: string): void {
    write('info', message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') write('warn', String(message));
  }
}

/** The process's structured logger in the API and the worker; the console in the CLIs. */
function write(level: 'error' | 'warn' | 'info', message: string): void {
  const logger = existingRootLogger();
  if (logger) logger[level]({ context: 'TypeORM' }, message);
  else console[level === 'info' ? 'log' : level](`[TypeORM] ${message}`);
}

/** How long the API's and the worker's pools wait for Postgres; unset (the CLIs) waits as long as it takes. */
export interface DatabaseTimeouts {
  /** A connect, or a free connection from the pool (pg's connectionTimeoutMillis). */
  connectTimeoutMs?: number;
  /** Postgres cancels a statement after this long (the session's statement_timeout). */
  statementTimeoutMs?: number;
}

/** The one set of options used by the app, the worker, the tests and the TypeORM CLI. */
export function dataSourceOptions(url: string, poolSize = 10, timeouts: DatabaseTimeouts = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: {
      max: poolSize,
      ...(timeouts.connectTimeoutMs ? { connectionTimeoutMillis: timeouts.connectTimeoutMs } : {}),
      // A session default: long jobs (migrations, the region import) lift it for themselves.
      ...(timeouts.statementTimeoutMs ? { statement_timeout: timeouts.statementTimeoutMs } : {}),
      // A peer that vanished without closing the connection (a cut cable, a dead VM) is noticed, not waited on forever.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    },
    logging: ['error', 'warn', 'migration'],
    logger: new ParameterFreeLogger(),
  };
}

/** Used by `npm run migration:*` (TypeORM CLI); it needs DATABASE_URL. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/ektp'));
