import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiOk, ApiPageResponse } from '../common/api-responses';
import { IdParam } from '../common/id-param';
import { MarkedRead, NotificationQuery, NotificationView } from './dto/notifications.dto';
import { NotificationsService } from './notifications.service';

/** The in-app inbox: each person sees the messages addressed to them. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Access.anyRole()
  @ApiOperation({ summary: 'Your inbox (with the number unread)' })
  @ApiPageResponse(NotificationView, { unread: { type: 'integer', description: 'Unread messages in total' } })
  @ApiErrors(400)
  list(@Query() query: NotificationQuery, @CurrentPrincipal() p: Principal) {
    return this.notifications.list(query, p.id);
  }

  @Post('read-all')
  @HttpCode(200)
  @Access.anyRole()
  @ApiOperation({ summary: 'Mark every message read' })
  @ApiOk(MarkedRead)
  markAllRead(@CurrentPrincipal() p: Principal) {
    return this.notifications.markAllRead(p.id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Access.anyRole()
  @ApiOperation({ summary: 'Mark one message read' })
  @ApiOk(NotificationView)
  @ApiErrors(400, 404)
  markRead(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.notifications.markRead(id, p.id);
  }
}
