import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiNoBody, ApiOk } from '../common/api-responses';
import { IdParam } from '../common/id-param';
import { CalendarService } from './calendar.service';
import {
  CalendarQuery,
  DayOffDto,
  DayParam,
  NationalDayOffView,
  NationalDaysQuery,
  OfficeCalendarView,
  OfficeDayOffView,
  OfficeDayParam,
  WorkingWeekDto,
  WorkingWeekView,
} from './dto/calendar.dto';

/** An office's business calendar: what its working-time SLA steps count. */
@ApiTags('calendar')
@Controller('offices')
export class OfficeCalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':id/calendar')
  @Access.anyRole()
  @ApiOperation({ summary: "Each local day of a range: working or not, its hours, and why it is off (weekend, public holiday, cuti bersama, the office's own day)" })
  @ApiOk(OfficeCalendarView)
  @ApiErrors(400, 404)
  days(@Param() { id }: IdParam, @Query() q: CalendarQuery, @CurrentPrincipal() p: Principal) {
    return this.calendar.calendar(id, q, p.read);
  }

  @Get(':id/calendar/working-week')
  @Access.anyRole()
  @ApiOperation({ summary: "The office's working weekdays and hours (its own or the default Monday–Friday 08:00–16:00)" })
  @ApiOk(WorkingWeekView)
  @ApiErrors(400, 404)
  week(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.calendar.workingWeek(id, p.read);
  }

  /** Applies to the next wait of every running case (a wait already planned keeps its instant). */
  @Put(':id/calendar/working-week')
  @Access('admin', 'manager')
  @ApiOperation({ summary: "Set the office's working weekdays and hours (local time)" })
  @ApiOk(WorkingWeekView)
  @ApiErrors(400, 404)
  setWeek(@Param() { id }: IdParam, @Body() dto: WorkingWeekDto, @CurrentPrincipal() p: Principal) {
    return this.calendar.setWorkingWeek(id, dto, p.write);
  }

  @Delete(':id/calendar/working-week')
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'Back to the default working week (Monday–Friday 08:00–16:00)' })
  @ApiOk(WorkingWeekView)
  @ApiErrors(400, 404)
  resetWeek(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.calendar.resetWorkingWeek(id, p.write);
  }

  @Get(':id/calendar/days-off')
  @Access.anyRole()
  @ApiOperation({ summary: "The office's own days off" })
  @ApiOk(OfficeDayOffView, { isArray: true })
  @ApiErrors(400, 404)
  daysOff(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.calendar.officeDaysOff(id, p.read);
  }

  /** Idempotent: the same date again is the same row (with the new name). */
  @Put(':id/calendar/days-off/:date')
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'Add a day off of the office (a regional holiday, an office closure)' })
  @ApiOk(OfficeDayOffView)
  @ApiErrors(400, 404)
  setDayOff(@Param() { id, date }: OfficeDayParam, @Body() dto: DayOffDto, @CurrentPrincipal() p: Principal) {
    return this.calendar.setOfficeDayOff(id, date, dto.name, p.write);
  }

  @Delete(':id/calendar/days-off/:date')
  @HttpCode(204)
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'Remove a day off of the office (nothing changes when the date is not one)' })
  @ApiNoBody()
  @ApiErrors(400, 404)
  removeDayOff(@Param() { id, date }: OfficeDayParam, @CurrentPrincipal() p: Principal) {
    return this.calendar.removeOfficeDayOff(id, date, p.write);
  }
}

/** Days off decreed for the whole country beyond the public holidays (cuti bersama). */
@ApiTags('calendar')
@Controller('calendar/national-days-off')
export class NationalDaysOffController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @Access.anyRole()
  @ApiOperation({ summary: 'The national days off an admin added (cuti bersama); the public holidays come from date-holidays' })
  @ApiOk(NationalDayOffView, { isArray: true })
  @ApiErrors(400)
  list(@Query() q: NationalDaysQuery) {
    return this.calendar.nationalDaysOff(q.year);
  }

  /** Idempotent: the same date again is the same row (with the new name). */
  @Put(':date')
  @Access('admin')
  @ApiOperation({ summary: 'Add a national day off (cuti bersama) for every office' })
  @ApiOk(NationalDayOffView)
  @ApiErrors(400)
  set(@Param() { date }: DayParam, @Body() dto: DayOffDto) {
    return this.calendar.setNationalDayOff(date, dto.name);
  }

  @Delete(':date')
  @HttpCode(204)
  @Access('admin')
  @ApiOperation({ summary: 'Remove a national day off (nothing changes when the date is not one)' })
  @ApiNoBody()
  @ApiErrors(400)
  remove(@Param() { date }: DayParam) {
    return this.calendar.removeNationalDayOff(date);
  }
}
