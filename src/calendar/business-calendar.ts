import { DataSource, EntityManager } from 'typeorm';
import { preparedStatement, runPrepared } from '../database/prepared-statements';
import { nationalHolidays } from './national-holidays';
import {
  addDays,
  addWorkingTime,
  DEFAULT_WORKING_WEEK,
  isoWeekday,
  isWorkingDay,
  MAX_CALENDAR_DAYS,
  nextWorkingInstant,
  WorkingCalendar,
} from './working-time';

/** Whether an SLA step counts working time (the office's calendar) or elapsed time. */
export const STEP_CLOCKS = ['elapsed', 'working'] as const;
export type StepClock = (typeof STEP_CLOCKS)[number];

/** Anything that runs SQL: a DataSource, an EntityManager, a pg client. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

export interface WorkingWeek {
  /** ISO weekdays, 1 Monday … 7 Sunday. */
  workingDays: number[];
  dayStart: string;
  dayEnd: string;
  /** true: the office has not set its own week and works by the default (Monday–Friday 08:00–16:00). */
  isDefault: boolean;
}

export type DayOffKind = 'weekend' | 'national-holiday' | 'cuti-bersama' | 'office-day-off';

export interface DayOffReason {
  kind: DayOffKind;
  /** The holiday's or the day's name; absent for a weekend. */
  name?: string;
}

export interface CalendarDay {
  date: string;
  working: boolean;
  /** Working hours of a working day (local HH:MM), null on a day off. */
  hours: { start: string; end: string } | null;
  /** Why the day is off (empty on a working day). */
  reasons: DayOffReason[];
}

export interface OfficeCalendar extends WorkingCalendar {
  officeId: string;
  isDefault: boolean;
  /** Why each day off in the loaded range is off (weekends are not listed). */
  reasons: Map<string, DayOffReason[]>;
}

export async function workingWeekOf(db: Queryable, officeId: string): Promise<WorkingWeek> {
  const rows: Array<{ working_days: number[]; day_start: string; day_end: string }> = await db.query(
    `SELECT working_days, to_char(day_start, 'HH24:MI') AS day_start, to_char(day_end, 'HH24:MI') AS day_end
       FROM office_working_weeks WHERE office_id = $1`,
    [officeId],
  );
  const row = rows[0];
  if (!row) return { ...DEFAULT_WORKING_WEEK, workingDays: [...DEFAULT_WORKING_WEEK.workingDays], isDefault: true };
  return { workingDays: row.working_days.map(Number).sort(), dayStart: row.day_start, dayEnd: row.day_end, isDefault: false };
}

/**
 * The office's zone, its working week and its days off in a range, in one round trip: planWait runs
 * it for every deadline and reminder.
 */
const OFFICE_CALENDAR = preparedStatement(
  'office_calendar',
  `SELECT o.time_zone,
          w.working_days, to_char(w.day_start, 'HH24:MI') AS day_start, to_char(w.day_end, 'HH24:MI') AS day_end,
          COALESCE((SELECT json_agg(json_build_object('day', to_char(n.day, 'YYYY-MM-DD'), 'name', n.name) ORDER BY n.day)
                      FROM national_days_off n WHERE n.day BETWEEN $2 AND $3), '[]') AS national,
          COALESCE((SELECT json_agg(json_build_object('day', to_char(d.day, 'YYYY-MM-DD'), 'name', d.name) ORDER BY d.day)
                      FROM office_days_off d WHERE d.office_id = o.id AND d.day BETWEEN $2 AND $3), '[]') AS own
     FROM offices o LEFT JOIN office_working_weeks w ON w.office_id = o.id
    WHERE o.id = $1`,
);

interface OfficeCalendarRow {
  time_zone: string;
  working_days: number[] | null;
  day_start: string | null;
  day_end: string | null;
  national: Array<{ day: string; name: string }>;
  own: Array<{ day: string; name: string }>;
}

/**
 * An office's calendar with its days off from `from` to `to` (local dates, included): public
 * holidays (date-holidays), the national days an admin added (cuti bersama) and the office's own.
 */
