import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
  uuid4,
  WorkflowIdReusePolicy,
  workflowInfo,
} from '@temporalio/workflow';
import type { TourActivities, StopChange } from '../src/tours/tour.activities';
import { batchSyncWorkflow } from './batch-sync.workflow';
import { repairWorkflowId } from './repair.messages';
import type { repairWorkflow } from './repair.workflow';
import { CASE_STATUS, DEVICE_ID, OFFICE_ID } from './search-attributes';
import {
  approveTourUpdate,
  BatchSettled,
  batchSettledSignal,
  batchUploadedUpdate,
  batchWorkflowId,
  cancelTourUpdate,
  checkInUpdate,
  completeStopUpdate,
  FINISHED_STOP_STATUSES,
  kitFailureUpdate,
  rejectTourUpdate,
  rescheduleStopUpdate,
  skipStopUpdate,
  StopState,
  StopStatus,
  TourActor,
  TourState,
  TourStatus,
  TourWorkflowInput,
  tourStateQuery,
} from './tour.messages';

const acts = proxyActivities<TourActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface TourContinuation {
  state: TourState;
}

type Patch = { status?: StopStatus; checkedInBy?: string; skipReason?: string; pendingNotice?: 'cancelled' };

/**
 * One village recording tour ("jemput bola"): a manager's approval (with reminders while it waits),
 * a notice to each village head ahead of its stop, and the stops themselves — check-in, offline
 * batches pushed to the centre by their own BatchSyncWorkflow children, then complete, skip or
 * reschedule. A broken kit opens a repair case (a child RepairWorkflow) and moves what is left.
 * The history stays bounded: past `historyLimit` events the tour continues as new with its state.
 */
