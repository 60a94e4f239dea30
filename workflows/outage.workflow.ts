import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  log,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { CalendarActivities } from '../src/calendar/calendar.activities';
import type { EscalationActivities } from '../src/escalations/escalation.activities';
import type { OutageActivities } from '../src/outages/outage.activities';
import {
  OUTAGE_ALLOWED,
  OutageActor,
  OutageState,
  OutageStatus,
  OutageWorkflowInput,
  outageStateQuery,
  OvertimeInput,
  planOvertimeUpdate,
  PrintProgressInput,
  printProgressUpdate,
  ResolveOutageInput,
  resolveOutageUpdate,
} from './outage.messages';
import { outageChangedSignal } from './tour.messages';
import { takingTurns } from './turns';
import { givingBackOnRefusal } from './unrecordable';
import { startEscalationLetter } from './escalation-child';
import { readModelWrites } from './read-model-writes';
import { REMINDERS_IN_WORKING_HOURS } from './patches';

const acts = proxyActivities<OutageActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
const { openOutageEscalation } = proxyActivities<EscalationActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface OutageContinuation {
  state: OutageState;
  sinceReminderSeconds: number;
  reminderLevel: number;
}

/**
 * One outage of a whole system (network, central system, office server, power, card stock) for an
 * office or some of its service points: reminders while it lasts, an escalation letter when it drags
 * on past the policy threshold, then — when it stopped printing — the burn-down of the cards it left
 * unprinted, reminding when progress stalls, until the backlog is zero.
 */
