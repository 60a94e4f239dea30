import type { OfficeZone } from '../../lib/dates';

export { officeZone, type OfficeZone } from '../../lib/dates';

/** Now as the office's clock shows it, `YYYY-MM-DD HH:mm:ss` (the date pickers' value). */
export function nowInZone(zone: OfficeZone, now = Date.now()): string {
  return new Date(now + zone.offsetHours * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** Today in the office, `YYYY-MM-DD`. */
export function todayInZone(zone: OfficeZone, now = Date.now()): string {
  return nowInZone(zone, now).slice(0, 10);
}

/** A picker's `YYYY-MM-DD HH:mm[:ss]`, read on the office's clock, as an ISO date-time that states its offset. */
export function zonedIso(wallClock: string, zone: OfficeZone): string {
  const [date, time = '00:00:00'] = wallClock.trim().split(/[ T]/);
  const hms = time.length === 5 ? `${time}:00` : time;
  return `${date}T${hms}+0${zone.offsetHours}:00`;
}

/** A day `n` days after `day` (`YYYY-MM-DD`). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