export async function tourWorkflow(input: TourWorkflowInput, continued?: TourContinuation): Promise<TourState> {
  const { policy } = input;
  const state: TourState = continued?.state ?? {
    tourId: input.tourId,
    status: 'planned',
    seq: 0,
    version: 0,
    onHold: false,
    kitCases: [],
    remindersSent: 0,
    stops: input.stops.map((s) => ({ id: s.stopId, date: s.date, status: 'planned', unsettled: [], batches: [] })),
  };
  const workflowId = workflowInfo().workflowId;
  const settledQueue: BatchSettled[] = [];

  const running = () => state.status === 'approved' || state.status === 'in-progress';
  const ended = () => state.status === 'completed' || state.status === 'cancelled' || state.status === 'rejected';

  function refuse(type: 'InvalidTransition' | 'InvalidInput' | 'FourEyes' | 'Forbidden' | 'KitBusy', message: string, details: object = {}): never {
    throw ApplicationFailure.create({ type, nonRetryable: true, message, details: [{ status: state.status, ...details }] });
  }

  function stopOf(stopId: string): StopState {
    const stop = state.stops.find((s) => s.id === stopId);
    if (!stop) refuse('InvalidInput', `stopId ${stopId} is not a stop of this tour`);
    return stop;
  }

  function checkActor(cmd: TourActor): void {
    if (!cmd?.actor?.trim()) refuse('InvalidInput', 'actor is required');
  }

  function ensureRunning(what: string): void {
    if (!running()) refuse('InvalidTransition', `Cannot ${what} while the tour is ${state.status}`);
  }

  function ensureStop(stop: StopState, what: string, allowed: readonly StopStatus[]): void {
    if (!allowed.includes(stop.status)) {
      refuse('InvalidTransition', `Cannot ${what} a stop that is ${stop.status}; allowed only when ${allowed.join(' or ')}`, { stopStatus: stop.status });
    }
  }

  async function record(
    event: string,
    cmd: { actor: string; requestId?: string },
    opts: { status?: TourStatus; from?: TourStatus; stop?: StopState; patch?: Patch; note?: string; details?: Record<string, unknown>; approvedBy?: string } = {},
  ): Promise<TourState> {
    const from = opts.from ?? state.status;
    if (opts.status) state.status = opts.status;
    if (opts.stop && opts.patch?.status) opts.stop.status = opts.patch.status;
    state.version++;
    await acts.recordTourEvent({
      tourId: input.tourId,
      officeId: input.officeId,
      workflowId,
      seq: ++state.seq,
      event,
      fromStatus: from,
      toStatus: state.status,
      onHold: state.onHold,
      actor: cmd.actor,
      requestId: cmd.requestId,
      note: opts.note,
      stopId: opts.stop?.id,
      stopPatch: opts.patch,
      approvedBy: opts.approvedBy,
      details: opts.details ?? {},
    });
    return state;
  }

  /** What the database moved (dates, notices owed); the workflow's own view follows it. */
  function apply(changes: StopChange[]): void {
    for (const c of changes) {
      const stop = state.stops.find((s) => s.id === c.stopId);
      // A stop the team reached meanwhile is theirs: only stops not yet visited move.
      if (!stop || (stop.status !== 'planned' && stop.status !== 'notified')) continue;
      stop.date = c.date;
      stop.status = c.status;
      stop.noticedFor = c.noticedFor ?? undefined;
    }
  }

  async function startBatchSync(stop: StopState, batchId: string): Promise<void> {
    if (!stop.batches.includes(batchId)) stop.batches.push(batchId);
    if (!stop.unsettled.includes(batchId)) stop.unsettled.push(batchId);
    try {
      await startChild(batchSyncWorkflow, {
        workflowId: batchWorkflowId(batchId),
        args: [{ batchId, stopId: stop.id, tourWorkflowId: workflowId, retry: input.batchRetry }],
        typedSearchAttributes: [{ key: OFFICE_ID, value: input.officeId }],
        // A batch keeps going to the centre whatever happens to this run (continue-as-new, cancellation).
        parentClosePolicy: ParentClosePolicy.ABANDON,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
    } catch (err) {
      // Started before (a retried upload): it reports to the tour, or its outcome is read at completion.
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }

  /** The team leaves the village: every batch stored for the stop is on its way; done once all are answered. */
  async function finishStop(stop: StopState, cmd: { actor: string; requestId?: string }, event: string): Promise<void> {
    stop.status = 'syncing';
    const stored = await acts.listStopBatches({ stopId: stop.id });
    for (const b of stored) {
      if (b.status === 'acknowledged' || b.status === 'rejected') {
        if (!stop.batches.includes(b.batchId)) stop.batches.push(b.batchId);
        stop.unsettled = stop.unsettled.filter((id) => id !== b.batchId);
      } else if (!stop.unsettled.includes(b.batchId) || !stop.batches.includes(b.batchId)) {
        await startBatchSync(stop, b.batchId);
      }
    }
    const done = stop.unsettled.length === 0;
    await record(event, cmd, { stop, patch: { status: done ? 'completed' : 'syncing' }, details: { batches: stop.batches.length, pending: stop.unsettled.length } });
  }

  setHandler(tourStateQuery, () => state);

  // The first event's number is taken before any handler exists: an Update delivered with the start
  // runs as soon as its handler is registered, and must come after it.
  const plannedSeq = continued ? 0 : ++state.seq;

  setHandler(
    approveTourUpdate,
    (cmd) => record('approved', cmd, { status: 'approved', approvedBy: cmd.actor }),
    {
      validator: (cmd) => {
        checkActor(cmd);
        if (state.status !== 'planned') refuse('InvalidTransition', `Cannot approve a tour that is ${state.status}`);
        if (cmd.role !== 'manager') refuse('Forbidden', `Only a manager may approve a tour; you are ${cmd.role}`);
        if (cmd.actor === input.plannedBy) refuse('FourEyes', `${cmd.actor} planned this tour; another manager must approve it`);
      },
    },
  );
  setHandler(
    rejectTourUpdate,
    async (cmd) => {
      // Refuses everything else at once; recorded once the stops have given their days back.
      state.status = 'rejected';
      apply(await acts.applyStopChanges({ tourId: input.tourId, mode: 'cancel' }));
      return record('rejected', cmd, { from: 'planned', note: cmd.reason });
    },
    {
      validator: (cmd) => {
        checkActor(cmd);
        if (state.status !== 'planned') refuse('InvalidTransition', `Cannot reject a tour that is ${state.status}`);
        if (cmd.role !== 'manager') refuse('Forbidden', `Only a manager may reject a tour; you are ${cmd.role}`);
        if (!cmd.reason?.trim()) refuse('InvalidInput', 'reason is required to reject a tour');
      },
    },
  );
  setHandler(
    cancelTourUpdate,
    async (cmd) => {
      // Refuses everything else at once. Villages already told are owed a cancellation notice, and a
      // stop under way finishes with what it recorded; the cancellation is recorded after both.
      const from = state.status;
      state.status = 'cancelled';
      apply(await acts.applyStopChanges({ tourId: input.tourId, mode: 'cancel' }));
      for (const stop of state.stops.filter((s) => s.status === 'checked-in')) await finishStop(stop, { actor: 'system' }, 'stop-finished');
      return record('cancelled', cmd, { from, note: cmd.reason });
    },
    {
      validator: (cmd) => {
        checkActor(cmd);
        if (ended()) refuse('InvalidTransition', `Cannot cancel a tour that is ${state.status}`);
        if (!cmd.reason?.trim()) refuse('InvalidInput', 'reason is required to cancel a tour');
      },
    },
  );
  setHandler(
    checkInUpdate,
    async (cmd) => {
      const stop = stopOf(cmd.stopId);
      if (state.status === 'approved') state.status = 'in-progress';
      return record('stop-checked-in', cmd, { stop, patch: { status: 'checked-in', checkedInBy: cmd.actor }, details: { plannedDate: stop.date } });
    },
    {
      validator: (cmd) => {
        checkActor(cmd);
        ensureRunning('check in');
        if (state.onHold) refuse('InvalidTransition', 'The recording kit is being repaired; the stops wait for it');
        const stop = stopOf(cmd.stopId);
        if (stop.status === 'planned') {
          refuse('InvalidTransition', `The village head has not been notified of the visit on ${stop.date} yet; check in after the notice`, { stopStatus: stop.status });
        }
        ensureStop(stop, 'check in at', ['notified']);
        const busy = state.stops.find((s) => s.status === 'checked-in');
        if (busy) refuse('InvalidTransition', `The kit is still checked in at stop ${busy.id}; complete or skip it first`, { stopId: busy.id });
      },
    },
  );
  setHandler(
    batchUploadedUpdate,
    async (cmd) => {
      const stop = stopOf(cmd.stopId);
      if (stop.batches.includes(cmd.batchId)) return state;
      await startBatchSync(stop, cmd.batchId);
      return record('batch-received', cmd, { stop, details: { batchId: cmd.batchId } });
    },
    {
      validator: (cmd) => {
        checkActor(cmd);
        const stop = stopOf(cmd.stopId);
        if (!stop.batches.includes(cmd.batchId)) ensureStop(stop, 'upload a batch to', ['checked-in']);
      },
    },
  );
  setHandler(completeStopUpdate, async (cmd) => {
    await finishStop(stopOf(cmd.stopId), cmd, 'stop-finished');
    return state;
  }, {
    validator: (cmd) => {
      checkActor(cmd);
      ensureStop(stopOf(cmd.stopId), 'complete', ['checked-in']);
    },
  });
  setHandler(
    skipStopUpdate,
    async (cmd) => {
      const stop = stopOf(cmd.stopId);
      // A village that was told to expect the team hears that the visit is off (the database knows whether it was told).
      const patch: Patch = { status: 'skipped', skipReason: cmd.reason, pendingNotice: 'cancelled' };
      return record('stop-skipped', cmd, { stop, patch, note: cmd.reason });
    },
    {
      validator: (cmd) => {
        checkActor(cmd);
        if (ended()) refuse('InvalidTransition', `Cannot skip a stop of a tour that is ${state.status}`);
        const stop = stopOf(cmd.stopId);
        ensureStop(stop, 'skip', ['planned', 'notified', 'checked-in']);
        if (stop.batches.length > 0) refuse('InvalidTransition', 'Batches were uploaded at this stop; complete it instead of skipping it');
        if (!cmd.reason?.trim()) refuse('InvalidInput', 'reason is required to skip a stop');
      },
    },
  );
  setHandler(
    rescheduleStopUpdate,
    async (cmd) => {
      const stop = stopOf(cmd.stopId);
      const from = stop.date;
      const moved = await acts.rescheduleStop({ tourId: input.tourId, stopId: stop.id, date: cmd.date });
      if (!moved.ok) refuse('KitBusy', moved.reason, { date: cmd.date });
      apply(moved.changes);
      return record('stop-rescheduled', cmd, { stop, details: { from, to: cmd.date } });
    },
    {
      validator: (cmd) => {
        checkActor(cmd);
        if (ended()) refuse('InvalidTransition', `Cannot reschedule a stop of a tour that is ${state.status}`);
        const stop = stopOf(cmd.stopId);
        ensureStop(stop, 'reschedule', ['planned', 'notified']);
        if (!DATE.test(cmd.date ?? '')) refuse('InvalidInput', 'date must be a date such as 2026-12-01');
        if (cmd.date === stop.date) refuse('InvalidInput', `date: the stop is already on ${cmd.date}`);
      },
    },
  );
  setHandler(
    kitFailureUpdate,
    async (cmd) => {
      const opened = await acts.openKitRepair({
        tourId: input.tourId,
        officeId: input.officeId,
        deviceId: cmd.deviceId,
        description: cmd.description,
        caseId: uuid4(),
        actor: cmd.actor,
        requestId: cmd.requestId,
      });
      if (opened.start) {
        try {
          await startChild<typeof repairWorkflow>('repairWorkflow', {
            workflowId: repairWorkflowId(opened.caseId),
            args: [opened.start],
            typedSearchAttributes: [
              { key: OFFICE_ID, value: input.officeId },
              { key: DEVICE_ID, value: cmd.deviceId },
              { key: CASE_STATUS, value: 'reported' },
            ],
            // The repair outlives the tour: cancelling the tour does not withdraw the case.
            parentClosePolicy: ParentClosePolicy.ABANDON,
          });
        } catch (err) {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        }
      }
      let changes: StopChange[];
      if (policy.kitFailure === 'shift-days') {
        changes = await acts.applyStopChanges({ tourId: input.tourId, mode: 'shift', days: policy.kitShiftDays });
      } else {
        state.onHold = true;
        if (!state.kitCases.includes(opened.caseId)) state.kitCases.push(opened.caseId);
        changes = await acts.applyStopChanges({ tourId: input.tourId, mode: 'postpone' });
      }
      apply(changes);
      await record('kit-failure', cmd, {
        note: cmd.description,
        details: { deviceId: cmd.deviceId, repairCaseId: opened.caseId, policy: policy.kitFailure, moved: changes.map((c) => ({ stopId: c.stopId, date: c.date })) },
      });
      return { ...state, repairCaseId: opened.caseId };
    },
    {
      validator: (cmd) => {
        checkActor(cmd);
        ensureRunning('report a kit failure');
        if (!cmd.deviceId) refuse('InvalidInput', 'deviceId is required');
        if (!cmd.description?.trim()) refuse('InvalidInput', 'description is required');
      },
    },
  );
  setHandler(batchSettledSignal, (settled) => {
    settledQueue.push(settled);
  });

  if (!continued) {
    // Records the plan without touching the status, which an early Update may already have moved.
    await acts.recordTourEvent({
      tourId: input.tourId,
      officeId: input.officeId,
      workflowId,
      seq: plannedSeq,
      event: 'planned',
      toStatus: 'planned',
      onHold: false,
      actor: input.plannedBy,
      requestId: input.requestId,
      details: { stops: input.stops.length },
    });
  }

  // Waiting for a manager's decision, with reminders; the supervisors too once it has waited long.
  let waited = 0;
  let level = 0;
  while (state.status === 'planned') {
    if (await condition(() => state.status !== 'planned', policy.approvalReminderSeconds * 1000)) break;
    waited += policy.approvalReminderSeconds;
    level++;
    state.remindersSent++;
    await acts.sendTourReminder({
      tourId: input.tourId,
      officeId: input.officeId,
      workflowId,
      seq: ++state.seq,
      level,
      recipients: waited >= policy.approvalSupervisorAfterSeconds ? ['manager', 'supervisor'] : ['manager'],
    });
  }

  const syncing = () => state.stops.some((s) => s.status === 'syncing' || s.unsettled.length > 0);
  for (;;) {
    // Answers from the centre, in the order they came.
    while (settledQueue.length > 0) {
      const s = settledQueue.shift()!;
      const stop = state.stops.find((x) => x.id === s.stopId);
      if (!stop) continue;
      stop.unsettled = stop.unsettled.filter((id) => id !== s.batchId);
      const done = stop.status === 'syncing' && stop.unsettled.length === 0;
      await record(s.status === 'acknowledged' ? 'batch-acknowledged' : 'batch-rejected', { actor: 'system' }, {
        stop,
        patch: done ? { status: 'completed' } : undefined,
        note: s.reason,
        details: { batchId: s.batchId },
      });
    }
    if (running() && state.stops.every((s) => FINISHED_STOP_STATUSES.includes(s.status))) {
      await record('completed', { actor: 'system' }, { status: 'completed' });
    }

    const wfInfo = workflowInfo();
    if (settledQueue.length === 0 && (wfInfo.historyLength >= input.historyLimit || wfInfo.continueAsNewSuggested)) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof tourWorkflow>(input, { state });
    }

    // Notices owed to the village heads: changes and cancellations at once, visits at the lead time.
    let wakeInSeconds: number | undefined;
    // Only a round of notices that began after the tour ended has told every village what it must hear.
    const endedBeforeNotices = ended();
    // Anything that changes from here on (an Update while the notices go out) wakes the loop again.
    const version = state.version;
    if (state.status !== 'planned') {
      const notices = await acts.sendDueNotices({
        tourId: input.tourId,
        officeId: input.officeId,
        workflowId,
        seq: ++state.seq,
        leadSeconds: policy.noticeLeadSeconds,
        scheduled: running() && !state.onHold,
      });
      for (const n of notices.sent) {
        const stop = state.stops.find((s) => s.id === n.stopId);
        if (!stop) continue;
        stop.noticedFor = n.noticedFor ?? undefined;
        if (stop.status === 'planned' && stop.noticedFor === stop.date) stop.status = 'notified';
      }
      wakeInSeconds = notices.nextDueSeconds ?? undefined;
    }
    const finished = () => ended() && !syncing() && settledQueue.length === 0 && allHandlersFinished();
    if (endedBeforeNotices && finished() && state.version === version) break;

    if (state.onHold) wakeInSeconds = policy.reminderIntervalSeconds;
    const woke = await condition(
      () => state.version !== version || settledQueue.length > 0 || finished(),
      wakeInSeconds === undefined ? undefined : Math.max(1, wakeInSeconds) * 1000,
    );
    if (!woke && state.onHold && running()) {
      // Is the kit back? Every repair case it waits for must have ended.
      const { open } = await acts.kitRepairStatus({ caseIds: state.kitCases });
      state.kitCases = open;
      if (open.length === 0) {
        state.onHold = false;
        const changes = await acts.applyStopChanges({ tourId: input.tourId, mode: 'resume' });
        apply(changes);
        await record('kit-repaired', { actor: 'system' }, { details: { moved: changes.map((c) => ({ stopId: c.stopId, date: c.date })) } });
      }
    }
  }

  await condition(allHandlersFinished);
  return state;
}
