import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, mergeMap, Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/access.decorator';
import { contextOf } from '../common/request-context';
import { AuditService, principalActor, redact } from './audit.service';

const AUDIT = 'ektp:audit';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Marks a write route whose service appends its own, richer audit entries (login, logout). */
export const AuditedByService = () => SetMetadata(AUDIT, false);

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const singular = (s: string) => s.replace(/ies$/, 'y').replace(/s$/, '');

/**
 * Appends an audit entry for every successful write over HTTP: `<resource>.<handler>` (for example
 * `repair.triage`), the target, the office, the request body with credentials blanked, the request
 * id and the client address. If the entry cannot be written the request fails loudly.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!WRITE_METHODS(req.method)) return next.handle();
    if (this.reflector.getAllAndOverride(AUDIT, [ctx.getHandler(), ctx.getClass()]) === false) return next.handle();
    const basePath = String(Reflect.getMetadata('path', ctx.getClass()) ?? '').split('/')[0];
    const targetType = singular(basePath) || 'api';
    const action = `${targetType}.${kebab(ctx.getHandler().name)}`;
    return next.handle().pipe(
      mergeMap((result) =>
        from(
          (async () => {
            const body = (result ?? {}) as Record<string, unknown>;
            const targetId = (req.params?.id as string | undefined) ?? (typeof body.id === 'string' ? body.id : null);
            const context = contextOf(req);
            const officeId =
              targetType === 'office'
                ? targetId
                : ((body.officeId as string | undefined) ?? context?.officeId ?? req.principal?.officeId ?? null);
            await this.audit.append({
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
            });
            return result;
          })(),
        ),
      ),
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
