import Holidays from 'date-holidays';

/** A national public holiday: its calendar day and its name (in Indonesian where the library has it). */
export interface NationalHoliday {
  /** YYYY-MM-DD. A national holiday is the same calendar day in WIB, WITA and WIT. */
  date: string;
  name: string;
}

// The library's data for every country is read once, on first use.
let indonesia: Holidays | undefined;
const byYear = new Map<number, NationalHoliday[]>();

/**
 * Indonesia's national public holidays (type `public` in date-holidays, country ID) from `from` to
 * `to`, both YYYY-MM-DD and included, in date order. Issue 15's working-day calendars extend this
 * with each office's own days off (cuti bersama, regional holidays).
 */
export function nationalHolidays(from: string, to: string): NationalHoliday[] {
  const out: NationalHoliday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const h of holidaysOf(year)) if (h.date >= from && h.date <= to) out.push(h);
  }
  return out;
}

function holidaysOf(year: number): NationalHoliday[] {
  let days = byYear.get(year);
  if (!days) {
    indonesia ??= new Holidays('ID');
    const seen = new Set<string>();
    days = [];
    for (const h of indonesia.getHolidays(year, 'id')) {
      if (h.type !== 'public') continue;
      // The library's `date` is the local calendar day ("2026-03-20 00:00:00 -0600" for a day that begins at sunset).
      const date = h.date.slice(0, 10);
      const key = `${date} ${h.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      days.push({ date, name: h.name });
    }
    days.sort((a, b) => a.date.localeCompare(b.date));
    byYear.set(year, days);
  }
  return days;
}
