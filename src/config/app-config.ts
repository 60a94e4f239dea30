import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import * as path from 'node:path';
import { projectRoot } from '../common/project-root';

const toInt = ({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value));

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/**
 * Every environment variable the processes read, validated once at start-up.
 * Defaults are for a developer's machine; README lists them all.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Postgres connection; when absent `npm start` runs an embedded Postgres under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** A request waits at most this long for a database connection (a connect, or a free one from the pool). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  DATABASE_CONNECT_TIMEOUT_MS = 3_000;

  /** Postgres cancels a statement of the API or the worker after this long (migrations and the region import are exempt). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  DATABASE_STATEMENT_TIMEOUT_MS = 15_000;

  /** Temporal frontend host:port; when absent `npm start` runs a local dev server. */
  @IsOptional()
  @IsString()
  TEMPORAL_ADDRESS?: string;

  @IsString()
  TEMPORAL_NAMESPACE = 'default';

  @IsString()
  TEMPORAL_TASK_QUEUE = 'ektp-ops';

  @IsOptional()
  @IsString()
  TEMPORAL_CLI_PATH?: string;

  /**
   * Every call a request makes to Temporal (start, signal, Update and waiting for its result, query,
   * describe, list) gives up after this long: the caller gets 503 and may retry with the same X-Request-Id.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  TEMPORAL_CALL_TIMEOUT_MS = 5_000;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  TEMPORAL_DEV_PORT = 7233;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  TEMPORAL_UI_PORT = 8233;

  /** Git-ignored folder for the embedded Postgres and the dev server's SQLite file. */
  @IsString()
  DATA_DIR = path.join(projectRoot(), '.data');

  @Transform(toBool)
  @IsBoolean()
  RUN_MIGRATIONS = true;

  @Transform(toBool)
  @IsBoolean()
  IMPORT_REGIONS_ON_START = true;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /**
   * Key of the HMAC under which session tokens and API keys are stored. Required outside
   * development: at least 32 characters, not a placeholder (see weakSecretProblem).
   */
  @IsOptional()
  @IsString()
  AUTH_TOKEN_SECRET?: string;

  /** How long a login lasts: a working day by default. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30 * 24 * 3600)
  AUTH_TOKEN_TTL_SECONDS = 8 * 3600;

  /** Login throttling: failures counted over this window… */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 15 * 60;

  /** …answers slow down after this many failures for an account or an address… */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_SLOWDOWN_AFTER = 3;

  /** …and are refused (429) after this many for one account… */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LOCKOUT_AFTER = 10;

  /** …or this many from one client address (many accounts tried from one place). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_IP_LOCKOUT_AFTER = 50;

  /** Requests per minute per client address across the API (429 beyond). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /** A request not answered within this long answers 503 (the last line against a dependency that stopped answering). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  REQUEST_TIMEOUT_MS = 25_000;

  /** How long a retry with the same X-Request-Id waits (409) for the first attempt before taking its claim over. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IDEMPOTENCY_PENDING_SECONDS = 60;

  /** How long an X-Request-Id is remembered with its answer. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IDEMPOTENCY_RETENTION_HOURS = 24;

  /** Largest JSON or form body accepted (413 beyond). */
  @Matches(/^\d+(b|kb|mb)$/, { message: 'BODY_LIMIT must look like 100kb' })
  BODY_LIMIT = '100kb';

  /** Comma-separated origins allowed by CORS; empty keeps CORS closed. */
  @IsString()
  CORS_ORIGINS = '';

  /** Express `trust proxy` (e.g. `loopback` or a hop count) when the API sits behind a reverse proxy. */
  @IsString()
  TRUST_PROXY = 'false';

  /** One-time bootstrap of the first admin on a fresh deployment (ignored once an admin exists). */
  @IsOptional()
  @Matches(/^[a-z][a-z0-9._-]{2,63}$/, { message: 'BOOTSTRAP_ADMIN_USERNAME must be 3-64 lower-case letters, digits, . _ -' })
  BOOTSTRAP_ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  BOOTSTRAP_ADMIN_PASSWORD?: string;

  /** SMTP server for letters to the ministry, e.g. smtp://user:pass@mail.example.go.id:587; unset: letters are not e-mailed. */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Sender of the letters' e-mails. */
  @IsString()
  MAIL_FROM = 'Dinas Dukcapil <no-reply@dukcapil.local>';

  /** The ministry's central ingestion endpoint for offline recording batches; unset: batches wait, stored, until it is configured. */
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'CENTRAL_INGEST_URL must be an http:// or https:// URL' })
  CENTRAL_INGEST_URL?: string;

  /** Bearer token the centre expects, if any. */
  @IsOptional()
  @IsString()
  CENTRAL_INGEST_TOKEN?: string;

  /** One push attempt gives up after this long. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  CENTRAL_INGEST_TIMEOUT_MS = 120_000;

  /** Backoff of pushes to an unreachable centre: the first retry after this long… */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  CENTRAL_RETRY_INITIAL_MS = 5_000;

  /** …doubling up to this interval, for as long as it takes. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  CENTRAL_RETRY_MAX_MS = 600_000;

  /** Largest offline recording packet accepted in one upload (413 beyond). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BATCH_MAX_BYTES = 64 * 1024 * 1024;

  /** A tour continues as new once its history holds this many events (bounded history for long tours). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  TOUR_HISTORY_LIMIT = 5_000;

  /**
   * The worker's sweeper of workflow starts left behind by a process that died between storing an
   * object and starting its workflow: it looks this often…
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  WORKFLOW_START_SWEEP_INTERVAL_MS = 5_000;

  /** …at starts staged longer ago than this (longer than a create takes, so it does not race the API)… */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  WORKFLOW_START_GRACE_SECONDS = 30;

  /** …and, while Temporal is unreachable, retries a start with a backoff doubling up to this. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WORKFLOW_START_RETRY_MAX_SECONDS = 300;

  /**
   * The public availability page's answers are reused for this long (and proxies may keep them as long).
   * While the database is down the last good answer is served past it, marked stale.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PUBLIC_AVAILABILITY_CACHE_SECONDS = 30;

  /** Where the built browser app lives (`web/` built by Vite); nothing is served while it is absent. */
  @IsString()
  WEB_DIST_PATH = path.join(projectRoot(), 'web', 'dist');

  /** Where the pre-built workflow bundle lives (built by `npm run build`). */
  @IsString()
  WORKFLOW_BUNDLE_PATH = path.join(projectRoot(), 'dist', 'workflow-bundle.js');
}