export async function outageWorkflow(input: OutageWorkflowInput, continued?: OutageContinuation): Promise<OutageState> {
  const { policy } = input;
  // The outage's events and reminders: local activities from the loop, one at a time; normal ones from an Update (read-model-writes.ts).
  const { recordOutageEvent, sendOutageReminder, planWait } = readModelWrites<OutageActivities & CalendarActivities>();
  const state: OutageState = continued?.state ?? { outageId: input.outageId, status: 'open', seq: 0, version: 0, remindersSent: 0 };
  let sinceReminder = continued?.sinceReminderSeconds ?? 0;
  const workflowId = workflowInfo().workflowId;

  function refuse(type: 'InvalidTransition' | 'InvalidInput', message: string): never {
    throw ApplicationFailure.create({ type, nonRetryable: true, message, details: [{ status: state.status }] });
  }

  // Updates and the loop take turns, so read-model writes land in the order they were decided.
  const exclusive = takingTurns();
  // A write the database refuses for its data refuses the action and leaves the outage as it was.
  const giveBack = givingBackOnRefusal(state, { keep: ['seq', 'remindersSent'] });

  async function record(
    event: string,
    cmd: { actor: string; requestId?: string },
    opts: { status?: OutageStatus; note?: string; details?: Record<string, unknown>; patch?: { resolvedAt?: string; backlog?: number; needsEscalation?: boolean } } = {},
  ): Promise<OutageState> {
    const from = state.status;
    if (opts.status) state.status = opts.status;
    state.version++;
    await recordOutageEvent({
      outageId: input.outageId,
      officeId: input.officeId,
      workflowId,
      seq: ++state.seq,
      event,
      fromStatus: from,
      toStatus: state.status,
      actor: cmd.actor,
      requestId: cmd.requestId,
      note: opts.note,
      details: opts.details ?? {},
      patch: opts.patch ?? {},
    });
    return state;
  }

  function checkActor(cmd: OutageActor): void {
    if (!cmd?.actor?.trim()) refuse('InvalidInput', 'actor is required');
  }

  /**
   * Tells the open tours whose kit the outage covers that it opened or ended: each looks at the open
   * outages itself, so a word that arrives twice, late or for a tour already held changes nothing.
   */
  async function tellTours(): Promise<void> {
    const { workflowIds } = await acts.toursCoveredBy({ outageId: input.outageId });
    for (const id of workflowIds) {
      try {
        await getExternalWorkflowHandle(id).signal(outageChangedSignal, { outageId: input.outageId });
      } catch (err) {
        // The tour ended meanwhile: there is nothing left to hold or let go.
        log.info('tour not told of the outage: it is no longer running', { tourWorkflowId: id, error: String(err) });
      }
    }
  }

  setHandler(outageStateQuery, () => state);
  const reportedSeq = continued ? 0 : ++state.seq;

  const validateResolve = (cmd: ResolveOutageInput) => {
    checkActor(cmd);
    if (!OUTAGE_ALLOWED.resolve.includes(state.status)) refuse('InvalidTransition', `The outage is ${state.status}; only an open outage is resolved`);
    if (!Number.isInteger(cmd.backlog) || cmd.backlog < 0) refuse('InvalidInput', 'backlog must be a whole number of cards, 0 or more');
  };
  setHandler(
    resolveOutageUpdate,
    (cmd) =>
      exclusive(giveBack(async () => {
        validateResolve(cmd);
        state.backlogRemaining = cmd.backlog;
        await record('resolved', cmd, {
          status: cmd.backlog > 0 ? 'recovering' : 'closed',
          details: { resolvedAt: cmd.resolvedAt, backlog: cmd.backlog },
          patch: { resolvedAt: cmd.resolvedAt, backlog: cmd.backlog },
        });
        // Recording works again: the tours it held resume.
        await tellTours();
        return state;
      })),
    { validator: validateResolve },
  );

  const validateProgress = (cmd: PrintProgressInput) => {
    checkActor(cmd);
    if (!OUTAGE_ALLOWED['print-progress'].includes(state.status)) refuse('InvalidTransition', `Print progress is recorded while a backlog is burned down; the outage is ${state.status}`);
    if (!DATE.test(cmd.date ?? '')) refuse('InvalidInput', 'date must be a date such as 2026-12-01');
    if (!Number.isInteger(cmd.printed) || cmd.printed < 0) refuse('InvalidInput', 'printed must be a whole number of cards, 0 or more');
  };
  setHandler(
    printProgressUpdate,
    (cmd) =>
      exclusive(giveBack(async () => {
        validateProgress(cmd);
        const burn = await acts.recordPrintProgress({ outageId: input.outageId, date: cmd.date, printed: cmd.printed, actor: cmd.actor });
        state.backlogRemaining = burn.remaining;
        await record('print-progress', cmd, { details: { date: cmd.date, printed: cmd.printed, remaining: burn.remaining } });
        if (burn.remaining === 0) {
          await record('closed', { actor: 'system' }, { status: 'closed', details: { daysTaken: burn.daysTaken, printedTotal: burn.printedTotal } });
        }
        return state;
      })),
    { validator: validateProgress },
  );

  const validateOvertime = (cmd: OvertimeInput) => {
    checkActor(cmd);
    if (!OUTAGE_ALLOWED.overtime.includes(state.status)) refuse('InvalidTransition', 'The outage is closed; there is no backlog left to plan for');
    if (!DATE.test(cmd.date ?? '')) refuse('InvalidInput', 'date must be a date such as 2026-12-01');
    if (!Number.isInteger(cmd.target) || cmd.target < 1) refuse('InvalidInput', 'target must be a whole number of cards, 1 or more');
  };
  setHandler(
    planOvertimeUpdate,
    (cmd) =>
      exclusive(giveBack(async () => {
        validateOvertime(cmd);
        await acts.planOvertime({ outageId: input.outageId, date: cmd.date, target: cmd.target, actor: cmd.actor });
        return record('overtime-planned', cmd, { details: { date: cmd.date, target: cmd.target } });
      })),
    { validator: validateOvertime },
  );

  if (!continued) {
    await recordOutageEvent({
      outageId: input.outageId,
      officeId: input.officeId,
      workflowId,
      seq: reportedSeq,
      event: 'reported',
      toStatus: 'open',
      actor: input.reportedBy,
      requestId: input.requestId,
      details: {},
      patch: {},
    });
    // Recording stops over the kits it covers: the tours there are held (or go on offline).
    await tellTours();
  }

  let level = continued?.reminderLevel ?? 0;

  /**
   * Waits for the office's next working instant when a reminder falls due outside its working hours
   * (only an office with its own working week defers; on the default calendar it is now). True when
   * `moved` came true meanwhile: then no reminder is owed.
   */
  async function untilWorkingHours(moved: () => boolean): Promise<boolean> {
    const next = await planWait({ officeId: input.officeId, seconds: 0, clock: 'elapsed', deferToWorkingHours: true });
    if (next.waitMs <= 0) return moved();
    state.nextReminderAt = next.at;
    const came = await condition(moved, next.waitMs);
    state.nextReminderAt = undefined;
    return came;
  }
  const continueIfLong = async () => {
    if (!workflowInfo().continueAsNewSuggested) return;
    await condition(allHandlersFinished);
    await continueAsNew<typeof outageWorkflow>(input, { state, sinceReminderSeconds: sinceReminder, reminderLevel: level });
  };

  // A write the database refused gives the outage back to the state it was in (unrecordable.ts): then
  // it goes on from there, rather than ending open.
  for (;;) {
    // While it lasts: reminders at the interval (operators, then the managers too), and an escalation
    // letter once it has lasted past the threshold.
    while (state.status === 'open') {
      await continueIfLong();
      // The clock is read by an activity: time the worker was away counts towards the escalation too.
      const untilEscalation = state.escalationId ? Infinity : (await acts.secondsUntil({ at: input.escalateAt })).seconds;
      const wait = Math.max(1, Math.min(policy.reminderIntervalSeconds - sinceReminder, untilEscalation));
      if (await condition(() => state.status !== 'open', wait * 1000)) break;
      // A reminder (not an escalation) due now goes out in the office's working hours.
      const escalationDue = !state.escalationId && untilEscalation <= wait;
      if (!escalationDue && sinceReminder + wait >= policy.reminderIntervalSeconds && patched(REMINDERS_IN_WORKING_HOURS)) {
        if (await untilWorkingHours(() => state.status !== 'open')) break;
      }
      await exclusive(async () => {
        if (state.status !== 'open') return;
        sinceReminder += wait;
        if (!state.escalationId && untilEscalation <= wait) {
          const esc = await openOutageEscalation({ outageId: input.outageId, officeId: input.officeId });
          if (esc.start) {
            await startEscalationLetter(esc.escalationId, esc.start, input.officeId);
          }
          state.escalationId = esc.escalationId;
          await record('escalated', { actor: 'system' }, { details: { escalationId: esc.escalationId }, patch: { needsEscalation: true } });
        }
        if (sinceReminder >= policy.reminderIntervalSeconds) {
          sinceReminder = 0;
          level++;
          state.remindersSent++;
          await sendOutageReminder({
            outageId: input.outageId,
            officeId: input.officeId,
            workflowId,
            seq: ++state.seq,
            level,
            kind: 'open',
            recipients: level >= 2 ? ['operator', 'manager'] : ['operator'],
          });
        }
      });
    }

    // The backlog it left: printed down day by day; no progress for backlogStallSeconds reminds the
    // office. Only a smaller backlog is progress (a day of zero, or planning overtime, is not).
    while (state.status === 'recovering') {
      await continueIfLong();
      const remaining = state.backlogRemaining;
      const progressed = () => state.status !== 'recovering' || state.backlogRemaining !== remaining;
      if (await condition(progressed, policy.backlogStallSeconds * 1000)) continue;
      if (patched(REMINDERS_IN_WORKING_HOURS) && (await untilWorkingHours(progressed))) continue;
      await exclusive(async () => {
        if (state.status !== 'recovering' || state.backlogRemaining !== remaining) return;
        state.remindersSent++;
        await sendOutageReminder({
          outageId: input.outageId,
          officeId: input.officeId,
          workflowId,
          seq: ++state.seq,
          level: state.remindersSent,
          kind: 'backlog-stalled',
          recipients: ['operator', 'manager'],
        });
      });
    }

    await condition(allHandlersFinished);
    if (state.status === 'closed') break;
  }
  return state;
}
