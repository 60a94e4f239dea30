import {
  Body,
  CallHandler,
  Controller,
  ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  NestInterceptor,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { from, mergeMap, Observable } from 'rxjs';
import { Access, AuthenticatedRequest, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiFile, ApiOk, ApiPageResponse } from '../common/api-responses';
import { IdParam } from '../common/id-param';
import { CreateTourDto, KitFailureDto, ReasonDto, RescheduleDto, TourQuery, TourStopParams, UploadBatchDto } from './dto/tours.dto';
import {
  BatchView,
  TourActionResult,
  TourDetail,
  TourListItem,
  TourReport,
  UnrecordedImportResult,
  UnrecordedResidentsView,
} from './dto/tours.responses';
import { PlanningCalendarQuery, PlanningCalendarView, PlanningTeamQuery, PlanningTeamView } from './dto/planning.dto';
import { TourPlanningService } from './tour-planning.service';
import { ToursService, UploadedPacket } from './tours.service';
import { UnrecordedResidentsService } from './unrecorded-residents.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks that the caller may upload to this stop before the upload is read: another office's stop
 * answers 404 without its packet being taken into memory. (Malformed ids are left to the route's
 * validation, which answers 400.)
 */
@Injectable()
export class StopWritableBeforeUpload implements NestInterceptor {
  constructor(private readonly tours: ToursService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const { id, stopId } = req.params as { id?: string; stopId?: string };
    if (!req.principal || !id || !stopId || !UUID.test(id) || !UUID.test(stopId)) return next.handle();
    return from(this.tours.assertStopWritable(id, stopId, req.principal)).pipe(mergeMap(() => next.handle()));
  }
}

@ApiTags('tours')
@Controller('tours')
export class ToursController {
  constructor(
    private readonly tours: ToursService,
    private readonly planning: TourPlanningService,
  ) {}

  /** Plans a village recording tour ("jemput bola"); it waits for a manager's approval. */
  @Post()
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Plan a village recording tour (waits for a manager’s approval)' })
  @ApiOk(TourDetail, { status: 201 })
  @ApiErrors(400, 404, 409)
  create(@Body() dto: CreateTourDto, @CurrentPrincipal() p: Principal) {
    return this.tours.create(dto, p);
  }

  @Get()
  @Access.anyRole()
  @ApiOperation({ summary: 'List tours' })
  @ApiPageResponse(TourListItem)
  @ApiErrors(400)
  list(@Query() query: TourQuery, @CurrentPrincipal() p: Principal) {
    return this.tours.list(query, p.read);
  }

  // The planner's reads come before `:id`, which would take their names for ids.
  /** For the planner's calendar: the kit's booked days and the office's days off (public holidays, cuti bersama, its own), days in the office's zone. */
  @Get('planning-calendar')
  @Access('operator', 'manager')
  @ApiOperation({ summary: "Planner's calendar: the kit's booked days and the office's days off in a range (the office's days)" })
  @ApiOk(PlanningCalendarView)
  @ApiErrors(400)
  planningCalendar(@Query() query: PlanningCalendarQuery, @CurrentPrincipal() p: Principal) {
    return this.planning.calendar(query, p);
  }

  /** The active people of the office, to choose a tour's team from. */
  @Get('planning-team')
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'The people of an office a tour team is chosen from' })
  @ApiOk(PlanningTeamView)
  @ApiErrors(400)
  planningTeam(@Query() query: PlanningTeamQuery, @CurrentPrincipal() p: Principal) {
    return this.planning.team(query, p);
  }

  /** The tour with its team, kit, stops and timeline. */
  @Get(':id')
  @Access.anyRole()
  @ApiOperation({ summary: 'A tour with its team, kit, stops and timeline' })
  @ApiOk(TourDetail)
  @ApiErrors(400, 404)
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.tours.get(id, p.read, p);
  }

  /** Per village: residents recorded and acknowledged by the centre against the target, and each batch's sync state. */
  @Get(':id/report')
  @Access.anyRole()
  @ApiOperation({ summary: 'Tour report: recorded against target per village, and each batch’s sync state' })
  @ApiOk(TourReport)
  @ApiErrors(400, 404)
  report(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.tours.report(id, p.read);
  }

  /** The report as CSV (one row per village, and a total). */
  @Get(':id/report.csv')
  @Access.anyRole()
  @ApiOperation({ summary: 'Tour report as CSV (one row per village, and a total)' })
  @ApiFile('text/csv', 'The report, UTF-8 CSV, as an attachment')
  @ApiErrors(400, 404)
  async reportCsv(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal, @Res() res: Response) {
    const r = await this.tours.reportCsv(id, p.read);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${r.filename}"`);
    res.end(r.csv);
  }

  /** A manager other than the planner. */
  @Post(':id/approve')
  @HttpCode(200)
  @Access('manager')
  @ApiOperation({ summary: 'Approve the tour plan (a manager other than the planner)' })
  @ApiOk(TourActionResult)
  @ApiErrors(400, 404, 409)
  approve(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.tours.approve(id, p);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access('manager')
  @ApiOperation({ summary: 'Reject the tour plan, with a reason' })
  @ApiOk(TourActionResult)
  @ApiErrors(400, 404, 409)
  reject(@Param() { id }: IdParam, @Body() dto: ReasonDto, @CurrentPrincipal() p: Principal) {
    return this.tours.reject(id, dto, p);
  }

  /** Villages already notified are told the visit is off; a stop under way finishes with what it recorded. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Cancel the tour, with a reason' })
  @ApiOk(TourActionResult)
  @ApiErrors(400, 404, 409)
  cancel(@Param() { id }: IdParam, @Body() dto: ReasonDto, @CurrentPrincipal() p: Principal) {
    return this.tours.cancel(id, dto, p);
  }

  /** A kit device broke: opens its repair case and moves the remaining stops by the office policy. */
  @Post(':id/kit-failure')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Report a kit device broken: opens its repair case and moves the remaining stops' })
  @ApiOk(TourActionResult)
  @ApiErrors(400, 404, 409)
  kitFailure(@Param() { id }: IdParam, @Body() dto: KitFailureDto, @CurrentPrincipal() p: Principal) {
    return this.tours.kitFailure(id, dto, p);
  }

  @Post(':id/stops/:stopId/check-in')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Check the team in at a stop' })
  @ApiOk(TourActionResult)
  @ApiErrors(400, 404, 409)
  checkIn(@Param() { id, stopId }: TourStopParams, @CurrentPrincipal() p: Principal) {
    return this.tours.checkIn(id, stopId, p);
  }

  /** The team leaves the village; the stop is completed once every batch is answered by the centre. */
  @Post(':id/stops/:stopId/complete')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Finish a stop (completed once every batch is answered by the centre)' })
  @ApiOk(TourActionResult)
  @ApiErrors(400, 404, 409)
  complete(@Param() { id, stopId }: TourStopParams, @CurrentPrincipal() p: Principal) {
    return this.tours.complete(id, stopId, p);
  }

  @Post(':id/stops/:stopId/skip')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Skip a stop, with a reason' })
  @ApiOk(TourActionResult)
  @ApiErrors(400, 404, 409)
  skip(@Param() { id, stopId }: TourStopParams, @Body() dto: ReasonDto, @CurrentPrincipal() p: Principal) {
    return this.tours.skip(id, stopId, dto, p);
  }

  @Post(':id/stops/:stopId/reschedule')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Move a stop to another date' })
  @ApiOk(TourActionResult)
  @ApiErrors(400, 404, 409)
  reschedule(@Param() { id, stopId }: TourStopParams, @Body() dto: RescheduleDto, @CurrentPrincipal() p: Principal) {
    return this.tours.reschedule(id, stopId, dto, p);
  }

  /** One offline recording packet (multipart field `file`) with its SHA-256 and metadata; stored before the answer. */
  @Post(':id/stops/:stopId/batches')
  @Access('operator', 'manager')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'sha256', 'residentsCount', 'deviceSerial', 'capturedAt'],
      properties: {
        file: { type: 'string', format: 'binary' },
        sha256: { type: 'string' },
        residentsCount: { type: 'integer' },
        deviceSerial: { type: 'string' },
        capturedAt: { type: 'string', format: 'date-time' },
      },
    },
  })
  @UseInterceptors(StopWritableBeforeUpload, FileInterceptor('file'))
  @ApiOperation({ summary: 'Upload an offline recording packet of a stop (multipart), stored before the answer' })
  @ApiOk(BatchView, { status: 201 })
  @ApiErrors(400, 404, 409, 413)
  uploadBatch(
    @Param() { id, stopId }: TourStopParams,
    @UploadedFile() file: UploadedPacket | undefined,
    @Body() dto: UploadBatchDto,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.tours.uploadBatch(id, stopId, file, dto, p);
  }
}

@ApiTags('tours')
@Controller('offices')
export class UnrecordedResidentsController {
  constructor(private readonly residents: UnrecordedResidentsService) {}

  /** CSV (Content-Type: text/csv): `village_code,unrecorded[,required_total]`; all rows or none. */
  @Post(':id/unrecorded-residents')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'village_code,unrecorded,required_total\n52.02.01.2001,1250,4100' } })
  @ApiOperation({ summary: 'Import unrecorded residents per village (CSV; all rows or none)' })
  @ApiOk(UnrecordedImportResult)
  @ApiErrors(400, 404, 413)
  import(@Param() { id }: IdParam, @Req() req: Request, @CurrentPrincipal() p: Principal) {
    return this.residents.import(id, req.body, p);
  }

  @Get(':id/unrecorded-residents')
  @Access.anyRole()
  @ApiOperation({ summary: 'Unrecorded residents per village of an office' })
  @ApiOk(UnrecordedResidentsView)
  @ApiErrors(400, 404)
  list(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.residents.list(id, p.read);
  }
}
