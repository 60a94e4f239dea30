import { applyDecorators } from '@nestjs/common';
import { IsNumber, Max, Min } from 'class-validator';

/**
 * Where a service point is and when it is open: the ranges its coordinates must lie in, the
 * great-circle distance between two of them, and the shape and rules of its opening hours. One
 * implementation for the JSON routes, the CSV import, a repair case's alternatives and the public page.
 */

/**
 * Indonesia lies between about 11.0° S (Pulau Ndana, Rote) and 6.1° N (Pulau Rondo, Aceh), and
 * 95.0° E (Pulau Benggala) and 141.0° E (the Papua New Guinea border); half a degree of margin
 * around that, and nothing else: a point outside is a typing error (swapped or unsigned values).
 */
export const LATITUDE_RANGE = { min: -11.5, max: 6.5 } as const;
export const LONGITUDE_RANGE = { min: 94.5, max: 141.5 } as const;

/**
 * A coordinate field's rules: a finite number of degrees inside Indonesia's extremes, each refusal
 * naming the field (`latitude`, `lat`, …). For the service points' stored place and a resident's
 * position alike.
 */
export function IsDegreesInIndonesia(axis: 'latitude' | 'longitude', field: string): PropertyDecorator {
  const range = axis === 'latitude' ? LATITUDE_RANGE : LONGITUDE_RANGE;
  return applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${field} must be a number of degrees` }),
    Min(range.min, { message: `${field} must lie within Indonesia: at least ${range.min}` }),
    Max(range.max, { message: `${field} must lie within Indonesia: at most ${range.max}` }),
  );
}

export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine); far more exact than a road distance is anyway. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** What answers show: km to one decimal. */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}

/** Both coordinates of a row, or null when it has none. */
export function coordinatesOf(row: { latitude?: number | null; longitude?: number | null }): Coordinates | null {
  return row.latitude === null || row.latitude === undefined || row.longitude === null || row.longitude === undefined
    ? null
    : { latitude: Number(row.latitude), longitude: Number(row.longitude) };
}

/**
 * Orders places by distance from `from` where both have coordinates (nearest first), and after them,
 * in the order given (the fallback order), those whose distance is not known; without `from`, the
 * order given. Each place comes back with `distanceKm` (1 decimal, null when not known).
 */
export function byDistance<T extends { latitude?: number | null; longitude?: number | null }>(
  from: Coordinates | null,
  places: readonly T[],
): Array<T & { distanceKm: number | null }> {
  const measured = places.map((place, index) => {
    const to = coordinatesOf(place);
    return { place, index, km: from && to ? distanceKm(from, to) : null };
  });
  measured.sort((a, b) => {
    if (a.km !== null && b.km !== null) return a.km - b.km || a.index - b.index;
    if (a.km !== null) return -1;
    if (b.km !== null) return 1;
    return a.index - b.index;
  });
  return measured.map(({ place, km }) => ({ ...place, distanceKm: km === null ? null : roundKm(km) }));
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Day names as offices write them: mon … sun, or in Indonesian sen … min and Senin … Minggu. */
const DAY_WORDS = new Map<string, Weekday>([
  ...WEEKDAYS.map((d) => [d, d] as const),
  ...Object.entries({ sen: 'mon', senin: 'mon', sel: 'tue', selasa: 'tue', rab: 'wed', rabu: 'wed', kam: 'thu', kamis: 'thu' } as const),
  ...Object.entries({ jum: 'fri', jumat: 'fri', "jum'at": 'fri', sab: 'sat', sabtu: 'sat', min: 'sun', minggu: 'sun' } as const),
]);

/** One opening of a day, in the office's local time: `open` to `close`, `HH:MM`. */
export interface OpeningHoursEntry {
  day: Weekday;
  open: string;
  close: string;
}

/** 00:00 to 23:59; a close may also be 24:00 (open until midnight). */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
export const CLOSING_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
/** Three openings a day at most (a break at noon, Friday prayers). */
export const MAX_OPENING_ENTRIES = 21;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The rules a week of opening hours meets beyond each entry's shape: each opening closes after it
 * opens, and a day's openings do not overlap. Answers the first problem (`index` of the entry and
 * what is wrong), or null; `entries` come back sorted (Monday first, earliest first) when they are fine.
 */
export function openingHoursProblem(entries: OpeningHoursEntry[]): { index: number; message: string } | null {
  if (entries.length > MAX_OPENING_ENTRIES) return { index: MAX_OPENING_ENTRIES, message: `at most ${MAX_OPENING_ENTRIES} openings a week` };
  for (const [index, e] of entries.entries()) {
    if (minutes(e.close) <= minutes(e.open)) return { index, message: `closes (${e.close}) before or when it opens (${e.open})` };
  }
  const sorted = entries.map((e, index) => ({ e, index })).sort((a, b) => compareEntries(a.e, b.e));
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1], sorted[i]];
    if (prev.e.day === cur.e.day && minutes(cur.e.open) < minutes(prev.e.close)) {
      return { index: cur.index, message: `${cur.e.day} ${cur.e.open}-${cur.e.close} overlaps ${prev.e.open}-${prev.e.close}` };
    }
  }
  return null;
}

function compareEntries(a: OpeningHoursEntry, b: OpeningHoursEntry): number {
  return WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || minutes(a.open) - minutes(b.open);
}

/** As stored and answered: only the three fields, Monday first, earliest first. */
export function normalizeOpeningHours(entries: OpeningHoursEntry[]): OpeningHoursEntry[] {
  return entries.map(({ day, open, close }) => ({ day, open, close })).sort(compareEntries);
}

function dayOf(word: string | undefined): Weekday | undefined {
  return word === undefined ? undefined : DAY_WORDS.get(word.toLowerCase());
}

/**
 * The CSV form of opening hours: openings separated by `;`, each a day or a range of days and one
 * or more times (separated by commas or spaces), e.g. `mon-thu 08:00-15:00; fri 08:00-11:00 13:30-16:00`
 * (or in Indonesian, `sen-kam 08:00-15:00; jum 08:00-11:00 13:30-16:00`). Answers the entries, or what is wrong.
 */
export function parseOpeningHoursText(text: string): { entries: OpeningHoursEntry[] } | { error: string } {
  const entries: OpeningHoursEntry[] = [];
  for (const part of text.split(';').map((s) => s.trim())) {
    if (!part) continue;
    const m = /^(\S+)\s+(.+)$/.exec(part);
    if (!m) return { error: `"${part}" must be days and times, such as mon-fri 08:00-15:00` };
    const [from, to, ...rest] = m[1].split('-');
    const first = dayOf(from);
    const last = to === undefined ? first : dayOf(to);
    if (!first || !last || rest.length > 0) return { error: `"${m[1]}" must be a day (mon … sun, or sen … min) or a range of days such as mon-fri` };
    const [i, j] = [WEEKDAYS.indexOf(first), WEEKDAYS.indexOf(last)];
    if (j < i) return { error: `"${m[1]}": the range must run forwards (mon-fri, not fri-mon)` };
    for (const span of m[2].split(/[\s,]+/).filter(Boolean)) {
      const t = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(span);
      if (!t || !TIME_OF_DAY.test(t[1]) || !CLOSING_TIME.test(t[2])) return { error: `"${span}" must be opening and closing times such as 08:00-15:00` };
      for (let d = i; d <= j; d++) entries.push({ day: WEEKDAYS[d], open: t[1], close: t[2] });
    }
  }
  if (entries.length === 0) return { error: 'no opening hours; leave the cell empty instead' };
  const problem = openingHoursProblem(entries);
  if (problem) return { error: problem.message };
  return { entries: normalizeOpeningHours(entries) };
}
