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

  /**
   * The address the API (and, under `npm start`, the Temporal dev server and its Web UI) listens on.
   * Loopback by default; `0.0.0.0` opens it to the network (the Docker image sets that).
   */
  @IsString()
  @Matches(/^[0-9A-Za-z.:_-]+$/, { message: 'HOST must be an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0' })
  HOST = '127.0.0.1';

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

  /** Most connections the API's Postgres pool opens (the worker's is WORKER_DATABASE_POOL_SIZE). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  DATABASE_POOL_SIZE = 10;

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

  /** `json` (one JSON object a line) or `pretty` (readable lines); unset: json when NODE_ENV=production, pretty otherwise. */
  @IsOptional()
  @IsIn(['json', 'pretty'])
  LOG_FORMAT?: 'json' | 'pretty';

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

  /**
   * The worker's sender of notification e-mails (needs SMTP_URL): it looks for e-mails owed this often…
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  EMAIL_SWEEP_INTERVAL_MS = 2_000;

  /** …retries one the SMTP server did not take after this long, doubling… */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  EMAIL_RETRY_INITIAL_MS = 10_000;

  /** …up to this interval… */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  EMAIL_RETRY_MAX_MS = 900_000;

  /** …and gives one up (status failed) once it is this old; a permanent refusal (5xx) at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EMAIL_GIVE_UP_HOURS = 72;

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

  /**
   * The worker brings the digests' Temporal Schedules in line with the offices when it starts and
   * then this often (one listing of the schedules; creates and updates only what differs).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  DIGEST_SCHEDULE_RECONCILE_INTERVAL_MS = 15 * 60_000;

  /**
   * Keep the digests' schedules paused: nothing is sent at 07:00, a trigger by hand still runs (a
   * staging copy that must not write to real people; the tests, which trigger their digests).
   */
  @Transform(toBool)
  @IsBoolean()
  DIGEST_SCHEDULES_PAUSED = false;

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

  /**
   * Where residents reach this service from the internet, e.g. https://ektp.sintangkab.go.id: the
   * address the service points' door posters print and encode in their QR code. Unset: the address
   * the poster was asked at (right only when staff reach the service at its public address, not over
   * the office LAN); the poster is for signed-in staff and never cached, so that is safe.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/, { message: 'PUBLIC_BASE_URL must be an http:// or https:// URL without query or fragment, e.g. https://ektp.example.go.id' })
  PUBLIC_BASE_URL?: string;

  /**
   * Key that encrypts webhook signing secrets at rest (AES-256-GCM; the server must read them back
   * to sign). 32 or more characters; required outside development and tests, where the token secret
   * (or the development placeholder) is used when unset. Changing it makes stored secrets unreadable:
   * rotate every endpoint's secret afterwards.
   */
  @IsOptional()
  @IsString()
  WEBHOOK_SECRET_KEY?: string;

  /** A webhook delivery is retried with a backoff starting at this… */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  WEBHOOK_RETRY_INITIAL_MS = 10_000;

  /** …doubling up to this interval… */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  WEBHOOK_RETRY_MAX_MS = 3_600_000;

  /** …until answered 2xx or for this long (3 days), then it is marked failed. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WEBHOOK_RETRY_FOR_SECONDS = 3 * 24 * 3600;

  /** One delivery attempt gives up after this long without an answer (under the activity's minute). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(50_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** How often the worker starts the delivery workflows of new deliveries. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  WEBHOOK_DISPATCH_INTERVAL_MS = 1_000;

  /** Webhook events, their deliveries and attempts are kept this many days (none still being delivered is removed). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WEBHOOK_RETENTION_DAYS = 90;

  /** How often the worker removes the webhook events past their retention. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  WEBHOOK_PRUNE_INTERVAL_MS = 3_600_000;

  // --- Metrics (issue 16 part 2; README "Metrics") ---
  /**
   * Bearer token Prometheus sends to `GET /metrics` (the API's and the worker's). Unset: /metrics
   * answers only on a loopback connection, and not at all with NODE_ENV=production.
   */
  @IsOptional()
  @IsString()
  METRICS_TOKEN?: string;

  /** The worker's own HTTP server: /metrics, /health/live, /health/ready. 0 = off (the default). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_METRICS_PORT = 0;

  /** The address the worker's metrics server binds (0.0.0.0 in a container, to be scraped). */
  @IsString()
  WORKER_METRICS_HOST = '127.0.0.1';

  /** The domain gauges of the API's /metrics are read from Postgres at most this often. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  METRICS_CACHE_SECONDS = 15;

  // --- Worker settings (issue 17 part 1; README "Configuration"; derived and checked in worker-settings.ts) ---
  /**
   * Workflows the worker keeps in memory between their tasks (sticky cache). Unset, the SDK sizes it from
   * the heap (about 2,300 here), which took 10,000 open cases past 1 GiB RSS; 500 held them near 0.5 GB.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100_000)
  WORKER_MAX_CACHED_WORKFLOWS = 500;

  /** Workflow tasks the worker runs at once (at least 2: the sticky and the normal queue). */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(10_000)
  WORKER_WORKFLOW_TASK_SLOTS = 40;

  /** Activities the worker runs at once; each may hold a Postgres connection, so the worker's pool is sized from this. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  WORKER_ACTIVITY_SLOTS = 20;

  /** Local activities the worker runs at once (they too may hold a Postgres connection). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  WORKER_LOCAL_ACTIVITY_SLOTS = 20;

  /**
   * How the worker polls Temporal: `fixed` keeps up to WORKER_*_TASK_POLLERS polls open (default
   * min(10, slots)); `autoscaling` lets the SDK scale them on the server's feedback (1 to the maximum, 100 unless set).
   */
  @IsIn(['fixed', 'autoscaling'])
  WORKER_POLLERS: 'fixed' | 'autoscaling' = 'fixed';

  /** Most workflow-task polls open at once (unset: the SDK's default for WORKER_POLLERS). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(1000)
  WORKER_WORKFLOW_TASK_POLLERS?: number;

  /** Most activity-task polls open at once (unset: the SDK's default for WORKER_POLLERS). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  WORKER_ACTIVITY_TASK_POLLERS?: number;

  /** On SIGTERM the worker lets running activities finish for this long before cancelling them. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  WORKER_SHUTDOWN_GRACE_MS = 10_000;

  /**
   * Most connections the worker's Postgres pool opens. Unset: activity + local activity slots + 4 (the
   * sweepers); set below activity + local activity slots, the worker refuses to start.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  WORKER_DATABASE_POOL_SIZE?: number;

  /** Where the built browser app lives (`web/` built by Vite); nothing is served while it is absent. */
  @IsString()
  WEB_DIST_PATH = path.join(projectRoot(), 'web', 'dist');

  /** Where the pre-built workflow bundle lives (built by `npm run build`). */
  @IsString()
  WORKFLOW_BUNDLE_PATH = path.join(projectRoot(), 'dist', 'workflow-bundle.js');
}

const OPTIONAL_KEYS = ['LOG_FORMAT', 'WEBHOOK_SECRET_KEY', 'PUBLIC_BASE_URL', 'CENTRAL_INGEST_URL', 'CENTRAL_INGEST_TOKEN', 'SMTP_URL', 'DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_CLI_PATH', 'AUTH_TOKEN_SECRET', 'BOOTSTRAP_ADMIN_USERNAME', 'BOOTSTRAP_ADMIN_PASSWORD', 'METRICS_TOKEN', 'WORKER_WORKFLOW_TASK_POLLERS', 'WORKER_ACTIVITY_TASK_POLLERS', 'WORKER_DATABASE_POOL_SIZE'];

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
