import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { OFFICE_TIME_ZONES } from '../../common/time-zones';
import { IsDay } from '../../common/validation';
import { TourTeamMember } from './tours.responses';

/** The longest range the planner's calendar reads at once: a year and a day (a leap year's from…to). */
export const MAX_CALENDAR_DAYS = 367;

export class PlanningCalendarQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'officeId must be a UUID' })
  officeId: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The mobile service point whose kit's booked days are read; without it, only the holidays" })
  @IsOptional()
  @IsUUID('4', { message: 'kitServicePointId must be a UUID' })
  kitServicePointId?: string;

  @ApiProperty({ example: '2026-12-01', description: "First day (the office's own day), included" })
  @IsDay({ message: 'from must be a date such as 2026-12-01' })
  from: string;

  @ApiProperty({ example: '2027-03-31', description: `Last day, included; at most ${MAX_CALENDAR_DAYS} days from \`from\`` })
  @IsDay({ message: 'to must be a date such as 2027-03-31' })
  to: string;
}

export class BookedDay {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ format: 'uuid' }) tourId: string;
  @ApiProperty() tourName: string;
  @ApiProperty({ format: 'uuid' }) stopId: string;
  @ApiProperty() villageName: string;
}

/** Why a day is off on the planner's calendar: the business calendar's kinds, weekends aside. */
export const HOLIDAY_KINDS = ['national-holiday', 'cuti-bersama', 'office-day-off'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export class HolidayView {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ description: 'In Indonesian where the holiday library has it; as an admin or the office named the others' }) name: string;
  @ApiProperty({ enum: HOLIDAY_KINDS, description: 'national-holiday: a public holiday; cuti-bersama: a national day an admin added; office-day-off: the office’s own' })
  kind: HolidayKind;
}

/** GET /tours/planning-calendar: the kit's booked days and the office's days off in a range. */
export class PlanningCalendarView {
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ enum: OFFICE_TIME_ZONES, description: "The office's zone: every day here is a day there" }) timeZone: string;
  @ApiProperty({ format: 'date', description: "Today in the office's zone (a stop is planned today or later)" }) today: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ type: [BookedDay], description: "Days the kit is already at a stop of a tour (stops skipped or cancelled give their day back)" })
  bookedDays: BookedDay[];
  @ApiProperty({ type: [HolidayView], description: "The office's days off besides weekends: public holidays, cuti bersama and its own, by date (a day can have more than one)" })
  holidays: HolidayView[];
}

export class PlanningTeamQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'officeId must be a UUID' })
  officeId: string;
}

/** GET /tours/planning-team: the active people of the office a tour's team is chosen from. */
export class PlanningTeamView {
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ type: [TourTeamMember] }) people: TourTeamMember[];
}
