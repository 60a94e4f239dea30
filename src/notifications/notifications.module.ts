import { Controller, Get, HttpCode, Injectable, Module, Param, Post, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsNull, Repository } from 'typeorm';
import { NotFoundError } from '../common/domain-errors';
import { Page, PageQuery, pageOf } from '../common/pagination';
import { IdParam } from '../common/id-param';
import { Notification, RECIPIENT_ROLES, type RecipientRole } from './notification.entity';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  officeId?: string;

  @ApiPropertyOptional({ enum: RECIPIENT_ROLES })
  @IsOptional()
  @IsIn(RECIPIENT_ROLES)
  role?: RecipientRole;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  subjectId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  async list(query: NotificationQuery): Promise<Page<Notification>> {
    const where: Record<string, unknown> = {};
    if (query.officeId) where.officeId = query.officeId;
    if (query.role) where.recipientRole = query.role;
    if (query.subjectId) where.subjectId = query.subjectId;
    if (query.unread === true) where.readAt = IsNull();
    const [items, total] = await this.notifications.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return pageOf(items, total, query);
  }

  async markRead(id: string): Promise<Notification> {
    const n = await this.notifications.findOneBy({ id });
    if (!n) throw new NotFoundError('Notification', id);
    if (!n.readAt) {
      n.readAt = new Date();
      await this.notifications.update({ id, readAt: IsNull() }, { readAt: n.readAt });
    }
    return n;
  }
}

/** The in-app inbox: reminders and other messages for an office's operators and manager. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@Query() query: NotificationQuery) {
    return this.notifications.list(query);
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(@Param() { id }: IdParam) {
    return this.notifications.markRead(id);
  }
}

@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  controllers: [NotificationsController],
  providers: [NotificationsService],
})
export class NotificationsModule {}
