import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { Response } from 'express';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/access.decorator';
import { answerOf, DomainError, InvalidInputError } from '../common/domain-errors';
import { assertSafeInput } from '../common/validation';
import { contextOf, PendingAudit } from '../common/request-context';
import { IdempotencyService } from './idempotency.service';
import { AuditService, principalActor, redact } from './audit.service';

const AUDIT = 'ektp:audit';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Marks a write route whose service appends its own, richer audit entries (login, logout). */
export const AuditedByService = () => SetMetadata(AUDIT, false);

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const singular = (s: string) => s.replace(/ies$/, 'y').replace(/s$/, '');

/**
 * The audit entry and the idempotency of every write over HTTP.
 *
 * The entry: `<resource>.<handler>` (for example `repair.triage`), the target, the office, the
 * request body with credentials blanked, the request id and the client address. A change made in
 * the database appends it in the change's own transaction (auditedTransaction), so both stand or
 * neither; a change made only in Temporal (an Update) appends it once the workflow answered.
 *
 * Idempotency: an X-Request-Id sent by the caller is the key of the action (caller, method, path,
 * body). A retry with the same key gets the first answer without acting or auditing again; the
 * same key for another action is refused with 422.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
    private readonly keys: IdempotencyService,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!WRITE_METHODS(req.method)) return next.handle();
    if (this.reflector.getAllAndOverride(AUDIT, [ctx.getHandler(), ctx.getClass()]) === false) return next.handle();
    const context = contextOf(req);
    if (context?.keyMalformed) {
      throw new InvalidInputError('X-Request-Id', 'X-Request-Id must be 1 to 100 letters, digits or . _ : -');
    }
    const basePath = String(Reflect.getMetadata('path', ctx.getClass()) ?? '').split('/')[0];
    const targetType = singular(basePath) || 'api';
    const action = `${targetType}.${kebab(ctx.getHandler().name)}`;
    const pending: PendingAudit = {
      written: false,
      build: (result) => {
        const body = (result ?? {}) as Record<string, unknown>;
        const targetId = (req.params?.id as string | undefined) ?? (typeof body.id === 'string' ? body.id : null);
        const officeId =
          targetType === 'office' ? targetId : ((body.officeId as string | undefined) ?? context?.officeId ?? req.principal?.officeId ?? null);
        return {
          ...principalActor(req.principal),
          officeId,
          action,
          targetType,
          targetId,
          summary: {
            method: req.method,
            path: req.originalUrl.split('?')[0],
            changes: typeof req.body === 'string' ? textDigest(req.body, req.headers['content-type']) : redact(req.body ?? {}),
            ...fileDigest((req as { file?: { originalname?: string; size?: number } }).file),
            ...(typeof body.status === 'string' ? { resultStatus: body.status } : {}),
          },
          requestId: context?.requestId ?? null,
          clientIp: context?.clientIp ?? req.ip ?? null,
        };
      },
    };
    if (context) context.pendingAudit = pending;
    const finish = async (result: unknown) => {
      if (!pending.written) {
        await this.audit.append(pending.build(result));
        pending.written = true;
      }
      return result;
    };

    // An upload's body is read later, by the route's own interceptor: uploads are idempotent by
    // their checksum instead.
    const key = context?.keyGiven && !req.is('multipart/form-data') ? context.requestId : undefined;
    if (!key) return next.handle().pipe(mergeMap((result) => from(finish(result))));

    const statusCode = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, ctx.getHandler()) ?? (req.method === 'POST' ? 201 : 200);
    // The input rules before the fingerprint: it walks the body, which must not nest without bound.
    if (typeof req.body !== 'string') assertSafeInput(req.body ?? null);
    const fingerprint = this.keys.fingerprint(req.principal?.actor ?? `anonymous@${req.ip}`, req.method, req.originalUrl.split('?')[0], req.body ?? null);
    return from(this.keys.claim(key, fingerprint)).pipe(
      mergeMap((claim) => {
        if (claim.kind === 'replay') {
          ctx.switchToHttp().getResponse<Response>().setHeader('Idempotent-Replayed', 'true');
          // A refusal given after the change committed (a create stored while Temporal was down) is answered again as it was.
          if (claim.statusCode >= 400) return throwError(() => new HttpException(claim.response as Record<string, unknown>, claim.statusCode));
          return of(claim.response);
        }
        if (context) context.idempotencyKey = key;
        return next.handle().pipe(
          mergeMap((result) =>
            from(
              (async () => {
                // A change made in Temporal only: its entry and its answer are kept together.
                await this.keys.answer(key, statusCode, result, pending.written ? undefined : pending.build(result));
                pending.written = true;
                return result;
              })(),
            ),
          ),
          catchError((err: unknown) => {
            // Nothing committed: the key is free for a retry. A committed change keeps its claim, and
            // the refusal that followed it is its answer.
            const settle = !pending.written
              ? this.keys.release(key)
              : err instanceof DomainError
                ? this.keys.answer(key, answerOf(err).status, answerOf(err).body)
                : Promise.resolve();
            return from(settle).pipe(mergeMap(() => throwError(() => err)));
          }),
        );
      }),
    );
  }
}

/** A text body (a CSV import) is summarised, not copied into the trail. */
function textDigest(text: string, contentType: string | undefined): Record<string, unknown> {
  return { contentType: contentType ?? null, bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
}

/** An uploaded file is named and sized; its content stays where the service stored it. */
function fileDigest(file: { originalname?: string; size?: number } | undefined): Record<string, unknown> {
  return file ? { file: { name: file.originalname ?? null, bytes: file.size ?? null } } : {};
}

function WRITE_METHODS(method: string): boolean {
  return WRITES.has(method.toUpperCase());
}
