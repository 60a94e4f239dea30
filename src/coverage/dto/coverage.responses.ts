import { ApiProperty } from '@nestjs/swagger';

/**
 * Residents required to hold an e-KTP, recorded and not yet recorded over an area (a kecamatan, a
 * regency, a province, the country), by the same rule as an office's totals: each counted village's
 * imported counts less what tours recorded there (acknowledged by the centre) since its import.
 */
export class CoverageFigures {
  @ApiProperty({ type: 'integer', description: 'Villages (desa/kelurahan) in the area' }) villagesTotal: number;
  @ApiProperty({ type: 'integer', description: 'Villages whose counts were imported' }) villagesCounted: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Residents required to hold an e-KTP, over the counted villages that gave a required total; null when none did' })
  requiredTotal: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'requiredTotal less what is not yet recorded in those villages' }) recorded: number | null;
  @ApiProperty({ type: 'integer', description: 'Not yet recorded: imported counts less what tours recorded since (never below 0 per village)' })
  notYetRecorded: number;
  @ApiProperty({ type: 'integer' }) recordedByToursSinceImport: number;
  @ApiProperty({ type: Number, nullable: true, description: 'recorded / requiredTotal in %, one decimal' }) coveragePercent: number | null;
}

/** One kecamatan of an office's regency. */
export class DistrictCoverage extends CoverageFigures {
  @ApiProperty({ example: '52.02.01' }) code: string;
  @ApiProperty() name: string;
}

/** A kecamatan of a province's list of those furthest behind, with its regency. */
export class DistrictBehind extends DistrictCoverage {
  @ApiProperty({ example: '52.02' }) regencyCode: string;
}

/** One village of a kecamatan; its figures are null when its count was never imported. */
export class VillageCoverage {
  @ApiProperty({ example: '52.02.01.2001' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Its count was imported' }) counted: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) importedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Not yet recorded as imported' }) unrecordedAtImport: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) requiredTotal: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) recorded: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) notYetRecorded: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) recordedByToursSinceImport: number | null;
  @ApiProperty({ type: Number, nullable: true }) coveragePercent: number | null;
}

/** `?district=`: the kecamatan with its villages, most not yet recorded first. */
export class DistrictCoverageDetail extends DistrictCoverage {
  @ApiProperty({ type: [VillageCoverage] }) villages: VillageCoverage[];
}

export class RegionRef {
  @ApiProperty({ example: '52' }) code: string;
  @ApiProperty() name: string;
}

/** One regency of a province roll-up: its office's coverage. */
export class RegencyCoverage extends CoverageFigures {
  @ApiProperty({ example: '52.02' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty() officeName: string;
}

/** Offices behind a roll-up: those listed, and those of them that imported any count. */
export class RollupFigures extends CoverageFigures {
  @ApiProperty({ type: 'integer', description: 'Regencies and cities in the area, with an office or not' }) regenciesTotal: number;
  @ApiProperty({ type: 'integer', description: 'Offices counted (the ones you may read)' }) offices: number;
  @ApiProperty({ type: 'integer', description: 'Of those, offices that imported counts' }) officesReporting: number;
}

/** `GET /coverage/provinces/:code`: per regency with an office, most not yet recorded first. */
export class ProvinceCoverageView {
  @ApiProperty({ type: RegionRef }) province: RegionRef;
  @ApiProperty({ type: RollupFigures }) totals: RollupFigures;
  @ApiProperty({ type: [RegencyCoverage] }) regencies: RegencyCoverage[];
}

/** One province of the national roll-up. */
export class ProvinceCoverage extends RollupFigures {
  @ApiProperty({ example: '52' }) code: string;
  @ApiProperty() name: string;
}

/** `GET /coverage`: per province with an office you may read, most not yet recorded first. */
export class NationalCoverageView {
  @ApiProperty({ type: RollupFigures }) totals: RollupFigures;
  @ApiProperty({ type: [ProvinceCoverage] }) provinces: ProvinceCoverage[];
}
