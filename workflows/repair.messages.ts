import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** Messages of RepairWorkflow, defined once and used by the workflow and by the API. */

export const REPAIR_STATUSES = ['reported', 'triaged', 'awaiting-repair', 'repaired', 'closed', 'cancelled'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];
export const OPEN_REPAIR_STATUSES: readonly RepairStatus[] = ['reported', 'triaged', 'awaiting-repair', 'repaired'];

/** What an officer can do to a case; the names of the API's routes (`POST /repairs/:id/<action>`). */
export const REPAIR_ACTIONS = ['triage', 'request-repair', 'mark-repaired', 'verify', 'cancel'] as const;
export type RepairAction = (typeof REPAIR_ACTIONS)[number];

/**
 * Which actions each state accepts: the workflow's validators refuse everything else, and the API
 * reads the same table to tell a person what they may do now.
 */
export const REPAIR_ALLOWED: Record<RepairAction, readonly RepairStatus[]> = {
  triage: ['reported'],
  'request-repair': ['triaged'],
  'mark-repaired': ['triaged', 'awaiting-repair'],
  verify: ['repaired'],
  cancel: ['reported', 'triaged', 'awaiting-repair', 'repaired'],
};

export interface RepairPolicy {
  triageSeconds: number;
  repairSeconds: number;
  verificationSeconds: number;
  reminderIntervalSeconds: number;
  /** Not repaired this long after the report: an escalation letter is drafted (absent in cases opened before escalations existed). */
  escalationThresholdSeconds?: number;
  /** Per step, working time (the office's business calendar) or elapsed time; absent: elapsed (cases opened before the calendar). */
  clocks?: Partial<Record<RepairStep | 'reminder', 'elapsed' | 'working'>>;
  /** Per step, a warning to its assignees before the deadline: at a share of the step, or seconds before its end. */
  warnings?: Partial<Record<RepairStep, { share?: number; beforeSeconds?: number }>>;
}

/** The waiting steps of a case that have a deadline. */
export type RepairStep = 'triage' | 'repair' | 'verification';

export interface RepairWorkflowInput {
  caseId: string;
  officeId: string;
  deviceId: string;
  deviceSerial: string;
  deviceKind: string;
  servicePointId: string;
  servicePointName: string;
  description: string;
  reportedBy: string;
  /** The HTTP request that opened the case, for the audit trail. */
  requestId?: string;
  policy: RepairPolicy;
}

export interface RepairState {
  caseId: string;
  status: RepairStatus;
  /** Sequence number of the last event: the idempotency key of every read-model write. */
  seq: number;
  /** Bumped by every transition; the deadline timer restarts when it changes. */
  version: number;
  remindersSent: number;
  assessment?: 'fix-on-site' | 'needs-repair';
  repairChannel?: 'ministry' | 'vendor';
  /** Who marked the device repaired; someone else must verify it (four-eyes). */
  repairedBy?: string;
  /** The escalation this case was put into when it stalled past the threshold. */
  escalationId?: string;
  /**
   * The current step's deadline as the business calendar planned it (cases under the
   * business-calendar patch): the instant, and the wait from when it was planned.
   */
  deadline?: { version: number; at: string; waitMs: number; warnAt?: string; warnWaitMs?: number };
  /** When the next reminder goes out, once the deadline has passed (deferred to working hours where the office counts them). */
  nextReminderAt?: string;
}

export interface ActionBase {
  /** Who acts: the user, or `system` for what the workflow does itself. */
  actor: string;
  note?: string;
  /** The HTTP request the action came with, carried into the audit trail. */
  requestId?: string;
}

export interface TriageInput extends ActionBase {
  assessment: 'fix-on-site' | 'needs-repair';
}

export interface RequestRepairInput extends ActionBase {
  channel: 'ministry' | 'vendor';
}

export interface VerifyInput extends ActionBase {
  /** false: the device still fails, the case goes back to triage. */
  working: boolean;
}

export type MarkRepairedInput = ActionBase;

export interface CancelInput extends ActionBase {
  reason: string;
}

export const triageUpdate = defineUpdate<RepairState, [TriageInput]>('triage');
export const requestRepairUpdate = defineUpdate<RepairState, [RequestRepairInput]>('requestRepair');
export const markRepairedUpdate = defineUpdate<RepairState, [MarkRepairedInput]>('markRepaired');
export const verifyUpdate = defineUpdate<RepairState, [VerifyInput]>('verify');
export const cancelUpdate = defineUpdate<RepairState, [CancelInput]>('cancel');
export const repairStateQuery = defineQuery<RepairState>('state');

export function repairWorkflowId(caseId: string): string {
  return `repair-${caseId}`;
}
