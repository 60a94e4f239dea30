import { Logger } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { RepeatingTask } from '../common/repeating-task';
import { returnedRows } from '../common/sql';
import { AppConfig } from '../config/app-config';
import { withTemporalDeadline } from '../temporal/temporal-deadline';
import type { WebhookDeliveryInput } from '../../workflows/webhook-delivery.workflow';

/** The workflow of one series of attempts of a delivery: the same delivery and series, the same id. */
export function webhookWorkflowId(deliveryId: string, series: number): string {
  return series === 1 ? `webhook-delivery-${deliveryId}` : `webhook-delivery-${deliveryId}-${series}`;
}

/**
 * Runs in the worker: every WEBHOOK_DISPATCH_INTERVAL_MS, starts the delivery workflow of each
 * delivery (or redelivery) of its task queue not started yet. Rows are claimed with SKIP LOCKED so
 * several workers share them; the workflow id is the delivery's, so a start is never duplicated.
 */
export class WebhookDispatcher extends RepeatingTask {
  constructor(
    private readonly db: DataSource,
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {
    super(new Logger(WebhookDispatcher.name), 'starting webhook deliveries');
  }

  private prunedAt = 0;

  protected async runOnce(): Promise<number> {
    await this.pass();
    if (Date.now() - this.prunedAt >= this.config.WEBHOOK_PRUNE_INTERVAL_MS) {
      await this.prune();
      this.prunedAt = Date.now();
    }
    return this.config.WEBHOOK_DISPATCH_INTERVAL_MS;
  }

  /**
   * Removes the events older than WEBHOOK_RETENTION_DAYS none of whose deliveries is still under way
   * (their deliveries and attempts go with them), a thousand at a time; how many it removed.
   */
  async prune(): Promise<number> {
    const rows = await this.db.query(
      `DELETE FROM webhook_events WHERE id IN (
         SELECT e.id FROM webhook_events e
          WHERE e.created_at < now() - make_interval(days => $1)
            AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id AND d.status = 'pending')
          ORDER BY e.created_at LIMIT 1000)
       RETURNING id`,
      [this.config.WEBHOOK_RETENTION_DAYS],
    );
    const removed = returnedRows(rows).length;
    if (removed > 0) this.logger.log(`removed ${removed} webhook events older than ${this.config.WEBHOOK_RETENTION_DAYS} days`);
    return removed;
  }

  protected failureDelayMs(): number {
    return this.config.WEBHOOK_DISPATCH_INTERVAL_MS;
  }

  /** Starts up to 50 deliveries, one transaction each; stops at the first that finds Temporal unreachable. */
  async pass(limit = 50): Promise<number> {
    let started = 0;
    for (let n = 0; n < limit && !this.stopping; n++) {
      const ok = await this.db.transaction(async (m) => {
        const [row] = await m.query(
          `SELECT id, series FROM webhook_deliveries WHERE task_queue = $1 AND started_series < series
            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [this.config.TEMPORAL_TASK_QUEUE],
        );
        if (!row) return undefined;
        const input: WebhookDeliveryInput = {
          deliveryId: row.id,
          series: row.series,
          retry: { initialMs: this.config.WEBHOOK_RETRY_INITIAL_MS, maxMs: this.config.WEBHOOK_RETRY_MAX_MS, forSeconds: this.config.WEBHOOK_RETRY_FOR_SECONDS },
        };
        try {
          await withTemporalDeadline(this.client, () =>
            this.client.workflow.start('webhookDeliveryWorkflow', {
              workflowId: webhookWorkflowId(row.id, row.series),
              taskQueue: this.config.TEMPORAL_TASK_QUEUE,
              args: [input],
              workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
            }),
          );
        } catch (err) {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) {
            this.logger.warn(`could not start the delivery ${row.id} yet: ${(err as Error).message}`);
            return false;
          }
        }
        await m.query(`UPDATE webhook_deliveries SET started_series = $2 WHERE id = $1 AND started_series < $2`, [row.id, row.series]);
        return true;
      });
      if (!ok) break;
      started++;
    }
    return started;
  }
}
