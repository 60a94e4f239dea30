import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { STEP_CLOCKS, type StepClock } from '../../calendar/business-calendar';
import { PageQuery } from '../../common/pagination';
import { OFFICE_TIME_ZONES, type OfficeTimeZone } from '../../common/time-zones';
import { Nullable } from '../../common/validation';
import {
  CLOSING_TIME,
  IsDegreesInIndonesia,
  LATITUDE_RANGE,
  LONGITUDE_RANGE,
  MAX_OPENING_ENTRIES,
  openingHoursProblem,
  TIME_OF_DAY,
  WEEKDAYS,
  type OpeningHoursEntry,
  type Weekday,
} from '../places';
import { DEVICE_KINDS, DEVICE_OWNERS, type DeviceKind, type DeviceOwner, type DeviceStatus } from '../device.entity';
import { SERVICE_POINT_KINDS, type ServicePointKind } from '../service-point.entity';
import { TOUR_KIT_FAILURE_POLICIES, TOUR_OUTAGE_POLICIES, type TourKitFailurePolicy, type TourOutagePolicy } from '../sla-policy.entity';

const REGENCY_CODE = /^\d{2}\.\d{2}$/;
const DISTRICT_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CreateOfficeDto {
  @ApiProperty({ example: '61.05', description: 'Kemendagri code of the regency or city the office serves' })
  @Matches(REGENCY_CODE, { message: 'regencyCode must be a regency code such as 61.05' })
  regencyCode: string;

  @ApiProperty({ example: 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sintang' })
  @IsString()
  @Length(3, 200)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[0-9+()\- ]{5,30}$/, { message: 'phone must be a phone number of digits, spaces, +, - and ()' })
  phone?: string;

  @ApiPropertyOptional({
    enum: OFFICE_TIME_ZONES,
    description: "The office's time zone (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura); by default its province's. Only an admin changes it.",
  })
  @IsOptional()
  @IsIn(OFFICE_TIME_ZONES, { message: `timeZone must be one of ${OFFICE_TIME_ZONES.join(', ')}` })
  timeZone?: OfficeTimeZone;
}

export class UpdateOfficeDto extends PartialType(PickType(CreateOfficeDto, ['name', 'address', 'email', 'phone', 'timeZone'] as const)) {
  @ApiPropertyOptional({ example: '470/<seq>/Dukcapil/<year>', description: 'Letter numbers; must hold <seq> and <year> (numbers restart every year)' })
  @IsOptional()
  @Matches(/^(?=.*<seq>)(?=.*<year>)[A-Za-z0-9./<>\- ]{5,80}$/, { message: 'letterNumberPattern must contain <seq> and <year>, and only letters, digits, . / -' })
  letterNumberPattern?: string;

  @ApiPropertyOptional({ example: 'Sintang', description: 'Place written before the date of letters (default: the regency name)' })
  @IsOptional()
  @IsString()
  @Length(2, 80)
  letterCity?: string;

  @ApiPropertyOptional({ description: 'Address the letters to the ministry are e-mailed to' })
  @IsOptional()
  @IsEmail()
  ministryEmail?: string;

  @ApiPropertyOptional({ description: 'Addressee of letters (default: Direktur Jenderal Kependudukan dan Pencatatan Sipil, Kementerian Dalam Negeri)' })
  @IsOptional()
  @IsString()
  @Length(5, 300)
  ministryRecipient?: string;
}

export class OfficeQuery extends PageQuery {
  @ApiPropertyOptional({ example: '61' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'province must be a 2-digit province code such as 61' })
  province?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

const MAX_SECONDS = 366 * 24 * 60 * 60;

export class SlaPolicyDto {
  @ApiProperty({ description: 'Time allowed to triage a reported breakdown, in seconds', example: 86400 })
  @IsInt()
  @Min(1)
  @Max(MAX_SECONDS)
  triageSeconds: number;

  @ApiProperty({ description: 'Time allowed from triage to repair, in seconds', example: 1209600 })
  @IsInt()
  @Min(1)
  @Max(MAX_SECONDS)
  repairSeconds: number;

  @ApiProperty({ description: 'Time allowed to verify a repaired device, in seconds', example: 172800 })
  @IsInt()
  @Min(1)
  @Max(MAX_SECONDS)
  verificationSeconds: number;

  @ApiProperty({ description: 'Interval between repeated reminders once a deadline has passed, in seconds', example: 86400 })
  @IsInt()
  @Min(1)
  @Max(MAX_SECONDS)
  reminderIntervalSeconds: number;

  @ApiPropertyOptional({ description: 'A repair case not repaired this long after its report starts an escalation letter (default 30 days)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SECONDS)
  escalationThresholdSeconds?: number;

  @ApiPropertyOptional({ description: 'Interval of reminders to the manager while a letter waits for approval (default 1 day)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SECONDS)
  approvalReminderSeconds?: number;

  @ApiPropertyOptional({ description: 'After a letter has waited this long for approval, supervisors are reminded too (default 3 days)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SECONDS)
  approvalSupervisorAfterSeconds?: number;

  @ApiPropertyOptional({ description: 'Without a reply this long after a letter is sent, a follow-up letter is drafted (default 14 days)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SECONDS)
  replyWaitSeconds?: number;

  @ApiPropertyOptional({ description: "A village head is notified this long before a tour's stop (default 3 days)" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SECONDS)
  tourNoticeLeadSeconds?: number;

  @ApiPropertyOptional({ enum: TOUR_KIT_FAILURE_POLICIES, description: "When a tour's kit breaks: wait for the repair (default), or move the remaining stops by tourKitShiftDays" })
  @IsOptional()
  @IsIn(TOUR_KIT_FAILURE_POLICIES, { message: `tourKitFailurePolicy must be one of ${TOUR_KIT_FAILURE_POLICIES.join(', ')}` })
  tourKitFailurePolicy?: TourKitFailurePolicy;

  @ApiPropertyOptional({ description: 'Days the remaining stops move when the kit breaks under shift-days (default 7)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  tourKitShiftDays?: number;

  @ApiPropertyOptional({
    enum: TOUR_OUTAGE_POLICIES,
    description: "While an open outage that stops recording covers a tour's kit: hold the tour (default; check-in and uploads refused, villages told of a postponement), or proceed-offline (kits record offline, batches wait for the centre)",
  })
  @IsOptional()
  @IsIn(TOUR_OUTAGE_POLICIES, { message: `tourOutagePolicy must be one of ${TOUR_OUTAGE_POLICIES.join(', ')}` })
  tourOutagePolicy?: TourOutagePolicy;

  @ApiPropertyOptional({ description: 'An outage still open this long after it started drafts an escalation letter (default 3 days)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SECONDS)
  outageEscalationSeconds?: number;

  @ApiPropertyOptional({ description: 'While a print backlog is burned down, no progress for this long reminds the office (default 2 days)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SECONDS)
  backlogStallSeconds?: number;

  @ApiPropertyOptional({ enum: STEP_CLOCKS, description: "Whether triage counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)" })
  @IsOptional()
  @IsIn(STEP_CLOCKS, { message: `triageClock must be one of ${STEP_CLOCKS.join(', ')}` })
  triageClock?: StepClock;

  @ApiPropertyOptional({ enum: STEP_CLOCKS, description: "Whether repair (from triage to repaired) counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)" })
  @IsOptional()
  @IsIn(STEP_CLOCKS, { message: `repairClock must be one of ${STEP_CLOCKS.join(', ')}` })
  repairClock?: StepClock;

  @ApiPropertyOptional({ enum: STEP_CLOCKS, description: "Whether verification counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)" })
  @IsOptional()
  @IsIn(STEP_CLOCKS, { message: `verificationClock must be one of ${STEP_CLOCKS.join(', ')}` })
  verificationClock?: StepClock;

  @ApiPropertyOptional({ enum: STEP_CLOCKS, description: "Whether the interval between reminders counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)" })
  @IsOptional()
  @IsIn(STEP_CLOCKS, { message: `reminderClock must be one of ${STEP_CLOCKS.join(', ')}` })
  reminderClock?: StepClock;

  @ApiPropertyOptional({ enum: STEP_CLOCKS, description: "Whether the reminders of a letter waiting for approval counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)" })
  @IsOptional()
  @IsIn(STEP_CLOCKS, { message: `approvalReminderClock must be one of ${STEP_CLOCKS.join(', ')}` })
  approvalReminderClock?: StepClock;

  @ApiPropertyOptional({ enum: STEP_CLOCKS, description: "Whether the wait for the ministry's reply counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)" })
  @IsOptional()
  @IsIn(STEP_CLOCKS, { message: `replyWaitClock must be one of ${STEP_CLOCKS.join(', ')}` })
  replyWaitClock?: StepClock;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 0.75, description: 'Warn the assignees once when this share of the triage step has passed (0 < share < 1); null: no warning at a share' })
  @IsOptional()
  @Nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'triageWarnShare must be a number between 0 and 1' })
  @IsPositive({ message: 'triageWarnShare must be more than 0' })
  @Max(0.999, { message: 'triageWarnShare must be less than 1' })
  triageWarnShare?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 3600, description: 'Warn the assignees once this many seconds (of the step’s clock) before the triage deadline; null: no warning before' })
  @IsOptional()
  @Nullable()
  @IsInt({ message: 'triageWarnBeforeSeconds must be a whole number of seconds' })
  @Min(1, { message: 'triageWarnBeforeSeconds must be at least 1' })
  @Max(MAX_SECONDS)
  triageWarnBeforeSeconds?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 0.75, description: 'Warn the assignees once when this share of the repair step has passed (0 < share < 1); null: no warning at a share' })
  @IsOptional()
  @Nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'repairWarnShare must be a number between 0 and 1' })
  @IsPositive({ message: 'repairWarnShare must be more than 0' })
  @Max(0.999, { message: 'repairWarnShare must be less than 1' })
  repairWarnShare?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 3600, description: 'Warn the assignees once this many seconds (of the step’s clock) before the repair deadline; null: no warning before' })
  @IsOptional()
  @Nullable()
  @IsInt({ message: 'repairWarnBeforeSeconds must be a whole number of seconds' })
  @Min(1, { message: 'repairWarnBeforeSeconds must be at least 1' })
  @Max(MAX_SECONDS)
  repairWarnBeforeSeconds?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 0.75, description: 'Warn the assignees once when this share of the verification step has passed (0 < share < 1); null: no warning at a share' })
  @IsOptional()
  @Nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'verificationWarnShare must be a number between 0 and 1' })
  @IsPositive({ message: 'verificationWarnShare must be more than 0' })
  @Max(0.999, { message: 'verificationWarnShare must be less than 1' })
  verificationWarnShare?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 3600, description: 'Warn the assignees once this many seconds (of the step’s clock) before the verification deadline; null: no warning before' })
  @IsOptional()
  @Nullable()
  @IsInt({ message: 'verificationWarnBeforeSeconds must be a whole number of seconds' })
  @Min(1, { message: 'verificationWarnBeforeSeconds must be at least 1' })
  @Max(MAX_SECONDS)
  verificationWarnBeforeSeconds?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 0.75, description: "Warn the office's managers once when this share of the wait for the ministry's reply has passed (0 < share < 1); null: no warning at a share" })
  @IsOptional()
  @Nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'replyWaitWarnShare must be a number between 0 and 1' })
  @IsPositive({ message: 'replyWaitWarnShare must be more than 0' })
  @Max(0.999, { message: 'replyWaitWarnShare must be less than 1' })
  replyWaitWarnShare?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 86400, description: "Warn the office's managers once this many seconds (of the wait's clock) before the follow-up letter is drafted; null: no warning before" })
  @IsOptional()
  @Nullable()
  @IsInt({ message: 'replyWaitWarnBeforeSeconds must be a whole number of seconds' })
  @Min(1, { message: 'replyWaitWarnBeforeSeconds must be at least 1' })
  @Max(MAX_SECONDS)
  replyWaitWarnBeforeSeconds?: number | null;
}

