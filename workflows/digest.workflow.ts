import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { DigestActivities } from '../src/digest/digest.activities';

/** A daily digest is an office's; a weekly one a province's (`provinceCode`) or, with null, the whole country's. */
export type DigestWorkflowInput =
  | { cadence: 'daily'; officeId: string; localDate?: string }
  | { cadence: 'weekly'; provinceCode: string | null; localDate?: string };

export interface DigestResult {
  /** The office's (or area's) local day the digest is for, YYYY-MM-DD. */
  localDate: string;
  /** New inbox messages: 0 when every recipient already had this digest. */
  delivered: number;
  /** Why nothing was sent (a day that is not a working day), else null. */
  skipped: string | null;
  /** Asked for by hand (a trigger, or a start outside the schedule), so sent on any day. */
  byHand: boolean;
}

/** Set by Temporal on a run a schedule started: the time the run was due (for a trigger, the time of the trigger). */
const SCHEDULED_START_TIME = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

const acts = proxyActivities<DigestActivities>({
  startToCloseTimeout: '2 minutes',
  // A digest that fails (database away) tries again, for the morning: its dedup keys keep it to one.
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', backoffCoefficient: 2, maximumAttempts: 30 },
});

/**
 * One digest, started by its Temporal Schedule (digest-daily-<officeId>, digest-weekly-<province>,
 * digest-weekly-national): decides the local day and whether to send (a daily digest due on a day
 * that is not a working day is skipped; one triggered by hand is sent), then gathers the read model
 * and delivers one inbox message per recipient, keyed by office (or area) and day.
 */
export async function digestWorkflow(input: DigestWorkflowInput): Promise<DigestResult> {
  const info = workflowInfo();
  const due = info.typedSearchAttributes.get(SCHEDULED_START_TIME) ?? legacyScheduledStart(info.searchAttributes?.TemporalScheduledStartTime);
  const plan = await acts.planDigest({ ...input, scheduledAt: due ? due.toISOString() : null });
  if (!plan.send) return { localDate: plan.localDate, delivered: 0, skipped: plan.reason, byHand: plan.byHand };
  const { delivered } = await acts.sendDigest({ ...input, localDate: plan.localDate });
  return { localDate: plan.localDate, delivered, skipped: null, byHand: plan.byHand };
}

/** The untyped form of the attribute, for a server that sends it without its type. */
function legacyScheduledStart(values: unknown): Date | undefined {
  const v = Array.isArray(values) ? values[0] : undefined;
  if (v instanceof Date) return v;
  if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return new Date(v);
  return undefined;
}
