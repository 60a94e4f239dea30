import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

/** Messages of TourWorkflow and BatchSyncWorkflow, defined once and used by the workflows and by the API. */

export const TOUR_STATUSES = ['planned', 'approved', 'in-progress', 'completed', 'cancelled', 'rejected'] as const;
export type TourStatus = (typeof TOUR_STATUSES)[number];
export const OPEN_TOUR_STATUSES: readonly TourStatus[] = ['planned', 'approved', 'in-progress'];

/**
 * planned → notified (the village head was told) → checked-in → syncing (finished on site, batches
 * still on their way to the centre) → completed; or skipped, or cancelled with the tour.
 */
export const STOP_STATUSES = ['planned', 'notified', 'checked-in', 'syncing', 'completed', 'skipped', 'cancelled'] as const;
export type StopStatus = (typeof STOP_STATUSES)[number];
export const FINISHED_STOP_STATUSES: readonly StopStatus[] = ['completed', 'skipped', 'cancelled'];

export type KitFailurePolicy = 'wait-for-repair' | 'shift-days';

export interface TourPolicy {
  approvalReminderSeconds: number;
  approvalSupervisorAfterSeconds: number;
  /** How long before a stop its village head is told. */
  noticeLeadSeconds: number;
  kitFailure: KitFailurePolicy;
  kitShiftDays: number;
  /** While the tour waits for its kit to be repaired, how often the repair is looked at. */
  reminderIntervalSeconds: number;
}

export interface BatchRetry {
  initialIntervalMs: number;
  maximumIntervalMs: number;
}

export interface TourStopPlan {
  stopId: string;
  /** YYYY-MM-DD: the office's own day (WIB, WITA or WIT). */
  date: string;
}

export interface TourWorkflowInput {
  tourId: string;
  officeId: string;
  plannedBy: string;
  requestId?: string;
  policy: TourPolicy;
  stops: TourStopPlan[];
  /** The workflow continues as new once its history holds this many events. */
  historyLimit: number;
  batchRetry: BatchRetry;
}

export interface StopState {
  id: string;
  date: string;
  status: StopStatus;
  /** The date the village head was last told about (none: not told, or told it was postponed). */
  noticedFor?: string;
  /** Every batch uploaded at the stop… */
  batches: string[];
  /** …and those whose push to the centre has been started and not yet answered. */
  unsettled: string[];
}

export interface TourState {
  tourId: string;
  status: TourStatus;
  seq: number;
  version: number;
  /** Waiting for the kit's repair (policy wait-for-repair): no check-in until it is back. */
  onHold: boolean;
  /** Repair cases of kit devices the tour waits for. */
  kitCases: string[];
  /** Every repair case a kit failure of this tour opened or joined. */
  kitRepairs: string[];
  remindersSent: number;
  /** An approval reminder due outside the office's working hours waits until then (the office's own working week). */
  nextReminderAt?: string;
  stops: StopState[];
  /**
   * Open outages that stop recording over the tour's kit and hold it (the office's policy `hold`):
   * no check-in while any is listed. Absent in states from before outages held tours.
   */
  outageHolds?: string[];
  /** Outages the team was told about while the tour goes on offline (policy `proceed-offline`). */
  outagesNoted?: string[];
}

export interface TourActor {
  /** Username (or apikey:<prefix>); `system` for what the workflow does itself. */
  actor: string;
  role: string;
  requestId?: string;
}

export interface DecisionInput extends TourActor {
  reason?: string;
}

export interface StopActionInput extends TourActor {
  stopId: string;
}

export interface SkipStopInput extends StopActionInput {
  reason: string;
}

export interface RescheduleStopInput extends StopActionInput {
  date: string;
}

export interface KitFailureInput extends TourActor {
  deviceId: string;
  description: string;
}

export interface BatchUploadedInput extends TourActor {
  stopId: string;
  batchId: string;
}

export interface BatchSettled {
  batchId: string;
  stopId: string;
  status: 'acknowledged' | 'rejected';
  reason?: string;
}

export interface BatchSyncInput {
  batchId: string;
  stopId: string;
  tourWorkflowId: string;
  retry: BatchRetry;
}

export const approveTourUpdate = defineUpdate<TourState, [DecisionInput]>('approve');
export const rejectTourUpdate = defineUpdate<TourState, [DecisionInput]>('reject');
export const cancelTourUpdate = defineUpdate<TourState, [DecisionInput]>('cancel');
export const checkInUpdate = defineUpdate<TourState, [StopActionInput]>('checkIn');
export const completeStopUpdate = defineUpdate<TourState, [StopActionInput]>('completeStop');
export const skipStopUpdate = defineUpdate<TourState, [SkipStopInput]>('skipStop');
export const rescheduleStopUpdate = defineUpdate<TourState, [RescheduleStopInput]>('rescheduleStop');
export const kitFailureUpdate = defineUpdate<TourState & { repairCaseId: string }, [KitFailureInput]>('kitFailure');
export const batchUploadedUpdate = defineUpdate<TourState, [BatchUploadedInput]>('batchUploaded');
export const batchSettledSignal = defineSignal<[BatchSettled]>('batchSettled');
/** An outage over the tour's kit opened or ended: the tour looks at the open outages again (the database is the truth). */
export const outageChangedSignal = defineSignal<[{ outageId: string }]>('outageChanged');
export const tourStateQuery = defineQuery<TourState>('state');

export function tourWorkflowId(tourId: string): string {
  return `tour-${tourId}`;
}

export function batchWorkflowId(batchId: string): string {
  return `batch-${batchId}`;
}
