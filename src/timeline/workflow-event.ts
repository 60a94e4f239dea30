import { EntityManager } from 'typeorm';
import { actorKindOf, AuditRecord, AuditService, auditEntryInsert, auditEntryValues } from '../audit/audit.service';
import { preparedStatement, runPrepared } from '../database/prepared-statements';
import { storableText } from '../common/input-rules';
import { emitTimelineWebhooks } from '../webhooks/webhook-events';

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
 * retried activity finds them recorded and gets false, and the caller changes nothing else. The
 * webhook events of the happening are stored with them (see src/webhooks/webhook-events.ts).
 */
export async function recordWorkflowEvent(m: EntityManager, _audit: AuditService, event: WorkflowEvent): Promise<boolean> {
  // What Postgres cannot store (NUL, unpaired surrogates) is replaced, never refused: no gap in the timeline.
  const e = storableText(event);
  const audit: AuditRecord = {
    actor: e.actor,
    actorKind: actorKindOf(e.actor),
    officeId: e.officeId,
    action: `${e.subjectType}.${e.event}`,
    targetType: e.subjectType,
    targetId: e.subjectId,
    summary: { workflowId: e.workflowId, seq: e.seq, from: e.fromStatus ?? null, to: e.toStatus, note: e.note ?? null, ...e.summary, ...e.details },
    requestId: e.requestId ?? null,
    dedupKey: `${e.workflowId}:${e.seq}`,
  };
  const [outcome] = (
    await runPrepared<{ recorded: boolean; now: string }>(m, RECORD_WORKFLOW_EVENT, [
      e.workflowId,
      e.seq,
      e.subjectType,
      e.subjectId,
      e.officeId,
      e.event,
      e.fromStatus ?? null,
      e.toStatus,
      e.actor,
      e.note ?? null,
      JSON.stringify(e.details),
      ...auditEntryValues(audit),
    ])
  ).rows;
  if (!outcome.recorded) return false;
  // The webhook events this happening is, in the same transaction (an outbox row per event).
  await emitTimelineWebhooks(m, e, {}, outcome.now);
  return true;
}

/** The timeline entry and, when it is new, its audit entry: one statement. */
const RECORD_WORKFLOW_EVENT = preparedStatement(
  'workflow_event_record',
  `WITH ins AS (
     INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING id
   ), a AS (
     ${auditEntryInsert(12, 'FROM ins')}
   )
   SELECT EXISTS (SELECT 1 FROM ins) AS recorded, to_json(now())#>>'{}' AS now`,
);
