import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Page, pageOf } from '../common/pagination';
import { preparedStatement, runPrepared } from '../database/prepared-statements';
import type { OfficeScope, Principal } from '../auth/principal';
import { AuditEntry, type ActorKind } from './audit-entry.entity';
import type { AuditQuery } from './audit.dto';

export interface AuditRecord {
  actor: string;
  actorKind: ActorKind;
  actorId?: string | null;
  officeId?: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  summary?: Record<string, unknown>;
  requestId?: string | null;
  clientIp?: string | null;
  /** For workflow-originated entries: the same key appends once, whatever the retries. */
  dedupKey?: string;
}

const SECRET_FIELDS = /pass(word)?|secret|token|key$/i;

/**
 * Copies a value with credentials blanked out: by default cut to what an audit entry needs (a few
 * levels, 50 items a list); `whole` keeps everything else (a stored answer replayed to a retry).
 */
export function redact(value: unknown, whole = false, depth = 0): unknown {
  if ((!whole && depth > 4) || value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return (whole ? value : value.slice(0, 50)).map((v) => redact(v, whole, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_FIELDS.test(k) ? '[redacted]' : redact(v, whole, depth + 1)]),
  );
}

/** The kind of an actor name as workflows record it: a username, `apikey:<prefix>` or `system`. */
export function actorKindOf(actor: string): ActorKind {
  if (actor === 'system') return 'system';
  return actor.startsWith('apikey:') ? 'api-key' : 'user';
}

export function principalActor(p: Principal | undefined): Pick<AuditRecord, 'actor' | 'actorKind' | 'actorId'> {
  if (!p) return { actor: 'anonymous', actorKind: 'anonymous', actorId: null };
  return { actor: p.actor, actorKind: p.kind, actorId: p.id };
}

/** An audit entry's columns, in the order of auditEntryValues, with the type each value is cast to. */
const AUDIT_ENTRY_COLUMNS: Array<[column: string, type: string]> = [
  ['actor', 'text'],
  ['actor_kind', 'text'],
  ['actor_id', 'uuid'],
  ['office_id', 'uuid'],
  ['action', 'text'],
  ['target_type', 'text'],
  ['target_id', 'text'],
  ['summary', 'jsonb'],
  ['request_id', 'text'],
  ['client_ip', 'text'],
  ['dedup_key', 'text'],
];

/** The values of an entry, as auditEntryInsert's placeholders take them. */
export function auditEntryValues(record: AuditRecord): unknown[] {
  return [
    record.actor,
    record.actorKind,
    record.actorId ?? null,
    record.officeId ?? null,
    record.action,
    record.targetType,
    record.targetId ?? null,
    JSON.stringify(record.summary ?? {}),
    record.requestId ?? null,
    record.clientIp ?? null,
    record.dedupKey ?? null,
  ];
}

/**
 * The INSERT of one entry whose values are the placeholders from `$first` on (auditEntryValues),
 * for a statement that appends the entry together with its change (a CTE). `tail` follows the
 * values' SELECT: a FROM or WHERE that decides whether there is an entry to write at all.
 */
export function auditEntryInsert(first: number, tail = ''): string {
  const values = AUDIT_ENTRY_COLUMNS.map(([, type], i) => `$${first + i}::${type}`).join(', ');
  return `INSERT INTO audit_entries (${AUDIT_ENTRY_COLUMNS.map(([c]) => c).join(', ')})
     SELECT ${values} ${tail}
     ON CONFLICT (dedup_key) DO NOTHING`;
}

const INSERT_AUDIT_ENTRY = preparedStatement('audit_entry_insert', auditEntryInsert(1));

/** Appends one entry through `m` (a transaction's manager when the entry must stand or fall with a change). */
export async function insertAuditEntry(m: EntityManager, record: AuditRecord): Promise<void> {
  await runPrepared(m, INSERT_AUDIT_ENTRY, auditEntryValues(record));
}

/** The append-only audit trail: one entry per write, by people over HTTP and by workflows. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async append(record: AuditRecord, manager?: EntityManager): Promise<void> {
    await insertAuditEntry(manager ?? this.entries.manager, record);
  }

  async list(query: AuditQuery, scope: OfficeScope): Promise<Page<AuditEntry>> {
    const qb = this.entries.createQueryBuilder('a').orderBy('a.occurred_at', 'DESC').addOrderBy('a.id', 'DESC');
    const [scopeSql, scopeParams] = scope.condition('a.office_id');
    qb.where(scopeSql, scopeParams);
    if (query.officeId) qb.andWhere('a.office_id = :officeId', { officeId: query.officeId });
    if (query.actor) qb.andWhere('a.actor = :actor', { actor: query.actor });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.targetType) qb.andWhere('a.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) qb.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    if (query.from) qb.andWhere('a.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.occurred_at < :to', { to: query.to });
    const [items, total] = await qb.skip((query.page - 1) * query.limit).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }
}
