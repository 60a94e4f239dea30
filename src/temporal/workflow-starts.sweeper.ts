import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { WorkflowStartsService } from './workflow-starts.service';

/**
 * Runs in the worker process (the API may be the process that died): every few seconds, starts the
 * workflows whose objects were stored but whose start was never confirmed. Started and stopped by
 * the worker's lifecycle, not by dependency injection.
 */
export class WorkflowStartsSweeper {
  private readonly logger = new Logger(WorkflowStartsSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly starts: WorkflowStartsService,
    private readonly config: AppConfig,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Waits for a pass in progress, so nothing is cut off when the database closes. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pass().finally(() => {
        this.running = undefined;
        this.schedule(this.config.WORKFLOW_START_SWEEP_INTERVAL_MS);
      });
    }, delayMs);
  }

  private async pass(): Promise<void> {
    try {
      await this.starts.sweep();
    } catch (err) {
      // Postgres away for a moment: the next pass tries again.
      this.logger.error(`sweeping workflow starts failed: ${(err as Error).message}`);
    }
  }
}
