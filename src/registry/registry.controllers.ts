import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
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
  @Access('admin')
  create(@Body() dto: CreateOfficeDto) {
    return this.offices.create(dto);
  }

  /** The offices the caller may see: their own, their province's, or all. */
  @Get()
  @Access.anyRole()
  list(@Query() query: OfficeQuery, @CurrentPrincipal() p: Principal) {
    return this.offices.list(query, p.read);
  }

  @Get(':id')
  @Access.anyRole()
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.offices.get(id, p.read);
  }

  /** Name and contact details (the letterhead): admins, and the office's own manager. */
  @Patch(':id')
  @Access('admin', 'manager')
  update(@Param() { id }: IdParam, @Body() dto: UpdateOfficeDto, @CurrentPrincipal() p: Principal) {
    return this.offices.update(id, dto, p.write);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin')
  remove(@Param() { id }: IdParam) {
    return this.offices.remove(id);
  }

  @Get(':id/sla-policy')
  @Access.anyRole()
  policy(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.offices.getPolicy(id, p.read);
  }

  /** Applies to cases opened from now on; running cases keep the policy they started with. */
  @Put(':id/sla-policy')
  @Access('admin')
  setPolicy(@Param() { id }: IdParam, @Body() dto: SlaPolicyDto) {
    return this.offices.setPolicy(id, dto);
  }
}

@ApiTags('service-points')
@Controller('service-points')
export class ServicePointsController {
  constructor(private readonly servicePoints: ServicePointsService) {}

  @Post()
  @Access('operator', 'manager', 'admin')
  create(@Body() dto: CreateServicePointDto, @CurrentPrincipal() p: Principal) {
    return this.servicePoints.create(dto, p.write);
  }

  @Get()
  @Access.anyRole()
  list(@Query() query: ServicePointQuery, @CurrentPrincipal() p: Principal) {
    return this.servicePoints.list(query, p.read);
  }

  @Get(':id')
  @Access.anyRole()
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.servicePoints.view(id, p.read);
  }

  @Patch(':id')
  @Access('operator', 'manager', 'admin')
  update(@Param() { id }: IdParam, @Body() dto: UpdateServicePointDto, @CurrentPrincipal() p: Principal) {
    return this.servicePoints.update(id, dto, p.write);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('operator', 'manager', 'admin')
  remove(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.servicePoints.remove(id, p.write);
  }
}

@ApiTags('devices')
@Controller('devices')
export class DevicesController {
  constructor(private readonly devices: DevicesService) {}

  @Post()
  @Access('operator', 'manager', 'admin')
  create(@Body() dto: CreateDeviceDto, @CurrentPrincipal() p: Principal) {
    return this.devices.create(dto, p.write);
  }

  @Get()
  @Access.anyRole()
  list(@Query() query: DeviceQuery, @CurrentPrincipal() p: Principal) {
    return this.devices.list(query, p.read);
  }

  @Get(':id')
  @Access.anyRole()
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.devices.get(id, p.read);
  }

  @Patch(':id')
  @Access('operator', 'manager', 'admin')
  update(@Param() { id }: IdParam, @Body() dto: UpdateDeviceDto, @CurrentPrincipal() p: Principal) {
    return this.devices.update(id, dto, p.write);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('operator', 'manager', 'admin')
  remove(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.devices.remove(id, p.write);
  }
}
