import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PageQuery } from '../common/pagination';
import { DistrictQuery, RegencyQuery, VillageQuery } from './regions.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get('provinces')
  provinces(@Query() query: PageQuery) {
    return this.regions.listProvinces(query);
  }

  @Get('regencies')
  regencies(@Query() query: RegencyQuery) {
    return this.regions.listRegencies(query);
  }

  @Get('districts')
  districts(@Query() query: DistrictQuery) {
    return this.regions.listDistricts(query);
  }

  @Get('villages')
  villages(@Query() query: VillageQuery) {
    return this.regions.listVillages(query);
  }
}
