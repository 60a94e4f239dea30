import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { REPAIR_STATUSES, type RepairStatus } from '../../../workflows/repair.messages';

export class OpenRepairDto {
  @ApiProperty()
  @IsUUID('4', { message: 'deviceId must be a UUID' })
  deviceId: string;

  @ApiProperty({ example: 'Pemindai sidik jari tidak terdeteksi oleh PC sejak pagi' })
  @IsString()
  @Length(5, 2000)
  description: string;
}

export class ActionNoteDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class TriageDto extends ActionNoteDto {
  @ApiProperty({ enum: ['fix-on-site', 'needs-repair'] })
  @IsIn(['fix-on-site', 'needs-repair'])
  assessment: 'fix-on-site' | 'needs-repair';
}

export class RequestRepairDto extends ActionNoteDto {
  @ApiProperty({ enum: ['ministry', 'vendor'], description: 'Who repairs it: the ministry (central devices) or a vendor' })
  @IsIn(['ministry', 'vendor'])
  channel: 'ministry' | 'vendor';
}

export class VerifyDto extends ActionNoteDto {
  @ApiProperty({ description: 'true: the device records again; false: it still fails and goes back to triage' })
  @IsBoolean()
  working: boolean;
}

export class CancelDto {
  @ApiProperty()
  @IsString()
  @Length(3, 2000)
  reason: string;
}

export class RepairQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REPAIR_STATUSES })
  @IsOptional()
  @IsIn(REPAIR_STATUSES)
  status?: RepairStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  officeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  deviceId?: string;

  @ApiPropertyOptional({ description: 'true: open cases past their current deadline' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  stalled?: boolean;
}
