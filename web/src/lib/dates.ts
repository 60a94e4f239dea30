/** A date-time as the office reads it, with its zone named (WIB, WITA, WIT). */
export function formatDateTime(iso: string, language: string, timeZone = 'Asia/Jakarta'): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName: the fields are named one by one.
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
