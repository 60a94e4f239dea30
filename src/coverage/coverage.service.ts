import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OfficeScope } from '../auth/principal';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import type {
  CoverageFigures,
  DistrictBehind,
  DistrictCoverage,
  DistrictCoverageDetail,
  NationalCoverageView,
  ProvinceCoverage,
  ProvinceCoverageView,
  RegencyCoverage,
  RollupFigures,
  VillageCoverage,
} from './dto/coverage.responses';

/**
 * The counted villages of the offices `$1` names (`NULL`: every office) within the area `$2` (a
 * province or regency code; `NULL`: anywhere), one row each, with what tours recorded there since
 * its count was imported: batches acknowledged by the centre at the village's stops, at most the
 * imported count (`by_tours`). The same rule as an office's totals (UnrecordedResidentsService.coverage).
 *
 * The counts and the batches (each found through its village's count, for the date of the import)
 * are stacked and grouped once per village, rather than joined: a join of the batches back onto the
 * counts is estimated at a row or two and planned as nested loops, seconds at the country's size
 * (bench/coverage.bench.ts); one hash aggregate over both is a few tens of milliseconds.
 */
const COUNTED = `
  entries AS (
    SELECT u.office_id, u.village_code, u.unrecorded, u.required_total, u.imported_at, 0 AS n
      FROM unrecorded_residents u
     WHERE ($1::uuid[] IS NULL OR u.office_id = ANY($1::uuid[])) AND ($2::text IS NULL OR u.village_code LIKE $2::text || '.%')
    UNION ALL
    SELECT u.office_id, u.village_code, NULL, NULL, NULL, b.residents_count
      FROM tour_batches b
      JOIN tour_stops s ON s.id = b.stop_id
      JOIN unrecorded_residents u ON u.office_id = b.office_id AND u.village_code = s.village_code
     WHERE b.status = 'acknowledged' AND b.acknowledged_at >= u.imported_at
       AND ($1::uuid[] IS NULL OR b.office_id = ANY($1::uuid[])) AND ($2::text IS NULL OR s.village_code LIKE $2::text || '.%')),
  c AS (SELECT office_id, village_code, max(unrecorded) AS unrecorded, max(required_total) AS required_total, max(imported_at) AS imported_at,
               LEAST(max(unrecorded), sum(n))::int AS by_tours
          FROM entries GROUP BY 1, 2)`;

/** The figures of a group of `c` rows (some of them NULL from an outer join: villages not counted). */
const FIGURES = `
  count(c.village_code)::int AS "villagesCounted",
  sum(c.required_total)::bigint AS "requiredTotal",
  COALESCE(sum(c.unrecorded - c.by_tours) FILTER (WHERE c.required_total IS NOT NULL), 0)::bigint AS "notYetOfRequired",
  COALESCE(sum(c.unrecorded - c.by_tours), 0)::bigint AS "notYetRecorded",
  COALESCE(sum(c.by_tours), 0)::bigint AS "recordedByToursSinceImport"`;

/**
 * The figures of each office with a count (materialised: a few hundred rows at most, read once per
 * office of the roll-up however the offices are estimated), and the offices of the roll-up.
 */
const PER_OFFICE = `
  per_office AS MATERIALIZED (SELECT c.office_id, ${FIGURES} FROM c GROUP BY c.office_id),
  scoped AS (SELECT o.id, o.name, o.regency_code FROM offices o
              WHERE ($1::uuid[] IS NULL OR o.id = ANY($1::uuid[])) AND ($2::text IS NULL OR o.regency_code LIKE $2::text || '.%'))`;

/** FIGURES summed over `per_office` rows `po` (NULL where an office has no count). */
const SUMMED = `
  COALESCE(sum(po."villagesCounted"), 0)::int AS "villagesCounted",
  sum(po."requiredTotal")::bigint AS "requiredTotal",
  COALESCE(sum(po."notYetOfRequired"), 0)::bigint AS "notYetOfRequired",
  COALESCE(sum(po."notYetRecorded"), 0)::bigint AS "notYetRecorded",
  COALESCE(sum(po."recordedByToursSinceImport"), 0)::bigint AS "recordedByToursSinceImport"`;

interface FigureRow {
  villagesTotal: number | string;
  villagesCounted: number;
  requiredTotal: string | null;
  notYetOfRequired: string;
  notYetRecorded: string;
  recordedByToursSinceImport: string;
}

/** `recorded` and `coveragePercent` as the office totals compute them (one decimal). */
function figures(r: FigureRow): CoverageFigures {
  const required = r.requiredTotal === null ? null : Number(r.requiredTotal);
  const recorded = required === null ? null : required - Number(r.notYetOfRequired);
  return {
    villagesTotal: Number(r.villagesTotal),
    villagesCounted: r.villagesCounted,
    requiredTotal: required,
    recorded,
    notYetRecorded: Number(r.notYetRecorded),
    recordedByToursSinceImport: Number(r.recordedByToursSinceImport),
    coveragePercent: percent(recorded, required),
  };
}

