import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { auditedTransaction } from '../audit/audited-transaction';
import { ConflictError, DomainError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Page, pageOf } from '../common/pagination';
import { returnedRows } from '../common/sql';
import { AppConfig } from '../config/app-config';
import type { Principal } from '../auth/principal';
import { checkTarget, TargetRefused, urlProblem } from './ssrf-guard';
import { ALL_EVENTS, WEBHOOK_EVENT_DESCRIPTIONS, WEBHOOK_EVENT_TYPES } from './webhook-events';
import { encryptSecret, newWebhookSecret, webhookKey } from './webhook-secrets';
import { CreateWebhookDto, DeliveryQuery, UpdateWebhookDto, WebhookQuery } from './dto/webhook.dto';
import { dataSchemaOf } from './dto/webhook.responses';

/** The URL aims at an address webhooks may not reach (loopback, link-local, private, reserved). */
export class WebhookTargetRefusedError extends DomainError {
  readonly status = 400;
  constructor(message: string) {
    super('webhook_target_refused', message, { field: 'url' });
  }
}

export interface WebhookView {
  id: string;
  officeId: string | null;
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
  allowHttp: boolean;
  allowPrivateTargets: boolean;
  secretHint: string;
  secretRotatedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const ENDPOINT_COLUMNS = `id, office_id AS "officeId", url, description, event_types AS "eventTypes", enabled, allow_http AS "allowHttp",
  allow_private_targets AS "allowPrivateTargets", secret_hint AS "secretHint", secret_rotated_at AS "secretRotatedAt",
  created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt"`;

const DELIVERY_COLUMNS = `d.id, d.endpoint_id AS "endpointId", d.event_id AS "eventId", e.type AS "eventType", e.occurred_at AS "occurredAt",
  d.status, d.series, d.attempts, d.last_status_code AS "lastStatusCode", d.last_error AS "lastError", d.last_attempt_at AS "lastAttemptAt",
  d.delivered_at AS "deliveredAt", d.failed_at AS "failedAt", d.created_at AS "createdAt"`;

/** `*` alone, or a list of types without it. */
function normaliseTypes(types: string[]): string[] {
  if (types.includes(ALL_EVENTS) && types.length > 1) throw new InvalidInputError('eventTypes', 'eventTypes: `*` (every type) stands alone, not beside other types');
  return [...types].sort();
}

/**
 * Webhook endpoints of an office (managers, their own office) or of any office or the whole country
 * (admins), their secrets, and their delivery logs. Every write is audited in its own transaction.
 */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  eventTypes() {
    return WEBHOOK_EVENT_TYPES.map((type) => ({ type, description: WEBHOOK_EVENT_DESCRIPTIONS[type], dataSchema: dataSchemaOf(type) }));
  }

  async create(dto: CreateWebhookDto, p: Principal): Promise<WebhookView & { secret: string }> {
    const officeId = dto.officeId ?? null;
    if (p.role !== 'admin') {
      if (!officeId) throw new InvalidInputError('officeId', 'officeId is required: a manager registers endpoints for their own office');
      this.assertAdminFlags(dto, p);
    }
    if (officeId) {
      // Another office is answered like an unknown one.
      const [office] = await this.db.query(`SELECT id FROM offices WHERE id = $1`, [officeId]);
      if (!office || !p.write.allows(officeId)) throw new InvalidInputError('officeId', `officeId ${officeId} is not a known office`);
    }
    const allowHttp = dto.allowHttp ?? false;
    const allowPrivate = dto.allowPrivateTargets ?? false;
    await this.assertTarget(dto.url, allowHttp, allowPrivate);
    const secret = newWebhookSecret();
    const row = await auditedTransaction(this.db, async (m) => {
      const [r] = await m.query(
        `INSERT INTO webhook_endpoints (office_id, url, description, event_types, allow_http, allow_private_targets, secret_ciphertext, secret_hint, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${ENDPOINT_COLUMNS}`,
        [officeId, dto.url, dto.description ?? '', normaliseTypes(dto.eventTypes), allowHttp, allowPrivate, encryptSecret(webhookKey(this.config), secret), secret.slice(0, 10), p.actor],
      );
      return r as WebhookView;
    });
    return { ...row, secret };
  }

