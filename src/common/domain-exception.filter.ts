import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Response } from 'express';
import { DEPENDENCY_RETRY_AFTER_SECONDS, isDatabaseUnavailable, isTemporalUnavailable } from './dependency-errors';
import { answerOf, DomainError } from './domain-errors';
import { codeOfStatus, type ErrorCode } from './error-codes';

/** The single place where errors become HTTP answers. Internals (stacks, SQL) never leave the server. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toHttp(exception);
    if (response.headersSent) {
      // Answered already (the request timed out): this outcome reaches only the log.
      this.logger.warn(`answer after the request timed out: ${status} ${String(body.code ?? '')}`);
      return;
    }
    if (status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    if (typeof body.retryAfterSeconds === 'number') response.setHeader('Retry-After', String(body.retryAfterSeconds));
    if (status === 503) {
      // Unavailable is temporary by definition: say when to come back.
      body.retryAfterSeconds ??= DEPENDENCY_RETRY_AFTER_SECONDS;
      response.setHeader('Retry-After', String(body.retryAfterSeconds));
    }
    if (status === 503 && !(exception instanceof DomainError)) {
      // A dependency outage, not a bug: one line per request, the driver's words in the log only.
      this.logger.warn(`${body.code}: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    response.status(status).json(body);
  }

  private toHttp(exception: unknown): { status: number; body: Record<string, unknown> } {
    if (exception instanceof DomainError) return answerOf(exception);
    // Nest wraps body-parser's errors; answer them without the parser's own wording.
    const parserError = bodyParserError(exception instanceof HttpException ? exception.cause : exception);
    if (parserError) return parserError;
    if (exception instanceof HttpException) {
      const payload = exception.getResponse();
      const status = exception.getStatus();
      const body: Record<string, unknown> = typeof payload === 'string' ? { statusCode: status, message: payload } : { ...(payload as Record<string, unknown>) };
      // Nest's own answers (an unknown route, the rate limiter) get a code like every other error.
      body.code ??= codeOfStatus(status);
      return { status, body };
    }
    if (exception instanceof WorkflowUpdateFailedError) {
      // A validator or handler refused the action: the workflow's message is meant for the officer.
      const cause = exception.cause;
      if (cause instanceof ApplicationFailure && cause.type === 'InvalidTransition') {
        return errorAnswer(409, 'invalid_transition', cause.message, cause.details?.[0] as object);
      }
      if (cause instanceof ApplicationFailure && cause.type === 'Forbidden') {
        return errorAnswer(403, 'forbidden', cause.message);
      }
      if (cause instanceof ApplicationFailure && cause.type === 'FourEyes') {
        return errorAnswer(403, 'four_eyes', cause.message);
      }
      if (cause instanceof ApplicationFailure && cause.type === 'HeldByOutage') {
        return errorAnswer(409, 'tour_held_by_outage', cause.message, cause.details?.[0] as object);
      }
      if (cause instanceof ApplicationFailure && cause.type === 'KitBusy') {
        return errorAnswer(409, 'kit_busy', cause.message, { field: 'date', ...(cause.details?.[0] as object) });
      }
      if (cause instanceof ApplicationFailure && cause.type === 'InvalidInput') {
        return errorAnswer(400, 'invalid_input', cause.message);
      }
    }
    if (exception instanceof WorkflowNotFoundError) {
      return errorAnswer(409, 'case_finished', 'The case is no longer running');
    }
    if (exception instanceof WorkflowExecutionAlreadyStartedError) {
      return errorAnswer(409, 'already_started', exception.message);
    }
    const unavailable = dependencyUnavailable(exception);
    if (unavailable) return unavailable;
    return errorAnswer(500, 'internal_error', 'Internal server error');
  }
}

/** body-parser's errors (malformed JSON, a body over the limit) carry their own 4xx status. */
function bodyParserError(exception: unknown): { status: number; body: Record<string, unknown> } | undefined {
  if (!(exception instanceof Error)) return undefined;
  const e = exception as Error & { type?: string; status?: number };
  if (typeof e.type !== 'string' || !e.type.startsWith('entity.') || !e.status || e.status >= 500) return undefined;
  const answers: Record<string, [ErrorCode, string]> = {
    'entity.too.large': ['entity_too_large', 'The request body is larger than the limit'],
    'entity.parse.failed': ['entity_parse_failed', 'The request body is not valid JSON'],
  };
  const [code, message] = answers[e.type] ?? ['entity_verify_failed', 'The request body cannot be read'];
  return { status: e.status, body: { statusCode: e.status, code, message } };
}

/**
 * Postgres or Temporal down, unreachable or past a deadline: 503 with Retry-After, from any route
 * (the auth guard and login included), never a 500. The driver's message (hosts, ports) stays in the log.
 */
function dependencyUnavailable(exception: unknown): { status: number; body: Record<string, unknown> } | undefined {
  if (isDatabaseUnavailable(exception)) {
    return errorAnswer(503, 'database_unavailable', 'The database is unavailable; try again shortly');
  }
  if (isTemporalUnavailable(exception)) {
    return errorAnswer(503, 'temporal_unavailable', 'The workflow service is unavailable or did not answer in time; try again shortly with the same X-Request-Id');
  }
  return undefined;
}

/** An error answer made here, with one of the API's listed codes. */
function errorAnswer(status: number, code: ErrorCode, message: string, details: object = {}): { status: number; body: Record<string, unknown> } {
  return { status, body: { statusCode: status, code, message, ...details } };
}
