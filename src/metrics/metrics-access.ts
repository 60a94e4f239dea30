import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/app-config';
import type { ErrorCode } from '../common/error-codes';

export type MetricsRefusal = { status: 401 | 403 | 404; code: ErrorCode; message: string };

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameSecret(a: string, b: string): boolean {
  // Digests first: equal lengths for timingSafeEqual, and no early exit on the token's length.
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/**
 * Who may read /metrics (the API's and the worker's):
 * - METRICS_TOKEN set: only a request with `Authorization: Bearer <METRICS_TOKEN>`, from anywhere;
 * - unset: only a connection from the loopback address (the machine itself), and never with
 *   NODE_ENV=production, where /metrics is off (404) until a token is set.
 * The decision uses the socket's own address, never X-Forwarded-For.
 */
export function refuseMetrics(config: AppConfig, req: IncomingMessage): MetricsRefusal | undefined {
  const expected = config.METRICS_TOKEN;
  if (expected) {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) return { status: 401, code: 'authentication_required', message: 'Send Authorization: Bearer <METRICS_TOKEN>' };
    if (!sameSecret(match[1], expected)) return { status: 401, code: 'invalid_token', message: 'The metrics token is not valid' };
    return undefined;
  }
  if (config.NODE_ENV === 'production') return { status: 404, code: 'not_found', message: '/metrics is off: set METRICS_TOKEN' };
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
    return { status: 403, code: 'forbidden', message: 'Without METRICS_TOKEN, /metrics answers only on the loopback address' };
  }
  return undefined;
}

/** The JSON error body the API's other refusals have too. */
export function refusalBody(refusal: MetricsRefusal): string {
  return JSON.stringify({ statusCode: refusal.status, code: refusal.code, message: refusal.message });
}
