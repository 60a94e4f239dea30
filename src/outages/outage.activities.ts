import type { OutageEventInput, OutageReadModelService, OutageReminderInput } from './outage-read-model.service';

/** Activities of OutageWorkflow, built from their Nest dependencies by the worker. */
export function createOutageActivities(readModel: OutageReadModelService) {
  return {
    async recordOutageEvent(event: OutageEventInput): Promise<void> {
      await readModel.recordEvent(event);
    },
    async sendOutageReminder(r: OutageReminderInput): Promise<void> {
      await readModel.sendReminder(r);
    },
    async recordPrintProgress(i: { outageId: string; date: string; printed: number; actor: string }) {
      return readModel.recordPrintProgress(i);
    },
    /** Seconds from now until the given time (0 when past): the workflow's window on the clock. */
    async secondsUntil(i: { at: string }): Promise<{ seconds: number }> {
      return { seconds: Math.max(0, Math.ceil((Date.parse(i.at) - Date.now()) / 1000)) };
    },
    /** The workflows of the open tours whose kit the outage covers: told to look again when it opens or ends. */
    async toursCoveredBy(i: { outageId: string }): Promise<{ workflowIds: string[] }> {
      return { workflowIds: await readModel.toursCoveredBy(i.outageId) };
    },
    async planOvertime(i: { outageId: string; date: string; target: number; actor: string }): Promise<void> {
      await readModel.planOvertime(i);
    },
  };
}

export type OutageActivities = ReturnType<typeof createOutageActivities>;
