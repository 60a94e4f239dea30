import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { loadOfficeCalendar } from '../calendar/business-calendar';
import { InvalidInputError } from '../common/domain-errors';
import { HolidayKind, MAX_CALENDAR_DAYS, PlanningCalendarQuery, PlanningTeamQuery } from './dto/planning.dto';
import { isCalendarDate } from './tours.service';

/** What the tour planner reads before a plan is sent: the kit's booked days, the office's days off, the people. */
@Injectable()
export class TourPlanningService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async calendar(q: PlanningCalendarQuery, p: Principal) {
    const office = await this.office(q.officeId, p);
    for (const field of ['from', 'to'] as const) {
      if (!isCalendarDate(q[field])) throw new InvalidInputError(field, `${field}: ${q[field]} is not a calendar date`);
    }
    if (q.to < q.from) throw new InvalidInputError('to', `to (${q.to}) must not be before from (${q.from})`);
    const days = (Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`)) / 86_400_000 + 1;
    if (days > MAX_CALENDAR_DAYS) throw new InvalidInputError('to', `to: the range holds ${days} days; at most ${MAX_CALENDAR_DAYS} are read at once`);

    let bookedDays: unknown[] = [];
    if (q.kitServicePointId) {
      const [kit] = await this.db.query(`SELECT id FROM service_points WHERE id = $1 AND office_id = $2`, [q.kitServicePointId, q.officeId]);
      if (!kit) throw new InvalidInputError('kitServicePointId', `kitServicePointId ${q.kitServicePointId} is not a service point of this office`);
      // The same rule as a plan's kit_busy check: a skipped or cancelled stop gives its day back.
      bookedDays = await this.db.query(
        `SELECT s.scheduled_date::text AS date, t.id AS "tourId", t.name AS "tourName", s.id AS "stopId", v.name AS "villageName"
           FROM tour_stops s JOIN tours t ON t.id = s.tour_id JOIN villages v ON v.code = s.village_code
          WHERE s.kit_service_point_id = $1 AND s.scheduled_date BETWEEN $2::date AND $3::date AND s.status NOT IN ('skipped','cancelled')
          ORDER BY s.scheduled_date, t.name`,
        [q.kitServicePointId, q.from, q.to],
      );
    }
    // The days off of the office's business calendar: public holidays, the national days an admin
    // added (cuti bersama) and the office's own, so a stop is not planned on a day the office is shut.
    const { reasons } = await loadOfficeCalendar(this.db, office.id, q.from, q.to);
    const holidays = [...reasons.keys()]
      .sort()
      .flatMap((date) => (reasons.get(date) ?? []).map((r) => ({ date, name: r.name ?? '', kind: r.kind as HolidayKind })));
    return { officeId: office.id, timeZone: office.time_zone, today: office.today, from: q.from, to: q.to, bookedDays, holidays };
  }

  async team(q: PlanningTeamQuery, p: Principal) {
    await this.office(q.officeId, p);
    const people = await this.db.query(
      `SELECT id, username, display_name AS "displayName", role FROM users WHERE office_id = $1 AND active ORDER BY display_name, username`,
      [q.officeId],
    );
    return { officeId: q.officeId, people };
  }

  /** The office, read in its own zone; another office's answers as an unknown one, as a plan does. */
  private async office(officeId: string, p: Principal): Promise<{ id: string; time_zone: string; today: string }> {
    const [office] = p.read.allows(officeId)
      ? await this.db.query(`SELECT id, time_zone, (now() AT TIME ZONE time_zone)::date::text AS today FROM offices WHERE id = $1`, [officeId])
      : [];
    if (!office) throw new InvalidInputError('officeId', `officeId ${officeId} is not a known office`);
    return office;
  }
}
