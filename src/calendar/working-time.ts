/**
 * Working time over an office's business calendar: pure (no I/O, no clock), so it is unit-tested
 * with explicit instants. The calendar's days and hours are the office's own (its IANA zone).
 */

/** ISO weekdays: 1 Monday … 7 Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface WorkingCalendar {
  /** IANA zone of the office (Asia/Jakarta, Asia/Makassar, Asia/Jayapura). */
  timeZone: string;
  /** The weekdays that are working days (ISO: 1 Monday … 7 Sunday). */
  workingDays: readonly number[];
  /** Local start and end of the working hours, HH:MM (end after start, same day). */
  dayStart: string;
  dayEnd: string;
  /** Local dates (YYYY-MM-DD) that are days off whatever their weekday: holidays, cuti bersama, the office's own. */
  daysOff: ReadonlySet<string>;
}

/** Default working week of an office that has not set its own: Monday–Friday 08:00–16:00. */
export const DEFAULT_WORKING_WEEK = { workingDays: [1, 2, 3, 4, 5] as number[], dayStart: '08:00', dayEnd: '16:00' };

/**
 * Working time is looked for this many days ahead at most (a calendar without working days fails,
 * not loops): the longest policy step, 366 days of working seconds, is about 1,100 working days of
 * eight hours, some four and a half years of five-day weeks.
 */
export const MAX_CALENDAR_DAYS = 8 * 366;

export function isWorkingDay(date: string, cal: Pick<WorkingCalendar, 'workingDays' | 'daysOff'>): boolean {
  return cal.workingDays.includes(isoWeekday(date)) && !cal.daysOff.has(date);
}

/**
 * The instant `seconds` of working time after `from`: only the working hours of working days count.
 * With 0 seconds, the next working instant (`from` itself when it is in working hours).
 */
export function addWorkingTime(from: Date, seconds: number, cal: WorkingCalendar): Date {
  const startMin = minutesOf(cal.dayStart);
  const endMin = minutesOf(cal.dayEnd);
  let remaining = Math.max(0, seconds) * 1000;
  const t = from.getTime();
  let date = localDate(t, cal.timeZone);
  for (let i = 0; i <= MAX_CALENDAR_DAYS; i++, date = addDays(date, 1)) {
    if (!isWorkingDay(date, cal)) continue;
    const end = localInstant(date, endMin, cal.timeZone);
    if (t >= end) continue;
    const begin = Math.max(t, localInstant(date, startMin, cal.timeZone));
    if (remaining <= end - begin) return new Date(begin + remaining);
    remaining -= end - begin;
  }
  throw new Error(`no working time within ${MAX_CALENDAR_DAYS} days of ${from.toISOString()}`);
}

/** The first instant at or after `at` within working hours of a working day. */
export function nextWorkingInstant(at: Date, cal: WorkingCalendar): Date {
  return addWorkingTime(at, 0, cal);
}

/** Seconds of working time between two instants (0 when `to` is not after `from`). */
export function workingSecondsBetween(from: Date, to: Date, cal: WorkingCalendar): number {
  const startMin = minutesOf(cal.dayStart);
  const endMin = minutesOf(cal.dayEnd);
  const a = from.getTime();
  const b = to.getTime();
  let total = 0;
  let date = localDate(a, cal.timeZone);
  for (let i = 0; i <= MAX_CALENDAR_DAYS; i++, date = addDays(date, 1)) {
    const dayBegin = localInstant(date, 0, cal.timeZone);
    if (dayBegin >= b) break;
    if (!isWorkingDay(date, cal)) continue;
    const begin = Math.max(a, localInstant(date, startMin, cal.timeZone));
    const end = Math.min(b, localInstant(date, endMin, cal.timeZone));
    if (end > begin) total += end - begin;
  }
  return total / 1000;
}

// ---- local dates and instants -------------------------------------------------------------------

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  return f;
}

function localParts(t: number, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of format(timeZone).formatToParts(new Date(t))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The local calendar day (YYYY-MM-DD) of an instant in a zone. */
export function localDate(t: number | Date, timeZone: string): string {
  const p = localParts(typeof t === 'number' ? t : t.getTime(), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The instant (ms) of a local date's `minutes` after midnight in a zone. */
export function localInstant(date: string, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const naive = Date.UTC(y, m - 1, d, 0, minutes);
  // Two rounds settle zones with a daylight-saving shift; Indonesia's have none.
  let t = naive - offsetMs(naive, timeZone);
  t = naive - offsetMs(t, timeZone);
  return t;
}

function offsetMs(t: number, timeZone: string): number {
  const p = localParts(t, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000;
}

export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function isoWeekday(date: string): IsoWeekday {
  const [y, m, d] = date.split('-').map(Number);
  return (((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
