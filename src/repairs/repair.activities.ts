import type { RepairEventInput, RepairReadModelService, RepairReminderInput } from './repair-read-model.service';

/** Activities of RepairWorkflow, built from their Nest dependencies by the worker. */
export function createRepairActivities(readModel: RepairReadModelService) {
  return {
    async recordRepairEvent(event: RepairEventInput): Promise<void> {
      await readModel.recordEvent(event);
    },
    async sendRepairReminder(reminder: RepairReminderInput): Promise<void> {
      await readModel.sendReminder(reminder);
    },
  };
}

export type RepairActivities = ReturnType<typeof createRepairActivities>;
