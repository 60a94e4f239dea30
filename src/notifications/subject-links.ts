/**
 * The web app's page of a notification's subject (as web/src/lib/subjects.ts and the routes of
 * web/src/**): what an e-mail links to. A subject without a page of its own links to the dashboard.
 */
const PAGES: Record<string, string> = { repair: '/perbaikan', escalation: '/surat', outage: '/gangguan', tour: '/kunjungan' };

export function subjectLink(baseUrl: string, subjectType: string, subjectId: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  const page = PAGES[subjectType];
  return page ? `${base}${page}/${encodeURIComponent(subjectId)}` : `${base}/`;
}

/** Where a person chooses how each kind reaches them. */
export const PREFERENCES_PATH = '/pengaturan/pemberitahuan';
