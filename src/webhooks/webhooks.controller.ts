import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiOk, ApiPageResponse } from '../common/api-responses';
import { IdParam } from '../common/id-param';
import { CreateWebhookDto, DeliveryParams, DeliveryQuery, UpdateWebhookDto, WebhookQuery } from './dto/webhook.dto';
import {
  EVENT_DATA_MODELS,
  WebhookCreated,
  WebhookDeleted,
  WebhookDeliveryView,
  WebhookEvent,
  WebhookEventTypeView,
  WebhookSecretView,
  WebhookView,
} from './dto/webhook.responses';
import { WebhooksService } from './webhooks.service';

/**
 * Signed webhooks: an admin registers endpoints for any office or the whole country, a manager for
 * their own office. What an endpoint receives is the `WebhookEvent` schema, signed as the README says.
 */
@ApiTags('webhooks')
@ApiExtraModels(WebhookEvent, ...EVENT_DATA_MODELS)
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get('event-types')
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'The event types an endpoint can subscribe to, and the schema of each one’s data' })
  @ApiOk(WebhookEventTypeView, { isArray: true })
  eventTypes() {
    return this.webhooks.eventTypes();
  }

  /** The signing secret is in this answer only. */
  @Post()
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'Register a webhook endpoint (the signing secret is shown once)' })
  @ApiOk(WebhookCreated, { status: 201 })
  @ApiErrors(400)
  create(@Body() dto: CreateWebhookDto, @CurrentPrincipal() p: Principal) {
    return this.webhooks.create(dto, p);
  }

  @Get()
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'List webhook endpoints' })
  @ApiPageResponse(WebhookView)
  @ApiErrors(400)
  list(@Query() query: WebhookQuery, @CurrentPrincipal() p: Principal) {
    return this.webhooks.list(query, p);
  }

  @Get(':id')
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'One webhook endpoint' })
  @ApiOk(WebhookView)
  @ApiErrors(400, 404)
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.webhooks.get(id, p);
  }

  @Patch(':id')
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'Change, enable or disable a webhook endpoint' })
  @ApiOk(WebhookView)
  @ApiErrors(400, 404)
  update(@Param() { id }: IdParam, @Body() dto: UpdateWebhookDto, @CurrentPrincipal() p: Principal) {
    return this.webhooks.update(id, dto, p);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'Replace the signing secret (the new one is shown once)' })
  @ApiOk(WebhookSecretView)
  @ApiErrors(400, 404)
  rotateSecret(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.webhooks.rotateSecret(id, p);
  }

  @Delete(':id')
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'Delete a webhook endpoint and its delivery log' })
  @ApiOk(WebhookDeleted)
  @ApiErrors(400, 404)
  remove(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.webhooks.remove(id, p);
  }

  @Get(':id/deliveries')
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'The delivery log of an endpoint, newest first' })
  @ApiPageResponse(WebhookDeliveryView)
  @ApiErrors(400, 404)
  deliveries(@Param() { id }: IdParam, @Query() query: DeliveryQuery, @CurrentPrincipal() p: Principal) {
    return this.webhooks.deliveries(id, query, p);
  }

  @Get(':id/deliveries/:deliveryId')
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'One delivery with every attempt' })
  @ApiOk(WebhookDeliveryView)
  @ApiErrors(400, 404)
  delivery(@Param() { id, deliveryId }: DeliveryParams, @CurrentPrincipal() p: Principal) {
    return this.webhooks.delivery(id, deliveryId, p);
  }

  /** A new series of attempts of the same event (the same event id); the worker starts it within a second or so. */
  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(200)
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'Deliver a delivered or failed event again' })
  @ApiOk(WebhookDeliveryView)
  @ApiErrors(400, 404, 409)
  redeliver(@Param() { id, deliveryId }: DeliveryParams, @CurrentPrincipal() p: Principal) {
    return this.webhooks.redeliver(id, deliveryId, p);
  }
}
