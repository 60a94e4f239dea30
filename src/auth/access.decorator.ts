import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiResponse } from '@nestjs/swagger';
import { ApiErrors, ErrorResponseDto } from '../common/api-responses';
import type { Request } from 'express';
import type { Principal } from './principal';
import { ROLES, type Role } from './user.entity';

export const ACCESS_RULE = 'ektp:access-rule';

export type AccessRule = { public: true } | { public?: false; roles: readonly Role[] };

/**
 * Which roles may call a route. Every route carries a rule (or `@Public()`); the guard refuses a
 * route without one, and the rule is published in the OpenAPI document as `x-access` so the test
 * suite can build its role × route matrix from it.
 */
export function Access(...roles: Role[]) {
  const rule: AccessRule = { roles };
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiExtension('x-access', rule),
    ApiBearerAuth(),
    ApiErrors(401, 429, 503),
    ApiResponse({ status: 403, description: `Only for: ${roles.join(', ')}`, type: ErrorResponseDto }),
  );
}

/** Every role that can sign in. */
Access.anyRole = () => Access(...ROLES);

/** Reachable without a token (login, health). */
export function Public() {
  const rule: AccessRule = { public: true };
  return applyDecorators(SetMetadata(ACCESS_RULE, rule), ApiExtension('x-access', rule));
}

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  requestId?: string;
}

/** The authenticated caller; only on routes with an `@Access` rule. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return principal;
});
