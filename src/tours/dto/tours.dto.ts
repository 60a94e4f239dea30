import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { IsDay, WITH_ZONE } from '../../common/validation';
import { TOUR_STATUSES, type TourStatus } from '../../../workflows/tour.messages';


export const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const DATE_MESSAGE = (field: string) => `${field} must be a date such as 2026-12-01`;

/** The most stops one tour plans (a season of village visits). */
export const MAX_STOPS = 200;

export class TourStopDto {
  @ApiProperty({ example: '52.02.01.2001', description: 'Village (desa/kelurahan) code; must lie in the office regency' })
  @Matches(VILLAGE_CODE, { message: 'villageCode must be a village code such as 52.02.01.2001' })
  villageCode: string;

  @ApiProperty({ example: '2026-12-01', description: "Day of the visit (the office's own day: WIB, WITA or WIT); today or later" })
  @IsDay({ message: DATE_MESSAGE('date') })
  date: string;

  @ApiPropertyOptional({ description: 'Residents expected; default: the imported count of residents not yet recorded in the village' })
  @IsOptional()
  @IsInt({ message: 'expectedResidents must be a whole number' })
  @Min(0)
  @Max(1_000_000)
  expectedResidents?: number;

  @ApiPropertyOptional({ description: 'Name of the village head (kepala desa) to address the notice to' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactName?: string;

  @ApiPropertyOptional({ description: "The village head's e-mail: the notice is e-mailed when SMTP is configured" })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  contactEmail?: string;
}

export class CreateTourDto {
  @ApiProperty()
  @IsUUID('4', { message: 'officeId must be a UUID' })
  officeId: string;

  @ApiProperty({ example: 'Jemput bola Kecamatan Pujut, Desember' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  name: string;

  @ApiProperty({ type: [String], description: 'Users of the office who go on the tour' })
  @IsArray()
  @ArrayMinSize(1, { message: 'teamUserIds must name at least one person' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'teamUserIds must not repeat a person' })
  @IsUUID('4', { each: true, message: 'teamUserIds must be user ids (UUIDs)' })
  teamUserIds: string[];

  @ApiProperty({ description: 'The mobile service point (mobile-unit) whose recording kit goes on tour' })
  @IsUUID('4', { message: 'kitServicePointId must be a UUID' })
  kitServicePointId: string;

  @ApiPropertyOptional({ type: [String], description: "The kit's devices; default: every working device of the mobile service point" })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsUUID('4', { each: true, message: 'kitDeviceIds must be device ids (UUIDs)' })
  kitDeviceIds?: string[];

  @ApiProperty({ type: [TourStopDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'stops must hold at least one stop' })
  @ArrayMaxSize(MAX_STOPS, { message: `stops must hold at most ${MAX_STOPS} stops` })
  @ValidateNested({ each: true })
  @Type(() => TourStopDto)
  stops: TourStopDto[];
}

export class TourQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TOUR_STATUSES })
  @IsOptional()
  @IsIn(TOUR_STATUSES, { message: `status must be one of ${TOUR_STATUSES.join(', ')}` })
  status?: TourStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'officeId must be a UUID' })
  officeId?: string;
}

export class TourStopParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'stopId must be a UUID' })
  stopId: string;
}

export class ReasonDto {
  @ApiProperty()
  @IsString()
  @MinLength(3, { message: 'reason must be at least 3 characters' })
  @MaxLength(2000)
  reason: string;
}

export class RescheduleDto {
  @ApiProperty({ example: '2026-12-08' })
  @IsDay({ message: DATE_MESSAGE('date') })
  date: string;
}

export class KitFailureDto {
  @ApiProperty({ description: 'The kit device that broke' })
  @IsUUID('4', { message: 'deviceId must be a UUID' })
  deviceId: string;

  @ApiProperty({ example: 'Kamera tidak terdeteksi setelah hujan' })
  @IsString()
  @MinLength(3, { message: 'description must be at least 3 characters' })
  @MaxLength(2000)
  description: string;
}

/** The fields sent with a batch's packet file (multipart/form-data). */
export class UploadBatchDto {
  @ApiProperty({ description: 'SHA-256 of the packet file, hex; the server verifies it' })
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'sha256 must be the 64 hex digits of the packet file SHA-256' })
  sha256: string;

  @ApiProperty({ description: 'Residents recorded in this batch' })
  // Multipart fields are text: an empty one is missing, not zero.
  @Transform(({ value }) => (value === '' || value === undefined || value === null ? undefined : Number(value)))
  @IsDefined({ message: 'residentsCount is required' })
  @IsInt({ message: 'residentsCount must be a whole number' })
  @Min(0)
  @Max(100_000)
  residentsCount: number;

  @ApiProperty({ description: 'Serial number of the kit device that recorded it' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  deviceSerial: string;

  @ApiProperty({ example: '2026-12-01T10:30:00+07:00' })
  @IsISO8601({ strict: true }, { message: 'capturedAt must be an ISO 8601 date-time' })
  @Matches(WITH_ZONE, { message: 'capturedAt must state its time zone, e.g. 2026-11-20T08:00:00+07:00 or …Z' })
  capturedAt: string;
}
