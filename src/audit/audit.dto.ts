import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../common/pagination';
import { ACTOR_KINDS, type ActorKind } from './audit-entry.entity';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  officeId?: string;

  @ApiPropertyOptional({ description: 'Username, apikey:<prefix> or system' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actor?: string;

  @ApiPropertyOptional({ example: 'repair.triage' })
  @IsOptional()
  @Matches(/^[a-z-]+\.[a-z-]+$/, { message: 'action must look like repair.triage' })
  action?: string;

  @ApiPropertyOptional({ example: 'repair' })
  @IsOptional()
  @Matches(/^[a-z-]{1,32}$/, { message: 'targetType must be lower-case letters and dashes' })
  targetType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  targetId?: string;

  @ApiPropertyOptional({ description: 'From this time (inclusive), ISO 8601' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from?: Date;

  @ApiPropertyOptional({ description: 'Before this time, ISO 8601' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  to?: Date;
}

export class AuditEntryView {
  @ApiProperty({ description: 'Increasing with time' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty() actor: string;
  @ApiProperty({ enum: ACTOR_KINDS }) actorKind: ActorKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) officeId: string | null;
  @ApiProperty({ example: 'repair.triage' }) action: string;
  @ApiProperty() targetType: string;
  @ApiProperty({ type: String, nullable: true }) targetId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What was done (secrets redacted)' }) summary: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ type: String, nullable: true }) clientIp: string | null;
}
