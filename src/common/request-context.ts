import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Observable } from 'rxjs';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { AuditRecord } from '../audit/audit.service';

/** What the audit trail needs to know about the request a write belongs to. */
export interface RequestContext {
  requestId: string;
  clientIp: string | null;
  /** The office a write touched, noted by the service when the answer does not carry it (deletes). */
  officeId?: string | null;
  /** The caller sent X-Request-Id itself: on a write it is an idempotency key. */
  keyGiven?: boolean;
  /** X-Request-Id was sent but is not a well-formed key. */
  keyMalformed?: boolean;
  /**
   * The HTTP audit entry of this write, waiting for the transaction that carries the change
   * (auditedTransaction) or, for a change made only in Temporal, for the answer.
   */
  pendingAudit?: PendingAudit;
  /** The idempotency key reserved for this write, marked committed with the change. */
  idempotencyKey?: string;
  /** Who is calling (the principal's actor name) and their own office, once authenticated: for the logs. */
  actor?: string;
  actorOfficeId?: string | null;
}

export interface PendingAudit {
  /** Builds the entry from what the change answered (its id, its office). */
  build(result: unknown): AuditRecord;
  written: boolean;
}

const storage = new AsyncLocalStorage<RequestContext>();
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The request's id: the caller's X-Request-Id when well-formed, a new UUID otherwise; decided once
 * per request, whoever asks first (this middleware or the request logger).
 */
export function requestIdOf(req: Request): string {
  const r = req as Request & { requestId?: string };
  if (!r.requestId) {
    const given = req.header('x-request-id');
    r.requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
  }
  return r.requestId;
}

/** Express middleware: the request id (see requestIdOf), echoed in the answer. */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  const requestId = requestIdOf(req);
  res.setHeader('X-Request-Id', requestId);
  const context: RequestContext = { requestId, clientIp: req.ip ?? null, keyGiven: !!given && requestId === given, keyMalformed: !!given && requestId !== given };
  Object.assign(req, { requestId, context });
  // Entered here for what runs before the route handler (the guards' log lines), and again around
  // the handler by RequestContextInterceptor.
  storage.run(context, next);
}

export function contextOf(req: Request): RequestContext | undefined {
  return (req as Request & { context?: RequestContext }).context;
}

/**
 * Runs the route handler inside its request's context. (Entering the context in the middleware is
 * not enough: body parsing resumes on the connection's own async context, which on a keep-alive
 * connection is an earlier request's.)
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const context = contextOf(ctx.switchToHttp().getRequest<Request>());
    if (!context) return next.handle();
    return new Observable((subscriber) => storage.run(context, () => next.handle().subscribe(subscriber)));
  }
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** What the log lines of the current request carry (see src/common/logging.ts). */
export function requestLogFields(): Record<string, unknown> | undefined {
  const store = storage.getStore();
  if (!store) return undefined;
  return { requestId: store.requestId, actor: store.actor, officeId: store.actorOfficeId ?? store.officeId ?? undefined };
}

/** Records which office a write touched, for the audit entry of this request. */
export function noteAuditOffice(officeId: string | null): void {
  const store = storage.getStore();
  if (store) store.officeId = officeId;
}