/** One opening of a weekday, in the office's local time. */
export class OpeningHoursDto {
  @ApiProperty({ enum: WEEKDAYS, example: 'mon' })
  @IsIn(WEEKDAYS, { message: `day must be one of ${WEEKDAYS.join(', ')}` })
  day: Weekday;

  @ApiProperty({ example: '08:00', description: 'Opens, HH:MM (00:00–23:59), local time of the office' })
  @Matches(TIME_OF_DAY, { message: 'open must be a time of day HH:MM such as 08:00' })
  open: string;

  @ApiProperty({ example: '15:00', description: 'Closes, HH:MM (00:01–24:00), after it opens' })
  @Matches(CLOSING_TIME, { message: 'close must be a time of day HH:MM such as 15:00 (24:00 for midnight)' })
  close: string;
}

/** Each opening closes after it opens and a day's openings do not overlap (names the entry). */
function IsWeekOfOpeningHours(): PropertyDecorator {
  const wellFormed = (value: unknown): value is OpeningHoursEntry[] =>
    Array.isArray(value) &&
    value.every((e) => e && (WEEKDAYS as readonly string[]).includes(e.day) && TIME_OF_DAY.test(e.open) && CLOSING_TIME.test(e.close));
  return ValidateBy({
    name: 'isWeekOfOpeningHours',
    validator: {
      // Malformed entries are named by their own rules; this checks how well-formed ones fit together.
      validate: (value: unknown) => !wellFormed(value) || openingHoursProblem(value) === null,
      defaultMessage: (args) => {
        const problem = wellFormed(args?.value) ? openingHoursProblem(args.value) : null;
        return problem ? `openingHours.${problem.index}: ${problem.message}` : 'openingHours must be a week of opening hours';
      },
    },
  });
}

