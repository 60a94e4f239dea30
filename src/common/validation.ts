import { ArgumentMetadata, BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, ValidationError, ValidationPipe } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Request } from 'express';
import type { ErrorCode } from './error-codes';
import { Observable } from 'rxjs';
import { getMetadataStorage, ValidateBy, ValidationOptions } from 'class-validator';
import { findUnsafeChar, InputProblem, inspectInput } from './input-rules';

interface FieldErrors {
  field: string;
  rules: string[];
  messages: string[];
}

function flatten(errors: ValidationError[], prefix = ''): FieldErrors[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, rules: Object.keys(e.constraints), messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The one shape of a refused input: every failing field and rule, in a 400 answer. */
export function validationFailed(fields: FieldErrors[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    code: 'validation_failed' satisfies ErrorCode,
    message: fields.flatMap((f) => f.messages).join('; '),
    errors: fields,
  });
}

function fromProblems(problems: InputProblem[]): FieldErrors[] {
  return problems.map((p) => ({ field: p.field, rules: [p.rule], messages: [p.message] }));
}

/**
 * The earliest and latest instant any date input may name. The e-KTP programme began in 2011 and
 * nothing this service records or plans lies before 2000 or after 2100; the bounds keep every date
 * far inside what Postgres, JavaScript and interval arithmetic hold.
 */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';
const EARLIEST_MS = Date.parse(`${EARLIEST_DATE}T00:00:00Z`) - 14 * 3600_000;
const LATEST_MS = Date.parse(`${LATEST_DATE}T23:59:59.999Z`) + 14 * 3600_000;
/** Validators whose value is a date or a date-time, and so must lie within the range. */
const DATE_RULES = new Set(['isDate', 'isIso8601', 'isDay']);

/**
 * The validation pipe of every route. Before the DTO's own rules: the input rules of input-rules.ts
 * over the raw body, query and route parameters (multipart fields included: multer has put them on
 * the body by then). After them: `null` only where the field is marked @Nullable() (IsOptional
 * alone lets null through as if absent, and a service would then write it), and every date within
 * EARLIEST_DATE..LATEST_DATE. Unknown fields are refused; every failing field is named.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => validationFailed(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      assertSafeInput(value, { root: metadata.data, mode: metadata.type === 'body' ? 'multiline' : 'single-line' });
    }
    const result = await super.transform(value, metadata);
    if (metadata.type !== 'custom') {
      const problems = checkNullsAndDates(result, metadata.data ?? '');
      if (problems.length > 0) throw validationFailed(fromProblems(problems));
    }
    return result;
  }
}

/** Refuses input that breaks the rules of input-rules.ts (400 naming the field), before anything reads it. */
export function assertSafeInput(value: unknown, options: { root?: string; mode?: 'multiline' | 'single-line' } = {}): void {
  const problems = inspectInput(value, options);
  if (problems.length > 0) throw validationFailed(fromProblems(problems));
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe();
}

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];
const rulesCache = new Map<Function, Map<string, ValidationMetadata[]>>();

function rulesOf(cls: Function): Map<string, ValidationMetadata[]> {
  let rules = rulesCache.get(cls);
  if (!rules) {
    const all = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
    rules = new Map(Object.entries(getMetadataStorage().groupByPropertyName(all)));
    rulesCache.set(cls, rules);
  }
  return rules;
}

const IS_NULLABLE = 'isNullable';

/**
 * Marks an optional field where `null` means something (clears a value); everywhere else null is
 * refused. A class-validator rule (always met), so mapped types (PartialType…) carry it along.
 */
export function Nullable(): PropertyDecorator {
  return ValidateBy({ name: IS_NULLABLE, validator: { validate: () => true } });
}

/** Walks a validated DTO (nested DTOs too) for nulls the field does not allow and dates out of range. */
function checkNullsAndDates(root: unknown, rootPath: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: rootPath, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object' || depth > 8) continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: path ? `${path}.${i}` : String(i), depth: depth + 1 }));
      continue;
    }
    const cls = value.constructor;
    if (typeof cls !== 'function' || cls === Object || value instanceof Date) continue;
    const rules = rulesOf(cls);
    if (rules.size === 0) continue;
    for (const [property, propertyRules] of rules) {
      const v = (value as Record<string, unknown>)[property];
      const field = path ? `${path}.${property}` : property;
      if (v === null && !propertyRules.some((r) => r.name === IS_NULLABLE)) {
        problems.push({ field, rule: 'isNotNull', message: `${field} must not be null; leave it out instead` });
        continue;
      }
      if (v !== undefined && v !== null && propertyRules.some((r) => r.name !== undefined && DATE_RULES.has(r.name))) {
        for (const d of Array.isArray(v) ? v : [v]) {
          const ms = d instanceof Date ? d.getTime() : typeof d === 'string' ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d) : NaN;
          if (!(ms >= EARLIEST_MS && ms <= LATEST_MS)) {
            problems.push({ field, rule: 'dateRange', message: `${field} must lie between ${EARLIEST_DATE} and ${LATEST_DATE}` });
            break;
          }
        }
      }
      if (propertyRules.some((r) => r.type === 'nestedValidation')) stack.push({ value: v, path: field, depth: depth + 1 });
    }
  }
  return problems;
}

/** A date-time with its zone: without one it would be read in the server's zone, not WIB. */
export const WITH_ZONE = /T.*(Z|[+-]\d{2}:?\d{2})$/;

/** A calendar day such as 2026-12-01 that exists (no 2026-02-30); its range is checked with every date. */
export function IsDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDay',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
          const d = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
        },
        defaultMessage: (args) => `${args?.property ?? 'date'} must be a date such as 2026-12-01`,
      },
    },
    options,
  );
}

/** Whether the route reads a body: a @Body() parameter, or the raw request (a CSV import reads it so). */
function takesBody(ctx: ExecutionContext): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctx.getClass(), ctx.getHandler().name) ?? {}) as Record<string, unknown>;
  return Object.keys(args).some((key) => key.startsWith(`${RouteParamtypes.BODY}:`) || key.startsWith(`${RouteParamtypes.REQUEST}:`));
}

/**
 * A route that takes no body (mark all read, approve) refuses fields sent to it, as a route with a
 * body refuses unknown ones: nothing unchecked goes on to the audit trail.
 */
@Injectable()
export class UnexpectedBodyInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const body = ctx.switchToHttp().getRequest<Request>().body as unknown;
    if (body && typeof body === 'object' && !Buffer.isBuffer(body) && Object.keys(body).length > 0 && !takesBody(ctx)) {
      throw validationFailed(
        Object.keys(body)
          .slice(0, 20)
          .map((key) => {
            const field = findUnsafeChar(key, 'single-line') ? JSON.stringify(key) : key;
            return { field, rules: ['whitelistValidation'], messages: [`property ${field} should not exist`] };
          }),
      );
    }
    return next.handle();
  }
}
