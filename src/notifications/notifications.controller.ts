import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { IdParam } from '../common/id-param';
import { NotificationQuery } from './dto/notifications.dto';
import { NotificationsService } from './notifications.service';

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
