/**
 * The office's time zone (the API says it: WIB, WITA or WIT). Indonesia keeps three zones, none
 * with daylight saving, so each is a fixed offset; the server counts the office's days in it too.
 */
export interface OfficeZone {
  timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  /** What people call it, in either language. */
  name: 'WIB' | 'WITA' | 'WIT';
  offsetHours: 7 | 8 | 9;
}

const WIB: OfficeZone = { timeZone: 'Asia/Jakarta', name: 'WIB', offsetHours: 7 };
const WITA: OfficeZone = { timeZone: 'Asia/Makassar', name: 'WITA', offsetHours: 8 };
const WIT: OfficeZone = { timeZone: 'Asia/Jayapura', name: 'WIT', offsetHours: 9 };

const ZONES: Record<OfficeZone['timeZone'], OfficeZone> = { 'Asia/Jakarta': WIB, 'Asia/Makassar': WITA, 'Asia/Jayapura': WIT };

/** The office's zone, as the API gives it (`timeZone` of the office): its days and hours are the office's own. */
export function officeZone(timeZone: string | undefined): OfficeZone {
  return ZONES[timeZone as OfficeZone['timeZone']] ?? WIB;
}

/** Now as the office's clock shows it, `YYYY-MM-DD HH:mm:ss` (the date pickers' value). */
export function nowInZone(zone: OfficeZone, now = Date.now()): string {
  return new Date(now + zone.offsetHours * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** Today in the office, `YYYY-MM-DD`. */
export function todayInZone(zone: OfficeZone, now = Date.now()): string {
  return nowInZone(zone, now).slice(0, 10);
}

/** A picker's `YYYY-MM-DD HH:mm[:ss]`, read on the office's clock, as an ISO date-time that states its offset. */
export function zonedIso(wallClock: string, zone: OfficeZone): string {
  const [date, time = '00:00:00'] = wallClock.trim().split(/[ T]/);
  const hms = time.length === 5 ? `${time}:00` : time;
  return `${date}T${hms}+0${zone.offsetHours}:00`;
}

/** A day `n` days after `day` (`YYYY-MM-DD`). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
