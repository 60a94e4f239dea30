/** A day (`YYYY-MM-DD`, a calendar day, no zone to convert) as people read it: 30 Nov 2026. */
export function formatDay(day: string, language: string, opts: { year?: boolean } = {}): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: opts.year === false ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A count as people write it: 7.000 (Indonesian), 7,000 (English); 1,5 days. */
export function formatNumber(n: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(n);
}
