import { ActivityFailure, ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { WebhookActivities } from '../src/webhooks/webhook.activities';

export interface WebhookDeliveryInput {
  deliveryId: string;
  /** Which series of attempts (1, then one more per redelivery). */
  series: number;
  retry: { initialMs: number; maxMs: number; forSeconds: number };
}

/**
 * One series of attempts of one webhook delivery: the POST is retried by Temporal with exponential
 * backoff until answered 2xx or for `retry.forSeconds`, then the delivery is marked failed.
 */
export async function webhookDeliveryWorkflow(input: WebhookDeliveryInput): Promise<'delivered' | 'failed' | 'gone'> {
  const { deliverWebhook } = proxyActivities<WebhookActivities>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: input.retry.forSeconds * 1000,
    retry: { initialInterval: input.retry.initialMs, maximumInterval: input.retry.maxMs, backoffCoefficient: 2 },
  });
  const { markWebhookFailed } = proxyActivities<WebhookActivities>({
    startToCloseTimeout: '1 minute',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
  });
  try {
    const result = await deliverWebhook({ deliveryId: input.deliveryId, series: input.series });
    return result.delivered ? 'delivered' : 'gone';
  } catch (err) {
    const cause = err instanceof ActivityFailure ? err.cause : err;
    const reason = cause instanceof ApplicationFailure || cause instanceof Error ? cause.message : String(cause);
    await markWebhookFailed({ deliveryId: input.deliveryId, series: input.series, reason: reason || 'no 2xx answer in time' });
    return 'failed';
  }
}
