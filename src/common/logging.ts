import type { LoggerService, LogLevel as NestLogLevel } from '@nestjs/common';
import type { Logger as TemporalLogger, LogLevel as TemporalLogLevel, LogMetadata } from '@temporalio/common';
import pino, { DestinationStream, Level, Logger as PinoLogger, LoggerOptions } from 'pino';
import type { AppConfig } from '../config/app-config';

/**
 * The processes' one logger (pino): JSON lines in production (LOG_FORMAT=json, or NODE_ENV=production),
 * readable lines otherwise through pino-pretty (a development dependency: without it, JSON), in
 * colour only on a terminal. Every line is scrubbed of credentials (see `scrub`), and carries what
 * the `context` function knows of the moment: the request's id, actor and office in the API, the
 * workflow, run and activity in the worker.
 */
export function createLogger(
  config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FORMAT' | 'NODE_ENV'>,
  service: string,
  context: () => Record<string, unknown> | undefined = () => undefined,
  destination?: DestinationStream,
): PinoLogger {
  const options: LoggerOptions = {
    level: PINO_LEVEL[config.LOG_LEVEL],
    base: { service, pid: process.pid },
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Values under these keys never reach a line, whatever else scrubbing misses.
    redact: { paths: REDACTED_PATHS, censor: REDACTED },
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    mixin: (_merge, _level, logger) => {
      const fields = context();
      if (!fields) return {};
      // A child logger that binds a field already (pino-http's requestId) is not given it twice.
      const bound = (logger as unknown as Record<symbol, string>)[pino.symbols.chindingsSym] ?? '';
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== null && !bound.includes(`"${key}":`)) out[key] = value;
      return out;
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => scrub(a)) as Parameters<typeof method>);
      },
    },
  };
  return pino(options, destination ?? logDestination(config));
}

const PINO_LEVEL: Record<AppConfig['LOG_LEVEL'], Level> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

export function logFormat(config: Pick<AppConfig, 'LOG_FORMAT' | 'NODE_ENV'>): 'json' | 'pretty' {
  return config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty');
}

function logDestination(config: Pick<AppConfig, 'LOG_FORMAT' | 'NODE_ENV'>): DestinationStream {
  // Synchronous writes: a line written just before process.exit is not lost.
  const stdout = pino.destination({ dest: 1, sync: true });
  if (logFormat(config) === 'json') return stdout;
  let pretty: ((options: Record<string, unknown>) => DestinationStream) | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pretty = require('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
  } catch {
    return stdout; // not installed (the production image): JSON lines
  }
  return pretty({
    colorize: process.stdout.isTTY === true,
    sync: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,context,req,res',
    messageFormat: '[{service}{if context} {context}{end}] {msg}',
    singleLine: true,
  });
}

export const REDACTED = '[Redacted]';

const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...['password', 'currentPassword', 'newPassword', 'token', 'secret', 'apiKey', 'authorization', 'cookie'].flatMap((k) => [k, `*.${k}`]),
];

/**
 * Session tokens and API keys (`ektp_s_…`, `ektp_k_…`), webhook secrets (`whsec_…`): 43 characters
 * after the prefix; their public 10-character prefixes (an API key's actor name, a secret's hint) stay.
 */
