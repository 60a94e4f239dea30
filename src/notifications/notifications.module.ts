import { Controller, Get, HttpCode, Injectable, Module, Param, Post, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { IsNull, Repository } from 'typeorm';
import { NotFoundError } from '../common/domain-errors';
import { Page, PageQuery, pageOf } from '../common/pagination';
import { IdParam } from '../common/id-param';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { Notification } from './notification.entity';

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

export type NotificationView = Notification & { read: boolean };

@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  /** The caller's own inbox, newest first, with the number of unread messages. */
  async list(query: NotificationQuery, userId: string): Promise<Page<NotificationView> & { unread: number }> {
    const where: Record<string, unknown> = { recipientUserId: userId };
    if (query.subjectId) where.subjectId = query.subjectId;
    if (query.unread === true) where.readAt = IsNull();
    const [[items, total], unread] = await Promise.all([
      this.notifications.findAndCount({
        where,
        order: { createdAt: 'DESC', id: 'ASC' },
        skip: (query.page - 1) * query.limit,
        take: query.limit,
      }),
      this.notifications.countBy({ recipientUserId: userId, readAt: IsNull() }),
    ]);
    return { ...pageOf(items.map(view), total, query), unread };
  }

  /** Someone else's message answers 404, like a missing one. Marking twice keeps the first time. */
  async markRead(id: string, userId: string): Promise<NotificationView> {
    const n = await this.notifications.findOneBy({ id, recipientUserId: userId });
    if (!n) throw new NotFoundError('Notification', id);
    if (!n.readAt) {
      await this.notifications.update({ id, readAt: IsNull() }, { readAt: new Date() });
    }
    return view(await this.notifications.findOneByOrFail({ id }));
  }

  async markAllRead(userId: string): Promise<{ marked: number }> {
    const result = await this.notifications.update({ recipientUserId: userId, readAt: IsNull() }, { readAt: new Date() });
    return { marked: result.affected ?? 0 };
  }
}

function view(n: Notification): NotificationView {
  return { ...n, read: n.readAt !== null };
}

/** The in-app inbox: each person sees the messages addressed to them. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Access.anyRole()
  list(@Query() query: NotificationQuery, @CurrentPrincipal() p: Principal) {
    return this.notifications.list(query, p.id);
  }

  @Post('read-all')
  @HttpCode(200)
  @Access.anyRole()
  markAllRead(@CurrentPrincipal() p: Principal) {
    return this.notifications.markAllRead(p.id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Access.anyRole()
  markRead(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.notifications.markRead(id, p.id);
  }
}

@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  controllers: [NotificationsController],
  providers: [NotificationsService],
})
export class NotificationsModule {}
