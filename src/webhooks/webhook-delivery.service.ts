import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { checkTarget, TargetRefused } from './ssrf-guard';
import { decryptSecret, signPayload, webhookKey } from './webhook-secrets';

/** The request headers of a delivery (lower-case on the wire; documented in the README). */
export const WEBHOOK_HEADERS = {
  eventId: 'X-Ektp-Event-Id',
  eventType: 'X-Ektp-Event-Type',
  deliveryId: 'X-Ektp-Delivery-Id',
  attempt: 'X-Ektp-Attempt',
  timestamp: 'X-Ektp-Timestamp',
  signature: 'X-Ektp-Signature',
} as const;

/** Failures that another attempt cannot cure: the workflow marks the delivery failed at once. */
export const WEBHOOK_GIVE_UP = 'WebhookGiveUp';

interface DeliveryRow {
  id: string;
  event_id: string;
  type: string;
  body: string;
  status: string;
  url: string;
  enabled: boolean;
  allow_private_targets: boolean;
  secret_ciphertext: string;
}

interface Answer {
  statusCode?: number;
  error?: string;
  /** The target was refused (SSRF rule): no attempt can cure that. */
  refused?: boolean;
}

/**
 * One attempt of a delivery, as the activity of WebhookDeliveryWorkflow: checks the target again
 * (DNS may have changed since the endpoint was registered) and connects only to the addresses it
 * checked, POSTs the stored body signed with the endpoint's current secret, follows no redirect,
 * and logs the attempt keyed by (delivery, series, attempt) so a retried activity logs it once.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async attempt(i: { deliveryId: string; series: number; attempt: number }): Promise<{ delivered: boolean; statusCode?: number }> {
    const [row]: DeliveryRow[] = await this.db.query(
      `SELECT d.id, d.event_id, e.type, e.body, d.status, w.url, w.enabled, w.allow_private_targets, w.secret_ciphertext
         FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id JOIN webhook_endpoints w ON w.id = d.endpoint_id
        WHERE d.id = $1 AND d.series = $2`,
      [i.deliveryId, i.series],
    );
    // Deleted with its endpoint, or a newer series (a redelivery) took over: nothing to do.
    if (!row) return { delivered: false };
    if (row.status === 'delivered') return { delivered: true };
    if (!row.enabled) {
      await this.log(i, { error: 'the endpoint is disabled' }, 0);
      throw ApplicationFailure.create({ type: WEBHOOK_GIVE_UP, nonRetryable: true, message: 'the endpoint is disabled' });
    }
    const started = process.hrtime.bigint();
    const answer: Answer = await this.post(row, i).catch((err: Error) => ({ error: err.message, refused: err instanceof TargetRefused }));
    const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
    await this.log(i, answer, ms);
    if (answer.statusCode !== undefined && answer.statusCode >= 200 && answer.statusCode < 300) {
      await this.db.query(
        `UPDATE webhook_deliveries SET status = 'delivered', delivered_at = now(), failed_at = NULL, updated_at = now() WHERE id = $1 AND series = $2`,
        [i.deliveryId, i.series],
      );
      return { delivered: true, statusCode: answer.statusCode };
    }
    const reason = answer.error ?? `answered HTTP ${answer.statusCode}`;
    if (answer.refused) throw ApplicationFailure.create({ type: WEBHOOK_GIVE_UP, nonRetryable: true, message: reason });
    throw ApplicationFailure.create({ type: 'WebhookNotAccepted', message: reason });
  }

  /** After the last attempt (or a failure no attempt can cure): the delivery is failed until redelivered. */
  async markFailed(i: { deliveryId: string; series: number; reason: string }): Promise<void> {
    await this.db.query(
      `UPDATE webhook_deliveries SET status = 'failed', failed_at = now(), last_error = COALESCE(last_error, $3), updated_at = now()
        WHERE id = $1 AND series = $2 AND status = 'pending'`,
      [i.deliveryId, i.series, i.reason.slice(0, 2000)],
    );
    this.logger.warn(`webhook delivery ${i.deliveryId} (series ${i.series}) failed: ${i.reason}`);
  }

  private async log(i: { deliveryId: string; series: number; attempt: number }, a: Answer, ms: number): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO webhook_attempts (delivery_id, series, attempt, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (delivery_id, series, attempt) DO UPDATE SET status_code = EXCLUDED.status_code, error = EXCLUDED.error, duration_ms = EXCLUDED.duration_ms, attempted_at = now()`,
        [i.deliveryId, i.series, i.attempt, a.statusCode ?? null, a.error?.slice(0, 2000) ?? null, ms],
      );
      await m.query(
        `UPDATE webhook_deliveries
            SET attempts = (SELECT count(*) FROM webhook_attempts WHERE delivery_id = $1 AND series = $2),
                last_status_code = $3, last_error = $4, last_attempt_at = now(), updated_at = now()
          WHERE id = $1 AND series = $2`,
        [i.deliveryId, i.series, a.statusCode ?? null, a.error?.slice(0, 2000) ?? null],
      );
    });
  }

  private async post(row: DeliveryRow, i: { deliveryId: string; attempt: number }): Promise<Answer> {
    const target = await checkTarget(row.url, row.allow_private_targets);
    const secret = decryptSecret(webhookKey(this.config), row.secret_ciphertext);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const body = Buffer.from(row.body, 'utf8');
    // Connect to the address that was checked, never to a second lookup (DNS rebinding).
    const [pinned] = target.addresses;
    const lookup: LookupFunction = (_host, options, callback) => {
      if (options?.all) (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [pinned]);
      else callback(null, pinned.address, pinned.family);
    };
    const client = target.url.protocol === 'https:' ? https : http;
    return new Promise<Answer>((resolve, reject) => {
      const req = client.request(
        target.url,
        {
          method: 'POST',
          lookup,
          timeout: this.config.WEBHOOK_TIMEOUT_MS,
          headers: {
            'content-type': 'application/json',
            'content-length': String(body.length),
            'user-agent': 'ektp-ops-webhooks/1',
            [WEBHOOK_HEADERS.eventId]: row.event_id,
            [WEBHOOK_HEADERS.eventType]: row.type,
            [WEBHOOK_HEADERS.deliveryId]: i.deliveryId,
            [WEBHOOK_HEADERS.attempt]: String(i.attempt),
            [WEBHOOK_HEADERS.timestamp]: timestamp,
            [WEBHOOK_HEADERS.signature]: signPayload(secret, timestamp, row.body),
          },
        },
        (res) => {
          // The answer's body is not needed: read (at most a little of) it and let the socket go.
          res.resume();
          res.on('end', () => resolve({ statusCode: res.statusCode }));
          res.on('error', () => resolve({ statusCode: res.statusCode }));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${this.config.WEBHOOK_TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }
}
