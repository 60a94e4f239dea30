import { Module } from '@nestjs/common';
import { NotificationEmailService } from './notification-email.service';

/** What the worker needs to e-mail notifications. */
@Module({
  providers: [NotificationEmailService],
  exports: [NotificationEmailService],
})
export class NotificationsWorkerModule {}
