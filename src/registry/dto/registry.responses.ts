import { STEP_CLOCKS, type StepClock } from '../../calendar/business-calendar';
import { OFFICE_TIME_ZONES, type OfficeTimeZone } from '../../common/time-zones';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEVICE_KINDS, DEVICE_OWNERS, DEVICE_STATUSES, type DeviceKind, type DeviceOwner, type DeviceStatus } from '../device.entity';
import { SERVICE_POINT_KINDS, type ServicePointKind } from '../service-point.entity';
import { OpeningHoursDto, SlaPolicyDto } from './registry.dto';
import { TOUR_KIT_FAILURE_POLICIES, TOUR_OUTAGE_POLICIES, type TourKitFailurePolicy, type TourOutagePolicy } from '../sla-policy.entity';

/** The answers of the registry routes, as the services return them (the OpenAPI document's schemas). */

export class OfficeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '61.05' }) regencyCode: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ example: '470/<seq>/Dukcapil/<year>' }) letterNumberPattern: string;
  @ApiProperty({ type: String, nullable: true }) letterCity: string | null;
  @ApiProperty({ type: String, nullable: true }) ministryEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) ministryRecipient: string | null;
  @ApiProperty({ enum: OFFICE_TIME_ZONES, description: "The zone of the office's days and hours" }) timeZone: OfficeTimeZone;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** Where a resident is sent instead: the place's address, its hours and how far it is. */
export class PlaceFacts {
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ type: [OpeningHoursDto], nullable: true, description: "Per weekday, the office's local time" }) openingHours: OpeningHoursDto[] | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 12.4,
    description: 'Great-circle km from the service point that cannot record (1 decimal); null when either has no coordinates',
  })
  distanceKm: number | null;
}

export class AlternativeServicePointView extends PlaceFacts {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SERVICE_POINT_KINDS }) kind: ServicePointKind;
  @ApiProperty() districtCode: string;
  @ApiProperty() districtName: string;
  @ApiProperty({ description: 'In the same kecamatan (else the same regency)' }) sameDistrict: boolean;
}

export class ServicePointView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ example: '61.05.09' }) districtCode: string;
  @ApiProperty({ enum: SERVICE_POINT_KINDS }) kind: ServicePointKind;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Degrees north; with longitude, or both null' }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Degrees east; with latitude, or both null' }) longitude: number | null;
  @ApiProperty({ type: [OpeningHoursDto], nullable: true, description: "Per weekday, the office's local time; null: not entered" }) openingHours: OpeningHoursDto[] | null;
  @ApiProperty({ description: 'Derived from its devices and open outages' }) canRecord: boolean;
  @ApiProperty() canPrint: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) recordDownSince: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) printDownSince: string | null;
  @ApiProperty({ format: 'date-time' }) availabilityChangedAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ServicePointDetail extends ServicePointView {
  @ApiPropertyOptional({
    type: [AlternativeServicePointView],
    description: 'While it cannot record: where residents can record instead, nearest first where coordinates are known (never a mobile unit)',
  })
  alternatives?: AlternativeServicePointView[];
}

export class DeviceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ format: 'uuid' }) servicePointId: string;
  @ApiProperty({ enum: DEVICE_KINDS }) kind: DeviceKind;
  @ApiProperty() serialNumber: string;
  @ApiProperty({ enum: DEVICE_OWNERS }) owner: DeviceOwner;
  @ApiProperty({ enum: DEVICE_STATUSES }) status: DeviceStatus;
  @ApiProperty({ type: String, nullable: true }) model: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** The values an office without a policy of its own works by (durations in seconds). */
export class SlaPolicyDefaults {
  @ApiProperty({ type: 'integer', example: 86400 }) triageSeconds: number;
  @ApiProperty({ type: 'integer', example: 1209600 }) repairSeconds: number;
  @ApiProperty({ type: 'integer', example: 172800 }) verificationSeconds: number;
  @ApiProperty({ type: 'integer', example: 86400 }) reminderIntervalSeconds: number;
  @ApiProperty({ type: 'integer', example: 2592000 }) escalationThresholdSeconds: number;
  @ApiProperty({ type: 'integer', example: 86400 }) approvalReminderSeconds: number;
  @ApiProperty({ type: 'integer', example: 259200 }) approvalSupervisorAfterSeconds: number;
  @ApiProperty({ type: 'integer', example: 1209600 }) replyWaitSeconds: number;
  @ApiProperty({ type: 'integer', example: 259200 }) tourNoticeLeadSeconds: number;
  @ApiProperty({ enum: TOUR_KIT_FAILURE_POLICIES }) tourKitFailurePolicy: TourKitFailurePolicy;
  @ApiProperty({ type: 'integer', example: 7 }) tourKitShiftDays: number;
  @ApiProperty({ enum: TOUR_OUTAGE_POLICIES }) tourOutagePolicy: TourOutagePolicy;
  @ApiProperty({ type: 'integer', example: 259200 }) outageEscalationSeconds: number;
  @ApiProperty({ type: 'integer', example: 172800 }) backlogStallSeconds: number;
  @ApiProperty({ enum: STEP_CLOCKS }) triageClock: StepClock;
  @ApiProperty({ enum: STEP_CLOCKS }) repairClock: StepClock;
  @ApiProperty({ enum: STEP_CLOCKS }) verificationClock: StepClock;
  @ApiProperty({ enum: STEP_CLOCKS }) reminderClock: StepClock;
  @ApiProperty({ enum: STEP_CLOCKS }) approvalReminderClock: StepClock;
  @ApiProperty({ enum: STEP_CLOCKS }) replyWaitClock: StepClock;
  @ApiProperty({ type: Number, nullable: true }) triageWarnShare: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) triageWarnBeforeSeconds: number | null;
  @ApiProperty({ type: Number, nullable: true }) repairWarnShare: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) repairWarnBeforeSeconds: number | null;
  @ApiProperty({ type: Number, nullable: true }) verificationWarnShare: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) verificationWarnBeforeSeconds: number | null;
  @ApiProperty({ type: Number, nullable: true }) replyWaitWarnShare: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) replyWaitWarnBeforeSeconds: number | null;
}

/** Every duration filled in (the office's own or the defaults), with the defaults beside them. */
export class SlaPolicyView extends SlaPolicyDto {
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ description: 'true: the office has no policy of its own; these are the defaults' }) isDefault: boolean;
  @ApiProperty({
    type: SlaPolicyDefaults,
    description: 'The default of every field (what an office without its own policy works by); a field equal to its default is not customised',
  })
  defaults: SlaPolicyDefaults;
}

/** A service point as other objects show it (a repair case's, an outage's): where it is and whether it records and prints. */
export class ServicePointSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SERVICE_POINT_KINDS }) kind: string;
  @ApiProperty() districtCode: string;
  @ApiProperty() canRecord: boolean;
  @ApiProperty() canPrint: boolean;
}

export class ServicePointImportLine {
  @ApiProperty({ type: 'integer', description: 'Line of the file (1 is the header)' }) line: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['created', 'updated', 'unchanged'] }) result: 'created' | 'updated' | 'unchanged';
}

/** POST /offices/:id/service-points (text/csv): what each row did. */
export class ServicePointImportResult {
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ type: 'integer' }) created: number;
  @ApiProperty({ type: 'integer' }) updated: number;
  @ApiProperty({ type: 'integer', description: 'Rows that match the stored point already (a retried import changes nothing)' }) unchanged: number;
  @ApiProperty({ type: [ServicePointImportLine] }) servicePoints: ServicePointImportLine[];
}
