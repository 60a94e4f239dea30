import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** Messages of EscalationWorkflow, defined once and used by the workflow and by the API. */

export const ESCALATION_STATUSES = ['drafted', 'changes-requested', 'approved', 'awaiting-reply', 'closed', 'rejected', 'withdrawn'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
export const OPEN_ESCALATION_STATUSES: readonly EscalationStatus[] = ['drafted', 'changes-requested', 'approved', 'awaiting-reply'];

/** What a person can do to a letter; the names of the API's routes. */
export const ESCALATION_ACTIONS = ['edit', 'approve', 'reject', 'request-changes', 'reply', 'withdraw'] as const;
export type EscalationAction = (typeof ESCALATION_ACTIONS)[number];

/**
 * Which states accept each action (named as the workflow's refusals say it). The workflow's validators
 * refuse everything else, and the API reads the same table to tell a person what they may do now.
 */
export const ESCALATION_ALLOWED: Record<'edit' | 'approve' | 'reject' | 'request changes' | 'withdraw', readonly EscalationStatus[]> = {
  edit: ['drafted', 'changes-requested'],
  approve: ['drafted'],
  reject: ['drafted', 'changes-requested'],
  'request changes': ['drafted'],
  // Any time before a reply, but not while a letter is being numbered and sent (it would race it).
  withdraw: ['drafted', 'changes-requested', 'awaiting-reply'],
};

/** Statuses in which the escalation has ended: its workflow completes. */
export const ENDED_ESCALATION_STATUSES: readonly EscalationStatus[] = ['closed', 'rejected', 'withdrawn'];

/** A reply is recorded once a letter was sent, but not while one is being numbered and sent. */
export const REPLY_STATUSES: readonly EscalationStatus[] = ['awaiting-reply', 'drafted', 'changes-requested'];

export interface EscalationPolicy {
  approvalReminderSeconds: number;
  approvalSupervisorAfterSeconds: number;
  replyWaitSeconds: number;
  /** Working time (the office's business calendar) or elapsed time per wait; absent: elapsed (letters started before the calendar). */
  clocks?: { approvalReminder?: 'elapsed' | 'working'; replyWait?: 'elapsed' | 'working' };
  /** A warning to the office's managers before the follow-up is drafted: at a share of the reply wait, or seconds before its end. */
  replyWaitWarning?: { share?: number; beforeSeconds?: number };
}

export interface EscalationWorkflowInput {
  escalationId: string;
  officeId: string;
  draftedBy: string;
  requestId?: string;
  policy: EscalationPolicy;
}

export interface EscalationState {
  escalationId: string;
  status: EscalationStatus;
  /** 1 for the first letter, then one more for each follow-up letter ("surat susulan"). */
  round: number;
  seq: number;
  version: number;
  /** Everyone who drafted or edited this round's letter: none of them may approve it. */
  drafters: string[];
  remindersSent: number;
  lettersSent: number;
  letterNumber?: string;
  /**
   * Set when every repair case and outage the escalation is about was found closed or resolved: no
   * further follow-up is drafted; it waits for the ministry's reply or a manager's withdrawal.
   */
  solved?: boolean;
}

export interface EscalationActor {
  /** Username (or apikey:<prefix>); `system` for what the workflow does itself. */
  actor: string;
  /** The acting user's role, checked again by the validators. */
  role: string;
  requestId?: string;
}

export interface EditDraftInput extends EscalationActor {
  subject?: string;
  body?: string;
  recipient?: string;
  attachments?: string[];
}

export interface ApproveInput extends EscalationActor {
  displayName: string;
  nip?: string | null;
}

export interface RejectInput extends EscalationActor {
  reason: string;
}

export interface RequestChangesInput extends EscalationActor {
  comment: string;
}

export interface ReplyInput extends EscalationActor {
  receivedAt: string;
  reference: string;
  summary: string;
}

export interface WithdrawInput extends EscalationActor {
  reason: string;
}

export const editDraftUpdate = defineUpdate<EscalationState, [EditDraftInput]>('editDraft');
export const approveUpdate = defineUpdate<EscalationState, [ApproveInput]>('approve');
export const rejectUpdate = defineUpdate<EscalationState, [RejectInput]>('reject');
export const requestChangesUpdate = defineUpdate<EscalationState, [RequestChangesInput]>('requestChanges');
export const recordReplyUpdate = defineUpdate<EscalationState, [ReplyInput]>('recordReply');
export const withdrawUpdate = defineUpdate<EscalationState, [WithdrawInput]>('withdraw');
export const escalationStateQuery = defineQuery<EscalationState>('state');

export function escalationWorkflowId(escalationId: string): string {
  return `escalation-${escalationId}`;
}
