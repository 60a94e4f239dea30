import { csvText } from '../common/csv';
import type { CoverageFigures, DistrictCoverage, DistrictCoverageDetail, NationalCoverageView, ProvinceCoverageView } from './dto/coverage.responses';

/*
 * The coverage answers as CSV for spreadsheets: UTF-8, a header row of stable Indonesian column
 * names (the import's kode_desa, belum_rekam and wajib_ktp among them), one row per area, most not
 * yet recorded first, then a JUMLAH row. Numbers are plain (no thousands separator, a decimal point).
 */

const FIGURE_COLUMNS = ['jumlah_desa', 'desa_terdata', 'wajib_ktp', 'sudah_rekam', 'belum_rekam', 'direkam_tur', 'persen_cakupan'] as const;

function figureCells(f: CoverageFigures): unknown[] {
  return [f.villagesTotal, f.villagesCounted, f.requiredTotal, f.recorded, f.notYetRecorded, f.recordedByToursSinceImport, f.coveragePercent];
}

/** Per kecamatan of an office, with the office's total. */
export function districtsCsv(districts: readonly DistrictCoverage[], total: CoverageFigures): string {
  return csvText(
    ['kode_kecamatan', 'kecamatan', ...FIGURE_COLUMNS],
    [...districts.map((d) => [d.code, d.name, ...figureCells(d)]), ['', 'JUMLAH', ...figureCells(total)]],
  );
}

/** Per village of one kecamatan, with the kecamatan's total (its villages counted or not). */
export function villagesCsv(district: DistrictCoverageDetail): string {
  return csvText(
    ['kode_desa', 'desa', 'kode_kecamatan', 'kecamatan', 'terdata', 'wajib_ktp', 'sudah_rekam', 'belum_rekam', 'direkam_tur', 'persen_cakupan', 'belum_rekam_saat_impor'],
    [
      ...district.villages.map((v) => [
        v.code,
        v.name,
        district.code,
        district.name,
        v.counted ? 'ya' : 'tidak',
        v.requiredTotal,
        v.recorded,
        v.notYetRecorded,
        v.recordedByToursSinceImport,
        v.coveragePercent,
        v.unrecordedAtImport,
      ]),
      [
        '',
        'JUMLAH',
        district.code,
        district.name,
        '',
        district.requiredTotal,
        district.recorded,
        district.notYetRecorded,
        district.recordedByToursSinceImport,
        district.coveragePercent,
        '',
      ],
    ],
  );
}

/** Per regency of a province. */
export function provinceCsv(view: ProvinceCoverageView): string {
  return csvText(
    ['kode_kabupaten_kota', 'kabupaten_kota', 'kantor', ...FIGURE_COLUMNS],
    [...view.regencies.map((r) => [r.code, r.name, r.officeName, ...figureCells(r)]), ['', 'JUMLAH', view.totals.offices, ...figureCells(view.totals)]],
  );
}

/** Per province. */
export function nationalCsv(view: NationalCoverageView): string {
  return csvText(
    ['kode_provinsi', 'provinsi', 'jumlah_kabupaten_kota', 'kantor', 'kantor_melapor', ...FIGURE_COLUMNS],
    [
      ...view.provinces.map((p) => [p.code, p.name, p.regenciesTotal, p.offices, p.officesReporting, ...figureCells(p)]),
      ['', 'JUMLAH', view.totals.regenciesTotal, view.totals.offices, view.totals.officesReporting, ...figureCells(view.totals)],
    ],
  );
}
