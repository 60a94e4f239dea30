import type { RepairEventInput, RepairReadModelService, RepairReminderInput, RepairWarningInput } from './repair-read-model.service';

/** Activities of RepairWorkflow, built from their Nest dependencies by the worker. */
export function createRepairActivities(readModel: RepairReadModelService) {
  return {
    async recordRepairEvent(event: RepairEventInput): Promise<void> {
      await readModel.recordEvent(event);
    },
    async recordRepairDeadline(d: { caseId: string; seq: number; deadlineAt: string }): Promise<void> {
      await readModel.recordDeadline(d.caseId, d.seq, d.deadlineAt);
    },
    async sendRepairReminder(reminder: RepairReminderInput): Promise<void> {
      await readModel.sendReminder(reminder);
    },
    async sendRepairWarning(warning: RepairWarningInput): Promise<void> {
      await readModel.sendWarning(warning);
    },
  };
}

export type RepairActivities = ReturnType<typeof createRepairActivities>;