  async list(query: WebhookQuery, p: Principal): Promise<Page<WebhookView>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.officeId) {
      params.push(query.officeId);
      where.push(`office_id = $${params.length}`);
    }
    const [scopeSql, scopeParams] = this.scopeSql(p, params.length);
    where.push(scopeSql);
    params.push(...scopeParams);
    const sql = where.join(' AND ');
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM webhook_endpoints WHERE ${sql}`, params);
    const items = await this.db.query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE ${sql} ORDER BY created_at DESC, id LIMIT ${query.limit} OFFSET ${(query.page - 1) * query.limit}`,
      params,
    );
    return pageOf(items, total, query);
  }

  async get(id: string, p: Principal, m: EntityManager | DataSource = this.db): Promise<WebhookView> {
    const [row] = await m.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1`, [id]);
    if (!row || !this.mayManage(row.officeId, p)) throw new NotFoundError('webhook endpoint', id);
    return row;
  }

  async update(id: string, dto: UpdateWebhookDto, p: Principal): Promise<WebhookView> {
    const current = await this.get(id, p);
    if (p.role !== 'admin') this.assertAdminFlags(dto, p);
    // A manager who aims the endpoint elsewhere loses what an admin allowed for the old target.
    const retarget = dto.url !== undefined && dto.url !== current.url;
    const keepFlags = p.role === 'admin' || !retarget;
    const allowHttp = dto.allowHttp ?? (keepFlags ? current.allowHttp : false);
    const allowPrivate = dto.allowPrivateTargets ?? (keepFlags ? current.allowPrivateTargets : false);
    const url = dto.url ?? current.url;
    if (retarget || allowHttp !== current.allowHttp || allowPrivate !== current.allowPrivateTargets) await this.assertTarget(url, allowHttp, allowPrivate);
    return auditedTransaction(this.db, async (m) => {
      await m.query(
        `UPDATE webhook_endpoints SET url = $2, description = $3, event_types = $4, enabled = $5, allow_http = $6, allow_private_targets = $7, updated_at = now()
          WHERE id = $1`,
        [id, url, dto.description ?? current.description, dto.eventTypes ? normaliseTypes(dto.eventTypes) : current.eventTypes, dto.enabled ?? current.enabled, allowHttp, allowPrivate],
      );
      return this.get(id, p, m);
    });
  }

  async rotateSecret(id: string, p: Principal): Promise<{ id: string; secret: string; secretRotatedAt: string }> {
    await this.get(id, p);
    const secret = newWebhookSecret();
    return auditedTransaction(this.db, async (m) => {
      const [row] = returnedRows<{ id: string; secretRotatedAt: string }>(
        await m.query(
          `UPDATE webhook_endpoints SET secret_ciphertext = $2, secret_hint = $3, secret_rotated_at = now(), updated_at = now()
            WHERE id = $1 RETURNING id, secret_rotated_at AS "secretRotatedAt"`,
          [id, encryptSecret(webhookKey(this.config), secret), secret.slice(0, 10)],
        ),
      );
      return { id: row.id, secret, secretRotatedAt: row.secretRotatedAt };
    });
  }

  /** Removes the endpoint and its delivery log; attempts under way find nothing to send and stop. */
  async remove(id: string, p: Principal): Promise<{ id: string; deleted: true }> {
    await this.get(id, p);
    await auditedTransaction(this.db, (m) => m.query(`DELETE FROM webhook_endpoints WHERE id = $1`, [id]));
    return { id, deleted: true };
  }

  async deliveries(id: string, query: DeliveryQuery, p: Principal) {
    await this.get(id, p);
    const params: unknown[] = [id];
    let where = 'd.endpoint_id = $1';
    if (query.status) {
      params.push(query.status);
      where += ` AND d.status = $2`;
    }
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM webhook_deliveries d WHERE ${where}`, params);
    const items = await this.db.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        WHERE ${where} ORDER BY d.created_at DESC, d.id LIMIT ${query.limit} OFFSET ${(query.page - 1) * query.limit}`,
      params,
    );
    return pageOf(items, total, query);
  }

  async delivery(id: string, deliveryId: string, p: Principal, m: EntityManager | DataSource = this.db) {
    await this.get(id, p, m);
    const [row] = await m.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id WHERE d.id = $1 AND d.endpoint_id = $2`,
      [deliveryId, id],
    );
    if (!row) throw new NotFoundError('webhook delivery', deliveryId);
    row.attemptLog = await m.query(
      `SELECT series, attempt, status_code AS "statusCode", error, duration_ms AS "durationMs", attempted_at AS "attemptedAt"
         FROM webhook_attempts WHERE delivery_id = $1 ORDER BY series DESC, attempt DESC`,
      [deliveryId],
    );
    return row;
  }

  /** A new series of attempts of the same event (same event id), started by the worker's dispatcher. */
  async redeliver(id: string, deliveryId: string, p: Principal) {
    const endpoint = await this.get(id, p);
    const current = await this.delivery(id, deliveryId, p);
    if (!endpoint.enabled) throw new ConflictError('invalid_transition', 'The endpoint is disabled: enable it before redelivering', { status: current.status, action: 'redeliver' });
    if (current.status === 'pending') {
      throw new ConflictError('invalid_transition', 'The delivery is still being attempted; redeliver it once it is delivered or failed', { status: current.status, action: 'redeliver' });
    }
    return auditedTransaction(this.db, async (m) => {
      await m.query(
        `UPDATE webhook_deliveries
            SET series = series + 1, status = 'pending', attempts = 0, last_status_code = NULL, last_error = NULL, last_attempt_at = NULL,
                delivered_at = NULL, failed_at = NULL, task_queue = $2, updated_at = now()
          WHERE id = $1`,
        [deliveryId, this.config.TEMPORAL_TASK_QUEUE],
      );
      return this.delivery(id, deliveryId, p, m);
    });
  }

  private mayManage(officeId: string | null, p: Principal): boolean {
    return p.role === 'admin' ? true : officeId !== null && p.write.allows(officeId);
  }

  private scopeSql(p: Principal, offset: number): [string, unknown[]] {
    if (p.role === 'admin') return ['TRUE', []];
    const ids = p.write.officeIds === 'all' ? [] : [...p.write.officeIds];
    return [`office_id = ANY($${offset + 1}::uuid[])`, [ids]];
  }

  private assertAdminFlags(dto: { allowHttp?: boolean; allowPrivateTargets?: boolean }, p: Principal): void {
    for (const field of ['allowHttp', 'allowPrivateTargets'] as const) {
      if (dto[field]) throw new ForbiddenError('forbidden', `Only an admin may set ${field}; you are ${p.role}`, { field });
    }
  }

  private async assertTarget(url: string, allowHttp: boolean, allowPrivate: boolean): Promise<void> {
    const problem = urlProblem(url, allowHttp);
    if (problem) throw new InvalidInputError('url', problem);
    try {
      await checkTarget(url, allowPrivate);
    } catch (err) {
      if (err instanceof TargetRefused) throw new WebhookTargetRefusedError(err.message);
      throw new InvalidInputError('url', `url host ${new URL(url).hostname} does not resolve (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
}
