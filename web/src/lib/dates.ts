/**
 * The zone dates are shown in: the signed-in person's office's (WIB, WITA or WIT), set by the shell
 * from /auth/me before any page renders.
 */
let displayZone = 'Asia/Jakarta';
export function setDisplayZone(zone: string): void {
  displayZone = zone;
}

/**
 * Indonesia's three zones (the API gives an office's as `timeZone`), none with daylight saving, so
 * each is a fixed offset. `name` is what officers read after an hour, not the browser's "GMT+8".
 */
export interface OfficeZone {
  timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  name: 'WIB' | 'WITA' | 'WIT';
  offsetHours: 7 | 8 | 9;
}

const ZONES: Record<OfficeZone['timeZone'], OfficeZone> = {
  'Asia/Jakarta': { timeZone: 'Asia/Jakarta', name: 'WIB', offsetHours: 7 },
  'Asia/Makassar': { timeZone: 'Asia/Makassar', name: 'WITA', offsetHours: 8 },
  'Asia/Jayapura': { timeZone: 'Asia/Jayapura', name: 'WIT', offsetHours: 9 },
};

/** The office's zone from the API's `timeZone` (WIB for one it does not know). */
export function officeZone(timeZone: string | undefined): OfficeZone {
  return ZONES[timeZone as OfficeZone['timeZone']] ?? ZONES['Asia/Jakarta'];
}

/** A date-time as the office reads it, with its zone named (WIB, WITA, WIT). */
export function formatDateTime(iso: string, language: string, timeZone = displayZone): string {
  const text = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
  return `${text} ${ZONES[timeZone as OfficeZone['timeZone']]?.name ?? timeZone}`;
}

/** A calendar day (`YYYY-MM-DD`, no zone to convert) as the office reads it: 24 Nov 2026, or 24 Nov without the year. */
export function formatDay(day: string, language: string, opts: { year?: boolean } = {}): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: opts.year === false ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

/** A day in full, as the calendar names its day buttons: 25 Desember 2026. */
export function longDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day.slice(0, 10)}T00:00:00Z`),
  );
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

/** The day `n` days after `day` (`YYYY-MM-DD`). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
