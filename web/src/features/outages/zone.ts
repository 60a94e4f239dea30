/**
 * The office's time zone, from its regency's province (the first two digits of its code):
 * Indonesia keeps three zones, none with daylight saving, so each is a fixed offset.
 * WITA: Bali, Nusa Tenggara (51–53), South, East and North Kalimantan (63–65), Sulawesi (7x);
 * WIT: Maluku (8x) and Papua (9x); WIB everywhere else.
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

/**
 * The zone of the API's days (print progress and overtime are counted per day in WIB, whatever the
 * office's zone): the day pickers use it, so what they offer is what the server accepts.
 */
export const SERVER_DAYS: OfficeZone = WIB;

export function officeZone(regencyCode: string | undefined): OfficeZone {
  const province = Number(regencyCode?.slice(0, 2));
  if (!Number.isInteger(province)) return WIB;
  if ((province >= 51 && province <= 53) || (province >= 63 && province <= 65) || (province >= 71 && province <= 79)) return WITA;
  if (province >= 81) return WIT;
  return WIB;
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
