import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { PageQuery } from '../common/pagination';
import { DistrictQuery, RegencyQuery, VillageQuery } from './regions.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get('provinces')
  @Access.anyRole()
  provinces(@Query() query: PageQuery) {
    return this.regions.listProvinces(query);
  }

  @Get('regencies')
  @Access.anyRole()
  regencies(@Query() query: RegencyQuery) {
    return this.regions.listRegencies(query);
  }

  @Get('districts')
  @Access.anyRole()
  districts(@Query() query: DistrictQuery) {
    return this.regions.listDistricts(query);
  }

  @Get('villages')
  @Access.anyRole()
  villages(@Query() query: VillageQuery) {
    return this.regions.listVillages(query);
  }
}
