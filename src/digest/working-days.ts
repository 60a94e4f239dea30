import { calendarDays, DayOffReason, loadOfficeCalendar, Queryable } from '../calendar/business-calendar';

export interface WorkingDayAnswer {
  working: boolean;
  /** Why not, in Bahasa Indonesia (the weekend, the holiday's or the day's name); null on a working day. */
  reason: string | null;
}

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/**
 * Whether a local calendar day (YYYY-MM-DD) is a working day for an office, by its business
 * calendar (src/calendar): its working week, the public holidays, the national cuti bersama and its
 * own days off. The one place the digests ask.
 */
export async function isWorkingDay(db: Queryable, officeId: string, localDate: string): Promise<WorkingDayAnswer> {
  const [day] = calendarDays(await loadOfficeCalendar(db, officeId, localDate, localDate), localDate, localDate);
  if (day.working) return { working: true, reason: null };
  return { working: false, reason: day.reasons.map((r) => reasonText(r, localDate)).join('; ') || 'bukan hari kerja' };
}

function reasonText(r: DayOffReason, localDate: string): string {
  switch (r.kind) {
    case 'weekend':
      return `hari ${HARI[new Date(`${localDate}T00:00:00Z`).getUTCDay()]}`;
    case 'national-holiday':
      return `hari libur nasional (${r.name})`;
    case 'cuti-bersama':
      return `cuti bersama (${r.name})`;
    case 'office-day-off':
      return `hari libur kantor (${r.name})`;
  }
}

/** The calendar day of an instant in a time zone, YYYY-MM-DD. */
export function localDateOf(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The wall-clock time of an instant in a time zone: hour, minute, second and millisecond. */
export function localTimeOf(at: Date, timeZone: string): { hour: number; minute: number; second: number; millisecond: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const of = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { hour: of('hour'), minute: of('minute'), second: of('second'), millisecond: at.getUTCMilliseconds() };
}

/** The Monday of the week a local day is in, YYYY-MM-DD. */
export function mondayOf(localDate: string): string {
  const d = new Date(`${localDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
