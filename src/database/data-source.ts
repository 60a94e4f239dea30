import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
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
import { ApiKey } from '../auth/api-key.entity';
import { AuthToken } from '../auth/auth-token.entity';
import { User } from '../auth/user.entity';
import { AuditEntry } from '../audit/audit-entry.entity';

export const ENTITIES = [...REGION_ENTITIES, Office, SlaPolicy, ServicePoint, Device, RepairCase, TimelineEntry, Notification, User, AuthToken, ApiKey, AuditEntry];
export const MIGRATIONS = [InitialSchema1795400000000, AccessAndAudit1795500000000];

/** The one set of options used by the app, the worker, the tests and the TypeORM CLI. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: poolSize },
    logging: ['error'],
  };
}

/** Used by `npm run migration:*` (TypeORM CLI); it needs DATABASE_URL. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/ektp'));
