import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ESCALATION_STATUSES, type EscalationStatus } from '../../../workflows/escalation.messages';
import { PageQuery } from '../../common/pagination';

/** Letters of one escalation (the first and its follow-ups): years of monthly follow-ups fit well inside. */
const MAX_ROUNDS = 1000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateEscalationDto {
  @ApiProperty({ description: 'The repair cases the letter is about (one office)', type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  repairCaseIds: string[];

  @ApiPropertyOptional({ description: 'Default: generated from the cases' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(5, 300)
  subject?: string;

  @ApiPropertyOptional({ description: 'Default: generated from the cases, in Bahasa Indonesia' })
  @IsOptional()
  @IsString()
  @Length(20, 20000)
  body?: string;

  @ApiPropertyOptional({ description: 'Default: the office setting, or the Dirjen Dukcapil' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(5, 300)
  recipient?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  attachments?: string[];
}

/** While drafted or when changes were requested; the linked cases stay as drafted. */
export class EditEscalationDto extends PartialType(OmitType(CreateEscalationDto, ['repairCaseIds'] as const)) {}

export class RejectDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason is required to reject a letter' })
  @MaxLength(2000)
  reason: string;
}

export class WithdrawDto {
  @ApiProperty({ description: 'Why the escalation is withdrawn (e.g. the devices were repaired)' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason is required to withdraw an escalation' })
  @MaxLength(2000)
  reason: string;
}

export class RequestChangesDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'comment is required to request changes' })
  @MaxLength(2000)
  comment: string;
}

export class ReplyDto {
  @ApiProperty({ description: 'When the ministry’s answer arrived (ISO 8601)' })
  @Type(() => Date)
  @IsDate({ message: 'receivedAt must be an ISO 8601 date-time' })
  receivedAt: Date;

  @ApiProperty({ description: 'The answer’s own number or reference' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  reference: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(3, 5000)
  summary: string;
}

export class EscalationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ESCALATION_STATUSES })
  @IsOptional()
  @IsIn(ESCALATION_STATUSES)
  status?: EscalationStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  officeId?: string;
}

export class LetterQuery {
  @ApiPropertyOptional({ description: 'Which letter: 1 is the first, 2 the first follow-up… Default: the latest' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ROUNDS)
  round?: number;
}
