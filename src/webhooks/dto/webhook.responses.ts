import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ALL_EVENTS, WEBHOOK_EVENT_TYPES } from '../webhook-events';

export class WebhookView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: every office (national, admin only)' })
  officeId: string | null;

  @ApiProperty()
  url: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: [String], enum: [ALL_EVENTS, ...WEBHOOK_EVENT_TYPES] })
  eventTypes: string[];

  @ApiProperty()
  enabled: boolean;

  @ApiProperty()
  allowHttp: boolean;

  @ApiProperty()
  allowPrivateTargets: boolean;

  @ApiProperty({ description: 'The first characters of the signing secret, to tell secrets apart' })
  secretHint: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  secretRotatedAt: string | null;

  @ApiProperty()
  createdBy: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: string;
}

export class WebhookCreated extends WebhookView {
  @ApiProperty({ description: 'The signing secret: shown in this answer only (and again only by rotating it)' })
  secret: string;
}

export class WebhookSecretView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'The new signing secret: shown in this answer only; the old one no longer signs' })
  secret: string;

  @ApiProperty({ type: String, format: 'date-time' })
  secretRotatedAt: string;
}

export class WebhookDeleted {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: [true] })
  deleted: true;
}

export class WebhookAttemptView {
  @ApiProperty({ type: 'integer', description: 'Which series (1, then one more per redelivery)' })
  series: number;

  @ApiProperty({ type: 'integer' })
  attempt: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The HTTP status answered; null when there was no answer' })
  statusCode: number | null;

  @ApiProperty({ type: String, nullable: true })
  error: string | null;

  @ApiProperty({ type: 'integer' })
  durationMs: number;

  @ApiProperty({ type: String, format: 'date-time' })
  attemptedAt: string;
}

export class WebhookDeliveryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  endpointId: string;

  @ApiProperty({ format: 'uuid', description: 'The event id (X-Ektp-Event-Id): the same in every attempt and redelivery' })
  eventId: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES })
  eventType: string;

  @ApiProperty({ type: String, format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ enum: ['pending', 'delivered', 'failed'] })
  status: 'pending' | 'delivered' | 'failed';

  @ApiProperty({ type: 'integer', description: 'Current series' })
  series: number;

  @ApiProperty({ type: 'integer', description: 'Attempts in the current series' })
  attempts: number;

  @ApiProperty({ type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastAttemptAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  failedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ type: [WebhookAttemptView], description: 'Every attempt of every series, newest first (in the detail only)' })
  attemptLog?: WebhookAttemptView[];
}

export class WebhookEventTypeView {
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES })
  type: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ description: 'The OpenAPI component of the event’s `data`', example: 'RepairEventData' })
  dataSchema: string;
}

// ---- The events themselves: what an endpoint receives (the body of each POST). ----

class TimelineEventData {
  @ApiProperty({ description: 'The workflow the happening belongs to' })
  workflowId: string;

  @ApiProperty({ description: 'The timeline event behind it', example: 'reported' })
  event: string;

  @ApiProperty({ description: 'The status after the happening' })
  status: string;

  @ApiProperty({ type: String, nullable: true })
  previousStatus: string | null;

  @ApiProperty({ description: 'Username, apikey:<prefix>, or system' })
  actor: string;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The timeline entry’s details (letter number, stop, batch…)' })
  details: Record<string, unknown>;
}

/** repair.opened, repair.closed, repair.cancelled. */
export class RepairEventData extends TimelineEventData {
  @ApiProperty({ format: 'uuid' })
  repairId: string;

  @ApiProperty({ format: 'uuid' })
  deviceId: string;

  @ApiProperty({ format: 'uuid' })
  servicePointId: string;
}

/** repair.overdue: one per reminder of a case past its step's deadline. */
export class RepairOverdueData {
  @ApiProperty({ format: 'uuid' })
  repairId: string;

  @ApiProperty()
  workflowId: string;

  @ApiProperty({ description: 'The step that is overdue' })
  status: string;

  @ApiProperty({ type: 'integer', description: '1 for the first reminder, then 2, 3…' })
  level: number;

  @ApiProperty()
  deviceKind: string;

  @ApiProperty()
  deviceSerial: string;

  @ApiProperty()
  servicePointName: string;

  @ApiProperty({ type: [String], enum: ['operator', 'manager'] })
  recipients: string[];
}

/** escalation.*, letter.dispatched: details carry round and, once numbered, letterNumber. */
export class EscalationEventData extends TimelineEventData {
  @ApiProperty({ format: 'uuid' })
  escalationId: string;
}

/** outage.opened, outage.resolved, outage.closed. */
export class OutageEventData extends TimelineEventData {
  @ApiProperty({ format: 'uuid' })
  outageId: string;
}

/** tour.*, batch.*: details carry stopId and, for batches, batchId. */
export class TourEventData extends TimelineEventData {
  @ApiProperty({ format: 'uuid' })
  tourId: string;
}

export const EVENT_DATA_MODELS = [RepairEventData, RepairOverdueData, EscalationEventData, OutageEventData, TourEventData];

export function dataSchemaOf(type: string): string {
  if (type === 'repair.overdue') return RepairOverdueData.name;
  if (type.startsWith('repair.')) return RepairEventData.name;
  if (type.startsWith('escalation.') || type.startsWith('letter.')) return EscalationEventData.name;
  if (type.startsWith('outage.')) return OutageEventData.name;
  return TourEventData.name;
}

/** The body of every webhook POST. */
export class WebhookEvent {
  @ApiProperty({ format: 'uuid', description: 'Stable: the same happening has the same id in every attempt and redelivery (deduplicate on it)' })
  id: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType' })
  type: string;

  @ApiProperty({ type: String, format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ format: 'uuid' })
  officeId: string;

  @ApiProperty({
    oneOf: EVENT_DATA_MODELS.map((m) => ({ $ref: getSchemaPath(m) })),
    description: 'Depends on type: see GET /webhooks/event-types for which schema each type uses',
  })
  data: Record<string, unknown>;
}
