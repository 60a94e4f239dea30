import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, startChild, WorkflowIdReusePolicy } from '@temporalio/workflow';
import { escalationWorkflowId, EscalationWorkflowInput } from './escalation.messages';
import type { escalationWorkflow } from './escalation.workflow';
import { OFFICE_ID } from './search-attributes';

/**
 * Starts the EscalationWorkflow of a letter a case or an outage has just drafted. The letter
 * outlives its parent (a repair that ends or an outage resolved does not withdraw what was sent),
 * and a letter already started (by the sweeper of staged starts, while this worker was down) runs
 * as it is.
 */
export async function startEscalationLetter(escalationId: string, start: EscalationWorkflowInput, officeId: string): Promise<void> {
  try {
    await startChild<typeof escalationWorkflow>('escalationWorkflow', {
      workflowId: escalationWorkflowId(escalationId),
      args: [start],
      typedSearchAttributes: [{ key: OFFICE_ID, value: officeId }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}
