import { DataSource, EntityManager } from 'typeorm';
import { currentRequest } from '../common/request-context';
import { AuditRecord, insertAuditEntry } from './audit.service';
import { markKeyCommitted } from './idempotency.service';

/**
 * Runs a change in one transaction together with the HTTP audit entry of the request it belongs to
 * (and marks the request's idempotency key committed): either all of it stands or none of it. The
 * first audited transaction of a request writes the entry; outside a request it is a plain
 * transaction.
 */
export async function auditedTransaction<T>(db: DataSource | EntityManager, change: (m: EntityManager) => Promise<T>): Promise<T> {
  const context = currentRequest();
  const pending = context?.pendingAudit && !context.pendingAudit.written ? context.pendingAudit : undefined;
  const result = await db.transaction(async (m) => {
    const value = await change(m);
    if (pending) {
      await insertAuditEntry(m, pending.build(value));
      if (context?.idempotencyKey) await markKeyCommitted(m, context.idempotencyKey, targetOf(value));
    }
    return value;
  });
  // Only once the transaction committed: a change rolled back leaves the entry still to write.
  if (pending) pending.written = true;
  return result;
}

function targetOf(result: unknown): string | null {
  const id = (result as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * For a change made in one statement of its own (no transaction around it): the request's HTTP
 * audit entry still to write and its idempotency key to mark committed, both for that statement to
 * write with the change (as auditedTransaction would); `written()` once the statement succeeded.
 * Nothing to write outside a request, or when an earlier change of the request wrote the entry.
 */
export function pendingAuditOf(result: { id: string; officeId?: string }): { entry: AuditRecord | null; idempotencyKey: string | null; written: () => void } {
  const context = currentRequest();
  const pending = context?.pendingAudit && !context.pendingAudit.written ? context.pendingAudit : undefined;
  return {
    entry: pending ? pending.build(result) : null,
    idempotencyKey: pending ? (context?.idempotencyKey ?? null) : null,
    written: () => {
      if (pending) pending.written = true;
    },
  };
}
