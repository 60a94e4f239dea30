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

/** A calendar day (YYYY-MM-DD) as the office reads it: "24 Nov 2026". */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