export class CreateServicePointDto {
  @ApiProperty()
  @IsUUID('4')
  officeId: string;

  @ApiProperty({ example: '61.05.14', description: 'Kecamatan (district) code; must lie in the office regency' })
  @Matches(DISTRICT_CODE, { message: 'districtCode must be a district code such as 61.05.09' })
  districtCode: string;

  @ApiProperty({ enum: SERVICE_POINT_KINDS })
  @IsIn(SERVICE_POINT_KINDS)
  kind: ServicePointKind;

  @ApiProperty({ example: 'Kantor Kecamatan Serawai' })
  @IsString()
  @Length(3, 200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Street address as residents find it; null clears it' })
  @IsOptional()
  @Nullable()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: LATITUDE_RANGE.min,
    maximum: LATITUDE_RANGE.max,
    example: 0.0747,
    description: `Degrees north (negative: south), within Indonesia (${LATITUDE_RANGE.min} to ${LATITUDE_RANGE.max}); together with longitude; null clears both`,
  })
  @IsOptional()
  @Nullable()
  @IsDegreesInIndonesia('latitude', 'latitude')
  latitude?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: LONGITUDE_RANGE.min,
    maximum: LONGITUDE_RANGE.max,
    example: 111.4969,
    description: `Degrees east, within Indonesia (${LONGITUDE_RANGE.min} to ${LONGITUDE_RANGE.max}); together with latitude; null clears both`,
  })
  @IsOptional()
  @Nullable()
  @IsDegreesInIndonesia('longitude', 'longitude')
  longitude?: number | null;

  @ApiPropertyOptional({
    type: [OpeningHoursDto],
    nullable: true,
    description: `Opening hours per weekday in the office's local time (a day may have up to three openings; a day not listed is closed); null clears them`,
  })
  @IsOptional()
  @Nullable()
  @IsArray()
  @ArrayMinSize(1, { message: 'openingHours must hold at least one opening; null clears them' })
  @ArrayMaxSize(MAX_OPENING_ENTRIES, { message: `openingHours must hold at most ${MAX_OPENING_ENTRIES} openings` })
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursDto)
  @IsWeekOfOpeningHours()
  openingHours?: OpeningHoursDto[] | null;
}

