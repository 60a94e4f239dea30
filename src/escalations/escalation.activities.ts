import type {
  EscalationEventInput,
  EscalationReadModelService,
  EscalationReminderInput,
  IssueLetterInput,
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
    async joinStalledEscalation(input: { caseId: string; officeId: string }) {
      return readModel.joinStalledEscalation(input.caseId, input.officeId);
    },
    async openOutageEscalation(input: { outageId: string; officeId: string }) {
      return readModel.openOutageEscalation(input.outageId, input.officeId);
    },
    async sendEscalationReminder(reminder: EscalationReminderInput): Promise<void> {
      await readModel.sendReminder(reminder);
    },
  };
}

export type EscalationActivities = ReturnType<typeof createEscalationActivities>;
