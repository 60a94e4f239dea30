/**
 * The zone dates are shown in: the signed-in person's office's (WIB, WITA or WIT), set by the shell
 * from /auth/me before any page renders.
 */
let displayZone = 'Asia/Jakarta';
export function setDisplayZone(zone: string): void {
  displayZone = zone;
}

/** What officers read after an hour: the zone's Indonesian name, not the browser's "GMT+8". */
const ZONE_NAMES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

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
  return `${text} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}

/** A calendar day (YYYY-MM-DD) as the office reads it: "24 Nov 2026". */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
