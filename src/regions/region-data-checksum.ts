import { createHash } from 'node:crypto';

/**
 * Part of the checksum: raise it when the import itself changes what it writes (a new column, a new
 * table from the same files), so every database re-imports once with the new importer.
 */
export const IMPORTER_VERSION = 1;

/** sha256 over the data files (each name and its bytes, in import order) and IMPORTER_VERSION. */
export function regionDataChecksum(files: Array<{ name: string; bytes: Buffer }>): string {
  const hash = createHash('sha256').update(`region-importer:${IMPORTER_VERSION}\n`);
  for (const f of files) hash.update(`${f.name}:${f.bytes.length}\n`).update(f.bytes);
  return hash.digest('hex');
}
