import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Public } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiOk, ApiPageResponse } from '../common/api-responses';
import { IdParam } from '../common/id-param';
import { AvailabilityQuery, CreateOutageDto, OutageQuery, OvertimeDto, PrintProgressDto, ResolveOutageDto } from './dto/outages.dto';
import { OutageActionResult, OutageDetail, OutageView, PublicAvailabilityView } from './dto/outages.responses';
import { OutagesService } from './outages.service';
import { PublicAvailabilityService } from './public-availability.service';

@ApiTags('outages')
@Controller('outages')
export class OutagesController {
  constructor(private readonly outages: OutagesService) {}

  /** Records an outage of a whole system, for the office or some of its service points; they stop recording and/or printing at once. */
  @Post()
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Record an outage of the office or some of its service points (starts its workflow)' })
  @ApiOk(OutageDetail, { status: 201 })
  @ApiErrors(400, 404, 409)
  create(@Body() dto: CreateOutageDto, @CurrentPrincipal() p: Principal) {
    return this.outages.create(dto, p);
  }

  @Get()
  @Access.anyRole()
  @ApiOperation({ summary: 'List outages: open ones first, then those recovering their print backlog, then closed ones; newest first within each' })
  @ApiPageResponse(OutageView)
  @ApiErrors(400)
  list(@Query() query: OutageQuery, @CurrentPrincipal() p: Principal) {
    return this.outages.list(query, p);
  }

  /** The outage with its service points, escalation, burn-down of the print backlog, overtime days and timeline. */
  @Get(':id')
  @Access.anyRole()
  @ApiOperation({ summary: 'An outage with its service points, escalations, print backlog burn-down, overtime days and timeline' })
  @ApiOk(OutageDetail)
  @ApiErrors(400, 404)
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.outages.get(id, p);
  }

  /** The service is back; with a print backlog the outage stays open until it is printed down. */
  @Post(':id/resolve')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Resolve the outage (with a print backlog it stays open until printed down)' })
  @ApiOk(OutageActionResult)
  @ApiErrors(400, 404, 409)
  resolve(@Param() { id }: IdParam, @Body() dto: ResolveOutageDto, @CurrentPrincipal() p: Principal) {
    return this.outages.resolve(id, dto, p);
  }

  @Post(':id/print-progress')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Record the cards printed on a day (burns down the backlog)' })
  @ApiOk(OutageActionResult)
  @ApiErrors(400, 404, 409)
  printProgress(@Param() { id }: IdParam, @Body() dto: PrintProgressDto, @CurrentPrincipal() p: Principal) {
    return this.outages.printProgress(id, dto, p);
  }

  /** Plans an overtime day and its target; the burn-down shows it against what was printed. */
  @Post(':id/overtime')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Plan an overtime day and its print target' })
  @ApiOk(OutageActionResult)
  @ApiErrors(400, 404, 409)
  overtime(@Param() { id }: IdParam, @Body() dto: OvertimeDto, @CurrentPrincipal() p: Principal) {
    return this.outages.overtime(id, dto, p);
  }
}

@ApiTags('availability')
@Controller('availability')
export class PublicAvailabilityController {
  constructor(private readonly availability: PublicAvailabilityService) {}

  /** Public, no login: where residents can record and print today, and where to go instead. */
  @Get()
  @Public()
  @ApiOperation({ summary: 'Public: where residents can record and print today, and where to go instead' })
  @ApiOk(PublicAvailabilityView, { description: 'Cache-Control: public, max-age; a stale answer (stale: true) carries no-cache and a Warning header' })
  @ApiErrors(400, 429, 503)
  async get(@Query() query: AvailabilityQuery, @Res({ passthrough: true }) res: Response) {
    const answer = await this.availability.get(query);
    // A good answer may be reused by proxies; the last good one while the database is down (`stale: true`, `asOf` when it was true) may not; errors are not cached.
    res.set(this.availability.cacheHeaders(answer.stale));
    return answer;
  }
}
