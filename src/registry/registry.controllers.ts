import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiNoBody, ApiOk, ApiPageResponse } from '../common/api-responses';
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
import { DeviceView, OfficeView, ServicePointDetail, ServicePointImportResult, ServicePointView, SlaPolicyView } from './dto/registry.responses';
import { OfficesService } from './offices.service';
import { ServicePointsImportService } from './service-points-import.service';
import { ServicePointsService } from './service-points.service';

@ApiTags('offices')
@Controller('offices')
export class OfficesController {
  constructor(private readonly offices: OfficesService) {}

  @Post()
  @Access('admin')
  @ApiOperation({ summary: 'Create an office (one per regency or city)' })
  @ApiOk(OfficeView, { status: 201 })
  @ApiErrors(400, 409)
  create(@Body() dto: CreateOfficeDto) {
    return this.offices.create(dto);
  }

  /** The offices the caller may see: their own, their province's, or all. */
  @Get()
  @Access.anyRole()
  @ApiOperation({ summary: 'List the offices the caller may see' })
  @ApiPageResponse(OfficeView)
  @ApiErrors(400)
  list(@Query() query: OfficeQuery, @CurrentPrincipal() p: Principal) {
    return this.offices.list(query, p.read);
  }

  @Get(':id')
  @Access.anyRole()
  @ApiOperation({ summary: 'An office' })
  @ApiOk(OfficeView)
  @ApiErrors(400, 404)
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.offices.get(id, p.read);
  }

  /** Name and contact details (the letterhead): admins, and the office's own manager; the time zone: admins. */
  @Patch(':id')
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'Change an office’s name and contact details (the letterhead), or (admins) its time zone' })
  @ApiOk(OfficeView)
  @ApiErrors(400, 404)
  update(@Param() { id }: IdParam, @Body() dto: UpdateOfficeDto, @CurrentPrincipal() p: Principal) {
    return this.offices.update(id, dto, p.write, p.role);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin')
  @ApiOperation({ summary: 'Delete an office that holds no data' })
  @ApiNoBody()
  @ApiErrors(400, 404, 409)
  remove(@Param() { id }: IdParam) {
    return this.offices.remove(id);
  }

  @Get(':id/sla-policy')
  @Access.anyRole()
  @ApiOperation({ summary: 'The office’s SLA policy (its own or the defaults)' })
  @ApiOk(SlaPolicyView)
  @ApiErrors(400, 404)
  policy(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.offices.getPolicy(id, p.read);
  }

  /** Applies to cases opened from now on; running cases keep the policy they started with. */
  @Put(':id/sla-policy')
  @Access('admin')
  @ApiOperation({ summary: 'Set the office’s SLA policy' })
  @ApiOk(SlaPolicyView)
  @ApiErrors(400, 404)
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
  @ApiOperation({ summary: 'Register a service point of an office' })
  @ApiOk(ServicePointView, { status: 201 })
  @ApiErrors(400, 409)
  create(@Body() dto: CreateServicePointDto, @CurrentPrincipal() p: Principal) {
    return this.servicePoints.create(dto, p.write);
  }

  @Get()
  @Access.anyRole()
  @ApiOperation({ summary: 'List service points' })
  @ApiPageResponse(ServicePointView)
  @ApiErrors(400)
  list(@Query() query: ServicePointQuery, @CurrentPrincipal() p: Principal) {
    return this.servicePoints.list(query, p.read);
  }

  @Get(':id')
  @Access.anyRole()
  @ApiOperation({ summary: 'A service point (with alternatives while it cannot record)' })
  @ApiOk(ServicePointDetail)
  @ApiErrors(400, 404)
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.servicePoints.view(id, p.read);
  }

  @Patch(':id')
  @Access('operator', 'manager', 'admin')
  @ApiOperation({ summary: 'Change a service point' })
  @ApiOk(ServicePointView)
  @ApiErrors(400, 404, 409)
  update(@Param() { id }: IdParam, @Body() dto: UpdateServicePointDto, @CurrentPrincipal() p: Principal) {
    return this.servicePoints.update(id, dto, p.write);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('operator', 'manager', 'admin')
  @ApiOperation({ summary: 'Delete a service point without devices or cases' })
  @ApiNoBody()
  @ApiErrors(400, 404, 409)
  remove(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.servicePoints.remove(id, p.write);
  }
}

@ApiTags('service-points')
@Controller('offices')
export class OfficeServicePointsController {
  constructor(private readonly imports: ServicePointsImportService) {}

  /**
   * CSV (Content-Type: text/csv) from a registry of points: `name,kind,district_code[,address,latitude,longitude,opening_hours]`;
   * creates or updates by name; all rows or none; the same file again changes nothing.
   */
  @Post(':id/service-points')
  @HttpCode(200)
  @Access('operator', 'manager', 'admin')
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: {
      type: 'string',
      example:
        'name,kind,district_code,address,latitude,longitude,opening_hours\n' +
        'Kantor Kecamatan Serawai,kecamatan-office,61.05.09,Jl. Lintas Serawai,-0.5123,112.4521,mon-thu 08:00-15:00; fri 08:00-11:00',
    },
  })
  @ApiOperation({ summary: 'Import an office’s service points with places and hours (CSV; create or update by name; all rows or none)' })
  @ApiOk(ServicePointImportResult)
  @ApiErrors(400, 404, 409, 413)
  import(@Param() { id }: IdParam, @Req() req: Request, @CurrentPrincipal() p: Principal) {
    return this.imports.import(id, req.body, p);
  }
}

@ApiTags('devices')
@Controller('devices')
export class DevicesController {
  constructor(private readonly devices: DevicesService) {}

  @Post()
  @Access('operator', 'manager', 'admin')
  @ApiOperation({ summary: 'Register a device at a service point' })
  @ApiOk(DeviceView, { status: 201 })
  @ApiErrors(400, 409)
  create(@Body() dto: CreateDeviceDto, @CurrentPrincipal() p: Principal) {
    return this.devices.create(dto, p.write);
  }

  @Get()
  @Access.anyRole()
  @ApiOperation({ summary: 'List devices' })
  @ApiPageResponse(DeviceView)
  @ApiErrors(400)
  list(@Query() query: DeviceQuery, @CurrentPrincipal() p: Principal) {
    return this.devices.list(query, p.read);
  }

  @Get(':id')
  @Access.anyRole()
  @ApiOperation({ summary: 'A device' })
  @ApiOk(DeviceView)
  @ApiErrors(400, 404)
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.devices.get(id, p.read);
  }

  @Patch(':id')
  @Access('operator', 'manager', 'admin')
  @ApiOperation({ summary: 'Change a device (move, retire, reactivate)' })
  @ApiOk(DeviceView)
  @ApiErrors(400, 404, 409)
  update(@Param() { id }: IdParam, @Body() dto: UpdateDeviceDto, @CurrentPrincipal() p: Principal) {
    return this.devices.update(id, dto, p.write);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('operator', 'manager', 'admin')
  @ApiOperation({ summary: 'Delete a device without repair cases' })
  @ApiNoBody()
  @ApiErrors(400, 404, 409)
  remove(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.devices.remove(id, p.write);
  }
}
