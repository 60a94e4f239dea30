import { Logger } from '@nestjs/common';
import type { Next, WorkflowClientInterceptor, WorkflowSignalInput, WorkflowSignalWithStartInput, WorkflowStartInput, WorkflowStartUpdateInput, WorkflowStartUpdateWithStartInput } from '@temporalio/client';

/**
 * One line per workflow the process starts, signals or updates, with the workflow's id: logged
 * inside the request that asked for it, the line carries that request's id, so the API's lines of a
 * request lead to the worker's lines of its workflow (which carry `workflowId`).
 */
export class WorkflowCallLogInterceptor implements WorkflowClientInterceptor {
  private readonly logger = new Logger('TemporalClient');

  async start(input: WorkflowStartInput, next: Next<WorkflowClientInterceptor, 'start'>): Promise<string> {
    const runId = await next(input);
    this.note(`started ${input.workflowType} ${input.options.workflowId}`, { workflowId: input.options.workflowId, workflowRunId: runId, workflowType: input.workflowType });
    return runId;
  }

  async signalWithStart(input: WorkflowSignalWithStartInput, next: Next<WorkflowClientInterceptor, 'signalWithStart'>): Promise<string> {
    const runId = await next(input);
    this.note(`signalled ${input.signalName} to ${input.options.workflowId} (started if absent)`, { workflowId: input.options.workflowId, workflowRunId: runId, signal: input.signalName });
    return runId;
  }

  async signal(input: WorkflowSignalInput, next: Next<WorkflowClientInterceptor, 'signal'>): Promise<void> {
    await next(input);
    this.note(`signalled ${input.signalName} to ${input.workflowExecution.workflowId}`, { workflowId: input.workflowExecution.workflowId, signal: input.signalName });
  }

  async startUpdate(input: WorkflowStartUpdateInput, next: Next<WorkflowClientInterceptor, 'startUpdate'>) {
    const out = await next(input);
    this.note(`update ${input.updateName} sent to ${input.workflowExecution.workflowId}`, { workflowId: input.workflowExecution.workflowId, update: input.updateName });
    return out;
  }

  async startUpdateWithStart(input: WorkflowStartUpdateWithStartInput, next: Next<WorkflowClientInterceptor, 'startUpdateWithStart'>) {
    const out = await next(input);
    this.note(`update ${input.updateName} sent to ${input.workflowStartOptions.workflowId} (started if absent)`, { workflowId: input.workflowStartOptions.workflowId, update: input.updateName });
    return out;
  }

  private note(message: string, fields: Record<string, unknown>): void {
    this.logger.log({ msg: message, ...fields });
  }
}
