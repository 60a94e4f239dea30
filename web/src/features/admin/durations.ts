/**
 * The SLA policy's durations are seconds on the wire; admins read and write them in days, hours and
 * (for short steps) minutes. The conversion is exact both ways: a value the units shown cannot hold
 * (a policy set through the API to 90 seconds) brings the unit it needs onto the form, never rounded.
 */
export const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;
export type Unit = (typeof UNITS)[number];
export const UNIT_SECONDS: Record<Unit, number> = { days: 86_400, hours: 3_600, minutes: 60, seconds: 1 };
/** The largest value a unit's box takes when a larger unit is beside it (23 hours, 59 minutes…). */
export const UNIT_MAX: Record<Unit, number> = { days: 366, hours: 23, minutes: 59, seconds: 59 };
/** The server's limit (366 days) and its floor. */
export const MAX_SECONDS = 366 * 86_400;

export type Parts = Record<Unit, number>;

export function split(seconds: number): Parts {
  return {
    days: Math.floor(seconds / 86_400),
    hours: Math.floor((seconds % 86_400) / 3_600),
    minutes: Math.floor((seconds % 3_600) / 60),
    seconds: seconds % 60,
  };
}

export function join(parts: Partial<Parts>): number {
  return UNITS.reduce((sum, u) => sum + (parts[u] ?? 0) * UNIT_SECONDS[u], 0);
}

/** The units a field shows: its own (days and hours; minutes too for a short step), and any its values need. */
export function unitsFor(short: boolean, ...values: number[]): Unit[] {
  const needs = (u: Unit) => values.some((v) => split(v)[u] !== 0);
  return UNITS.filter((u) => u === 'days' || u === 'hours' || (u === 'minutes' && (short || needs('minutes'))) || (u === 'seconds' && needs('seconds')));
}

/** Every non-zero part, largest first ("10 hari 6 jam"); "0" parts left out. */
export function describe(seconds: number, t: (key: string, options: { count: number }) => string): string {
  const parts = split(seconds);
  const key: Record<Unit, string> = { days: 'countdown.day', hours: 'countdown.hour', minutes: 'countdown.minute', seconds: 'countdown.second' };
  const words = UNITS.filter((u) => parts[u] > 0).map((u) => t(key[u], { count: parts[u] }));
  return words.length > 0 ? words.join(' ') : t('countdown.second', { count: 0 });
}
