import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { OFFICE_TIME_ZONES } from '../../common/time-zones';
import { IsDay } from '../../common/validation';

/** The longest range GET /offices/:id/calendar reads at once: a year and a day. */
export const MAX_CALENDAR_RANGE_DAYS = 367;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class CalendarQuery {
  @ApiPropertyOptional({ example: '2027-03-01', description: "First day (the office's own day), included; default today" })
  @IsOptional()
  @IsDay({ message: 'from must be a date such as 2027-03-01' })
  from?: string;

  @ApiPropertyOptional({ example: '2027-03-31', description: `Last day, included; at most ${MAX_CALENDAR_RANGE_DAYS} days from \`from\`; default four weeks on` })
  @IsOptional()
  @IsDay({ message: 'to must be a date such as 2027-03-31' })
  to?: string;
}

export class WorkingWeekDto {
  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5], description: 'Working weekdays, ISO numbering: 1 Monday … 7 Sunday' })
  @IsArray({ message: 'workingDays must be a list of weekdays 1 (Monday) … 7 (Sunday)' })
  @ArrayMinSize(1, { message: 'workingDays must hold at least one weekday' })
  @ArrayMaxSize(7, { message: 'workingDays holds at most the seven weekdays' })
  @ArrayUnique({ message: 'workingDays must not repeat a weekday' })
  @IsInt({ each: true, message: 'workingDays must be whole weekdays 1 (Monday) … 7 (Sunday)' })
  @Min(1, { each: true, message: 'workingDays must be weekdays 1 (Monday) … 7 (Sunday)' })
  @Max(7, { each: true, message: 'workingDays must be weekdays 1 (Monday) … 7 (Sunday)' })
  workingDays: number[];

  @ApiProperty({ example: '08:00', description: 'Start of the working hours, local HH:MM' })
  @Matches(HHMM, { message: 'dayStart must be a time HH:MM such as 08:00' })
  dayStart: string;

  @ApiProperty({ example: '16:00', description: 'End of the working hours, local HH:MM, after dayStart on the same day' })
  @Matches(HHMM, { message: 'dayEnd must be a time HH:MM such as 16:00' })
  dayEnd: string;
}

export class DayOffDto {
  @ApiProperty({ example: 'Cuti bersama Idul Fitri', description: 'What the day is (shown in the calendar)' })
  @IsString({ message: 'name must be text' })
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;
}

export class OfficeDayParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;

  @ApiProperty({ format: 'date', example: '2027-03-12' })
  @IsDay({ message: 'date must be a date such as 2027-03-12' })
  date: string;
}

export class DayParam {
  @ApiProperty({ format: 'date', example: '2027-03-12' })
  @IsDay({ message: 'date must be a date such as 2027-03-12' })
  date: string;
}

export class NationalDaysQuery {
  @ApiPropertyOptional({ type: 'integer', example: 2027, description: 'Only this year (default: every year)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole year such as 2027' })
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year?: number;
}

// ---- answers ------------------------------------------------------------------------------------

export const DAY_OFF_KINDS = ['weekend', 'national-holiday', 'cuti-bersama', 'office-day-off'] as const;

export class WorkingWeekView extends WorkingWeekDto {
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ description: 'true: the office has not set its own week; these are the defaults (Monday–Friday 08:00–16:00)' }) isDefault: boolean;
}

export class DayOffReasonView {
  @ApiProperty({ enum: DAY_OFF_KINDS, description: 'weekend: not one of the working weekdays; national-holiday: a public holiday; cuti-bersama: a national day an admin added; office-day-off: the office’s own' })
  kind: string;
  @ApiPropertyOptional({ description: 'The holiday’s or day’s name (not for a weekend)' }) name?: string;
}

export class WorkingHoursView {
  @ApiProperty({ example: '08:00' }) start: string;
  @ApiProperty({ example: '16:00' }) end: string;
}

export class CalendarDayView {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() working: boolean;
  @ApiProperty({ type: WorkingHoursView, nullable: true, description: 'Working hours (local) of a working day; null on a day off' }) hours: WorkingHoursView | null;
  @ApiProperty({ type: [DayOffReasonView], description: 'Why the day is off; empty on a working day' }) reasons: DayOffReasonView[];
}

export class OfficeCalendarView {
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ enum: OFFICE_TIME_ZONES, description: "The office's zone: every day and hour here is the office's own" }) timeZone: string;
  @ApiProperty({ type: WorkingWeekView }) workingWeek: WorkingWeekView;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ type: [CalendarDayView] }) days: CalendarDayView[];
}

export class OfficeDayOffView {
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() name: string;
}

export class NationalDayOffView {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() name: string;
}