export async function loadOfficeCalendar(db: Queryable, officeId: string, from: string, to: string): Promise<OfficeCalendar> {
  const values = [officeId, from, to];
  const rows: OfficeCalendarRow[] =
    db instanceof DataSource || db instanceof EntityManager ? (await runPrepared<OfficeCalendarRow>(db, OFFICE_CALENDAR, values)).rows : await db.query(OFFICE_CALENDAR.text, values);
  const row = rows[0];
  if (!row) throw new Error(`office ${officeId} not found`);
  const week: WorkingWeek = row.working_days
    ? { workingDays: row.working_days.map(Number).sort(), dayStart: row.day_start as string, dayEnd: row.day_end as string, isDefault: false }
    : { ...DEFAULT_WORKING_WEEK, workingDays: [...DEFAULT_WORKING_WEEK.workingDays], isDefault: true };
  const reasons = new Map<string, DayOffReason[]>();
  const add = (date: string, r: DayOffReason) => reasons.set(date, [...(reasons.get(date) ?? []), r]);
  for (const h of nationalHolidays(from, to)) add(h.date, { kind: 'national-holiday', name: h.name });
  for (const d of row.national) add(d.day, { kind: 'cuti-bersama', name: d.name });
  for (const d of row.own) add(d.day, { kind: 'office-day-off', name: d.name });
  return {
    officeId,
    timeZone: row.time_zone,
    workingDays: week.workingDays,
    dayStart: week.dayStart,
    dayEnd: week.dayEnd,
    daysOff: new Set(reasons.keys()),
    isDefault: week.isDefault,
    reasons,
  };
}

/** Each local day from `from` to `to` as the calendar API shows it. */
export function calendarDays(cal: OfficeCalendar, from: string, to: string): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const reasons: DayOffReason[] = [];
    if (!cal.workingDays.includes(isoWeekday(date))) reasons.push({ kind: 'weekend' });
    reasons.push(...(cal.reasons.get(date) ?? []));
    const working = isWorkingDay(date, cal);
    out.push({ date, working, hours: working ? { start: cal.dayStart, end: cal.dayEnd } : null, reasons });
  }
  return out;
}

/**
 * Whether a local date (YYYY-MM-DD, in the office's zone) is a working day of the office: one of
 * its working weekdays and neither a public holiday, a national day off nor one of its own.
 */
export async function isOfficeWorkingDay(db: Queryable, officeId: string, date: string): Promise<boolean> {
  return isWorkingDay(date, await loadOfficeCalendar(db, officeId, date, date));
}

/** How far ahead days off are loaded to plan a wait: as far as working time is looked for. */
const PLAN_HORIZON_DAYS = MAX_CALENDAR_DAYS;

export interface WaitRequest {
  officeId: string;
  /** Length of the step: working seconds for a working step, elapsed seconds otherwise. 0: the next working instant. */
  seconds: number;
  clock: StepClock;
  /**
   * Move the end to the next working instant when it falls outside working hours (reminders). It
   * applies to working steps, and to elapsed ones only in an office that has set its own working
   * week: an office on the default calendar keeps its elapsed steps exactly as before.
   */
  deferToWorkingHours?: boolean;
  /** Warn at this share of the step (0 < share < 1)… */
  warnShare?: number;
  /** …or this many seconds (of the step's clock) before its end. */
  warnBeforeSeconds?: number;
}

export interface PlannedWait {
  /** When the step ends (ISO instant). */
  at: string;
  /** From `now` to `at`, in milliseconds (what the workflow sleeps). */
  waitMs: number;
  /** When to warn, if the step warns and the instant is still ahead. */
  warnAt?: string;
  warnWaitMs?: number;
}

/** Plans one wait from `now` over the office's calendar (pure once the calendar is loaded). */
export function planWait(req: WaitRequest, now: Date, cal: WorkingCalendar & { isDefault: boolean }): PlannedWait {
  const working = req.clock === 'working';
  const after = (seconds: number) => (working ? addWorkingTime(now, seconds, cal) : new Date(now.getTime() + seconds * 1000));
  let at = after(req.seconds);
  if (req.deferToWorkingHours && (working || !cal.isDefault)) at = nextWorkingInstant(at, cal);
  const out: PlannedWait = { at: at.toISOString(), waitMs: Math.max(0, at.getTime() - now.getTime()) };
  let warnSeconds: number | undefined;
  if (req.warnShare !== undefined && req.warnShare > 0 && req.warnShare < 1) warnSeconds = req.seconds * req.warnShare;
  else if (req.warnBeforeSeconds !== undefined && req.warnBeforeSeconds > 0) warnSeconds = req.seconds - req.warnBeforeSeconds;
  if (warnSeconds !== undefined && warnSeconds > 0) {
    const warnAt = after(warnSeconds);
    if (warnAt.getTime() < at.getTime()) {
      out.warnAt = warnAt.toISOString();
      out.warnWaitMs = Math.max(0, warnAt.getTime() - now.getTime());
    }
  }
  return out;
}

/** Loads the office's calendar and plans the wait from now. */
export async function planOfficeWait(db: Queryable, req: WaitRequest, now = new Date()): Promise<PlannedWait> {
  // The office's local today is within a day of UTC's in every Indonesian zone (UTC+7 to UTC+9): the
  // range is taken a day wider on each side, so the zone comes with the calendar in one round trip.
  const utcToday = now.toISOString().slice(0, 10);
  const cal = await loadOfficeCalendar(db, req.officeId, addDays(utcToday, -2), addDays(utcToday, PLAN_HORIZON_DAYS + 1));
  return planWait(req, now, cal);
}
