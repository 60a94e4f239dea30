import { TOUR_STATUSES, type TourStatus } from '../../../workflows/tour.messages';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ESCALATION_STATUSES, type EscalationStatus } from '../../../workflows/escalation.messages';
import { OUTAGE_KINDS, OUTAGE_STATUSES, type OutageKind, type OutageStatus } from '../../../workflows/outage.messages';
import { ApiAllowedActions, TimelineEntryView, WorkflowStateBase } from '../../common/api-responses';
import { SERVICE_POINT_KINDS } from '../../registry/service-point.entity';
import { OpeningHoursDto } from '../../registry/dto/registry.dto';
import { PlaceFacts, ServicePointSummary } from '../../registry/dto/registry.responses';

/** An outage in lists. */
export class OutageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ enum: OUTAGE_KINDS }) kind: OutageKind;
  @ApiProperty({ description: 'true: every service point of the office' }) wholeOffice: boolean;
  @ApiProperty() stopsRecording: boolean;
  @ApiProperty() stopsPrinting: boolean;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ enum: OUTAGE_STATUSES }) status: OutageStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Cards left unprinted when it was resolved' }) backlogInitial: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) backlogRemaining: number | null;
  @ApiProperty() needsEscalation: boolean;
  @ApiProperty({ type: 'integer' }) remindersSent: number;
  @ApiProperty() reportedBy: string;
  @ApiProperty({ type: String, nullable: true }) resolvedBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Days down so far (or until resolved), one decimal' }) daysDown: number;
  @ApiAllowedActions() allowedActions: string[];
}

export class PrintProgressDay {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: 'integer' }) printed: number;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ type: 'integer', description: 'Backlog left after that day' }) remaining: number;
}

export class OvertimeDay {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: 'integer' }) target: number;
  @ApiProperty({ type: 'integer', nullable: true }) printed: number | null;
  @ApiProperty() met: boolean;
}

export class OutageEscalationSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ESCALATION_STATUSES }) status: EscalationStatus;
  @ApiProperty({ type: 'integer' }) round: number;
}

/** A tour the outage holds: open, its kit covered, its office's tourOutagePolicy hold. */
export class OutageHeldTour {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: TOUR_STATUSES }) status: TourStatus;
  @ApiProperty({ format: 'uuid' }) kitServicePointId: string;
}

/** GET /outages/:id (and the answer of POST /outages). */
export class OutageDetail extends OutageView {
  @ApiProperty({ type: [OutageHeldTour], description: 'Open tours whose kit this open outage stops from recording, held while it lasts' })
  toursHeld: OutageHeldTour[];
  @ApiProperty({ type: [ServicePointSummary] }) servicePoints: ServicePointSummary[];
  @ApiProperty({ type: [PrintProgressDay], description: 'Burn-down of the print backlog' }) burnDown: PrintProgressDay[];
  @ApiProperty({ type: [OvertimeDay] }) overtime: OvertimeDay[];
  @ApiProperty({ type: [OutageEscalationSummary] }) escalations: OutageEscalationSummary[];
  @ApiProperty({ type: Number, nullable: true, description: 'Days from the resolution to the print that cleared the backlog' }) daysTaken: number | null;
  @ApiProperty({ type: [TimelineEntryView] }) timeline: TimelineEntryView[];
}

/** What an action on an outage answers: the workflow's state after it. */
export class OutageActionResult extends WorkflowStateBase {
  @ApiProperty({ format: 'uuid' }) outageId: string;
  @ApiProperty({ enum: OUTAGE_STATUSES }) status: OutageStatus;
  @ApiPropertyOptional({ format: 'uuid' }) escalationId?: string;
  @ApiPropertyOptional({ type: 'integer' }) backlogRemaining?: number;
}

export class PublicRegency {
  @ApiProperty({ example: '61.05' }) code: string;
  @ApiProperty() name: string;
}

export class RecordInstead extends PlaceFacts {
  @ApiProperty() name: string;
  @ApiProperty() districtName: string;
}

export class PublicServicePointView {
  @ApiProperty() name: string;
  @ApiProperty({ enum: SERVICE_POINT_KINDS }) kind: string;
  @ApiProperty() districtCode: string;
  @ApiProperty() districtName: string;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ type: [OpeningHoursDto], nullable: true, description: "Per weekday (mon … sun), the office's local time; null: not entered" })
  openingHours: OpeningHoursDto[] | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 3.2,
    description: 'Great-circle km from the resident (?lat=&lon=), 1 decimal; null without them or when the point has no coordinates',
  })
  distanceKm: number | null;
  @ApiProperty() canRecord: boolean;
  @ApiProperty() canPrint: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) recordingDownSince: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) printingDownSince: string | null;
  @ApiProperty({ description: 'It has a card printer (not retired); false: it records only, cards are printed elsewhere' }) printsHere: boolean;
  @ApiProperty({ type: [RecordInstead], description: 'For one that cannot record: the nearest that can (by distance where known)' }) recordInstead: RecordInstead[];
}

/** GET /availability: public, no people, no devices. */
export class PublicAvailabilityView {
  @ApiProperty({ type: PublicRegency }) regency: PublicRegency;
  @ApiProperty({ type: String, nullable: true, description: 'The kecamatan code asked for, if any' }) district: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The kecamatan's name, when one was asked for" }) districtName: string | null;
  @ApiProperty({ example: 'Asia/Jakarta', description: "The office's IANA zone (WIB, WITA or WIT): opening hours are in it" }) timeZone: string;
  @ApiProperty({ format: 'date-time', description: 'When this answer was read from the database' }) asOf: string;
  @ApiProperty({ type: [PublicServicePointView] }) servicePoints: PublicServicePointView[];
  @ApiProperty() canRecordSomewhere: boolean;
  @ApiProperty({ description: 'true: the database is down and this is the last good answer (see asOf)' }) stale: boolean;
}
