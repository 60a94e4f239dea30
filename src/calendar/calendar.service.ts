import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditedTransaction } from '../audit/audited-transaction';
import type { OfficeScope } from '../auth/principal';
import { InvalidInputError } from '../common/domain-errors';
import { OfficesService } from '../registry/offices.service';
import { calendarDays, loadOfficeCalendar, workingWeekOf } from './business-calendar';
import {
  CalendarQuery,
  MAX_CALENDAR_RANGE_DAYS,
  NationalDayOffView,
  OfficeCalendarView,
  OfficeDayOffView,
  WorkingWeekDto,
  WorkingWeekView,
} from './dto/calendar.dto';
import { addDays, localDate, minutesOf } from './working-time';

/**
 * The business calendar's settings: an office's working week and hours, its own days off, and the
 * national days off (cuti bersama) an admin adds on top of the public holidays of date-holidays.
 * A date added twice is one row (the second changes its name); removing a date that is not there
 * changes nothing.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly offices: OfficesService,
  ) {}

  async calendar(officeId: string, q: CalendarQuery, scope: OfficeScope): Promise<OfficeCalendarView> {
    const office = await this.offices.get(officeId, scope);
    const from = q.from ?? localDate(new Date(), office.timeZone);
    const to = q.to ?? addDays(from, 27);
    if (to < from) throw new InvalidInputError('to', `to (${to}) must not be before from (${from})`);
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
    if (days > MAX_CALENDAR_RANGE_DAYS) {
      throw new InvalidInputError('to', `to: the range holds ${days} days; at most ${MAX_CALENDAR_RANGE_DAYS} are read at once`);
    }
    const cal = await loadOfficeCalendar(this.db, officeId, from, to);
    return {
      officeId,
      timeZone: cal.timeZone,
      workingWeek: { officeId, workingDays: [...cal.workingDays], dayStart: cal.dayStart, dayEnd: cal.dayEnd, isDefault: cal.isDefault },
      from,
      to,
      days: calendarDays(cal, from, to),
    };
  }

  async workingWeek(officeId: string, scope: OfficeScope): Promise<WorkingWeekView> {
    await this.offices.get(officeId, scope);
    return { officeId, ...(await workingWeekOf(this.db, officeId)) };
  }

  async setWorkingWeek(officeId: string, dto: WorkingWeekDto, scope: OfficeScope): Promise<WorkingWeekView> {
    await this.offices.get(officeId, scope);
    if (minutesOf(dto.dayEnd) <= minutesOf(dto.dayStart)) {
      throw new InvalidInputError('dayEnd', `dayEnd (${dto.dayEnd}) must be after dayStart (${dto.dayStart}) on the same day`);
    }
    const workingDays = [...dto.workingDays].sort();
    await auditedTransaction(this.db, (m) =>
      m.query(
        `INSERT INTO office_working_weeks (office_id, working_days, day_start, day_end) VALUES ($1, $2::smallint[], $3, $4)
         ON CONFLICT (office_id) DO UPDATE SET working_days = EXCLUDED.working_days, day_start = EXCLUDED.day_start,
                                               day_end = EXCLUDED.day_end, updated_at = now()`,
        [officeId, workingDays, dto.dayStart, dto.dayEnd],
      ),
    );
    return this.workingWeek(officeId, scope);
  }

  /** Back to the default week (Monday–Friday 08:00–16:00). */
  async resetWorkingWeek(officeId: string, scope: OfficeScope): Promise<WorkingWeekView> {
    await this.offices.get(officeId, scope);
    await auditedTransaction(this.db, (m) => m.query(`DELETE FROM office_working_weeks WHERE office_id = $1`, [officeId]));
    return this.workingWeek(officeId, scope);
  }

  async setOfficeDayOff(officeId: string, date: string, name: string, scope: OfficeScope): Promise<OfficeDayOffView> {
    await this.offices.get(officeId, scope);
    const trimmed = name.trim();
    await auditedTransaction(this.db, (m) =>
      m.query(
        `INSERT INTO office_days_off (office_id, day, name) VALUES ($1, $2, $3)
         ON CONFLICT (office_id, day) DO UPDATE SET name = EXCLUDED.name`,
        [officeId, date, trimmed],
      ),
    );
    return { officeId, date, name: trimmed };
  }

  async removeOfficeDayOff(officeId: string, date: string, scope: OfficeScope): Promise<void> {
    await this.offices.get(officeId, scope);
    await auditedTransaction(this.db, (m) => m.query(`DELETE FROM office_days_off WHERE office_id = $1 AND day = $2`, [officeId, date]));
  }

  async officeDaysOff(officeId: string, scope: OfficeScope): Promise<OfficeDayOffView[]> {
    await this.offices.get(officeId, scope);
    const rows: Array<{ date: string; name: string }> = await this.db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS date, name FROM office_days_off WHERE office_id = $1 ORDER BY day`,
      [officeId],
    );
    return rows.map((r) => ({ officeId, ...r }));
  }

  async nationalDaysOff(year?: number): Promise<NationalDayOffView[]> {
    return this.db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS date, name FROM national_days_off
        WHERE $1::int IS NULL OR extract(year FROM day) = $1::int ORDER BY day`,
      [year ?? null],
    );
  }

  async setNationalDayOff(date: string, name: string): Promise<NationalDayOffView> {
    const trimmed = name.trim();
    await auditedTransaction(this.db, (m) =>
      m.query(
        `INSERT INTO national_days_off (day, name) VALUES ($1, $2) ON CONFLICT (day) DO UPDATE SET name = EXCLUDED.name`,
        [date, trimmed],
      ),
    );
    return { date, name: trimmed };
  }

  async removeNationalDayOff(date: string): Promise<void> {
    await auditedTransaction(this.db, (m) => m.query(`DELETE FROM national_days_off WHERE day = $1`, [date]));
  }
}
