import { EntityManager } from 'typeorm';
import { actorKindOf, AuditService } from '../audit/audit.service';
import { storableText } from '../common/input-rules';

export interface WorkflowEvent {
  workflowId: string;
  seq: number;
  /** `escalation`, `tour`, `outage`: the timeline's subject and the audit trail's target type. */
  subjectType: string;
  subjectId: string;
  officeId: string;
  event: string;
  fromStatus?: string | null;
  toStatus: string;
  actor: string;
  note?: string | null;
  requestId?: string | null;
  /** Stored with the timeline entry. */
  details: Record<string, unknown>;
  /** Added to the audit entry's summary (besides workflow id, seq, statuses, note and details). */
  summary?: Record<string, unknown>;
}

/**
 * The timeline entry and the audit entry of one workflow event, keyed by (workflow id, seq): a
 * retried activity finds them recorded and gets false, and the caller changes nothing else.
 */
export async function recordWorkflowEvent(m: EntityManager, audit: AuditService, event: WorkflowEvent): Promise<boolean> {
  // What Postgres cannot store (NUL, unpaired surrogates) is replaced, never refused: no gap in the timeline.
  const e = storableText(event);
  const inserted: unknown[] = await m.query(
    `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING id`,
    [e.workflowId, e.seq, e.subjectType, e.subjectId, e.officeId, e.event, e.fromStatus ?? null, e.toStatus, e.actor, e.note ?? null, JSON.stringify(e.details)],
  );
  if (inserted.length === 0) return false;
  await audit.append(
    {
      actor: e.actor,
      actorKind: actorKindOf(e.actor),
      officeId: e.officeId,
      action: `${e.subjectType}.${e.event}`,
      targetType: e.subjectType,
      targetId: e.subjectId,
      summary: { workflowId: e.workflowId, seq: e.seq, from: e.fromStatus ?? null, to: e.toStatus, note: e.note ?? null, ...e.summary, ...e.details },
      requestId: e.requestId ?? null,
      dedupKey: `${e.workflowId}:${e.seq}`,
    },
    m,
  );
  return true;
}