const PREFIXED_SECRET = /\b(ektp_[sk]_|whsec_)[A-Za-z0-9_\-+/=]{20,}/g;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi;
const SECRET_NAME = '(?:token|api_?key|apikey|secret|password|passwd|pwd|signature)';
/** `token=…` in a query string, a form or a command line… */
const NAMED_VALUE = new RegExp(`(\\b[\\w-]*${SECRET_NAME}[\\w-]*=)(?!\\[Redacted\\])[^&\\s"',;]+`, 'gi');
/** …and `password: …` in a message. */
const COLON_VALUE = /(\b(?:password|passwd|secret)\s*:\s*)(?!\[Redacted\])[^\s"',;]+/gi;
/** `"password":"…"` in a JSON text. */
const JSON_VALUE = new RegExp(`("[\\w-]*${SECRET_NAME}[\\w-]*"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');
/** The password of a URL with credentials (postgres://user:pw@…, smtp://user:pw@…). */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]*:)[^@/\s]+@/gi;

/** Values of the environment that are secrets; replaced wherever they appear. */
const knownSecrets: string[] = Object.entries(process.env)
  .filter(([k, v]) => /SECRET|TOKEN|PASSWORD|API_KEY/i.test(k) && typeof v === 'string' && v.length >= 8)
  .map(([, v]) => v as string);

/** Removes credentials from a text: tokens, keys, passwords, secrets. */
export function scrubText(text: string): string {
  let out = text;
  for (const secret of knownSecrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out
    .replace(PREFIXED_SECRET, `$1${REDACTED}`)
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(JSON_VALUE, `$1"${REDACTED}"`)
    .replace(URL_PASSWORD, `$1${REDACTED}@`)
    .replace(NAMED_VALUE, `$1${REDACTED}`)
    .replace(COLON_VALUE, `$1${REDACTED}`);
}

const SECRET_KEY = new RegExp(`^[\\w-]*${SECRET_NAME}[\\w-]*$`, 'i');
/** Keys that only look like secrets by name. */
const NOT_SECRET_KEYS = new Set(['tokenId', 'secretId', 'tokenPrefix', 'keyPrefix']);

/** A copy of a log argument without credentials: strings scrubbed, secret-named keys censored. */
export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object' || depth > 5) return value;
  if (value instanceof Error) {
    const copy = Object.create(Object.getPrototypeOf(value)) as Error;
    for (const key of Object.getOwnPropertyNames(value)) (copy as unknown as Record<string, unknown>)[key] = scrub((value as unknown as Record<string, unknown>)[key], depth + 1);
    return copy;
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value; // requests, responses, buffers: their serializers decide
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) && !NOT_SECRET_KEYS.has(key) && (typeof v === 'string' || typeof v === 'number') ? REDACTED : scrub(v, depth + 1);
  }
  return out;
}

/** A URL with its secret-looking query parameters censored. */
export function scrubUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const q = url.indexOf('?');
  if (q < 0) return scrubText(url);
  const params = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      return eq >= 0 && SECRET_KEY.test(decodeURIComponent(name)) ? `${name}=${REDACTED}` : pair;
    });
  return scrubText(`${url.slice(0, q)}?${params.join('&')}`);
}

/** Nest's start-up chatter: one line per route and per module, summed up in one debug line instead. */
const STARTUP_CONTEXTS = new Set(['RoutesResolver', 'RouterExplorer', 'InstanceLoader']);

/**
 * Nest's LoggerService over pino (the worker, and the API until nestjs-pino takes over). Nest calls
 * `log(message, ...optionalParams)` with the context last.
 */
export class NestPinoLogger implements LoggerService {
  private routes = 0;
  private controllers = 0;

  /** `logger`: the logger in force at the moment (nestjs-pino's request logger inside a request). */
  constructor(private readonly current: () => PinoLogger) {}

  private get logger(): PinoLogger {
    return this.current();
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }
  setLogLevels(_levels: NestLogLevel[]): void {
    /* LOG_LEVEL decides, once, in createLogger */
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const context = params.length > 0 && typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    if (context && level === 'info' && this.quietStartup(context, message)) return;
    const fields: Record<string, unknown> = context ? { context } : {};
    // error(message, stack, context)
    if (level === 'error' && typeof params[0] === 'string' && params[0].includes('\n')) fields.stack = params.shift();
    if (level === 'error' && params.length > 0 && params[0] === undefined) params.shift();
    if (params.length > 0) fields.params = params;
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ ...fields, ...(message as object) });
    else this.logger[level](fields, String(message));
  }

  private quietStartup(context: string, message: unknown): boolean {
    if (STARTUP_CONTEXTS.has(context)) {
      if (context === 'RouterExplorer') this.routes += 1;
      if (context === 'RoutesResolver') this.controllers += 1;
      return true;
    }
    if (context === 'NestApplication' || context === 'NestFactory') {
      if (String(message).includes('successfully started') && this.routes > 0) {
        this.logger.debug({ context }, `${this.routes} routes mapped in ${this.controllers} controllers`);
      }
      return true;
    }
    return false;
  }
}

const TEMPORAL_LEVEL: Record<TemporalLogLevel, Level> = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' };

/** The Temporal SDK's Logger (its own lines, the activity context's and the workflows' `log`) over pino. */
export class TemporalPinoLogger implements TemporalLogger {
  constructor(private readonly logger: PinoLogger) {}

  log(level: TemporalLogLevel, message: string, meta?: LogMetadata): void {
    const fields: Record<string, unknown> = { context: 'Temporal' };
    // String keys only (the SDK adds its timestamp under a symbol); `sdkComponent` says which part spoke.
    if (meta) for (const key of Object.keys(meta)) fields[key] = meta[key];
    if (fields.runId && !fields.workflowRunId) fields.workflowRunId = fields.runId;
    delete fields.runId;
    this.logger[TEMPORAL_LEVEL[level]](fields, message);
  }
  trace = (message: string, meta?: LogMetadata) => this.log('TRACE', message, meta);
  debug = (message: string, meta?: LogMetadata) => this.log('DEBUG', message, meta);
  info = (message: string, meta?: LogMetadata) => this.log('INFO', message, meta);
  warn = (message: string, meta?: LogMetadata) => this.log('WARN', message, meta);
  error = (message: string, meta?: LogMetadata) => this.log('ERROR', message, meta);
}

/** The Temporal SDK's level filter for a LOG_LEVEL. */
export function temporalLevel(level: AppConfig['LOG_LEVEL']): TemporalLogLevel {
  return ({ error: 'ERROR', warn: 'WARN', log: 'INFO', debug: 'DEBUG', verbose: 'TRACE' } as const)[level];
}

let processLogger: PinoLogger | undefined;

/** The process's root logger when the process has one (the API, the worker; not the CLIs). */
export function existingRootLogger(): PinoLogger | undefined {
  return processLogger;
}

/** The process's root logger, made on first use (the API's modules and main share it). */
export function rootLogger(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FORMAT' | 'NODE_ENV'>, service: string, context?: () => Record<string, unknown> | undefined): PinoLogger {
  processLogger ??= createLogger(config, service, context);
  return processLogger;
}
