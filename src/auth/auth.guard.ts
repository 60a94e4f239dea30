import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../common/domain-errors';
import { contextOf } from '../common/request-context';
import { ACCESS_RULE, AccessRule, AuthenticatedRequest } from './access.decorator';
import { AuthService } from './auth.service';
import { BrowserSessions, isWrite } from './browser-session';
import { API_KEY_PREFIX } from './secrets';

/**
 * Runs before every route: no rule → refused (a route someone forgot to protect stays closed);
 * `@Public()` → open; otherwise a valid credential whose role the rule names: in this order a bearer
 * token, an API key, the browser's session cookie. A write authenticated by the cookie must also
 * carry the session's CSRF token and come from this origin. Which office's objects the caller
 * reaches is decided by the services from `principal.read` / `principal.write`, before any workflow
 * is signalled.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly sessions: BrowserSessions,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [ctx.getHandler(), ctx.getClass()]);
    if (!rule) {
      this.logger.error(`${ctx.getClass().name}.${ctx.getHandler().name} has no access rule; refused`);
      throw new ForbiddenError('no_access_rule', 'This route has no access rule and stays closed');
    }
    if (rule.public) return true;
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = headerCredential(req);
    const cookie = header ? undefined : this.sessions.tokenOf(req);
    const credential = header ?? cookie;
    if (!credential) throw new UnauthenticatedError('authentication_required', 'Sign in: send Authorization: Bearer <token>');
    const principal = await this.auth.authenticate(credential);
    const context = contextOf(req);
    if (principal && context) {
      context.actor = principal.actor;
      context.actorOfficeId = principal.officeId;
    }
    if (!principal) {
      // A cookie that no longer signs in is removed, so the browser stops sending it.
      if (cookie) this.sessions.clear(req, ctx.switchToHttp().getResponse<Response>());
      throw new UnauthenticatedError('invalid_token', 'The token is unknown, expired or revoked; sign in again');
    }
    if (cookie && isWrite(req.method)) {
      const problem = this.sessions.csrfProblem(req, cookie);
      if (problem) await this.auth.refuseCsrf(principal, problem, req.method, req.path);
    }
    if (!rule.roles.includes(principal.role)) {
      this.logger.warn(`${principal.actor} (${principal.role}) refused ${req.method} ${req.path}`);
      throw new ForbiddenError('forbidden', `Only ${rule.roles.join(', ')} may do this; you are ${principal.role}`, {
        requiredRoles: rule.roles,
      });
    }
    req.principal = principal;
    return true;
  }
}

/** A bearer token or an API key sent in a header (integrations, scripts); these need no CSRF token. */
function headerCredential(req: AuthenticatedRequest): string | undefined {
  const header = req.header('authorization');
  const match = header ? /^Bearer\s+(\S{1,200})$/i.exec(header) : null;
  if (match) return match[1];
  const apiKey = req.header('x-api-key');
  return apiKey && apiKey.startsWith(API_KEY_PREFIX) && apiKey.length <= 200 ? apiKey : undefined;
}
