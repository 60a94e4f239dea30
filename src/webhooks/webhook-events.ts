import { Context } from '@temporalio/activity';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { WorkflowEvent } from '../timeline/workflow-event';
import { preparedStatement, runPrepared } from '../database/prepared-statements';

/** Every event type an endpoint can subscribe to (`*`: all of them, including types added later). */
export const WEBHOOK_EVENT_TYPES = [
  'repair.opened',
  'repair.overdue',
  'repair.closed',
  'repair.cancelled',
  'escalation.awaiting-approval',
  'escalation.approved',
  'escalation.rejected',
  'letter.dispatched',
  'escalation.answered',
  'outage.opened',
  'outage.resolved',
  'outage.closed',
  'tour.approved',
  'tour.stop.checked-in',
  'tour.completed',
  'batch.acknowledged',
  'batch.rejected',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const ALL_EVENTS = '*';

/** In words, for the documentation and the admin page. */
export const WEBHOOK_EVENT_DESCRIPTIONS: Record<WebhookEventType, string> = {
  'repair.opened': 'A repair case was reported for a device',
  'repair.overdue': 'A repair case passed the deadline of its current step (once per reminder; data.level counts them)',
  'repair.closed': 'A repaired device was verified working and its case closed',
  'repair.cancelled': 'A repair case was cancelled',
  'escalation.awaiting-approval': 'An escalation letter (or a follow-up letter) waits for a manager’s approval',
  'escalation.approved': 'A manager approved an escalation letter; it was numbered',
  'escalation.rejected': 'A manager rejected an escalation letter',
  'letter.dispatched': 'An approved letter was e-mailed to the ministry',
  'escalation.answered': 'The ministry’s reply to an escalation was recorded',
  'outage.opened': 'An outage (network, central system, server, power, card stock) was reported',
  'outage.resolved': 'An outage was resolved (printing backlog recovery may follow)',
  'outage.closed': 'An outage and its printing backlog are done',
  'tour.approved': 'A village recording tour was approved',
  'tour.stop.checked-in': 'A tour team checked in at a village stop',
  'tour.completed': 'A tour finished',
  'batch.acknowledged': 'The central system acknowledged an offline recording batch',
  'batch.rejected': 'The central system rejected an offline recording batch (to be recorded again)',
};

/** A domain happening to tell the endpoints about. */
export interface WebhookEventInput {
  /** What makes the happening unique (the workflow id and event seq): the same source, the same event id. */
  source: string;
  type: WebhookEventType;
  officeId: string;
  data: Record<string, unknown>;
}

/** A UUID (RFC 9562 version 8, name-based on SHA-256) derived from the happening and the type. */
export function webhookEventId(source: string, type: string): string {
  const h = createHash('sha256').update(`${source}\u0000${type}`).digest();
  h[6] = (h[6] & 0x0f) | 0x80;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The task queue of the activity writing the event (its worker starts the deliveries), else the configured one. */
function currentTaskQueue(): string {
  try {
    return Context.current().info.taskQueue;
  } catch {
    return process.env.TEMPORAL_TASK_QUEUE || 'ektp-ops';
  }
}

/**
 * Stores the event in the outbox and a delivery for every enabled endpoint that wants it, in the
 * caller's transaction. A retry (same source and type) inserts nothing: the event id is derived, and
 * both inserts are ON CONFLICT DO NOTHING. The body is stored as sent, so every attempt signs the same bytes.
 */
export async function emitWebhookEvent(m: EntityManager, e: WebhookEventInput, now?: string): Promise<void> {
  const id = webhookEventId(e.source, e.type);
  // The transaction's time (now()), unless the caller already read it in this transaction.
  const at = now ?? (await m.query(`SELECT to_json(now())#>>'{}' AS now`))[0].now;
  const occurredAt = new Date(at).toISOString();
  const body = JSON.stringify({ id, type: e.type, occurredAt, officeId: e.officeId, data: e.data });
  // A retry inserts no event, and so no deliveries: they were made with it.
  await runPrepared(m, INSERT_EVENT_AND_DELIVERIES, [id, e.type, e.officeId, occurredAt, body, currentTaskQueue()]);
}

/** The event and a delivery for every enabled endpoint that wants it, in one statement. */
const INSERT_EVENT_AND_DELIVERIES = preparedStatement(
  'webhook_event_insert',
  `WITH ev AS (
     INSERT INTO webhook_events (id, type, office_id, occurred_at, body) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING id
   )
   INSERT INTO webhook_deliveries (event_id, endpoint_id, task_queue)
   SELECT ev.id, w.id, $6 FROM ev, webhook_endpoints w
    WHERE w.enabled AND (w.office_id IS NULL OR w.office_id = $3) AND ($2 = ANY(w.event_types) OR '*' = ANY(w.event_types))
   ON CONFLICT (event_id, endpoint_id) DO NOTHING`,
);

/** The workflow event recorded in the timeline (escalation, tour, outage; a repair's too), as recordWorkflowEvent has it. */
export type TimelineEventLike = Omit<WorkflowEvent, 'requestId' | 'summary'>;

/** Which webhook event types a timeline event is (most are none). */
export function webhookTypesOf(e: Pick<TimelineEventLike, 'subjectType' | 'event' | 'fromStatus' | 'toStatus'>): WebhookEventType[] {
  switch (e.subjectType) {
    case 'repair':
      if (e.event === 'reported') return ['repair.opened'];
      if (e.toStatus === 'closed' && e.fromStatus !== 'closed') return ['repair.closed'];
      if (e.toStatus === 'cancelled' && e.fromStatus !== 'cancelled') return ['repair.cancelled'];
      return [];
    case 'escalation': {
      const types: WebhookEventType[] = [];
      // Drafted, a follow-up drafted, or edited after changes were requested: a manager must decide.
      if (e.toStatus === 'drafted' && e.fromStatus !== 'drafted') types.push('escalation.awaiting-approval');
      if (e.event === 'approved') types.push('escalation.approved');
      if (e.event === 'rejected') types.push('escalation.rejected');
      if (e.event === 'dispatched') types.push('letter.dispatched');
      if (e.event === 'answered') types.push('escalation.answered');
      return types;
    }
    case 'outage':
      if (e.event === 'reported') return ['outage.opened'];
      if (e.event === 'resolved') return e.toStatus === 'closed' ? ['outage.resolved', 'outage.closed'] : ['outage.resolved'];
      if (e.event === 'closed') return ['outage.closed'];
      return [];
    case 'tour':
      if (e.event === 'approved') return ['tour.approved'];
      if (e.event === 'stop-checked-in') return ['tour.stop.checked-in'];
      if (e.event === 'completed') return ['tour.completed'];
      if (e.event === 'batch-acknowledged') return ['batch.acknowledged'];
      if (e.event === 'batch-rejected') return ['batch.rejected'];
      return [];
    default:
      return [];
  }
}

/** The webhook events of a timeline event, in the caller's transaction. */
/** `now`: the transaction's now() as `to_json(now())#>>'{}'` answers it, when the caller has read it already. */
export async function emitTimelineWebhooks(m: EntityManager, e: TimelineEventLike, extra: Record<string, unknown> = {}, now?: string): Promise<void> {
  for (const type of webhookTypesOf(e)) {
    await emitWebhookEvent(m, {
      source: `${e.workflowId}:${e.seq}`,
      type,
      officeId: e.officeId,
      data: {
        [`${e.subjectType}Id`]: e.subjectId,
        ...extra,
        workflowId: e.workflowId,
        event: e.event,
        status: e.toStatus,
        previousStatus: e.fromStatus ?? null,
        actor: e.actor,
        note: e.note ?? null,
        details: e.details,
      },
    }, now);
  }
}
