import { Client } from '@temporalio/client';

/**
 * Whether a workflow execution exists. After a failed start it tells a start that really failed
 * from one whose answer was lost (a timeout), before the caller gives back what it reserved.
 */
export function workflowExists(client: Client, workflowId: string): Promise<boolean> {
  return client.workflow
    .getHandle(workflowId)
    .describe()
    .then(
      () => true,
      () => false,
    );
}
