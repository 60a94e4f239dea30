import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { CalendarActivities } from '../src/calendar/calendar.activities';
import type { EscalationActivities } from '../src/escalations/escalation.activities';
import type { RepairActivities } from '../src/repairs/repair.activities';
import {
  ActionBase,
  cancelUpdate,
  markRepairedUpdate,
  REPAIR_ALLOWED as ALLOWED,
  RepairAction as Action,
  RepairState,
  RepairStatus,
  RepairStep,
  RepairWorkflowInput,
  repairStateQuery,
  requestRepairUpdate,
  triageUpdate,
  verifyUpdate,
} from './repair.messages';
import { CASE_STATUS } from './search-attributes';
import { givingBackOnRefusal } from './unrecordable';
import { startEscalationLetter } from './escalation-child';
import { readModelWrites } from './read-model-writes';

const { joinStalledEscalation } = proxyActivities<EscalationActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const UNREPAIRED: readonly RepairStatus[] = ['reported', 'triaged', 'awaiting-repair'];

const STATUS_ID: Record<RepairStatus, string> = {
  reported: 'dilaporkan',
  triaged: 'sudah ditriase',
  'awaiting-repair': 'menunggu perbaikan',
  repaired: 'sudah diperbaiki',
  closed: 'ditutup',
  cancelled: 'dibatalkan',
};

export interface RepairWorkflowContinuation {
  state: RepairState;
}

/**
 * One broken device, from the report to a verified repair (or cancellation). Every waiting state has
 * a deadline from the office's policy; past it the operators are reminded, then the manager too, at
 * the policy interval until the case moves.
 */
