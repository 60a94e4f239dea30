import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { OUTAGE_KINDS, OUTAGE_STATUSES, type OutageKind, type OutageStatus } from '../../../workflows/outage.messages';
import { PageQuery } from '../../common/pagination';
import { IsDay, WITH_ZONE } from '../../common/validation';
import { IsDegreesInIndonesia, LATITUDE_RANGE, LONGITUDE_RANGE } from '../../registry/places';


export class CreateOutageDto {
  @ApiProperty()
  @IsUUID('4', { message: 'officeId must be a UUID' })
  officeId: string;

  @ApiProperty({ enum: OUTAGE_KINDS })
  @IsIn(OUTAGE_KINDS, { message: `kind must be one of ${OUTAGE_KINDS.join(', ')}` })
  kind: OutageKind;

  @ApiPropertyOptional({ type: [String], description: 'The service points it stops; absent: the whole office' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'servicePointIds must name at least one service point, or be left out for the whole office' })
  @ArrayMaxSize(500)
  @ArrayUnique({ message: 'servicePointIds must not repeat a service point' })
  @IsUUID('4', { each: true, message: 'servicePointIds must be service point ids (UUIDs)' })
  servicePointIds?: string[];

  @ApiProperty({ example: '2026-11-20T08:00:00+07:00', description: 'When the failure began (not in the future)' })
  @IsISO8601({ strict: true }, { message: 'startedAt must be an ISO 8601 date-time' })
  @Matches(WITH_ZONE, { message: 'startedAt must state its time zone, e.g. 2026-11-20T08:00:00+07:00 or …Z' })
  startedAt: string;

  @ApiProperty({ example: 'Koneksi ke pusat data terputus sejak pagi' })
  @IsString()
  @MinLength(3, { message: 'description must be at least 3 characters' })
  @MaxLength(2000)
  description: string;
}

export class OutageQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OUTAGE_STATUSES })
  @IsOptional()
  @IsIn(OUTAGE_STATUSES, { message: `status must be one of ${OUTAGE_STATUSES.join(', ')}` })
  status?: OutageStatus;

  @ApiPropertyOptional({ enum: OUTAGE_KINDS })
  @IsOptional()
  @IsIn(OUTAGE_KINDS, { message: `kind must be one of ${OUTAGE_KINDS.join(', ')}` })
  kind?: OutageKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'officeId must be a UUID' })
  officeId?: string;
}

export class ResolveOutageDto {
  @ApiPropertyOptional({ description: 'When the service came back (default: now)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'resolvedAt must be an ISO 8601 date-time' })
  @Matches(WITH_ZONE, { message: 'resolvedAt must state its time zone, e.g. 2026-11-20T08:00:00+07:00 or …Z' })
  resolvedAt?: string;

  @ApiPropertyOptional({ description: 'Cards recorded but not printed because of the outage (outages that stopped printing only)', default: 0 })
  @IsOptional()
  @IsInt({ message: 'backlog must be a whole number of cards' })
  @Min(0)
  @Max(10_000_000)
  backlog?: number;
}

export class PrintProgressDto {
  @ApiProperty({ example: '2026-11-24', description: "The office's own day (WIB, WITA or WIT); sending a day again corrects its count" })
  @IsDay({ message: 'date must be a date such as 2026-12-01' })
  date: string;

  @ApiProperty({ description: 'Cards of the backlog printed that day' })
  @IsInt({ message: 'printed must be a whole number of cards' })
  @Min(0)
  @Max(1_000_000)
  printed: number;
}

export class OvertimeDto {
  @ApiProperty({ example: '2026-11-29' })
  @IsDay({ message: 'date must be a date such as 2026-12-01' })
  date: string;

  @ApiProperty({ description: 'Cards the overtime day should print' })
  @IsInt({ message: 'target must be a whole number of cards' })
  @Min(1)
  @Max(1_000_000)
  target: number;
}

/** A query's decimal degrees (`-0.5`, `111.49`) as a number; anything else stays as sent and is refused as not a number. */
const decimalDegrees = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d{1,3}(\.\d{1,12})?$/.test(value) ? Number(value) : value);

export class AvailabilityQuery {
  @ApiPropertyOptional({ example: '52.02', description: 'Regency (kabupaten/kota) code; this or district is required' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: 'regency must be a regency code such as 52.02' })
  regency?: string;

  @ApiPropertyOptional({ example: '52.02.01', description: 'District (kecamatan) code' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}\.\d{2}$/, { message: 'district must be a district code such as 52.02.01' })
  district?: string;

  @ApiPropertyOptional({
    type: Number,
    minimum: LATITUDE_RANGE.min,
    maximum: LATITUDE_RANGE.max,
    example: 0.0747,
    description: "Where the resident is (the browser's location), degrees north; with lon. Each point then carries distanceKm, nearest first",
  })
  @IsOptional()
  @Transform(decimalDegrees)
  @IsDegreesInIndonesia('latitude', 'lat')
  lat?: number;

  @ApiPropertyOptional({
    type: Number,
    minimum: LONGITUDE_RANGE.min,
    maximum: LONGITUDE_RANGE.max,
    example: 111.4969,
    description: 'Where the resident is, degrees east; with lat',
  })
  @IsOptional()
  @Transform(decimalDegrees)
  @IsDegreesInIndonesia('longitude', 'lon')
  lon?: number;
}
