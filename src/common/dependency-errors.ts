import { isGrpcServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';

/**
 * Recognising "a dependency is down" among the errors the drivers throw, so that the filter answers
 * 503 with Retry-After (try again shortly) instead of 500 (a bug). Nothing here decides what to do
 * about it; callers that have a fallback (the public availability cache) use these too.
 */

/** How long a caller is asked to wait before retrying after a 503. */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs of a server that cannot serve now: connection exceptions (class 08), shutting down or
 * starting (57P01-57P03), too many connections (53300), a statement cancelled by statement_timeout (57014).
 */
const PG_UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/** Socket errors: the server is not there (refused, unreachable, unknown host) or went away. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/** The pg pool's and client's own wording for a lost or never-made connection (they carry no code). */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /^Query read timeout/i,
];

/** Postgres unreachable, going away, refusing connections, or too slow for a request. */
export function isDatabaseUnavailable(err: unknown): boolean {
  return someCause(err, (e) => {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && (code.startsWith('08') || PG_UNAVAILABLE_STATES.has(code) || SOCKET_CODES.has(code))) return true;
    return typeof e.message === 'string' && PG_CONNECTION_MESSAGES.some((re) => re.test(e.message as string));
  });
}

/**
 * gRPC statuses of a Temporal frontend that is unreachable (UNAVAILABLE, 14), did not answer before the
 * deadline (DEADLINE_EXCEEDED, 4) or is overloaded (RESOURCE_EXHAUSTED, 8). (@grpc/grpc-js is not a
 * direct dependency, hence the numbers.)
 */
const GRPC_UNAVAILABLE = new Set<number>([14, 4, 8]);

/** Temporal unreachable, or a call (an Update waiting for its result included) past its deadline. */
export function isTemporalUnavailable(err: unknown): boolean {
  return someCause(err, (e) => e instanceof WorkflowUpdateRPCTimeoutOrCancelledError || (isGrpcServiceError(e) && GRPC_UNAVAILABLE.has(e.code)));
}

type ErrorLike = Error & { code?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };

/** The error, what it wraps (TypeORM's driverError, a cause, an AggregateError's errors), a few levels deep. */
function someCause(err: unknown, test: (e: ErrorLike) => boolean, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as ErrorLike;
  if (test(e)) return true;
  const inner = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => i !== err && someCause(i, test, depth + 1));
}
