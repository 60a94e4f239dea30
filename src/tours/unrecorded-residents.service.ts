import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OfficeScope, Principal } from '../auth/principal';
import { CsvImportError, readCsv } from '../common/csv-import';
import { NotFoundError } from '../common/domain-errors';
import { VILLAGE_CODE } from './dto/tours.dto';
import { auditedTransaction } from '../audit/audited-transaction';

/** The most rows one import takes (a regency has well under 1,000 villages). */
const MAX_ROWS = 10_000;

const COLUMNS: Record<string, 'village_code' | 'unrecorded' | 'required_total'> = {
  village_code: 'village_code',
  kode_desa: 'village_code',
  unrecorded: 'unrecorded',
  belum_rekam: 'unrecorded',
  required_total: 'required_total',
  wajib_ktp: 'required_total',
};

/**
 * Per-village counts of residents not yet recorded, imported per office as CSV (columns
 * `village_code,unrecorded[,required_total]`, or the Indonesian `kode_desa,belum_rekam[,wajib_ktp]`).
 * All rows or none; a re-import replaces the counts of the villages it names.
 */
@Injectable()
export class UnrecordedResidentsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async import(officeId: string, csv: unknown, p: Principal) {
    const [office] = await this.db.query(`SELECT id, regency_code FROM offices WHERE id = $1`, [officeId]);
    if (!office || !p.write.allows(officeId)) throw new NotFoundError('Office', officeId);
    const records = readCsv(csv).map((r) => r.cells);
    const [head, ...rows] = records;
    const columns = head.map((h) => COLUMNS[h.toLowerCase()]);
    const errors: Array<{ line: number; field: string; message: string }> = [];
    if (!columns.includes('village_code') || !columns.includes('unrecorded')) {
      throw new CsvImportError('The header must name village_code and unrecorded (or kode_desa and belum_rekam)', [
        { line: 1, field: 'header', message: `got ${head.join(',')}` },
      ]);
    }
    if (rows.length === 0) throw new CsvImportError('The CSV has no rows', [{ line: 2, field: 'body', message: 'no rows after the header' }]);
    if (rows.length > MAX_ROWS) throw new CsvImportError(`At most ${MAX_ROWS} rows per import`, [{ line: MAX_ROWS + 2, field: 'body', message: 'too many rows' }]);

