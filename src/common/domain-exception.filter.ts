import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Response } from 'express';
import { DomainError } from './domain-errors';

/** The single place where errors become HTTP answers. Internals (stacks, SQL) never leave the server. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toHttp(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    response.status(status).json(body);
  }

  private toHttp(exception: unknown): { status: number; body: Record<string, unknown> } {
    if (exception instanceof DomainError) {
      return {
        status: exception.status,
        body: { statusCode: exception.status, code: exception.code, message: exception.message, ...exception.details },
      };
    }
    if (exception instanceof HttpException) {
      const payload = exception.getResponse();
      const body = typeof payload === 'string' ? { statusCode: exception.getStatus(), message: payload } : (payload as Record<string, unknown>);
      return { status: exception.getStatus(), body };
    }
    if (exception instanceof WorkflowUpdateFailedError) {
      // A validator or handler refused the action: the workflow's message is meant for the officer.
      const cause = exception.cause;
      if (cause instanceof ApplicationFailure && cause.type === 'InvalidTransition') {
        return { status: 409, body: { statusCode: 409, code: 'invalid_transition', message: cause.message, ...(cause.details?.[0] as object) } };
      }
      if (cause instanceof ApplicationFailure && cause.type === 'InvalidInput') {
        return { status: 400, body: { statusCode: 400, code: 'invalid_input', message: cause.message } };
      }
    }
    if (exception instanceof WorkflowNotFoundError) {
      return { status: 409, body: { statusCode: 409, code: 'case_finished', message: 'The case is no longer running' } };
    }
    if (exception instanceof WorkflowExecutionAlreadyStartedError) {
      return { status: 409, body: { statusCode: 409, code: 'already_started', message: exception.message } };
    }
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, body: { statusCode: 500, code: 'internal_error', message: 'Internal server error' } };
  }
}
