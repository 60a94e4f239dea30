/** A count as people write it: 7.000 (Indonesian), 7,000 (English); 1,5 days. */
export function formatNumber(n: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(n);
}
