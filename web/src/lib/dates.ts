/** A date-time as the office reads it, with its zone named (WIB, WITA, WIT). */
export function formatDateTime(iso: string, language: string, timeZone = 'Asia/Jakarta'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