export class UpdateServicePointDto extends PartialType(
  PickType(CreateServicePointDto, ['districtCode', 'kind', 'name', 'address', 'latitude', 'longitude', 'openingHours'] as const),
) {}

export class ServicePointQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  officeId?: string;

  @ApiPropertyOptional({ example: '61.05.09' })
  @IsOptional()
  @Matches(DISTRICT_CODE, { message: 'district must be a district code such as 61.05.09' })
  district?: string;

  @ApiPropertyOptional({ enum: SERVICE_POINT_KINDS })
  @IsOptional()
  @IsIn(SERVICE_POINT_KINDS)
  kind?: ServicePointKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  canRecord?: boolean;
}

export class CreateDeviceDto {
  @ApiProperty()
  @IsUUID('4')
  servicePointId: string;

  @ApiProperty({ enum: DEVICE_KINDS })
  @IsIn(DEVICE_KINDS)
  kind: DeviceKind;

  @ApiProperty({ example: 'FP-2019-000123' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._\-\/]{2,63}$/, {
    message: 'serialNumber must be 3 to 64 letters, digits, dots, dashes, underscores or slashes',
  })
  serialNumber: string;

  @ApiProperty({ enum: DEVICE_OWNERS, description: 'central: provided by the ministry; regional: bought by the regency' })
  @IsIn(DEVICE_OWNERS)
  owner: DeviceOwner;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  model?: string;
}

export class UpdateDeviceDto extends PartialType(PickType(CreateDeviceDto, ['servicePointId', 'owner', 'model'] as const)) {
  @ApiPropertyOptional({ enum: ['active', 'retired'], description: 'broken and in-repair are set by repair cases only' })
  @IsOptional()
  @IsIn(['active', 'retired'], { message: 'status must be active or retired; broken and in-repair follow repair cases' })
  status?: Extract<DeviceStatus, 'active' | 'retired'>;
}

export class DeviceQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  officeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  servicePointId?: string;

  @ApiPropertyOptional({ enum: DEVICE_KINDS })
  @IsOptional()
  @IsIn(DEVICE_KINDS)
  kind?: DeviceKind;

  @ApiPropertyOptional({ enum: ['active', 'broken', 'in-repair', 'retired'] })
  @IsOptional()
  @IsIn(['active', 'broken', 'in-repair', 'retired'])
  status?: DeviceStatus;

  @ApiPropertyOptional({ enum: DEVICE_OWNERS })
  @IsOptional()
  @IsIn(DEVICE_OWNERS)
  owner?: DeviceOwner;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  serial?: string;
}

