import { getExternalWorkflowHandle, log, proxyActivities } from '@temporalio/workflow';
import type { TourActivities } from '../src/tours/tour.activities';
import { BatchSettled, batchSettledSignal, BatchSyncInput } from './tour.messages';

/**
 * Carries one offline recording batch to the central ingestion endpoint: pushed with the packet's
 * checksum as the idempotency key and retried with backoff, without limit, for as long as the centre
 * is unreachable — until the centre acknowledges or rejects it. Then it tells its tour.
 */
export async function batchSyncWorkflow(input: BatchSyncInput): Promise<BatchSettled> {
  const { pushBatch } = proxyActivities<TourActivities>({
    // A large packet over a slow line; each attempt gives up well before the next one starts.
    startToCloseTimeout: '5 minutes',
    retry: { initialInterval: input.retry.initialIntervalMs, maximumInterval: input.retry.maximumIntervalMs, backoffCoefficient: 2 },
  });
  const outcome = await pushBatch({ batchId: input.batchId });
  const settled: BatchSettled = { batchId: input.batchId, stopId: input.stopId, status: outcome.status, reason: outcome.reason };
  try {
    await getExternalWorkflowHandle(input.tourWorkflowId).signal(batchSettledSignal, settled);
  } catch (err) {
    // The tour has ended (its stop was finished some other way); the outcome is in the batch's row.
    log.warn('could not tell the tour about the batch', { tour: input.tourWorkflowId, batchId: input.batchId, error: String(err) });
  }
  return settled;
}
