import { Logger } from '@nestjs/common';

/**
 * A background loop of the worker process (sweeps, dispatchers, reconcilers): one pass at once on
 * start, then the next after the delay the pass answers, never two at a time. A pass that throws is
 * logged and the loop goes on after `failureDelayMs` (Postgres or Temporal away for a moment).
 * Started and stopped by the worker's lifecycle, not by dependency injection; `stop` waits for a pass
 * in progress, so nothing is cut off when the connections close.
 */
export abstract class RepeatingTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    protected readonly logger: Logger,
    /** What a pass does, for the log line of a failed one ("sweeping workflow starts"). */
    private readonly what: string,
    /** Whether the timer alone may keep the process alive (false: it does not). */
    private readonly keepsProcessAlive = true,
  ) {}

  /** One pass; answers how long to wait before the next, in milliseconds. */
  protected abstract runOnce(): Promise<number>;

  /** How long to wait after a pass that failed. */
  protected abstract failureDelayMs(): number;

  /** Whether stop() was called: a long pass checks it between its items. */
  protected get stopping(): boolean {
    return this.stopped;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      let next = this.failureDelayMs();
      this.running = this.runOnce()
        .then(
          (delay) => {
            next = delay;
          },
          (err: Error) => this.logger.error(`${this.what} failed: ${err.message}`),
        )
        .finally(() => {
          this.running = undefined;
          this.schedule(next);
        });
    }, delayMs);
    if (!this.keepsProcessAlive) this.timer.unref();
  }
}
