import { Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DependencyUnavailableError } from '../common/domain-errors';
import { withTemporalDeadline } from './temporal-deadline';

/**
 * Whether a workflow execution exists. After a failed start it tells a start that really failed
 * from one whose answer was lost (a timeout), before the caller gives back what it reserved.
 */
export function workflowExists(client: Client, workflowId: string): Promise<boolean> {
  // A deadline of its own: the start may have failed because the request's deadline passed.
  return withTemporalDeadline(client, () => client.workflow.getHandle(workflowId).describe())
    .then(
      () => true,
      () => false,
    );
}

/**
 * Starts the workflow of rows the caller has just stored. If the start fails and the workflow really
 * is absent, the rows are given back and the caller answers 503 with `notDone` ("the tour was not
 * planned"); a start whose answer was lost counts as started.
 */
export async function startOrGiveBack(
  client: Client,
  workflowId: string,
  start: () => Promise<unknown>,
  giveBack: () => Promise<void>,
  notDone: string,
  logger: Logger,
): Promise<void> {
  try {
    await start();
  } catch (err) {
    if (await workflowExists(client, workflowId)) return;
    await giveBack();
    logger.error(`could not start ${workflowId}: ${(err as Error).message}`);
    throw new DependencyUnavailableError('temporal_unavailable', `The workflow service is unavailable; ${notDone}, try again`);
  }
}
