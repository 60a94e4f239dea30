import type {
  EscalationEventInput,
  EscalationReadModelService,
  EscalationReminderInput,
  ReplyWaitWarningInput,
  IssueLetterInput,
  SolvedCheck,
} from './escalation-read-model.service';

/** Activities of EscalationWorkflow, built from their Nest dependencies by the worker. */
export function createEscalationActivities(readModel: EscalationReadModelService) {
  return {
    async recordEscalationEvent(event: EscalationEventInput): Promise<void> {
      await readModel.recordEvent(event);
    },
    async issueLetter(input: IssueLetterInput): Promise<{ number: string; date: string }> {
      return readModel.issueLetter(input);
    },
    async dispatchLetter(input: { escalationId: string; round: number }): Promise<{ sent: boolean; messageId?: string; to?: string; reason?: string }> {
      return readModel.dispatchLetter(input.escalationId, input.round);
    },
    async draftFollowUp(input: { escalationId: string; round: number }): Promise<{ subject: string; body: string; attachments: string[] }> {
      return readModel.draftFollowUp(input.escalationId);
    },
    /** Before a follow-up: are all the cases closed and outages resolved? (Reads only; safe to retry.) */
    async checkEscalationSolved(input: { escalationId: string }): Promise<SolvedCheck> {
      return readModel.checkSolved(input.escalationId);
    },
    async joinStalledEscalation(input: { caseId: string; officeId: string }) {
      return readModel.joinStalledEscalation(input.caseId, input.officeId);
    },
    async openOutageEscalation(input: { outageId: string; officeId: string }) {
      return readModel.openOutageEscalation(input.outageId, input.officeId);
    },
    async sendEscalationReminder(reminder: EscalationReminderInput): Promise<void> {
      await readModel.sendReminder(reminder);
    },
    /** Once per reply wait, before the follow-up is drafted (dedup key workflow+seq: a retry sends nothing twice). */
    async sendReplyWaitWarning(warning: ReplyWaitWarningInput): Promise<void> {
      await readModel.sendReplyWaitWarning(warning);
    },
  };
}

export type EscalationActivities = ReturnType<typeof createEscalationActivities>;
