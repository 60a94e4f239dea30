import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';

import { ERROR_CODES, type ErrorCode } from './error-codes';

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

/*
 * What the OpenAPI document says about answers: one error shape, one page shape, and small
 * decorators so a route states its answers in a line or two. The browser app's client is typed
 * from this document, so every operation names its success schema and the errors it can give.
 */

export class FieldErrorDto {
  @ApiProperty({ example: 'deviceId', description: 'The field, dotted for nested fields (stops.0.date)' })
  field: string;

  @ApiProperty({ type: [String], example: ['isUuid'], description: 'The rules the value broke' })
  rules: string[];

  @ApiProperty({ type: [String], example: ['deviceId must be a UUID'] })
  messages: string[];
}

/** One refused line of a CSV import (invalid_csv). */
export class LineErrorDto {
  @ApiProperty({ type: 'integer', example: 3 })
  line: number;

  @ApiPropertyOptional({
    type: 'integer',
    description: "The column: the field's position in the header (1 is the first), or, for a character the input rules refuse, its position in the line",
  })
  column?: number;

  @ApiProperty({ example: 'unrecorded' })
  field: string;

  @ApiProperty()
  message: string;
}

/**
 * Every error answer (DomainExceptionFilter, the validation pipe, the request timeout). Some codes
 * add their details beside these fields (not_found: what and id; invalid_transition: status and
 * action…), so the schema allows more properties.
 */
export class ErrorResponseDto {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode: number;

  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', example: 'validation_failed', description: 'Stable for clients' })
  code: ErrorCode;

  @ApiProperty({ description: 'For people (English)' })
  message: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(FieldErrorDto) }, { $ref: getSchemaPath(LineErrorDto) }] },
    description: 'validation_failed: every failing field and rule (FieldErrorDto); invalid_csv: every refused line (LineErrorDto)',
  })
  errors?: Array<FieldErrorDto | LineErrorDto>;

  @ApiPropertyOptional({ description: 'invalid_input and kit_busy: the field the refusal is about' })
  field?: string;

  @ApiPropertyOptional({ type: 'integer', description: '429 and 503: seconds to wait (also the Retry-After header)' })
  retryAfterSeconds?: number;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field',
  401: 'No token, or an expired or revoked one',
  403: 'The role may not do this (or four-eyes: not on your own work)',
  404: 'Not found, or another office’s',
  409: 'Conflicts with the current state (invalid_transition, already exists, …)',
  413: 'The request body is larger than the limit',
  415: 'Unsupported content type',
  422: 'The content is well-formed but cannot be used',
  429: 'Too many requests; wait Retry-After seconds',
  503: 'A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds',
};

/** The error answers a route can give, all with the shared error schema. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(FieldErrorDto, LineErrorDto),
    ...statuses.map((status) => ApiResponse({ status, description: ERROR_DESCRIPTIONS[status] ?? 'Error', type: ErrorResponseDto })),
  );
}

/** The success answer: 200 unless `status` says 201. */
export function ApiOk(model: Type<unknown>, options: { status?: 200 | 201; description?: string; isArray?: boolean } = {}) {
  const status = options.status ?? 200;
  return ApiResponse({ status, description: options.description ?? (status === 201 ? 'Created' : 'OK'), type: model, isArray: options.isArray });
}

/** 204: done, no body. */
export function ApiNoBody(description = 'Done; no body') {
  return ApiResponse({ status: 204, description });
}

/** A file answer (PDF, CSV) in its content type; its errors stay JSON (so no @ApiProduces, which would retype them). */
export function ApiFile(contentType: string, description: string) {
  return ApiResponse({ status: 200, description, content: { [contentType]: { schema: { type: 'string', format: 'binary' } } } });
}

/** `{items, total, page, limit}`: the answer of every list. `items` is typed per list by ApiPageResponse. */
export class PageDto {
  @ApiProperty({ type: 'integer', description: 'Matching items in total, over all pages' })
  total: number;

  @ApiProperty({ type: 'integer', minimum: 1 })
  page: number;

  @ApiProperty({ type: 'integer', minimum: 1 })
  limit: number;
}

/** A page of `model` (and any extra top-level properties, such as the inbox's `unread`). */
export function ApiPageResponse(model: Type<unknown>, extra: Record<string, SchemaObject> = {}) {
  return applyDecorators(
    ApiExtraModels(PageDto, model),
    ApiResponse({
      status: 200,
      description: 'One page',
      schema: {
        allOf: [
          { $ref: getSchemaPath(PageDto) },
          {
            type: 'object',
            required: ['items', ...Object.keys(extra)],
            properties: { items: { type: 'array', items: { $ref: getSchemaPath(model) } }, ...extra },
          },
        ],
      },
    }),
  );
}

/** One timeline entry as the detail views return it. */
export class TimelineEntryView {
  @ApiPropertyOptional({ description: 'Only in repair case timelines' })
  id?: string;

  @ApiPropertyOptional({ description: 'Only in repair case timelines' })
  workflowId?: string;

  @ApiProperty({ type: 'integer' })
  seq: number;

  @ApiPropertyOptional({ description: 'Only in repair case timelines' })
  subjectId?: string;

  @ApiPropertyOptional({ description: 'Only in repair case timelines' })
  subjectType?: string;

  @ApiPropertyOptional({ description: 'Only in repair case timelines' })
  officeId?: string;

  @ApiProperty({ example: 'triaged' })
  event: string;

  @ApiProperty({ type: String, nullable: true })
  fromStatus: string | null;

  @ApiProperty({ type: String, nullable: true })
  toStatus: string | null;

  @ApiProperty({ description: 'Username, apikey:<prefix>, or system' })
  actor: string;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;

  @ApiProperty({ type: String, format: 'date-time' })
  occurredAt: string;
}

/** What an action on a workflow (an Update) answers: the object's id and office, and the workflow's state. */
export class WorkflowStateBase {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  officeId: string;

  @ApiProperty({ type: 'integer', description: 'Sequence number of the last event' })
  seq: number;

  @ApiProperty({ type: 'integer', description: 'Bumped by every transition' })
  version: number;

  @ApiProperty({ type: 'integer' })
  remindersSent: number;
}

/**
 * What the person may do next with this object in its state (action names). Declared ahead of the
 * services that fill it; a client treats it as optional.
 */
export function ApiAllowedActions() {
  return ApiProperty({ type: [String], description: 'What the caller may do next with this object in its state (action names)' });
}

type Operation = { requestBody?: unknown; responses?: Record<string, unknown> };

/**
 * Answers every route of a kind can give, added to the built document rather than repeated on each
 * route: any write may answer 422 (its X-Request-Id was used for another action, see
 * IdempotencyService), and any route reading a body 413 (larger than BODY_LIMIT). The error schema
 * is marked open to the details some codes add (no decorator says so for a class).
 */
export function addCommonAnswers(document: OpenAPIObject): void {
  const errorSchema = document.components?.schemas?.[ErrorResponseDto.name];
  if (errorSchema && !('$ref' in errorSchema)) errorSchema.additionalProperties = true;
  const error = { description: '', content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponseDto) } } } };
  for (const ops of Object.values(document.paths)) {
    for (const [method, op] of Object.entries(ops as Record<string, Operation>)) {
      if (!op || typeof op !== 'object' || !['post', 'put', 'patch', 'delete'].includes(method)) continue;
      op.responses ??= {};
      op.responses['422'] ??= { ...error, description: ERROR_DESCRIPTIONS[422] + ': X-Request-Id already used for another action' };
      if (op.requestBody) op.responses['413'] ??= { ...error, description: ERROR_DESCRIPTIONS[413] };
    }
  }
}
