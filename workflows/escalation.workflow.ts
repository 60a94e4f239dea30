import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { CalendarActivities } from '../src/calendar/calendar.activities';
import type { EscalationActivities } from '../src/escalations/escalation.activities';
import {
  approveUpdate,
  editDraftUpdate,
  ENDED_ESCALATION_STATUSES,
  ESCALATION_ALLOWED,
  EscalationActor,
  EscalationState,
  EscalationStatus,
  EscalationWorkflowInput,
  escalationStateQuery,
  recordReplyUpdate,
  rejectUpdate,
  REPLY_STATUSES,
  requestChangesUpdate,
  withdrawUpdate,
} from './escalation.messages';
import { readModelWrites } from './read-model-writes';
import { givingBackOnRefusal } from './unrecordable';

// The letter's PDF, its e-mail to the ministry, the follow-up's draft and the look at its cases: normal activities.
const { issueLetter, dispatchLetter, draftFollowUp, checkEscalationSolved } = proxyActivities<EscalationActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

type Action = 'edit' | 'approve' | 'reject' | 'request changes' | 'withdraw' | 'record a reply';

const ALLOWED = ESCALATION_ALLOWED;

export interface EscalationContinuation {
  state: EscalationState;
}

/**
 * One escalation to the ministry: a draft, a manager's approval (never the drafter's own), a numbered
 * letter, its dispatch, and the wait for the reply — with a follow-up letter ("surat susulan") each
 * time the reply does not come within the policy interval, until someone answers — or until every
 * repair case and outage it is about is closed or resolved: then no further follow-up is drafted, the
 * office's managers are told, and it waits for the reply or a manager's withdrawal.
 */
