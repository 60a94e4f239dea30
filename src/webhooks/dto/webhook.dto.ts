import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { ALL_EVENTS, WEBHOOK_EVENT_TYPES } from '../webhook-events';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const EVENT_CHOICES = [ALL_EVENTS, ...WEBHOOK_EVENT_TYPES];

export class CreateWebhookDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The office whose events the endpoint receives. A manager: their own office (required). An admin: any office, or none for every office',
  })
  @IsOptional()
  @IsUUID('4', { message: 'officeId must be a UUID' })
  officeId?: string;

  @ApiProperty({ example: 'https://wa-gateway.sintangkab.go.id/hooks/ektp', description: 'https:// (http:// only where an admin allowed it); never a loopback, link-local or private address unless an admin allowed private targets' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiProperty({ type: [String], enum: EVENT_CHOICES, example: ['repair.opened', 'outage.opened'], description: '`*` alone: every event type' })
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_CHOICES.length)
  @ArrayUnique()
  @IsIn(EVENT_CHOICES, { each: true, message: `eventTypes must each be one of: ${EVENT_CHOICES.join(', ')}` })
  eventTypes: string[];

  @ApiPropertyOptional({ example: 'Gateway WhatsApp kabupaten', default: '' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ default: false, description: 'Admin only: allow an http:// URL' })
  @IsOptional()
  @IsBoolean()
  allowHttp?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Admin only: allow loopback, link-local and private addresses (a receiver inside the office network)' })
  @IsOptional()
  @IsBoolean()
  allowPrivateTargets?: boolean;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ type: [String], enum: EVENT_CHOICES })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_CHOICES.length)
  @ArrayUnique()
  @IsIn(EVENT_CHOICES, { each: true, message: `eventTypes must each be one of: ${EVENT_CHOICES.join(', ')}` })
  eventTypes?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ description: 'false: no new deliveries, and attempts under way stop (failed)' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ description: 'Admin only' })
  @IsOptional()
  @IsBoolean()
  allowHttp?: boolean;

  @ApiPropertyOptional({ description: 'Admin only' })
  @IsOptional()
  @IsBoolean()
  allowPrivateTargets?: boolean;
}

export class WebhookQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { message: 'officeId must be a UUID' })
  officeId?: string;
}

export class DeliveryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'delivered', 'failed'] })
  @IsOptional()
  @IsIn(['pending', 'delivered', 'failed'])
  status?: 'pending' | 'delivered' | 'failed';
}

export class DeliveryParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'deliveryId must be a UUID' })
  deliveryId: string;
}
