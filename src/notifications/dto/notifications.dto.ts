import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { RECIPIENT_ROLES, type RecipientRole } from '../notification.entity';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  subjectId?: string;

  @ApiPropertyOptional({ description: 'true: only unread ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() dedupKey: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ enum: RECIPIENT_ROLES, description: 'The role it was sent to in the office' }) recipientRole: RecipientRole;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) recipientUserId: string | null;
  @ApiProperty({ example: 'reminder' }) kind: string;
  @ApiProperty({ example: 'repair' }) subjectType: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
  @ApiProperty() read: boolean;
}

export class MarkedRead {
  @ApiProperty({ type: 'integer', description: 'Messages marked read' }) marked: number;
}
