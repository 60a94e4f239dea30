import { createHmac } from 'node:crypto';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, DomainError } from '../common/domain-errors';
import { returnedRows } from '../common/sql';
import { preparedStatement, runPrepared } from '../database/prepared-statements';
import { AppConfig, tokenSecret } from '../config/app-config';
import { AuditRecord, auditEntryInsert, auditEntryValues, redact } from './audit.service';

/** A key sent again with another route, body or caller. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly status = 422;
  constructor(key: string) {
    super('idempotency_key_reused', `X-Request-Id ${key} was already used for another action; send a new X-Request-Id for a new action`, {
      field: 'X-Request-Id',
    });
  }
}

export type KeyClaim =
  | { kind: 'new' }
  | { kind: 'replay'; statusCode: number; response: unknown };

interface KeyRow {
  fingerprint: string;
  state: 'pending' | 'committed' | 'done';
  status_code: number | null;
  response: unknown;
  target_id: string | null;
  fresh: boolean;
}


/** JSON with object keys sorted, so the same body in another key order is the same action. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

const CLAIM_KEY = preparedStatement(
  'idempotency_claim',
  `INSERT INTO idempotency_keys (key, fingerprint, state) VALUES ($1, $2, 'pending') ON CONFLICT (key) DO NOTHING RETURNING key`,
);

const ANSWER_KEY = preparedStatement(
  'idempotency_answer',
  `UPDATE idempotency_keys SET state = 'done', status_code = $2, response = $3, updated_at = now() WHERE key = $1`,
);

const ANSWER_KEY_WITH_AUDIT = preparedStatement(
  'idempotency_answer_audited',
  `WITH a AS (
     ${auditEntryInsert(4)}
   )
   UPDATE idempotency_keys SET state = 'done', status_code = $2, response = $3, updated_at = now() WHERE key = $1`,
);

/** Marks the key committed inside the transaction of its change (see auditedTransaction). */
export async function markKeyCommitted(m: EntityManager, key: string, targetId: string | null): Promise<void> {
  await m.query(`UPDATE idempotency_keys SET state = 'committed', target_id = $2, updated_at = now() WHERE key = $1 AND state = 'pending'`, [key, targetId]);
}

/**
 * Idempotency keys for writes: a key is claimed before the action runs, marked committed in the
 * action's own transaction, and answered (status and body kept) once the action answers. A retry
 * gets the first answer; a key reused for another action is refused; a key whose action is still
 * running answers 409 until it ends. A claim left by a process that died before committing is taken
 * over after IDEMPOTENCY_PENDING_SECONDS (nothing of it committed; a Temporal Update carries the
 * same id, so Temporal answers it once).
 */
@Injectable()
export class IdempotencyService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyService.name);
  private sweep?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.sweep = setInterval(() => {
      this.forgetOld().catch((err) => this.logger.warn(`could not remove old idempotency keys: ${(err as Error).message}`));
    }, 10 * 60_000);
    this.sweep.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweep) clearInterval(this.sweep);
  }

  /**
   * The action a key stands for: who, which route, which body. Keyed with the token secret: a body
   * can carry a password, and a plain hash of it would be open to guessing.
   */
  fingerprint(actor: string, method: string, path: string, body: unknown): string {
    return createHmac('sha256', tokenSecret(this.config))
      .update(JSON.stringify([actor, method.toUpperCase(), path, canonical(body)]))
      .digest('hex');
  }

  async claim(key: string, fingerprint: string): Promise<KeyClaim> {
    const inserted = await runPrepared(this.db, CLAIM_KEY, [key, fingerprint]);
    if (inserted.rows.length > 0) return { kind: 'new' };
    const [row] = await this.db.query<KeyRow[]>(
      `SELECT fingerprint, state, status_code, response, target_id, updated_at > now() - make_interval(secs => $2) AS fresh
         FROM idempotency_keys WHERE key = $1`,
      [key, this.config.IDEMPOTENCY_PENDING_SECONDS],
    );
    // Removed meanwhile (its action failed): claim it again.
    if (!row) return this.claim(key, fingerprint);
    if (row.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError(key);
    if (row.state === 'done') return { kind: 'replay', statusCode: row.status_code ?? 200, response: row.response };
    if (row.fresh) {
      throw new ConflictError('request_in_progress', `The action of X-Request-Id ${key} is still being carried out; try again in a moment`, {
        field: 'X-Request-Id',
        retryAfterSeconds: 1,
      });
    }
    if (row.state === 'committed') {
      // Its change committed, and the process died before it answered.
      throw new ConflictError('request_already_applied', `The action of X-Request-Id ${key} was carried out, but its answer was lost; read the object to see it`, {
        field: 'X-Request-Id',
        targetId: row.target_id,
      });
    }
    // A claim whose process died before anything committed: take it over.
    const taken = returnedRows(
      await this.db.query(
        `UPDATE idempotency_keys SET updated_at = now() WHERE key = $1 AND state = 'pending' AND updated_at <= now() - make_interval(secs => $2) RETURNING key`,
        [key, this.config.IDEMPOTENCY_PENDING_SECONDS],
      ),
    );
    return taken.length > 0 ? { kind: 'new' } : this.claim(key, fingerprint);
  }

  /**
   * Keeps the answer of an action, for its retries, with secrets blanked: a new API key's secret is
   * shown once, never stored (a retry learns the key's id and that it was made). With the audit entry
   * of a change made only in Temporal, both are written together.
   */
  async answer(key: string, statusCode: number, response: unknown, auditEntry?: AuditRecord): Promise<void> {
    const values = [key, statusCode, JSON.stringify(redact(response ?? null, true))];
    // One statement either way, atomic without a transaction around it.
    if (auditEntry) await runPrepared(this.db, ANSWER_KEY_WITH_AUDIT, [...values, ...auditEntryValues(auditEntry)]);
    else await runPrepared(this.db, ANSWER_KEY, values);
  }

  /** An action that failed before anything committed gives its key back: a retry runs it again. */
  async release(key: string): Promise<void> {
    await this.db.query(`DELETE FROM idempotency_keys WHERE key = $1 AND state = 'pending'`, [key]);
  }

  private async forgetOld(): Promise<void> {
    await this.db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`, [this.config.IDEMPOTENCY_RETENTION_HOURS]);
  }
}
