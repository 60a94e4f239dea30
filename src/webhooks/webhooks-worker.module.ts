import { Module } from '@nestjs/common';
import { WebhookDeliveryService } from './webhook-delivery.service';

/** What the worker needs to deliver webhooks. */
@Module({
  providers: [WebhookDeliveryService],
  exports: [WebhookDeliveryService],
})
export class WebhooksWorkerModule {}
