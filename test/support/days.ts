import { createHash, randomBytes } from 'node:crypto';

/** The calendar day `days` after `date` (YYYY-MM-DD; negative goes back). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A recording packet of random bytes with its SHA-256, as a tour's kit uploads one. */
export function packet(size = 2048): { content: Buffer; sha256: string } {
  const content = randomBytes(size);
  return { content, sha256: createHash('sha256').update(content).digest('hex') };
}
