import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { DevicesService } from './devices.service';
import {
  CreateDeviceDto,
  CreateOfficeDto,
  CreateServicePointDto,
  DeviceQuery,
  OfficeQuery,
  ServicePointQuery,
  SlaPolicyDto,
  UpdateDeviceDto,
  UpdateOfficeDto,
  UpdateServicePointDto,
} from './dto/registry.dto';
import { OfficesService } from './offices.service';
import { ServicePointsService } from './service-points.service';

@ApiTags('offices')
@Controller('offices')
export class OfficesController {
  constructor(private readonly offices: OfficesService) {}

  @Post()
  create(@Body() dto: CreateOfficeDto) {
    return this.offices.create(dto);
  }

  @Get()
  list(@Query() query: OfficeQuery) {
    return this.offices.list(query);
  }

  @Get(':id')
  get(@Param() { id }: IdParam) {
    return this.offices.get(id);
  }

  @Patch(':id')
  update(@Param() { id }: IdParam, @Body() dto: UpdateOfficeDto) {
    return this.offices.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param() { id }: IdParam) {
    return this.offices.remove(id);
  }

  @Get(':id/sla-policy')
  policy(@Param() { id }: IdParam) {
    return this.offices.getPolicy(id);
  }

  /** Applies to cases opened from now on; running cases keep the policy they started with. */
  @Put(':id/sla-policy')
  setPolicy(@Param() { id }: IdParam, @Body() dto: SlaPolicyDto) {
    return this.offices.setPolicy(id, dto);
  }
}

@ApiTags('service-points')
@Controller('service-points')
export class ServicePointsController {
  constructor(private readonly servicePoints: ServicePointsService) {}

  @Post()
  create(@Body() dto: CreateServicePointDto) {
    return this.servicePoints.create(dto);
  }

  @Get()
  list(@Query() query: ServicePointQuery) {
    return this.servicePoints.list(query);
  }

  @Get(':id')
  get(@Param() { id }: IdParam) {
    return this.servicePoints.view(id);
  }

  @Patch(':id')
  update(@Param() { id }: IdParam, @Body() dto: UpdateServicePointDto) {
    return this.servicePoints.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param() { id }: IdParam) {
    return this.servicePoints.remove(id);
  }
}

@ApiTags('devices')
@Controller('devices')
export class DevicesController {
  constructor(private readonly devices: DevicesService) {}

  @Post()
  create(@Body() dto: CreateDeviceDto) {
    return this.devices.create(dto);
  }

  @Get()
  list(@Query() query: DeviceQuery) {
    return this.devices.list(query);
  }

  @Get(':id')
  get(@Param() { id }: IdParam) {
    return this.devices.get(id);
  }

  @Patch(':id')
  update(@Param() { id }: IdParam, @Body() dto: UpdateDeviceDto) {
    return this.devices.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param() { id }: IdParam) {
    return this.devices.remove(id);
  }
}
