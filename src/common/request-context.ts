import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Observable } from 'rxjs';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** What the audit trail needs to know about the request a write belongs to. */
export interface RequestContext {
  requestId: string;
  clientIp: string | null;
  /** The office a write touched, noted by the service when the answer does not carry it (deletes). */
  officeId?: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Express middleware: a request id (the caller's X-Request-Id when well-formed), echoed in the answer. */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const context: RequestContext = { requestId, clientIp: req.ip ?? null };
  Object.assign(req, { requestId, context });
  next();
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

/** Records which office a write touched, for the audit entry of this request. */
export function noteAuditOffice(officeId: string | null): void {
  const store = storage.getStore();
  if (store) store.officeId = officeId;
}