function percent(recorded: number | null, required: number | null): number | null {
  return required !== null && recorded !== null && required > 0 ? Math.round((recorded / required) * 1000) / 10 : null;
}

/** The figures of several areas together (an area without a required total adds none). */
export function sumFigures(rows: readonly CoverageFigures[]): CoverageFigures {
  const withRequired = rows.filter((r) => r.requiredTotal !== null);
  const requiredTotal = withRequired.length ? withRequired.reduce((n, r) => n + (r.requiredTotal ?? 0), 0) : null;
  const recorded = withRequired.length ? withRequired.reduce((n, r) => n + (r.recorded ?? 0), 0) : null;
  const add = (k: 'villagesTotal' | 'villagesCounted' | 'notYetRecorded' | 'recordedByToursSinceImport') => rows.reduce((n, r) => n + r[k], 0);
  return {
    villagesTotal: add('villagesTotal'),
    villagesCounted: add('villagesCounted'),
    requiredTotal,
    recorded,
    notYetRecorded: add('notYetRecorded'),
    recordedByToursSinceImport: add('recordedByToursSinceImport'),
    coveragePercent: percent(recorded, requiredTotal),
  };
}

/** The sum of roll-up rows. */
function sumOf(rows: readonly RollupFigures[]): RollupFigures {
  const add = (k: 'regenciesTotal' | 'offices' | 'officesReporting') => rows.reduce((n, r) => n + r[k], 0);
  return { ...sumFigures(rows), regenciesTotal: add('regenciesTotal'), offices: add('offices'), officesReporting: add('officesReporting') };
}

/** `null` for every office, the ids otherwise (SQL `$1`). */
function officeIds(scope: OfficeScope): string[] | null {
  return scope.officeIds === 'all' ? null : [...scope.officeIds];
}

/**
 * Where the residents not yet recorded are: an office's coverage per kecamatan (and one kecamatan's
 * villages), and the roll-ups per regency over a province and per province over the country, each
 * over the offices the caller may read.
 */
