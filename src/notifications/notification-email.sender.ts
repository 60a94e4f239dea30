import { Logger } from '@nestjs/common';
import { RepeatingTask } from '../common/repeating-task';
import { AppConfig } from '../config/app-config';
import { NotificationEmailService } from './notification-email.service';

/**
 * Runs in the worker process while SMTP_URL is set: every EMAIL_SWEEP_INTERVAL_MS, sends the
 * notification e-mails that are due (at once again after a full batch).
 */
export class NotificationEmailSender extends RepeatingTask {
  constructor(
    private readonly emails: NotificationEmailService,
    private readonly config: AppConfig,
  ) {
    super(new Logger(NotificationEmailSender.name), 'sending notification e-mails');
  }

  protected async runOnce(): Promise<number> {
    const claimed = await this.emails.sweep();
    return claimed > 0 ? 0 : this.config.EMAIL_SWEEP_INTERVAL_MS;
  }

  protected failureDelayMs(): number {
    return this.config.EMAIL_SWEEP_INTERVAL_MS;
  }
}
