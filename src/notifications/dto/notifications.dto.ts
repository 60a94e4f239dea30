import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { RECIPIENT_ROLES, type RecipientRole } from '../notification.entity';
import { CHANNELS, NOTIFICATION_KIND_NAMES, type Channel } from '../notification-kinds';

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
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null only on a weekly digest of a province or of the country' })
  officeId: string | null;
  @ApiProperty({ enum: RECIPIENT_ROLES, description: 'The role it was sent to in the office' }) recipientRole: RecipientRole;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) recipientUserId: string | null;
  @ApiProperty({ example: 'reminder' }) kind: string;
  @ApiProperty({ example: 'repair', description: 'repair, escalation, outage, tour; digest (an office\'s daily digest: its page is Beranda) or area-digest (a weekly one: Pengawasan)' }) subjectType: string;
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

export class SetPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KIND_NAMES, example: 'repair-reminder', description: 'The kind of notification' })
  @IsIn(NOTIFICATION_KIND_NAMES, { message: `kind must be one of ${NOTIFICATION_KIND_NAMES.join(', ')}` })
  kind: string;

  @ApiProperty({ enum: CHANNELS, description: 'email: by e-mail as well as in the app; in-app: in the app only; digest: in the app, and in the daily digest instead of an e-mail each' })
  @IsIn(CHANNELS, { message: `channel must be one of ${CHANNELS.join(', ')}` })
  channel: Channel;
}

export class PreferenceView {
  @ApiProperty({ enum: NOTIFICATION_KIND_NAMES, example: 'repair-reminder' }) kind: string;
  @ApiProperty({ example: 'Pengingat kasus perbaikan yang melewati batas waktu', description: 'What it is, in Bahasa Indonesia' }) label: string;
  @ApiProperty({ enum: CHANNELS, description: 'How it reaches you now (email unless you chose otherwise)' }) channel: Channel;
  @ApiProperty({ enum: CHANNELS, isArray: true, description: 'The channels you may choose for it (the daily digest itself: e-mail only)' }) channels: Channel[];
}

export class PreferencesView {
  @ApiProperty({ type: String, nullable: true, format: 'email', description: 'Your address; while it is empty nothing is e-mailed' }) email: string | null;
  @ApiProperty({ type: [PreferenceView] }) items: PreferenceView[];
}
