/**
 * The page of a case, letter, outage or tour, from the API's name of its kind (a notification's
 * subjectType, a dashboard item's kind); null for a kind without a page of its own.
 */
const PAGES: Record<string, string> = { repair: '/perbaikan', escalation: '/surat', outage: '/gangguan', tour: '/kunjungan' };

/** Kinds whose page is one page for all of them: an office's digest opens Beranda, an area's weekly one Pengawasan. */
const FIXED_PAGES: Record<string, string> = { digest: '/', 'area-digest': '/pengawasan' };

export function subjectPath(type: string, id: string | null): string | null {
  const fixed = FIXED_PAGES[type];
  if (fixed) return fixed;
  const base = PAGES[type];
  return base && id ? `${base}/${encodeURIComponent(id)}` : null;
}
