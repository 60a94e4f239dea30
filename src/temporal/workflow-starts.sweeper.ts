import { Logger } from '@nestjs/common';
import { RepeatingTask } from '../common/repeating-task';
import { AppConfig } from '../config/app-config';
import { WorkflowStartsService } from './workflow-starts.service';

/**
 * Runs in the worker process (the API may be the process that died): every few seconds, starts the
 * workflows whose objects were stored but whose start was never confirmed.
 */
export class WorkflowStartsSweeper extends RepeatingTask {
  constructor(
    private readonly starts: WorkflowStartsService,
    private readonly config: AppConfig,
  ) {
    super(new Logger(WorkflowStartsSweeper.name), 'sweeping workflow starts');
  }

  protected async runOnce(): Promise<number> {
    await this.starts.sweep();
    return this.config.WORKFLOW_START_SWEEP_INTERVAL_MS;
  }

  protected failureDelayMs(): number {
    return this.config.WORKFLOW_START_SWEEP_INTERVAL_MS;
  }
}
