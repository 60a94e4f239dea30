import type { TourEventInput, TourReadModelService } from './tour-read-model.service';
export type { StopChange } from './tour-read-model.service';

/** Activities of TourWorkflow and BatchSyncWorkflow, built from their Nest dependencies by the worker. */
export function createTourActivities(readModel: TourReadModelService) {
  return {
    async recordTourEvent(event: TourEventInput): Promise<void> {
      await readModel.recordEvent(event);
    },
    async sendTourReminder(r: Parameters<TourReadModelService['sendReminder']>[0]): Promise<void> {
      await readModel.sendReminder(r);
    },
    async sendDueNotices(i: Parameters<TourReadModelService['sendDueNotices']>[0]) {
      return readModel.sendDueNotices(i);
    },
    async rescheduleStop(i: { tourId: string; stopId: string; date: string }) {
      return readModel.rescheduleStop(i);
    },
    async applyStopChanges(i: Parameters<TourReadModelService['applyStopChanges']>[0]) {
      return readModel.applyStopChanges(i);
    },
    /** Which open outages stop the tour's kit from recording, and whether the office holds its tours for them. */
    async outagesOverTour(i: { tourId: string }) {
      return readModel.outagesOverTour(i.tourId);
    },
    async listStopBatches(i: { stopId: string }) {
      return readModel.listStopBatches(i.stopId);
    },
    async openKitRepair(i: Parameters<TourReadModelService['openKitRepair']>[0]) {
      return readModel.openKitRepair(i);
    },
    async kitRepairStatus(i: { caseIds: string[] }): Promise<{ open: string[] }> {
      return { open: await readModel.openRepairCases(i.caseIds) };
    },
    async mailNotices(i: { tourId: string }) {
      return readModel.mailNotices(i.tourId);
    },
    async batchOutcomes(i: { batchIds: string[] }) {
      return readModel.batchOutcomes(i.batchIds);
    },
    async pushBatch(i: { batchId: string }) {
      return readModel.pushBatch(i.batchId);
    },
  };
}

export type TourActivities = ReturnType<typeof createTourActivities>;
