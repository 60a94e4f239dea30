import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
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
  RepairWorkflowInput,
  repairStateQuery,
  requestRepairUpdate,
  triageUpdate,
  verifyUpdate,
} from './repair.messages';
import { CASE_STATUS } from './search-attributes';
import { givingBackOnRefusal } from './unrecordable';
import { startEscalationLetter } from './escalation-child';

const { recordRepairEvent, sendRepairReminder } = proxyActivities<RepairActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
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
      assessment: state.assessment,
      repairChannel: state.repairChannel,
    });
    return { ...state };
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

  // The report's seq is taken before any handler exists: an action delivered with the start runs as
  // soon as its handler is registered and must not come before the report in the read model.
  const reportedSeq = !continued && patched('reported-first') ? nextSeq() : undefined;

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
      // Four-eyes on verification; cases marked repaired before this rule existed keep the old behaviour.
      if (patched('four-eyes-verify')) state.repairedBy = cmd.actor;
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
    await recordRepairEvent({
      caseId: input.caseId,
      officeId: input.officeId,
      deviceId: input.deviceId,
      servicePointId: input.servicePointId,
      workflowId: workflowInfo().workflowId,
      seq: reportedSeq ?? nextSeq(),
      event: 'reported',
      fromStatus: undefined,
      toStatus: 'reported',
      actor: input.reportedBy,
      note: input.description,
      requestId: input.requestId,
      details: {},
      deadlineSeconds: policy.triageSeconds,
    });
  }

  // Not repaired within the threshold: the case goes into an escalation letter, the office's open
  // draft of stalled cases when there is one, otherwise a new one started here as a child workflow.
  let escalation: Promise<void> | undefined;
  let joining = false;
  if (patched('escalate-stalled') && policy.escalationThresholdSeconds && !state.escalationId) {
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

  // A write the database refused gives the case back to the state it waited in (unrecordable.ts):
  // then it waits there again, rather than ending with its case open. (Before that rule a case only
  // got here closed or cancelled, so recorded histories replay unchanged.)
  for (;;) {
    while (state.status !== 'closed' && state.status !== 'cancelled') {
      // A case that stalls for months keeps its history bounded.
      if (workflowInfo().continueAsNewSuggested) {
        // Not in the middle of putting the case into a letter: that result must reach the next run.
        await condition(() => allHandlersFinished() && !joining);
        await continueAsNew<typeof repairWorkflow>(input, { state });
      }
      const version = state.version;
      const waitSeconds = deadlineFor(state.status) as number;
      const moved = () => state.version !== version;
      if (await condition(moved, waitSeconds * 1000)) continue;

      // Deadline passed: the operators first, then the manager too, repeating until the case moves.
      let level = 1;
      do {
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
        level++;
      } while (!(await condition(moved, policy.reminderIntervalSeconds * 1000)));
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