@Injectable()
export class CoverageService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every kecamatan of the office's regency, most not yet recorded first; with `districtCode`, that one's villages too. */
  async forOffice(officeId: string, scope: OfficeScope, districtCode?: string): Promise<{ regencyCode: string; districts: DistrictCoverage[]; district?: DistrictCoverageDetail }> {
    const [office] = await this.db.query(`SELECT id, regency_code FROM offices WHERE id = $1`, [officeId]);
    if (!office || !scope.allows(officeId)) throw new NotFoundError('Office', officeId);
    if (districtCode !== undefined) {
      const [district] = await this.db.query(`SELECT code FROM districts WHERE code = $1 AND regency_code = $2`, [districtCode, office.regency_code]);
      if (!district) throw new InvalidInputError('district', `district ${districtCode} is not a kecamatan of the office's regency ${office.regency_code}`);
    }
    const rows: Array<FigureRow & { code: string; name: string }> = await this.db.query(
      `WITH ${COUNTED}
       SELECT d.code, d.name, count(v.code) AS "villagesTotal", ${FIGURES}
         FROM districts d
         JOIN villages v ON v.district_code = d.code
         LEFT JOIN c ON c.village_code = v.code
        WHERE d.regency_code = $2
        GROUP BY d.code, d.name
        ORDER BY "notYetRecorded" DESC, d.code`,
      [[officeId], office.regency_code],
    );
    const districts = rows.map((r) => ({ code: r.code, name: r.name, ...figures(r) }));
    if (districtCode === undefined) return { regencyCode: office.regency_code, districts };
    const villages: Array<{
      code: string;
      name: string;
      importedAt: Date | null;
      unrecorded: number | null;
      requiredTotal: number | null;
      byTours: number | null;
    }> = await this.db.query(
      `WITH ${COUNTED}
       SELECT v.code, v.name, c.imported_at AS "importedAt", c.unrecorded, c.required_total AS "requiredTotal", c.by_tours AS "byTours"
         FROM villages v LEFT JOIN c ON c.village_code = v.code
        WHERE v.district_code = $2
        ORDER BY c.unrecorded - c.by_tours DESC NULLS LAST, v.code`,
      [[officeId], districtCode],
    );
    const district = districts.find((d) => d.code === districtCode) as DistrictCoverage;
    return {
      regencyCode: office.regency_code,
      districts,
      district: {
        ...district,
        villages: villages.map((v): VillageCoverage => {
          const counted = v.unrecorded !== null;
          const notYet = counted ? (v.unrecorded as number) - (v.byTours as number) : null;
          const recorded = v.requiredTotal !== null && notYet !== null ? v.requiredTotal - notYet : null;
          return {
            code: v.code,
            name: v.name,
            counted,
            importedAt: v.importedAt ? v.importedAt.toISOString() : null,
            unrecordedAtImport: v.unrecorded,
            requiredTotal: v.requiredTotal,
            recorded,
            notYetRecorded: notYet,
            recordedByToursSinceImport: counted ? v.byTours : null,
            coveragePercent: percent(recorded, v.requiredTotal),
          };
        }),
      },
    };
  }

  /**
   * Per regency of the province, its office's coverage. A province without an office the caller may
   * read is answered like a missing one (a supervisor reads their own province only, and sees it
   * even before it has an office: `ownProvince`).
   */
  /**
   * A province's kecamatan furthest behind: the most residents not yet recorded first, over the
   * counted villages of the offices the caller may read (a kecamatan with no count is not listed).
   */
  async districtsBehind(provinceCode: string, scope: OfficeScope, limit: number): Promise<DistrictBehind[]> {
    const rows: Array<FigureRow & { code: string; name: string; regencyCode: string }> = await this.db.query(
      `WITH ${COUNTED}
       SELECT d.code, d.name, d.regency_code AS "regencyCode", count(v.code) AS "villagesTotal", ${FIGURES}
         FROM districts d
         JOIN villages v ON v.district_code = d.code
         LEFT JOIN c ON c.village_code = v.code
        WHERE d.regency_code LIKE $2::text || '.%'
        GROUP BY d.code, d.name, d.regency_code
       HAVING count(c.village_code) > 0
        ORDER BY "notYetRecorded" DESC, d.code
        LIMIT $3`,
      [officeIds(scope), provinceCode, limit],
    );
    return rows.map((r) => ({ code: r.code, name: r.name, regencyCode: r.regencyCode, ...figures(r) }));
  }

  async forProvince(provinceCode: string, scope: OfficeScope, ownProvince: string | null = null): Promise<ProvinceCoverageView> {
    const [province] = await this.db.query(
      `SELECT p.code, p.name, (SELECT count(*) FROM regencies r WHERE r.province_code = p.code)::int AS "regenciesTotal" FROM provinces p WHERE p.code = $1`,
      [provinceCode],
    );
    const ids = officeIds(scope);
    const rows: Array<FigureRow & { code: string; name: string; officeId: string; officeName: string }> = await this.db.query(
      `WITH ${COUNTED}, ${PER_OFFICE},
            sizes AS (SELECT left(v.code, 5) AS regency_code, count(*) AS n FROM villages v WHERE v.code LIKE $2::text || '.%' GROUP BY 1)
       SELECT r.code, r.name, o.id AS "officeId", o.name AS "officeName", COALESCE(max(z.n), 0) AS "villagesTotal", ${SUMMED}
         FROM scoped o
         JOIN regencies r ON r.code = o.regency_code
         LEFT JOIN sizes z ON z.regency_code = r.code
         LEFT JOIN per_office po ON po.office_id = o.id
        GROUP BY r.code, r.name, o.id, o.name
        ORDER BY "notYetRecorded" DESC, r.code`,
      [ids, provinceCode],
    );
    if (!province || (ids !== null && rows.length === 0 && provinceCode !== ownProvince)) throw new NotFoundError('Province', provinceCode);
    const regencies: RegencyCoverage[] = rows.map((r) => ({ code: r.code, name: r.name, officeId: r.officeId, officeName: r.officeName, ...figures(r) }));
    const [sized] = await this.db.query(`SELECT count(*)::int AS n FROM villages WHERE code LIKE $1 || '.%'`, [provinceCode]);
    return {
      province: { code: province.code, name: province.name },
      totals: {
        ...sumFigures(regencies),
        // The province's extent, whether or not every regency has an office (yet).
        villagesTotal: sized.n,
        regenciesTotal: province.regenciesTotal,
        offices: regencies.length,
        officesReporting: regencies.filter((r) => r.villagesCounted > 0).length,
      },
      regencies,
    };
  }

  /** Per province with an office the caller may read (the whole country for admins and national supervisors). */
  async national(scope: OfficeScope): Promise<NationalCoverageView> {
    const rows: Array<FigureRow & { code: string; name: string; regenciesTotal: number; offices: number; officesReporting: number }> = await this.db.query(
      `WITH ${COUNTED}, ${PER_OFFICE},
            sizes AS (SELECT left(v.code, 2) AS province_code, count(*) AS n FROM villages v GROUP BY 1),
            regencies_per AS (SELECT province_code, count(*)::int AS n FROM regencies GROUP BY 1)
       SELECT p.code, p.name, COALESCE(max(z.n), 0) AS "villagesTotal", COALESCE(max(rp.n), 0) AS "regenciesTotal",
              count(*)::int AS offices, count(po.office_id)::int AS "officesReporting", ${SUMMED}
         FROM scoped o
         JOIN provinces p ON p.code = left(o.regency_code, 2)
         LEFT JOIN sizes z ON z.province_code = p.code
         LEFT JOIN regencies_per rp ON rp.province_code = p.code
         LEFT JOIN per_office po ON po.office_id = o.id
        GROUP BY p.code, p.name
        ORDER BY "notYetRecorded" DESC, p.code`,
      [officeIds(scope), null],
    );
    const provinces: ProvinceCoverage[] = rows.map((r) => ({
      code: r.code,
      name: r.name,
      ...figures(r),
      regenciesTotal: r.regenciesTotal,
      offices: r.offices,
      officesReporting: r.officesReporting,
    }));
    return { totals: sumOf(provinces), provinces };
  }
}