    const parsed = rows.map((r, i) => {
      const line = i + 2;
      const get = (name: string) => r[columns.indexOf(name as never)];
      const code = get('village_code') ?? '';
      const count = (field: string, value: string | undefined, required: boolean): number | null => {
        if (value === undefined || value === '') {
          if (required) errors.push({ line, field, message: `${field} is required` });
          return null;
        }
        if (!/^\d{1,7}$/.test(value)) {
          errors.push({ line, field, message: `${field} must be a whole number of residents, not ${value}` });
          return null;
        }
        return Number(value);
      };
      if (!VILLAGE_CODE.test(code)) errors.push({ line, field: 'village_code', message: `village_code must be a village code such as 52.02.01.2001, not ${code}` });
      else if (!code.startsWith(`${office.regency_code}.`)) {
        errors.push({ line, field: 'village_code', message: `village ${code} does not lie in the office's regency ${office.regency_code}` });
      }
      return { line, code, unrecorded: count('unrecorded', get('unrecorded'), true), required: count('required_total', get('required_total'), false) };
    });
    const seen = new Map<string, number>();
    for (const r of parsed) {
      if (seen.has(r.code)) errors.push({ line: r.line, field: 'village_code', message: `village ${r.code} is already on line ${seen.get(r.code)}` });
      seen.set(r.code, r.line);
      if (r.unrecorded !== null && r.required !== null && r.unrecorded > r.required) {
        errors.push({ line: r.line, field: 'unrecorded', message: `unrecorded (${r.unrecorded}) cannot exceed required_total (${r.required})` });
      }
    }
    const known = new Set<string>(
      (await this.db.query(`SELECT code FROM villages WHERE code = ANY($1::varchar[])`, [parsed.map((r) => r.code)])).map((v: { code: string }) => v.code),
    );
    for (const r of parsed) {
      if (VILLAGE_CODE.test(r.code) && r.code.startsWith(`${office.regency_code}.`) && !known.has(r.code)) {
        errors.push({ line: r.line, field: 'village_code', message: `${r.code} is not a known village` });
      }
    }
    if (errors.length > 0) {
      errors.sort((a, b) => a.line - b.line);
      throw new CsvImportError(`${errors.length} problem(s) in the CSV; nothing was imported. First: line ${errors[0].line}, ${errors[0].field}: ${errors[0].message}`, errors.slice(0, 100));
    }
    await auditedTransaction(this.db, (m) =>
      m.query(
        `INSERT INTO unrecorded_residents (office_id, village_code, unrecorded, required_total, imported_by)
         SELECT $1::uuid, x.code, x.unrecorded, x.required, $5::text
           FROM unnest($2::varchar[], $3::int[], $4::int[]) AS x(code, unrecorded, required)
         ON CONFLICT (office_id, village_code) DO UPDATE
           SET unrecorded = EXCLUDED.unrecorded, required_total = EXCLUDED.required_total, imported_by = EXCLUDED.imported_by, imported_at = now()`,
        [officeId, parsed.map((r) => r.code), parsed.map((r) => r.unrecorded), parsed.map((r) => r.required), p.actor],
      ),
    );
    return { officeId, imported: parsed.length, ...(await this.totals(officeId)) };
  }

  async list(officeId: string, scope: OfficeScope) {
    const [office] = await this.db.query(`SELECT id FROM offices WHERE id = $1`, [officeId]);
    if (!office || !scope.allows(officeId)) throw new NotFoundError('Office', officeId);
    const villages = await this.db.query(
      `SELECT u.village_code AS "villageCode", v.name AS "villageName", d.code AS "districtCode", d.name AS "districtName",
              u.unrecorded, u.required_total AS "requiredTotal", u.imported_at AS "importedAt", u.imported_by AS "importedBy"
         FROM unrecorded_residents u JOIN villages v ON v.code = u.village_code JOIN districts d ON d.code = v.district_code
        WHERE u.office_id = $1 ORDER BY u.unrecorded DESC, u.village_code`,
      [officeId],
    );
    return { officeId, ...(await this.totals(officeId)), villages };
  }

  /**
   * Residents required to hold an e-KTP, recorded and not yet recorded: the imported counts, less
   * what tours recorded (acknowledged by the centre) in each village since its count was imported;
   * and the trend, day by day since the earliest import (the last 90 days).
   */
  async coverage(officeId: string, scope: OfficeScope) {
    const [office] = await this.db.query(`SELECT id, name FROM offices WHERE id = $1`, [officeId]);
    if (!office || !scope.allows(officeId)) throw new NotFoundError('Office', officeId);
    const villages: Array<{ village_code: string; required_total: number | null; unrecorded: number; since: number }> = await this.db.query(
      `SELECT u.village_code, u.required_total, u.unrecorded,
              COALESCE((SELECT sum(b.residents_count) FROM tour_batches b JOIN tour_stops s ON s.id = b.stop_id
                         WHERE s.village_code = u.village_code AND b.office_id = u.office_id AND b.status = 'acknowledged'
                           AND b.acknowledged_at >= u.imported_at), 0)::int AS since
         FROM unrecorded_residents u WHERE u.office_id = $1`,
      [officeId],
    );
    const notYet = villages.reduce((n, v) => n + Math.max(0, v.unrecorded - v.since), 0);
    const withRequired = villages.filter((v) => v.required_total !== null);
    const required = withRequired.reduce((n, v) => n + (v.required_total ?? 0), 0);
    const notYetOfRequired = withRequired.reduce((n, v) => n + Math.max(0, v.unrecorded - v.since), 0);
    // Per village and day: what tours recorded since its import, summed up to that day; a village
    // counts from the day its count was imported.
    const trend: Array<{ date: string; recordedByTours: number; notYetRecorded: number }> = await this.db.query(
      `WITH z AS (SELECT time_zone AS tz FROM offices WHERE id = $1),
            v AS (SELECT village_code, unrecorded, imported_at, (imported_at AT TIME ZONE (SELECT tz FROM z))::date AS from_day
                    FROM unrecorded_residents WHERE office_id = $1),
            days AS (SELECT generate_series(GREATEST((SELECT min(from_day) FROM v), (now() AT TIME ZONE (SELECT tz FROM z))::date - 89),
                                            (now() AT TIME ZONE (SELECT tz FROM z))::date, interval '1 day')::date AS day
                      WHERE EXISTS (SELECT 1 FROM v)),
            acked AS (SELECT s.village_code, (b.acknowledged_at AT TIME ZONE (SELECT tz FROM z))::date AS day, sum(b.residents_count)::int AS n
                        FROM tour_batches b JOIN tour_stops s ON s.id = b.stop_id JOIN v ON v.village_code = s.village_code
                       WHERE b.office_id = $1 AND b.status = 'acknowledged' AND b.acknowledged_at >= v.imported_at
                       GROUP BY 1, 2),
            grid AS (SELECT d.day, v.village_code, v.unrecorded, COALESCE(a.n, 0) AS n,
                            sum(COALESCE(a.n, 0)) OVER (PARTITION BY v.village_code ORDER BY d.day) AS upto
                       FROM days d JOIN v ON v.from_day <= d.day
                       LEFT JOIN acked a ON a.village_code = v.village_code AND a.day = d.day)
       SELECT day::text AS date, sum(n)::int AS "recordedByTours", sum(GREATEST(0, unrecorded - upto))::int AS "notYetRecorded"
         FROM grid GROUP BY day ORDER BY day`,
      [officeId],
    );
    return {
      officeId,
      officeName: office.name,
      villagesCounted: villages.length,
      requiredTotal: withRequired.length ? required : null,
      recorded: withRequired.length ? required - notYetOfRequired : null,
      notYetRecorded: notYet,
      recordedByToursSinceImport: villages.reduce((n, v) => n + Math.min(v.since, v.unrecorded), 0),
      coveragePercent: required > 0 ? Math.round(((required - notYetOfRequired) / required) * 1000) / 10 : null,
      trend,
    };
  }

  private async totals(officeId: string): Promise<{ villageCount: number; totalUnrecorded: number }> {
    const [t] = await this.db.query(`SELECT count(*)::int AS villages, COALESCE(sum(unrecorded), 0)::int AS total FROM unrecorded_residents WHERE office_id = $1`, [officeId]);
    return { villageCount: t.villages, totalUnrecorded: t.total };
  }
}
