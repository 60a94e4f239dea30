import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse } from 'csv-parse/sync';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { regionDataChecksum } from './region-data-checksum';

export interface RegionImportResult {
  provinces: number;
  regencies: number;
  districts: number;
  villages: number;
  /** Rows written (0 when skipped). */
  changed: number;
  millis: number;
  /** True when the stored checksum matched the data's: nothing was read into the database. */
  skipped: boolean;
  /** sha256 of the data files and the importer's version (see region-data-checksum.ts). */
  checksum: string;
}

export interface RegionImportOptions {
  /** Import even when the stored checksum matches (`npm run regions:import -- --force`). */
  force?: boolean;
  dataDir?: string;
}



interface TableSpec {
  file: string;
  table: string;
  parentColumn?: string;
  parentCsvColumn?: string;
}

const TABLES: TableSpec[] = [
  { file: 'provinces.csv', table: 'provinces' },
  { file: 'regencies.csv', table: 'regencies', parentColumn: 'province_code', parentCsvColumn: 'province_code' },
  { file: 'districts.csv', table: 'districts', parentColumn: 'regency_code', parentCsvColumn: 'regency_code' },
  { file: 'villages.csv', table: 'villages', parentColumn: 'district_code', parentCsvColumn: 'district_code' },
];

const CHUNK = 10_000;

/** Where the idn-area-data package keeps its CSV files (the package's JS entry is ESM-only; we need only the data). */
export function idnAreaDataDir(): string {
  const pkg = require.resolve('idn-area-data/package.json');
  return path.join(path.dirname(pkg), 'data');
}


/**
 * Imports Kemendagri regions from idn-area-data: upserts in chunks through `unnest`, touching only
 * rows whose name or parent changed, so a second run writes nothing. Skipped altogether (one log line)
 * when the data's checksum is the one stored by the last import, unless forced.
 */
@Injectable()
export class RegionImportService {
  private readonly logger = new Logger(RegionImportService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async importAll(options: RegionImportOptions = {}): Promise<RegionImportResult> {
    const dataDir = options.dataDir ?? idnAreaDataDir();
    const started = process.hrtime.bigint();
    const files = TABLES.map((spec) => ({ spec, bytes: fs.readFileSync(path.join(dataDir, spec.file)) }));
    const checksum = regionDataChecksum(files.map((f) => ({ name: f.spec.file, bytes: f.bytes })));
    const counts: Record<string, number> = {};
    let changed = 0;
    let skipped = false;
    await this.dataSource.transaction(async (manager) => {
      // A long job: the requests' statement timeout is not for it (SET LOCAL ends with the transaction).
      await manager.query('SET LOCAL statement_timeout = 0');
      // One import at a time, even with several API replicas starting together; the checksum is read
      // under the lock, so a replica that waited for another's import sees its row and skips.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['region-import']);
      const [stored] = (await manager.query(
        'SELECT checksum, provinces, regencies, districts, villages FROM region_imports WHERE id = 1',
      )) as Array<{ checksum: string; provinces: number; regencies: number; districts: number; villages: number }>;
      if (stored?.checksum === checksum && !options.force) {
        skipped = true;
        Object.assign(counts, { provinces: stored.provinces, regencies: stored.regencies, districts: stored.districts, villages: stored.villages });
        return;
      }
      for (const { spec, bytes } of files) {
        const rows = parse(bytes, { columns: true, skip_empty_lines: true, trim: true }) as Array<Record<string, string>>;
        counts[spec.table] = rows.length;
        changed += await this.upsert(manager, spec, rows);
      }
      // In the import's transaction: the checksum is stored only with the rows it describes.
      await manager.query(
        `INSERT INTO region_imports (id, checksum, provinces, regencies, districts, villages, imported_at)
         VALUES (1, $1, $2, $3, $4, $5, now())
         ON CONFLICT (id) DO UPDATE SET checksum = EXCLUDED.checksum, provinces = EXCLUDED.provinces, regencies = EXCLUDED.regencies,
           districts = EXCLUDED.districts, villages = EXCLUDED.villages, imported_at = EXCLUDED.imported_at`,
        [checksum, counts.provinces, counts.regencies, counts.districts, counts.villages],
      );
    });
    const millis = Number(process.hrtime.bigint() - started) / 1e6;
    const result: RegionImportResult = {
      provinces: counts.provinces,
      regencies: counts.regencies,
      districts: counts.districts,
      villages: counts.villages,
      changed,
      millis: Math.round(millis),
      skipped,
      checksum,
    };
    if (skipped) {
      this.logger.log(`regions unchanged (checksum ${checksum.slice(0, 12)}): import skipped in ${result.millis} ms; --force re-imports`);
    } else {
      this.logger.log(
        `regions: ${result.provinces} provinces, ${result.regencies} regencies, ${result.districts} districts, ` +
          `${result.villages} villages; ${changed} rows written in ${result.millis} ms (checksum ${checksum.slice(0, 12)})`,
      );
    }
    return result;
  }

  private async upsert(manager: EntityManager, spec: TableSpec, rows: Array<Record<string, string>>): Promise<number> {
    let written = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const codes = chunk.map((r) => r.code);
      const names = chunk.map((r) => r.name);
      if (spec.parentColumn && spec.parentCsvColumn) {
        const parents = chunk.map((r) => r[spec.parentCsvColumn as string]);
        const result = await manager.query(
          `INSERT INTO ${spec.table} (code, ${spec.parentColumn}, name)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
           ON CONFLICT (code) DO UPDATE SET ${spec.parentColumn} = EXCLUDED.${spec.parentColumn}, name = EXCLUDED.name
           WHERE ${spec.table}.name IS DISTINCT FROM EXCLUDED.name
              OR ${spec.table}.${spec.parentColumn} IS DISTINCT FROM EXCLUDED.${spec.parentColumn}
           RETURNING 1`,
          [codes, parents, names],
        );
        written += result.length;
      } else {
        const result = await manager.query(
          `INSERT INTO ${spec.table} (code, name) SELECT * FROM unnest($1::text[], $2::text[])
           ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name WHERE ${spec.table}.name IS DISTINCT FROM EXCLUDED.name
           RETURNING 1`,
          [codes, names],
        );
        written += result.length;
      }
    }
    return written;
  }
}
