/**
 * The page of a case, letter or outage, from the API's name of its kind (a notification's
 * subjectType, a dashboard item's kind); null for a kind without a page of its own yet (tours).
 */
const PAGES: Record<string, string> = { repair: '/perbaikan', escalation: '/surat', outage: '/gangguan' };

export function subjectPath(type: string, id: string): string | null {
  const base = PAGES[type];
  return base ? `${base}/${encodeURIComponent(id)}` : null;
}
