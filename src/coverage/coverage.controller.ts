import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiFile, ApiOk } from '../common/api-responses';
import { IdParam } from '../common/id-param';
import { CoverageView } from '../tours/dto/tours.responses';
import { UnrecordedResidentsService } from '../tours/unrecorded-residents.service';
import { districtsCsv, nationalCsv, provinceCsv, villagesCsv } from './coverage-csv';
import { CoverageService, sumFigures } from './coverage.service';
import { OfficeCoverageQuery, ProvinceCodeParam } from './dto/coverage.dto';
import { NationalCoverageView, ProvinceCoverageView } from './dto/coverage.responses';

function sendCsv(res: Response, filename: string, csv: string): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.end(csv);
}

/**
 * Where residents are not yet recorded: an office's coverage per kecamatan (and a kecamatan's
 * villages), per regency over a province and per province over the country, each also as CSV.
 * The `.csv` routes come before their JSON siblings: `:code` would otherwise take `52.csv`.
 */
@ApiTags('coverage')
@Controller()
export class CoverageController {
  constructor(
    private readonly coverage: CoverageService,
    private readonly residents: UnrecordedResidentsService,
  ) {}

  /** Residents required to hold an e-KTP, recorded and not yet recorded (imported counts, updated by tours), the trend, and per kecamatan. */
  @Get('offices/:id/coverage')
  @Access.anyRole()
  @ApiOperation({ summary: 'Recording coverage of an office: required, recorded, not yet recorded, the trend, and per kecamatan (?district= adds its villages)' })
  @ApiOk(CoverageView)
  @ApiErrors(400, 404)
  async office(@Param() { id }: IdParam, @Query() { district }: OfficeCoverageQuery, @CurrentPrincipal() p: Principal) {
    const { districts, district: one } = await this.coverage.forOffice(id, p.read, district);
    return { ...(await this.residents.coverage(id, p.read)), districts, ...(one ? { district: one } : {}) };
  }

  @Get('offices/:id/coverage.csv')
  @Access.anyRole()
  @ApiOperation({ summary: 'Coverage of an office as CSV: one row per kecamatan (or, with ?district=, per village of it) and a total' })
  @ApiFile('text/csv', 'UTF-8 CSV with a header row, as an attachment')
  @ApiErrors(400, 404)
  async officeCsv(@Param() { id }: IdParam, @Query() { district }: OfficeCoverageQuery, @CurrentPrincipal() p: Principal, @Res() res: Response) {
    const { regencyCode, districts, district: one } = await this.coverage.forOffice(id, p.read, district);
    if (one) sendCsv(res, `cakupan-${one.code}.csv`, villagesCsv(one));
    else sendCsv(res, `cakupan-${regencyCode}.csv`, districtsCsv(districts, sumFigures(districts)));
  }

  @Get('coverage.csv')
  @Access('supervisor', 'admin')
  @ApiOperation({ summary: 'Coverage per province as CSV (the provinces you may read) and a total' })
  @ApiFile('text/csv', 'UTF-8 CSV with a header row, as an attachment')
  @ApiErrors()
  async nationalCsv(@CurrentPrincipal() p: Principal, @Res() res: Response) {
    sendCsv(res, 'cakupan-nasional.csv', nationalCsv(await this.coverage.national(p.read)));
  }

  /** Admins and national supervisors see every province; a province's supervisor, theirs. */
  @Get('coverage')
  @Access('supervisor', 'admin')
  @ApiOperation({ summary: 'Coverage per province: required, recorded and not yet recorded over the offices you may read, most not yet recorded first' })
  @ApiOk(NationalCoverageView)
  @ApiErrors()
  national(@CurrentPrincipal() p: Principal) {
    return this.coverage.national(p.read);
  }

  @Get('coverage/provinces/:code.csv')
  @Access('supervisor', 'admin')
  @ApiOperation({ summary: 'Coverage of a province per regency as CSV, and a total' })
  @ApiFile('text/csv', 'UTF-8 CSV with a header row, as an attachment')
  @ApiErrors(400, 404)
  async provinceCsv(@Param() { code }: ProvinceCodeParam, @CurrentPrincipal() p: Principal, @Res() res: Response) {
    sendCsv(res, `cakupan-provinsi-${code}.csv`, provinceCsv(await this.coverage.forProvince(code, p.read, p.provinceCode)));
  }

  /** 404 for a province outside the supervisor's own, exactly like a missing one. */
  @Get('coverage/provinces/:code')
  @Access('supervisor', 'admin')
  @ApiOperation({ summary: 'Coverage of a province per regency (its office), most not yet recorded first' })
  @ApiOk(ProvinceCoverageView)
  @ApiErrors(400, 404)
  province(@Param() { code }: ProvinceCodeParam, @CurrentPrincipal() p: Principal) {
    return this.coverage.forProvince(code, p.read, p.provinceCode);
  }
}
