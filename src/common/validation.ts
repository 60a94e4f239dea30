import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; rules: string[]; messages: string[] }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, rules: Object.keys(e.constraints), messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Rejects unknown fields and names every failing field and rule in a 400 answer. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new BadRequestException({
        statusCode: 400,
        code: 'validation_failed',
        message: fields.flatMap((f) => f.messages).join('; '),
        errors: fields,
      });
    },
  });
}

/** A date-time with its zone: without one it would be read in the server's zone, not WIB. */
export const WITH_ZONE = /T.*(Z|[+-]\d{2}:?\d{2})$/;
