import { Context } from '@temporalio/activity';
import type { WebhookDeliveryService } from './webhook-delivery.service';

/** Activities of WebhookDeliveryWorkflow, built from their Nest dependencies by the worker. */
export function createWebhookActivities(deliveries: WebhookDeliveryService) {
  return {
    /** One POST; throws (and is retried by Temporal with backoff) unless answered 2xx. */
    async deliverWebhook(i: { deliveryId: string; series: number }): Promise<{ delivered: boolean; statusCode?: number }> {
      return deliveries.attempt({ ...i, attempt: Context.current().info.attempt });
    },
    async markWebhookFailed(i: { deliveryId: string; series: number; reason: string }): Promise<void> {
      await deliveries.markFailed(i);
    },
  };
}

export type WebhookActivities = ReturnType<typeof createWebhookActivities>;
