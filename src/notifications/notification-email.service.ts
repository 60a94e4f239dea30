import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returnedRows } from '../common/sql';
import { AppConfig } from '../config/app-config';
import { sendMail } from './mailer';
import { messageIdOf, notificationEmail, OwedEmail } from './notification-email-text';

/** A claimed e-mail is not taken by another pass or worker for this long (longer than one SMTP conversation may take). */
const LEASE_SECONDS = 120;
const BATCH = 10;

interface Claimed {
  dedup_key: string;
  attempts: number;
  too_old: boolean;
}

interface Content {
  title: string;
  body: string;
  subject_type: string;
  subject_id: string;
  email: string | null;
  display_name: string;
  active: boolean;
  office_name: string | null;
  owed: boolean;
}

/**
 * The outbox of notification e-mails (`notification_emails`, filled by a trigger in the transaction
 * that writes the notification): each pass claims the e-mails that are due (SKIP LOCKED and a lease,
 * so two workers never take the same one), sends each through SMTP and records it sent; an SMTP
 * server that is down or answers a temporary error gets it again later with a doubling backoff.
 * Nothing here runs inside a workflow: a notification's workflow never waits for mail.
 */
@Injectable()
export class NotificationEmailService {
  private readonly logger = new Logger(NotificationEmailService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** One pass; returns how many e-mails it claimed (a full batch: there may be more due at once). */
  async sweep(): Promise<number> {
    const smtpUrl = this.config.SMTP_URL;
    if (!smtpUrl) return 0;
    const claimed = returnedRows<Claimed>(
      await this.db.query(
        `WITH due AS (
           SELECT dedup_key FROM notification_emails
            WHERE status = 'pending' AND next_attempt_at <= now()
            ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         UPDATE notification_emails e SET attempts = e.attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
           FROM due WHERE e.dedup_key = due.dedup_key
         RETURNING e.dedup_key, e.attempts, e.created_at < now() - make_interval(hours => $3) AS too_old`,
        [BATCH, LEASE_SECONDS, this.config.EMAIL_GIVE_UP_HOURS],
      ),
    );
    // Side by side: the whole batch is done well inside its lease, even against a server that hangs
    // (each conversation gives up within 40 s), so no other worker takes one of them meanwhile.
    const results = await Promise.allSettled(claimed.map((c) => this.deliver(c, smtpUrl)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return claimed.length;
  }

  private async deliver(c: Claimed, smtpUrl: string): Promise<void> {
    const [row]: Content[] = await this.db.query(
      `SELECT n.title, n.body, n.subject_type, n.subject_id, u.email, u.display_name, u.active, o.name AS office_name,
              (n.kind = 'digest' OR COALESCE((SELECT p.channel FROM notification_preferences p WHERE p.user_id = u.id AND p.kind = n.kind), 'email') = 'email') AS owed
         FROM notifications n JOIN users u ON u.id = n.recipient_user_id LEFT JOIN offices o ON o.id = n.office_id
        WHERE n.dedup_key = $1`,
      [c.dedup_key],
    );
    // The person removed their address, left, or chose otherwise between the notification and now.
    if (!row || !row.email || !row.active || !row.owed) {
      await this.finish(c.dedup_key, 'failed', 'no longer owed: no address, inactive account or another channel chosen');
      return;
    }
    if (c.too_old) {
      await this.finish(c.dedup_key, 'failed', `not delivered within ${this.config.EMAIL_GIVE_UP_HOURS} hours`);
      return;
    }
    const owed: OwedEmail = {
      dedupKey: c.dedup_key,
      address: row.email,
      displayName: row.display_name,
      officeName: row.office_name,
      title: row.title,
      body: row.body,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
    };
    const baseUrl = this.config.PUBLIC_BASE_URL ?? `http://localhost:${this.config.PORT}`;
    try {
      await sendMail(smtpUrl, notificationEmail(owed, baseUrl, this.config.MAIL_FROM));
    } catch (err) {
      const e = err as Error & { responseCode?: number };
      const message = `${e.responseCode ? `${e.responseCode} ` : ''}${e.message}`.slice(0, 500);
      if (typeof e.responseCode === 'number' && e.responseCode >= 500) {
        // A permanent refusal (unknown mailbox, rejected sender): trying again would not help.
        await this.finish(c.dedup_key, 'failed', message);
      } else {
        const delayMs = Math.min(this.config.EMAIL_RETRY_INITIAL_MS * 2 ** Math.min(c.attempts - 1, 30), this.config.EMAIL_RETRY_MAX_MS);
        await this.db.query(
          `UPDATE notification_emails SET last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE dedup_key = $1 AND status = 'pending'`,
          [c.dedup_key, message, delayMs / 1000],
        );
      }
      this.logger.warn(`e-mail ${c.dedup_key} (attempt ${c.attempts}) not sent: ${message}`);
      return;
    }
    await this.db.query(
      `UPDATE notification_emails SET status = 'sent', sent_at = now(), last_error = NULL, address = $2, message_id = $3 WHERE dedup_key = $1 AND status = 'pending'`,
      [c.dedup_key, row.email, messageIdOf(c.dedup_key, this.config.MAIL_FROM)],
    );
  }

  private async finish(dedupKey: string, status: 'sent' | 'failed', error: string | null): Promise<void> {
    await this.db.query(`UPDATE notification_emails SET status = $2, last_error = $3 WHERE dedup_key = $1 AND status = 'pending'`, [dedupKey, status, error]);
  }
}