export async function escalationWorkflow(input: EscalationWorkflowInput, continued?: EscalationContinuation): Promise<EscalationState> {
  const { policy } = input;
  // Its read-model writes (events, reminders, the reply-wait warning) and its calendar: local activities from the loop, one at a time; normal ones from an Update (read-model-writes.ts).
  const { recordEscalationEvent, sendEscalationReminder, sendReplyWaitWarning, planWait } = readModelWrites<EscalationActivities & CalendarActivities>();
  const state: EscalationState = continued?.state ?? {
    escalationId: input.escalationId,
    status: 'drafted',
    round: 1,
    seq: 0,
    version: 0,
    drafters: [input.draftedBy],
    remindersSent: 0,
    lettersSent: 0,
  };
  const workflowId = workflowInfo().workflowId;
  let saving = 0;

  /**
   * Milliseconds of one wait, planned over the office's business calendar (working or elapsed time
   * per wait; reminders deferred to working hours).
   */
  async function waitMs(seconds: number, clock: 'elapsed' | 'working' | undefined, deferToWorkingHours: boolean): Promise<number> {
    const plan = await planWait({ officeId: input.officeId, seconds, clock: clock ?? 'elapsed', deferToWorkingHours });
    return Math.max(1, plan.waitMs);
  }

  /**
   * The wait for the ministry's reply; true when the reply or a withdrawal ended it. With a warning in
   * the policy the office's managers are warned once, then it sleeps the rest of the wait.
   */
  async function waitForReply(): Promise<boolean> {
    const warning = policy.replyWaitWarning;
    if (!warning) {
      return condition(ended, await waitMs(policy.replyWaitSeconds, policy.clocks?.replyWait, false));
    }
    const plan = await planWait({
      officeId: input.officeId,
      seconds: policy.replyWaitSeconds,
      clock: policy.clocks?.replyWait ?? 'elapsed',
      deferToWorkingHours: false,
      warnShare: warning.share,
      warnBeforeSeconds: warning.beforeSeconds,
    });
    if (plan.warnWaitMs === undefined) return condition(ended, Math.max(1, plan.waitMs));
    if (await condition(ended, Math.max(1, plan.warnWaitMs))) return true;
    await sendReplyWaitWarning({
      escalationId: input.escalationId,
      officeId: input.officeId,
      workflowId,
      seq: ++state.seq,
      round: state.round,
      letterNumber: state.letterNumber ?? null,
      status: state.status,
      deadlineAt: plan.at,
    });
    if (ended()) return true;
    return condition(ended, Math.max(1, plan.waitMs - plan.warnWaitMs));
  }

  function refuse(type: 'InvalidTransition' | 'InvalidInput' | 'FourEyes' | 'Forbidden', message: string): never {
    throw ApplicationFailure.create({ type, nonRetryable: true, message, details: [{ status: state.status }] });
  }

  function ensure(action: Exclude<Action, 'record a reply'>, cmd: EscalationActor, managerOnly: boolean, fourEyes = managerOnly): void {
    if (!cmd?.actor?.trim()) refuse('InvalidInput', 'actor is required');
    if (!ALLOWED[action].includes(state.status)) {
      refuse('InvalidTransition', `Cannot ${action} an escalation that is ${state.status}; allowed only when ${ALLOWED[action].join(' or ')}`);
    }
    if (managerOnly) {
      if (cmd.role !== 'manager') refuse('Forbidden', `Only a manager may ${action} a letter; you are ${cmd.role}`);
      if (fourEyes && state.drafters.includes(cmd.actor)) refuse('FourEyes', `${cmd.actor} drafted this letter; another manager must ${action} it`);
    }
  }

  async function record(
    to: EscalationStatus,
    event: string,
    cmd: { actor: string; requestId?: string },
    note?: string,
    details: Record<string, unknown> = {},
    patch: Record<string, unknown> = {},
    from: EscalationStatus = state.status,
  ): Promise<EscalationState> {
    state.status = to;
    state.version++;
    const seq = ++state.seq;
    // Counted while an event is being saved: approval and edits wait for it, so the letter is numbered
    // with the saved text and edits are saved in the order they were made.
    saving++;
    try {
      await recordEscalationEvent({
        escalationId: input.escalationId,
        officeId: input.officeId,
        workflowId,
        seq,
        event,
        fromStatus: from,
        toStatus: to,
        actor: cmd.actor,
        note,
        requestId: cmd.requestId,
        round: state.round,
        details,
        patch,
      });
    } finally {
      saving--;
    }
    return { ...state, drafters: [...state.drafters] };
  }

  setHandler(escalationStateQuery, () => ({ ...state, drafters: [...state.drafters] }));

  // A write the database refuses for its data refuses the action and leaves the letter as it was.
  const giveBack = givingBackOnRefusal(state, { keep: ['seq', 'remindersSent'] });

  // The first event's number is taken before any handler exists: an Update delivered with the start
  // runs as soon as its handler is registered, and must come after it.
  const draftedSeq = continued ? 0 : ++state.seq;

  setHandler(
    editDraftUpdate,
    giveBack(async (cmd) => {
      await condition(() => saving === 0);
      if (!ALLOWED.edit.includes(state.status)) refuse('InvalidTransition', `Cannot edit an escalation that is ${state.status}`);
      if (!state.drafters.includes(cmd.actor)) state.drafters.push(cmd.actor);
      const patch = { subject: cmd.subject, body: cmd.body, recipient: cmd.recipient, attachments: cmd.attachments };
      return record('drafted', 'edited', cmd, undefined, { fields: Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined) }, patch);
    }),
    { validator: (cmd) => ensure('edit', cmd, false) },
  );
  setHandler(
    approveUpdate,
    giveBack(async (cmd) => {
      // Approved at once, so other decisions and edits are refused while the number is being allocated;
      // saves still under way finish first, so the number goes to the text that was approved.
      state.status = 'approved';
      await condition(() => saving === 0);
      const letter = await issueLetter({
        escalationId: input.escalationId,
        round: state.round,
        approvedBy: cmd.actor,
        approverName: cmd.displayName,
        approverNip: cmd.nip ?? null,
      });
      state.letterNumber = letter.number;
      return record('approved', 'approved', cmd, undefined, { letterNumber: letter.number, letterDate: letter.date }, {}, 'drafted');
    }),
    { validator: (cmd) => ensure('approve', cmd, true) },
  );
  setHandler(
    rejectUpdate,
    // Rejecting a follow-up withdraws only that letter: the escalation keeps waiting for the reply.
    giveBack(async (cmd) =>
      state.lettersSent > 0
        ? record('awaiting-reply', 'follow-up-rejected', cmd, cmd.reason, {}, { lastComment: cmd.reason })
        : record('rejected', 'rejected', cmd, cmd.reason, {}, { lastComment: cmd.reason })),
    {
      validator: (cmd) => {
        ensure('reject', cmd, true);
        if (!cmd.reason?.trim()) refuse('InvalidInput', 'reason is required to reject a letter');
      },
    },
  );
  setHandler(
    requestChangesUpdate,
    giveBack(async (cmd) => record('changes-requested', 'changes-requested', cmd, cmd.comment, {}, { lastComment: cmd.comment })),
    {
      validator: (cmd) => {
        ensure('request changes', cmd, true);
        if (!cmd.comment?.trim()) refuse('InvalidInput', 'comment is required to request changes');
      },
    },
  );
  setHandler(
    recordReplyUpdate,
    giveBack(async (cmd) =>
      record('closed', 'answered', cmd, cmd.summary, { reference: cmd.reference, receivedAt: cmd.receivedAt }, {
        reply: { receivedAt: cmd.receivedAt, reference: cmd.reference, summary: cmd.summary },
      })),
    {
      validator: (cmd) => {
        if (!cmd?.actor?.trim()) refuse('InvalidInput', 'actor is required');
        if (state.lettersSent === 0) refuse('InvalidTransition', 'No letter has been sent yet; there is nothing to reply to');
        // Not while a letter is being numbered and sent: the reply would race it.
        if (!REPLY_STATUSES.includes(state.status)) {
          refuse('InvalidTransition', `Cannot record a reply while the escalation is ${state.status}; try again in a moment`);
        }
      },
    },
  );

  setHandler(
    withdrawUpdate,
    // A manager closes the escalation before any reply: the problem was solved, or the letter is not needed.
    giveBack(async (cmd) => record('withdrawn', 'withdrawn', cmd, cmd.reason, {}, { withdrawalReason: cmd.reason })),
    {
      validator: (cmd) => {
        // Four-eyes does not apply: withdrawing sends nothing.
        ensure('withdraw', cmd, true, false);
        if (!cmd.reason?.trim()) refuse('InvalidInput', 'reason is required to withdraw an escalation');
      },
    },
  );

  const ended = () => ENDED_ESCALATION_STATUSES.includes(state.status);

  if (!continued) {
    // Records the draft without touching the status, which an early Update may already have moved.
    saving++;
    try {
      await recordEscalationEvent({
        escalationId: input.escalationId,
        officeId: input.officeId,
        workflowId,
        seq: draftedSeq,
        event: 'drafted',
        toStatus: 'drafted',
        actor: input.draftedBy,
        requestId: input.requestId,
        round: 1,
        details: {},
        patch: {},
      });
    } finally {
      saving--;
    }
  }

  // A write the database refused gives the letter back to the state it waited in (unrecordable.ts):
  // then it waits there again, rather than ending unanswered.
  for (;;) {
    while (!ended()) {
      if (workflowInfo().continueAsNewSuggested) {
        await condition(allHandlersFinished);
        await continueAsNew<typeof escalationWorkflow>(input, { state });
      }

      if (state.status !== 'awaiting-reply') {
        // Waiting for a manager: remind them at the interval; once it has waited long enough, the supervisors too.
        // Time spent back with the drafter does not count.
        let waited = 0;
        let level = 0;
        const decided = () => ended() || state.status === 'awaiting-reply' || (state.status === 'approved' && state.letterNumber !== undefined);
        while (!(await condition(decided, await waitMs(policy.approvalReminderSeconds, policy.clocks?.approvalReminder, true)))) {
          if (state.status !== 'drafted') continue;
          waited += policy.approvalReminderSeconds;
          level++;
          state.remindersSent++;
          await sendEscalationReminder({
            escalationId: input.escalationId,
            officeId: input.officeId,
            workflowId,
            seq: ++state.seq,
            level,
            round: state.round,
            status: state.status,
            recipients: waited >= policy.approvalSupervisorAfterSeconds ? ['manager', 'supervisor'] : ['manager'],
          });
        }
        if (ended()) break;
        if (state.status === 'approved') {
          // Approved and numbered: send it. (Replies are refused while a letter is being sent.)
          const dispatch = await dispatchLetter({ escalationId: input.escalationId, round: state.round });
          state.lettersSent++;
          await record('awaiting-reply', dispatch.sent ? 'dispatched' : 'dispatch-skipped', { actor: 'system' }, dispatch.reason, {
            letterNumber: state.letterNumber,
            messageId: dispatch.messageId,
            to: dispatch.to,
          });
        }
      }

      // Solved: nothing more to chase; waits for the reply or a withdrawal, however long.
      if (state.solved) {
        await condition(ended);
        break;
      }

      // Waiting for the ministry.
      if (await waitForReply()) break;

      // Before chasing, what the letter is about is read again: once every case is closed and every
      // outage resolved, no follow-up.
      const check = await checkEscalationSolved({ escalationId: input.escalationId });
      if (ended()) break; // the reply or a withdrawal came meanwhile
      if (check.solved) {
        state.solved = true;
        await record('awaiting-reply', 'problem-solved', { actor: 'system' }, check.summary, { summary: check.parts, repairCaseIds: check.repairCaseIds, outageIds: check.outageIds }, { solved: true });
        continue;
      }

      // No reply in time: a follow-up letter citing the earlier ones goes through the same approval.
      const followUp = await draftFollowUp({ escalationId: input.escalationId, round: state.round + 1 });
      if (ended()) break; // the reply came while the follow-up was being written
      state.round++;
      state.drafters = ['system'];
      state.letterNumber = undefined;
      await record('drafted', 'follow-up-drafted', { actor: 'system' }, undefined, { round: state.round }, {
        round: state.round,
        subject: followUp.subject,
        body: followUp.body,
        attachments: followUp.attachments,
      });
    }

    await condition(allHandlersFinished);
    if (ended()) break;
  }
  return { ...state, drafters: [...state.drafters] };
}
