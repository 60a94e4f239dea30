import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiOk, ApiPageResponse } from '../common/api-responses';
import { IdParam } from '../common/id-param';
import { MarkedRead, NotificationQuery, NotificationView, PreferencesView, PreferenceView, SetPreferenceDto } from './dto/notifications.dto';
import { NotificationPreferencesService } from './notification-preferences.service';
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

/** How each kind of notification reaches the signed-in person: by e-mail (the default), in the app only, or in the daily digest. */
@ApiTags('notifications')
@Controller('notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @Access.anyRole()
  @ApiOperation({ summary: 'Your channel for every kind of notification, with its words in Bahasa Indonesia' })
  @ApiOk(PreferencesView)
  @ApiErrors(409)
  list(@CurrentPrincipal() p: Principal) {
    return this.preferences.list(p);
  }

  /** The daily digest itself (kind `digest`) is always e-mailed: only `email` is accepted for it. */
  @Put()
  @HttpCode(200)
  @Access.anyRole()
  @ApiOperation({ summary: 'Choose how one kind of notification reaches you (email, in-app or digest)' })
  @ApiOk(PreferenceView)
  @ApiErrors(400, 409)
  set(@Body() dto: SetPreferenceDto, @CurrentPrincipal() p: Principal) {
    return this.preferences.set(p, dto);
  }
}
