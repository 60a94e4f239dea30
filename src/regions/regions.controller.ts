import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { ApiErrors, ApiPageResponse } from '../common/api-responses';
import { PageQuery } from '../common/pagination';
import { DistrictQuery, DistrictView, ProvinceView, RegencyQuery, RegencyView, VillageQuery, VillageView } from './regions.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get('provinces')
  @Access.anyRole()
  @ApiOperation({ summary: 'List provinces' })
  @ApiPageResponse(ProvinceView)
  @ApiErrors(400)
  provinces(@Query() query: PageQuery) {
    return this.regions.listProvinces(query);
  }

  @Get('regencies')
  @Access.anyRole()
  @ApiOperation({ summary: 'List regencies (of a province)' })
  @ApiPageResponse(RegencyView)
  @ApiErrors(400)
  regencies(@Query() query: RegencyQuery) {
    return this.regions.listRegencies(query);
  }

  @Get('districts')
  @Access.anyRole()
  @ApiOperation({ summary: 'List districts (kecamatan) of a regency' })
  @ApiPageResponse(DistrictView)
  @ApiErrors(400)
  districts(@Query() query: DistrictQuery) {
    return this.regions.listDistricts(query);
  }

  @Get('villages')
  @Access.anyRole()
  @ApiOperation({ summary: 'List villages of a district, or search by name' })
  @ApiPageResponse(VillageView)
  @ApiErrors(400)
  villages(@Query() query: VillageQuery) {
    return this.regions.listVillages(query);
  }
}
