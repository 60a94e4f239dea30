import { Logger } from '@nestjs/common';
import { RepeatingTask } from '../common/repeating-task';
import { AppConfig } from '../config/app-config';
import { DigestSchedulesService } from './digest-schedules.service';

const RETRY_AFTER_FAILURE_MS = 30_000;

/**
 * Runs in the worker: brings the digests' schedules in line with the offices right away, then every
 * DIGEST_SCHEDULE_RECONCILE_INTERVAL_MS (an office created or re-zoned while Temporal was unreachable,
 * a Temporal server started afresh). After a failure it tries again soon rather than after the interval.
 */
export class DigestSchedulesReconciler extends RepeatingTask {
  constructor(
    private readonly schedules: DigestSchedulesService,
    private readonly config: AppConfig,
  ) {
    super(new Logger('DigestSchedules'), 'reconciling the digest schedules', false);
  }

  protected async runOnce(): Promise<number> {
    await this.schedules.reconcile();
    return this.config.DIGEST_SCHEDULE_RECONCILE_INTERVAL_MS;
  }

  protected failureDelayMs(): number {
    return Math.min(this.config.DIGEST_SCHEDULE_RECONCILE_INTERVAL_MS, RETRY_AFTER_FAILURE_MS);
  }
}