const OPTIONAL_KEYS = ['CENTRAL_INGEST_URL', 'CENTRAL_INGEST_TOKEN', 'SMTP_URL', 'DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_CLI_PATH', 'AUTH_TOKEN_SECRET', 'BOOTSTRAP_ADMIN_USERNAME', 'BOOTSTRAP_ADMIN_PASSWORD'];

/** Used only in development when AUTH_TOKEN_SECRET is unset; refused everywhere else. */
export const DEVELOPMENT_TOKEN_SECRET = 'development-only-token-secret-do-not-use-in-production';

const PLACEHOLDERS = ['secret', 'changeme', 'change-me', 'password', 'example', 'development', 'test'];

/** Why a token secret is not good enough, or undefined when it is. */
export function weakSecretProblem(secret: string | undefined): string | undefined {
  if (!secret) return 'AUTH_TOKEN_SECRET is required outside development (32 or more random characters)';
  if (secret === DEVELOPMENT_TOKEN_SECRET) return 'AUTH_TOKEN_SECRET is the development placeholder';
  if (secret.length < 32) return 'AUTH_TOKEN_SECRET must be at least 32 characters';
  if (new Set(secret).size < 12) return 'AUTH_TOKEN_SECRET has too few distinct characters to be random';
  const lower = secret.toLowerCase();
  if (PLACEHOLDERS.some((p) => lower.startsWith(p) || lower.endsWith(p))) return 'AUTH_TOKEN_SECRET looks like a placeholder';
  return undefined;
}

/**
 * The API refuses to start without a strong token secret, except in development where the
 * placeholder is used when none is set. (The worker and the CLIs never see tokens.)
 */
export function assertTokenSecret(config: AppConfig): void {
  if (config.NODE_ENV === 'development' && !config.AUTH_TOKEN_SECRET) return;
  const problem = weakSecretProblem(config.AUTH_TOKEN_SECRET);
  if (problem) throw new ConfigError(`Invalid configuration:\n  AUTH_TOKEN_SECRET: ${problem}`);
}

/** The token secret in force (the development placeholder only when NODE_ENV=development). */
export function tokenSecret(config: AppConfig): string {
  return config.AUTH_TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(OPTIONAL_KEYS);
  const raw: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return config;
}

export function logLevels(level: AppConfig['LOG_LEVEL']): Array<'error' | 'warn' | 'log' | 'debug' | 'verbose'> {
  const order = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(level) + 1) as Array<(typeof order)[number]>;
}
