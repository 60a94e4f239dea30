import { type UpdateDefinition, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  allHandlersFinished,
  ActivityFailure,
  ApplicationFailure,
  condition,
  continueAsNew,
  log,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  uuid4,
  WorkflowIdReusePolicy,
  workflowInfo,
} from '@temporalio/workflow';
import type { CalendarActivities } from '../src/calendar/calendar.activities';
import type { TourActivities, StopChange } from '../src/tours/tour.activities';
import { batchSyncWorkflow } from './batch-sync.workflow';
import { takingTurns } from './turns';
import { givingBackOnRefusal } from './unrecordable';
import { REMINDERS_IN_WORKING_HOURS } from './patches';
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
  outageChangedSignal,
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

// Normal activities, its event records too: a tour takes batch uploads as concurrent Updates, and
// local activities written by two Updates in one workflow task did not replay (README, "Workflow versioning").
const acts = proxyActivities<TourActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
/** The office's calendar: when a reminder may go out. */
const calendar = proxyActivities<CalendarActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
/** E-mail to village heads: retried patiently while the mail server is away. */
const mailer = proxyActivities<TourActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '10 minutes', backoffCoefficient: 2 },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface TourContinuation {
  state: TourState;
  /** Answers from the centre that arrived but were not recorded before the run continued as new. */
  settled?: BatchSettled[];
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
    kitRepairs: [],
    remindersSent: 0,
    stops: input.stops.map((s) => ({ id: s.stopId, date: s.date, status: 'planned', unsettled: [], batches: [] })),
  };
  const workflowId = workflowInfo().workflowId;
  const settledQueue: BatchSettled[] = [...(continued?.settled ?? [])];

  const running = () => state.status === 'approved' || state.status === 'in-progress';
  const ended = () => state.status === 'completed' || state.status === 'cancelled' || state.status === 'rejected';

  function refuse(type: 'InvalidTransition' | 'InvalidInput' | 'FourEyes' | 'Forbidden' | 'KitBusy' | 'HeldByOutage', message: string, details: object = {}): never {
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

  /** An open outage that stops recording over the kit holds the tour (policy `hold`). */
  const outageHeld = () => (state.outageHolds?.length ?? 0) > 0;

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

  const exclusive = takingTurns();
  // A write the database refuses for its data refuses the action and leaves the tour as it was.
  const giveBack = givingBackOnRefusal(state, { keep: ['seq', 'remindersSent'] });

  /** A refusal an activity raised (nonRetryable ApplicationFailure) becomes the Update's own refusal. */
  async function refusing<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.type === 'InvalidInput') {
        refuse('InvalidInput', err.cause.message);
      }
      throw err;
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
      // Started before: it reports to the tour when the centre answers, and the periodic check of
      // unanswered batches reads its outcome from the database if that report was missed.
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }

  /** The team leaves the village: every batch stored for the stop is on its way; done once all are answered. */
  async function finishStop(stop: StopState, cmd: { actor: string; requestId?: string }, event: string): Promise<void> {
    // Batches the tour was not told of (an upload whose Update was lost) are read from the database.
    // The stop stays checked-in meanwhile, so an answer arriving now cannot complete it early.
    const stored = await acts.listStopBatches({ stopId: stop.id });
    for (const b of stored) {
      if (stop.batches.includes(b.batchId)) continue; // followed already: pending or answered
      if (b.status === 'acknowledged' || b.status === 'rejected') stop.batches.push(b.batchId);
      else await startBatchSync(stop, b.batchId);
    }
    const done = stop.unsettled.length === 0;
    await record(event, cmd, { stop, patch: { status: done ? 'completed' : 'syncing' }, details: { batches: stop.batches.length, pending: stop.unsettled.length } });
  }

  /** Sends the recorded e-mail notices in the background: a mail server that is down holds up nothing else. */
  let mailing: Promise<void> | undefined;
  function mailInBackground(): void {
    if (mailing) return;
    mailing = mailer
      .mailNotices({ tourId: input.tourId })
      .then(
        () => undefined,
        (err) => log.error('village notices could not be e-mailed', { tourId: input.tourId, error: String(err) }),
      )
      .finally(() => {
        mailing = undefined;
      });
  }

  setHandler(tourStateQuery, () => state);

  // The first event's number is taken before any handler exists: an Update delivered with the start
  // runs as soon as its handler is registered, and must come after it.
  const plannedSeq = continued ? 0 : ++state.seq;

  /** An Update whose handler takes its turn and checks its rule again before it acts. */
  function handle<A extends TourActor, R>(def: UpdateDefinition<R, [A]>, validate: (cmd: A) => void, act: (cmd: A) => Promise<R>): void {
    setHandler(def, (cmd: A) => exclusive(giveBack(async () => {
      validate(cmd);
      return act(cmd);
    })), { validator: validate });
  }

  handle(
    approveTourUpdate,
    (cmd) => {
      checkActor(cmd);
      if (state.status !== 'planned') refuse('InvalidTransition', `Cannot approve a tour that is ${state.status}`);
      if (cmd.role !== 'manager') refuse('Forbidden', `Only a manager may approve a tour; you are ${cmd.role}`);
      if (cmd.actor === input.plannedBy) refuse('FourEyes', `${cmd.actor} planned this tour; another manager must approve it`);
    },
    (cmd) => record('approved', cmd, { status: 'approved', approvedBy: cmd.actor }),
  );
  handle(
    rejectTourUpdate,
    (cmd) => {
      checkActor(cmd);
      if (state.status !== 'planned') refuse('InvalidTransition', `Cannot reject a tour that is ${state.status}`);
      if (cmd.role !== 'manager') refuse('Forbidden', `Only a manager may reject a tour; you are ${cmd.role}`);
      if (!cmd.reason?.trim()) refuse('InvalidInput', 'reason is required to reject a tour');
    },
    async (cmd) => {
      // The stops give their days back first; the rejection is recorded once they have.
      state.status = 'rejected';
      apply(await acts.applyStopChanges({ tourId: input.tourId, mode: 'cancel' }));
      return record('rejected', cmd, { from: 'planned', note: cmd.reason });
    },
  );
  handle(
    cancelTourUpdate,
    (cmd) => {
      checkActor(cmd);
      if (ended()) refuse('InvalidTransition', `Cannot cancel a tour that is ${state.status}`);
      if (!cmd.reason?.trim()) refuse('InvalidInput', 'reason is required to cancel a tour');
    },
    async (cmd) => {
      // Villages already told are owed a cancellation notice, and a stop under way finishes with
      // what it recorded; the cancellation is recorded after both.
      const from = state.status;
      state.status = 'cancelled';
      apply(await acts.applyStopChanges({ tourId: input.tourId, mode: 'cancel' }));
      for (const stop of state.stops.filter((s) => s.status === 'checked-in')) await finishStop(stop, { actor: 'system' }, 'stop-finished');
      return record('cancelled', cmd, { from, note: cmd.reason });
    },
  );
  handle(
    checkInUpdate,
    (cmd) => {
      checkActor(cmd);
      ensureRunning('check in');
      if (state.onHold) refuse('InvalidTransition', 'The recording kit is being repaired; the stops wait for it');
      if (outageHeld()) {
        const outageId = state.outageHolds![0];
        refuse('HeldByOutage', `Outage ${outageId} stops recording over this tour's kit; the stops wait until it is resolved`, { outageId, outageIds: state.outageHolds });
      }
      const stop = stopOf(cmd.stopId);
      if (stop.status === 'planned') {
        refuse('InvalidTransition', `The village head has not been notified of the visit on ${stop.date} yet; check in after the notice`, { stopStatus: stop.status });
      }
      ensureStop(stop, 'check in at', ['notified']);
      const other = state.stops.find((s) => s.status === 'checked-in');
      if (other) refuse('InvalidTransition', `The kit is still checked in at stop ${other.id}; complete or skip it first`, { stopId: other.id });
    },
    (cmd) => {
      const stop = stopOf(cmd.stopId);
      const from = state.status;
      if (state.status === 'approved') state.status = 'in-progress';
      return record('stop-checked-in', cmd, { from, stop, patch: { status: 'checked-in', checkedInBy: cmd.actor }, details: { plannedDate: stop.date } });
    },
  );
  handle(
    batchUploadedUpdate,
    (cmd) => {
      checkActor(cmd);
      const stop = stopOf(cmd.stopId);
      if (!stop.batches.includes(cmd.batchId)) ensureStop(stop, 'upload a batch to', ['checked-in']);
    },
    async (cmd) => {
      const stop = stopOf(cmd.stopId);
      if (stop.batches.includes(cmd.batchId)) return state;
      await startBatchSync(stop, cmd.batchId);
      return record('batch-received', cmd, { stop, details: { batchId: cmd.batchId } });
    },
  );
  handle(
    completeStopUpdate,
    (cmd) => {
      checkActor(cmd);
      ensureStop(stopOf(cmd.stopId), 'complete', ['checked-in']);
    },
    async (cmd) => {
      await finishStop(stopOf(cmd.stopId), cmd, 'stop-finished');
      return state;
    },
  );
  handle(
    skipStopUpdate,
    (cmd) => {
      checkActor(cmd);
      if (ended()) refuse('InvalidTransition', `Cannot skip a stop of a tour that is ${state.status}`);
      const stop = stopOf(cmd.stopId);
      ensureStop(stop, 'skip', ['planned', 'notified', 'checked-in']);
      if (stop.batches.length > 0) refuse('InvalidTransition', 'Batches were uploaded at this stop; complete it instead of skipping it');
      if (!cmd.reason?.trim()) refuse('InvalidInput', 'reason is required to skip a stop');
    },
    async (cmd) => {
      const stop = stopOf(cmd.stopId);
      // A batch stored whose upload never reached the tour still counts: such a stop is completed, not skipped.
      if ((await acts.listStopBatches({ stopId: stop.id })).length > 0) {
        refuse('InvalidTransition', 'Batches were uploaded at this stop; complete it instead of skipping it');
      }
      // A village that was told to expect the team hears that the visit is off (the database knows whether it was told).
      return record('stop-skipped', cmd, { stop, patch: { status: 'skipped', skipReason: cmd.reason, pendingNotice: 'cancelled' }, note: cmd.reason });
    },
  );
  handle(
    rescheduleStopUpdate,
    (cmd) => {
      checkActor(cmd);
      if (ended()) refuse('InvalidTransition', `Cannot reschedule a stop of a tour that is ${state.status}`);
      const stop = stopOf(cmd.stopId);
      ensureStop(stop, 'reschedule', ['planned', 'notified']);
      if (!DATE.test(cmd.date ?? '')) refuse('InvalidInput', 'date must be a date such as 2026-12-01');
      if (cmd.date === stop.date) refuse('InvalidInput', `date: the stop is already on ${cmd.date}`);
    },
    async (cmd) => {
      const stop = stopOf(cmd.stopId);
      const from = stop.date;
      const moved = await acts.rescheduleStop({ tourId: input.tourId, stopId: stop.id, date: cmd.date });
      if (!moved.ok) refuse('KitBusy', moved.reason, { date: cmd.date });
      apply(moved.changes);
      return record('stop-rescheduled', cmd, { stop, details: { from, to: cmd.date } });
    },
  );
  handle(
    kitFailureUpdate,
    (cmd) => {
      checkActor(cmd);
      ensureRunning('report a kit failure');
      if (!cmd.deviceId) refuse('InvalidInput', 'deviceId is required');
      if (!cmd.description?.trim()) refuse('InvalidInput', 'description is required');
    },
    async (cmd) => {
      const opened = await refusing(() =>
        acts.openKitRepair({
          tourId: input.tourId,
          officeId: input.officeId,
          deviceId: cmd.deviceId,
          description: cmd.description,
          caseId: uuid4(),
          actor: cmd.actor,
          requestId: cmd.requestId,
        }),
      );
      // The same breakdown reported again (a retry, a second person) moves nothing a second time.
      if (state.kitRepairs.includes(opened.caseId)) return { ...state, repairCaseId: opened.caseId };
      state.kitRepairs.push(opened.caseId);
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
  );
  setHandler(batchSettledSignal, (settled) => {
    settledQueue.push(settled);
  });
  // Told by an outage's workflow when it opens or ends over the kit; the look itself reads the database.
  // An outage recorded before the tour was planned or approved holds it too: the tour looks once it
  // runs (and again after every continue-as-new).
  let outageLookDue = true;
  setHandler(outageChangedSignal, () => {
    outageLookDue = true;
  });

  /**
   * Brings the tour in line with the open outages over its kit. Under `hold`: the first outage holds
   * it (the stops not visited are postponed, villages told of a visit hear it is off, the team and
   * the managers are told once per outage); the last one ending resumes it as after a kit repair.
   * Under `proceed-offline`: the tour runs, and the team is told once per outage that the centre is down.
   */
  async function lookAtOutages(): Promise<void> {
    outageLookDue = false;
    if (!running()) return;
    const seen = await acts.outagesOverTour({ tourId: input.tourId });
    const holds = state.outageHolds ?? [];
    const noted = state.outagesNoted ?? [];
    const ids = seen.outages.map((o) => o.outageId);
    const want = seen.policy === 'hold' ? ids : [];
    const wantNoted = seen.policy === 'proceed-offline' ? ids : [];
    const newHolds = want.filter((id) => !holds.includes(id));
    const over = holds.filter((id) => !want.includes(id));
    const newNoted = wantNoted.filter((id) => !noted.includes(id));
    state.outageHolds = want;
    state.outagesNoted = wantNoted;
    if (newHolds.length > 0) {
      // Only the first hold moves the stops; another outage over a held tour is news, not a new move.
      const changes = holds.length === 0 ? await acts.applyStopChanges({ tourId: input.tourId, mode: 'postpone' }) : [];
      apply(changes);
      await record('held-by-outage', { actor: 'system' }, {
        details: { outageIds: newHolds, outages: seen.outages.filter((o) => newHolds.includes(o.outageId)), postponed: changes.map((c) => c.stopId) },
      });
    }
    if (over.length > 0 && want.length === 0) {
      // A kit still in repair keeps the stops where they are; its repair resumes them.
      const changes = state.onHold ? [] : await acts.applyStopChanges({ tourId: input.tourId, mode: 'resume' });
      apply(changes);
      await record('outage-resumed', { actor: 'system' }, { details: { outageIds: over, moved: changes.map((c) => ({ stopId: c.stopId, date: c.date })) } });
    }
    if (newNoted.length > 0) {
      await record('centre-down', { actor: 'system' }, { details: { outageIds: newNoted, outages: seen.outages.filter((o) => newNoted.includes(o.outageId)) } });
    }
  }

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
    // Due outside the office's working hours (its own working week), the reminder waits until then.
    if (patched(REMINDERS_IN_WORKING_HOURS)) {
      const next = await calendar.planWait({ officeId: input.officeId, seconds: 0, clock: 'elapsed', deferToWorkingHours: true });
      if (next.waitMs > 0) {
        state.nextReminderAt = next.at;
        const decided = await condition(() => state.status !== 'planned', next.waitMs);
        state.nextReminderAt = undefined;
        if (decided) break;
      }
    }
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

  /** Answers from the centre, in the order they came; a batch answered twice is recorded once. */
  async function recordAnswers(): Promise<void> {
    while (settledQueue.length > 0) {
      const s = settledQueue.shift()!;
      const stop = state.stops.find((x) => x.id === s.stopId);
      if (!stop || !stop.unsettled.includes(s.batchId)) continue;
      stop.unsettled = stop.unsettled.filter((id) => id !== s.batchId);
      const done = stop.status === 'syncing' && stop.unsettled.length === 0;
      await record(s.status === 'acknowledged' ? 'batch-acknowledged' : 'batch-rejected', { actor: 'system' }, {
        stop,
        patch: done ? { status: 'completed' } : undefined,
        note: s.reason,
        details: { batchId: s.batchId },
      });
    }
  }

  for (;;) {
    // Only a round of notices that began after the tour ended has told every village what it must hear.
    let endedBeforeNotices = false;
    let version = 0;
    let wakeInSeconds: number | undefined;
    await exclusive(async () => {
      await recordAnswers();
      if (running() && state.stops.every((s) => FINISHED_STOP_STATUSES.includes(s.status))) {
        await record('completed', { actor: 'system' }, { status: 'completed' });
      }
      if (outageLookDue) await lookAtOutages();
      endedBeforeNotices = ended();
      // Anything that changes from here on (an Update after this round) wakes the loop again.
      version = state.version;
      if (state.status === 'planned') return;
      // Notices owed to the village heads: changes and cancellations at once, visits at the lead time.
      const notices = await acts.sendDueNotices({
        tourId: input.tourId,
        officeId: input.officeId,
        workflowId,
        seq: ++state.seq,
        leadSeconds: policy.noticeLeadSeconds,
        scheduled: running() && !state.onHold && !outageHeld(),
      });
      for (const n of notices.sent) {
        const stop = state.stops.find((s) => s.id === n.stopId);
        if (!stop) continue;
        stop.noticedFor = n.noticedFor ?? undefined;
        if (stop.status === 'planned' && stop.noticedFor === stop.date) stop.status = 'notified';
      }
      if (notices.mailPending > 0) mailInBackground();
      wakeInSeconds = notices.nextDueSeconds ?? undefined;
    });

    const finished = () => ended() && !syncing() && settledQueue.length === 0 && allHandlersFinished();
    if (endedBeforeNotices && finished() && state.version === version) break;

    const wfInfo = workflowInfo();
    if (wfInfo.historyLength >= input.historyLimit || wfInfo.continueAsNewSuggested) {
      await condition(allHandlersFinished);
      // Answers not yet recorded travel with the state; a mail round under way is picked up again by the next run.
      await continueAsNew<typeof tourWorkflow>(input, { state, settled: settledQueue });
    }

    // Waiting for the kit, or for answers about batches: look again at the policy's interval.
    if (state.onHold || syncing() || outageHeld()) wakeInSeconds = Math.min(wakeInSeconds ?? Infinity, policy.reminderIntervalSeconds);
    const woke = await condition(
      () => state.version !== version || settledQueue.length > 0 || outageLookDue || finished(),
      wakeInSeconds === undefined ? undefined : Math.max(1, wakeInSeconds) * 1000,
    );
    if (woke) continue;
    await exclusive(async () => {
      // An answer whose report was missed is read from the database.
      const pending = state.stops.flatMap((s) => s.unsettled);
      if (pending.length > 0) settledQueue.push(...(await acts.batchOutcomes({ batchIds: pending })).map((o) => ({ ...o, stopId: stopIdOf(o.batchId) })));
      // A held tour looks again at the interval too, should an outage's word have been missed.
      if (outageHeld()) outageLookDue = true;
      if (!state.onHold || !running()) return;
      // Is the kit back? Every repair case the tour waits for must have ended.
      const { open } = await acts.kitRepairStatus({ caseIds: state.kitCases });
      state.kitCases = open;
      if (open.length > 0) return;
      state.onHold = false;
      // Repaired while an outage still holds the tour: the stops wait for the outage's end instead.
      const changes = outageHeld() ? [] : await acts.applyStopChanges({ tourId: input.tourId, mode: 'resume' });
      apply(changes);
      await record('kit-repaired', { actor: 'system' }, { details: { moved: changes.map((c) => ({ stopId: c.stopId, date: c.date })) } });
    });
  }

  // E-mails still on their way are sent before the tour's workflow ends.
  while (mailing) await mailing;
  await condition(allHandlersFinished);
  return state;

  function stopIdOf(batchId: string): string {
    return state.stops.find((s) => s.unsettled.includes(batchId))?.id ?? '';
  }
}
