import type { Schemas } from '../../lib/api';

/**
 * Opening hours as offices write them (the CSV import's form): `sen-kam 08:00-15:00; jum 08:00-11:00`,
 * days in Indonesian or English. The server checks the week (no overlap, closes after it opens) and
 * names the entry it refuses; this only turns the words into entries and back.
 */
export type Opening = Schemas['OpeningHoursDto'];
type Weekday = Opening['day'];

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const INDONESIAN: Record<Weekday, string> = { mon: 'sen', tue: 'sel', wed: 'rab', thu: 'kam', fri: 'jum', sat: 'sab', sun: 'min' };
const WORDS = new Map<string, Weekday>([
  ...WEEKDAYS.map((d) => [d, d] as const),
  ...WEEKDAYS.map((d) => [INDONESIAN[d], d] as const),
  ...Object.entries({ senin: 'mon', selasa: 'tue', rabu: 'wed', kamis: 'thu', jumat: 'fri', "jum'at": 'fri', sabtu: 'sat', minggu: 'sun' } as const),
]);
const SPAN = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** The entries of the text; `null` for an empty text (no hours entered); `'invalid'` when it cannot be read. */
export function parseHours(text: string): Opening[] | null | 'invalid' {
  const entries: Opening[] = [];
  for (const part of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\S+)\s+(.+)$/.exec(part);
    if (!m) return 'invalid';
    const [from, to, ...rest] = m[1].toLowerCase().split('-');
    const first = WORDS.get(from);
    const last = to === undefined ? first : WORDS.get(to);
    if (!first || !last || rest.length > 0 || WEEKDAYS.indexOf(last) < WEEKDAYS.indexOf(first)) return 'invalid';
    for (const span of m[2].split(/[\s,]+/).filter(Boolean)) {
      if (!SPAN.test(span)) return 'invalid';
      const [open, close] = span.split('-');
      for (let d = WEEKDAYS.indexOf(first); d <= WEEKDAYS.indexOf(last); d++) entries.push({ day: WEEKDAYS[d], open, close });
    }
  }
  return entries.length === 0 ? null : entries;
}

/** The week in words, consecutive days with the same hours as one range: `sen-kam 08:00-15:00; jum 08:00-11:00`. */
export function formatHours(entries: Opening[] | null, language: string): string {
  if (!entries || entries.length === 0) return '';
  const name = (d: Weekday) => (language === 'en' ? d : INDONESIAN[d]);
  const byDay = WEEKDAYS.map((d) =>
    entries
      .filter((e) => e.day === d)
      .map((e) => `${e.open}-${e.close}`)
      .join(' '),
  );
  const parts: string[] = [];
  for (let i = 0; i < 7; i++) {
    if (!byDay[i]) continue;
    let j = i;
    while (j + 1 < 7 && byDay[j + 1] === byDay[i]) j++;
    parts.push(`${j > i ? `${name(WEEKDAYS[i])}-${name(WEEKDAYS[j])}` : name(WEEKDAYS[i])} ${byDay[i]}`);
    i = j;
  }
  return parts.join('; ');
}
