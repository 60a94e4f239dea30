import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

const ACTOR = /^[\p{L}\p{N} ._@'-]{1,100}$/u;

/**
 * Who is acting, for timelines and workflow histories. Until accounts exist (issue 3) the caller
 * names itself in the `X-Actor` header; `anonymous` when absent.
 */
export const Actor = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const header = ctx.switchToHttp().getRequest<Request>().header('x-actor');
  if (header === undefined || header === '') return 'anonymous';
  if (!ACTOR.test(header) || header === 'system') {
    throw new BadRequestException({
      statusCode: 400,
      code: 'validation_failed',
      message: 'X-Actor must be 1 to 100 letters, digits, spaces or . _ @ \' - and not "system"',
      errors: [{ field: 'X-Actor', rules: ['pattern'] }],
    });
  }
  return header;
});