export async function repairWorkflow(input: RepairWorkflowInput, continued?: RepairWorkflowContinuation): Promise<RepairState> {
  const { policy } = input;
  // The case's read-model writes (events, deadlines, reminders, warnings) and its calendar: local activities from the loop, one at a time; normal ones from an Update (read-model-writes.ts).
  const { recordRepairEvent, recordRepairDeadline, sendRepairReminder, sendRepairWarning, planWait } = readModelWrites<RepairActivities & CalendarActivities>();
  const state: RepairState = continued?.state ?? { caseId: input.caseId, status: 'reported', seq: 0, version: 0, remindersSent: 0 };

  const nextSeq = () => ++state.seq;

  function ensureAllowed(action: Action, extra?: () => string | undefined): void {
    if (!ALLOWED[action].includes(state.status)) {
      throw ApplicationFailure.create({
        type: 'InvalidTransition',
        nonRetryable: true,
        message: `Cannot ${action} a repair case that is ${state.status}; allowed only when ${ALLOWED[action].join(' or ')}`,
        details: [{ status: state.status, action }],
      });
    }
    const problem = extra?.();
    if (problem) throw ApplicationFailure.create({ type: 'InvalidInput', nonRetryable: true, message: problem });
  }

  /** Applies a transition at once (so the next validator sees it) and then writes it to the read model. */
  async function transition(to: RepairStatus, event: string, action: ActionBase, details: Record<string, unknown> = {}): Promise<RepairState> {
    const from = state.status;
    state.status = to;
    state.version++;
    const seq = nextSeq();
    upsertSearchAttributes([{ key: CASE_STATUS, value: to }]);
    const planned = await planStep(to, state.version);
    await recordRepairEvent({
      caseId: input.caseId,
      officeId: input.officeId,
      deviceId: input.deviceId,
      servicePointId: input.servicePointId,
      workflowId: workflowInfo().workflowId,
      seq,
      event,
      fromStatus: from,
      toStatus: to,
      actor: action.actor,
      note: action.note,
      requestId: action.requestId,
      details,
      deadlineSeconds: deadlineFor(to),
      deadlineAt: plannedAt(to, planned),
      assessment: state.assessment,
      repairChannel: state.repairChannel,
    });
    return { ...state };
  }

  /** A reminder past the deadline: level 1 to the operators, from level 2 the manager too. */
  async function remind(level: number): Promise<void> {
    state.remindersSent++;
    await sendRepairReminder({
      caseId: input.caseId,
      officeId: input.officeId,
      workflowId: workflowInfo().workflowId,
      seq: nextSeq(),
      level,
      status: state.status,
      statusLabel: STATUS_ID[state.status],
      deviceSerial: input.deviceSerial,
      deviceKind: input.deviceKind,
      servicePointName: input.servicePointName,
      recipients: level === 1 ? ['operator'] : ['operator', 'manager'],
    });
  }

  function deadlineFor(status: RepairStatus): number | undefined {
    switch (status) {
      case 'reported':
        return policy.triageSeconds;
      case 'triaged':
      case 'awaiting-repair':
        return policy.repairSeconds;
      case 'repaired':
        return policy.verificationSeconds;
      default:
        return undefined;
    }
  }

  function stepOf(status: RepairStatus): RepairStep | undefined {
    switch (status) {
      case 'reported':
        return 'triage';
      case 'triaged':
      case 'awaiting-repair':
        return 'repair';
      case 'repaired':
        return 'verification';
      default:
        return undefined;
    }
  }

  /**
   * The deadline of a step from the office's business calendar (an activity: the instant is in the
   * history, and a calendar changed later applies to the next step), with its warning.
   */
  async function planStep(status: RepairStatus, version: number): Promise<RepairState['deadline']> {
    const step = stepOf(status);
    const seconds = deadlineFor(status);
    if (!step || seconds === undefined) {
      state.deadline = undefined;
      return undefined;
    }
    const warning = policy.warnings?.[step];
    const plan = await planWait({
      officeId: input.officeId,
      seconds,
      clock: policy.clocks?.[step] ?? 'elapsed',
      warnShare: warning?.share,
      warnBeforeSeconds: warning?.beforeSeconds,
    });
    // A newer transition may have planned its own step meanwhile: keep the newest.
    if (state.version === version) state.deadline = { version, ...plan };
    return { version, ...plan };
  }

  /** The read model's deadline: the planned instant of a working-time step; an elapsed one stays its event's time plus the seconds. */
  function plannedAt(status: RepairStatus, planned: RepairState['deadline']): string | undefined {
    const step = stepOf(status);
    return planned && step && policy.clocks?.[step] === 'working' ? planned.at : undefined;
  }

  // The report's seq is taken before any handler exists: an action delivered with the start runs as
  // soon as its handler is registered and must not come before the report in the read model.
  const reportedSeq = continued ? 0 : nextSeq();

  setHandler(repairStateQuery, () => ({ ...state }));

  // A write the database refuses for its data refuses the action and leaves the case as it was.
  const giveBack = givingBackOnRefusal(state, {
    keep: ['seq', 'remindersSent'],
    restored: () => upsertSearchAttributes([{ key: CASE_STATUS, value: state.status }]),
  });

  setHandler(
    triageUpdate,
    giveBack(async (cmd) => {
      state.assessment = cmd.assessment;
      return transition('triaged', 'triaged', cmd, { assessment: cmd.assessment });
    }),
    { validator: (cmd) => ensureAllowed('triage', () => requireActor(cmd)) },
  );
  setHandler(
    requestRepairUpdate,
    giveBack(async (cmd) => {
      state.repairChannel = cmd.channel;
      return transition('awaiting-repair', 'repair-requested', cmd, { channel: cmd.channel });
    }),
    { validator: (cmd) => ensureAllowed('request-repair', () => requireActor(cmd)) },
  );
  setHandler(
    markRepairedUpdate,
    giveBack(async (cmd) => {
      const onSite = state.status === 'triaged';
      // Four-eyes on verification: whoever marked it repaired does not verify it.
      state.repairedBy = cmd.actor;
      return transition('repaired', onSite ? 'fixed-on-site' : 'repaired', cmd, { onSite });
    }),
    { validator: (cmd) => ensureAllowed('mark-repaired', () => requireActor(cmd)) },
  );
  setHandler(
    verifyUpdate,
    giveBack(async (cmd) =>
      cmd.working
        ? transition('closed', 'verified', cmd, { working: true })
        : transition('triaged', 'verification-failed', cmd, { working: false })),
    {
      validator: (cmd) => {
        ensureAllowed('verify', () => requireActor(cmd));
        if (state.repairedBy !== undefined && state.repairedBy === cmd.actor) {
          throw ApplicationFailure.create({
            type: 'FourEyes',
            nonRetryable: true,
            message: `${cmd.actor} marked this device repaired; someone else must verify it`,
          });
        }
      },
    },
  );
  setHandler(
    cancelUpdate,
    giveBack(async (cmd) => transition('cancelled', 'cancelled', { actor: cmd.actor, note: cmd.reason, requestId: cmd.requestId })),
    { validator: (cmd) => ensureAllowed('cancel', () => requireActor(cmd) ?? (cmd.reason?.trim() ? undefined : 'reason is required to cancel')) },
  );

  if (!continued) {
    const seq = reportedSeq;
    await recordRepairEvent({
      caseId: input.caseId,
      officeId: input.officeId,
      deviceId: input.deviceId,
      servicePointId: input.servicePointId,
      workflowId: workflowInfo().workflowId,
      seq,
      event: 'reported',
      fromStatus: undefined,
      toStatus: 'reported',
      actor: input.reportedBy,
      note: input.description,
      requestId: input.requestId,
      details: {},
      deadlineSeconds: policy.triageSeconds,
    });
    // The report is written first (an action right after it must find it), then its deadline planned.
    const deadlineAt = plannedAt('reported', await planStep('reported', 0));
    if (deadlineAt) await recordRepairDeadline({ caseId: input.caseId, seq, deadlineAt });
  }

  // Not repaired within the threshold: the case goes into an escalation letter, the office's open
  // draft of stalled cases when there is one, otherwise a new one started here as a child workflow.
  let escalation: Promise<void> | undefined;
  let joining = false;
  if (policy.escalationThresholdSeconds && !state.escalationId) {
    const threshold = policy.escalationThresholdSeconds;
    const finished = () => state.status === 'closed' || state.status === 'cancelled';
    escalation = (async () => {
      for (;;) {
        if (await condition(() => !UNREPAIRED.includes(state.status), threshold * 1000)) {
          // Repaired in time, or ended. A repair that fails verification starts the threshold again.
          await condition(() => finished() || UNREPAIRED.includes(state.status));
          if (finished()) return;
          continue;
        }
        joining = true;
        try {
          const joined = await joinStalledEscalation({ caseId: input.caseId, officeId: input.officeId });
          state.escalationId = joined.escalationId;
          if (joined.start) {
            await startEscalationLetter(joined.escalationId, joined.start, input.officeId);
          }
        } finally {
          joining = false;
        }
        return;
      }
    })();
  }

  /** Sleeps up to `ms` unless the case moves; true when it moved. */
  async function sleepUnlessMoved(moved: () => boolean, ms: number): Promise<boolean> {
    if (moved()) return true;
    return ms > 0 ? condition(moved, ms) : false;
  }

  /**
   * One step under the business calendar: the warning (once), the deadline, then reminders at the
   * policy interval, each due outside working hours deferred to the next working instant. Returns
   * when the case moves.
   */
  async function waitByCalendar(version: number, moved: () => boolean): Promise<void> {
    // The transition plans its step before it records it: wait for that plan.
    await condition(() => moved() || state.deadline?.version === version);
    if (moved()) return;
    const plan = state.deadline;
    if (!plan) {
      // A state without a deadline (none waits so): nothing to remind of until the case moves.
      await condition(moved);
      return;
    }
    state.nextReminderAt = undefined;
    const step = stepOf(state.status) as RepairStep;
    if (plan.warnWaitMs !== undefined) {
      if (await sleepUnlessMoved(moved, plan.warnWaitMs)) return;
      await sendRepairWarning({
        caseId: input.caseId,
        officeId: input.officeId,
        workflowId: workflowInfo().workflowId,
        seq: nextSeq(),
        step,
        status: state.status,
        statusLabel: STATUS_ID[state.status],
        deadlineAt: plan.at,
        deviceSerial: input.deviceSerial,
        deviceKind: input.deviceKind,
        servicePointName: input.servicePointName,
        recipients: ['operator'],
      });
      if (await sleepUnlessMoved(moved, plan.waitMs - plan.warnWaitMs)) return;
    } else if (await sleepUnlessMoved(moved, plan.waitMs)) return;

    // Deadline passed: the operators first, then the manager too, repeating until the case moves.
    const clock = policy.clocks?.reminder ?? 'elapsed';
    let next = await planWait({ officeId: input.officeId, seconds: 0, clock, deferToWorkingHours: true });
    let level = 1;
    for (;;) {
      state.nextReminderAt = next.at;
      if (await sleepUnlessMoved(moved, next.waitMs)) return;
      await remind(level);
      level++;
      if (moved()) return;
      next = await planWait({ officeId: input.officeId, seconds: policy.reminderIntervalSeconds, clock, deferToWorkingHours: true });
    }
  }

  // A write the database refused gives the case back to the state it waited in (unrecordable.ts):
  // then it waits there again, rather than ending with its case open.
  for (;;) {
    while (state.status !== 'closed' && state.status !== 'cancelled') {
      // A case that stalls for months keeps its history bounded.
      if (workflowInfo().continueAsNewSuggested) {
        // Not in the middle of putting the case into a letter: that result must reach the next run.
        await condition(() => allHandlersFinished() && !joining);
        await continueAsNew<typeof repairWorkflow>(input, { state });
      }
      const version = state.version;
      const moved = () => state.version !== version;
      await waitByCalendar(version, moved);
    }

    await escalation;
    await condition(allHandlersFinished);
    if (state.status === 'closed' || state.status === 'cancelled') break;
  }
  return { ...state };
}

function requireActor(cmd: ActionBase): string | undefined {
  return typeof cmd?.actor === 'string' && cmd.actor.trim() ? undefined : 'actor is required';
}
