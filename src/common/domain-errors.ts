import type { ErrorCode } from './error-codes';

/**
 * Typed domain errors: services throw these, DomainExceptionFilter maps them to HTTP in one place.
 * `code` is stable for API clients; `message` is for people.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The HTTP answer of a domain error: its status, stable code, readable message and details. */
export function answerOf(e: DomainError): { status: number; body: Record<string, unknown> } {
  return { status: e.status, body: { statusCode: e.status, code: e.code, message: e.message, ...e.details } };
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  constructor(what: string, id: string) {
    super('not_found', `${what} ${id} was not found`, { what, id });
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
}

/** A request whose fields are well-formed but do not fit the data (a district outside the office's regency). */
export class InvalidInputError extends DomainError {
  readonly status = 400;
  constructor(field: string, message: string) {
    super('invalid_input', message, { field });
  }
}

export class DependencyUnavailableError extends DomainError {
  readonly status = 503;
}

/** No credentials, or credentials that are unknown, expired or revoked. */
export class UnauthenticatedError extends DomainError {
  readonly status = 401;
}

/** Authenticated, but the role may not do this. (Another office's objects answer 404, never 403.) */
export class ForbiddenError extends DomainError {
  readonly status = 403;
}

/** Too many attempts; `retryAfterSeconds` becomes the Retry-After header. */
export class TooManyAttemptsError extends DomainError {
  readonly status = 429;
  constructor(message: string, retryAfterSeconds: number) {
    super('too_many_attempts', message, { retryAfterSeconds });
  }
}
