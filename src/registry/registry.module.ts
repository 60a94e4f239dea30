import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DigestModule } from '../digest/digest.module';
import { RegionsModule } from '../regions/regions.module';
import { RepairCase } from '../repairs/repair-case.entity';
import { AvailabilityService } from './availability.service';
import { Device } from './device.entity';
import { DevicesService } from './devices.service';
import { Office } from './office.entity';
import { OfficesService } from './offices.service';
import { DevicesController, OfficeServicePointsController, OfficesController, ServicePointsController } from './registry.controllers';
import { ServicePoint } from './service-point.entity';
import { ServicePointsImportService } from './service-points-import.service';
import { ServicePointsService } from './service-points.service';
import { SlaPolicy } from './sla-policy.entity';

/** Offices, their service points and devices, and the SLA policy of each office. */
@Module({
  imports: [TypeOrmModule.forFeature([Office, SlaPolicy, ServicePoint, Device, RepairCase]), RegionsModule, DigestModule],
  controllers: [OfficesController, ServicePointsController, OfficeServicePointsController, DevicesController],
  providers: [OfficesService, ServicePointsService, ServicePointsImportService, DevicesService, AvailabilityService],
  exports: [OfficesService, ServicePointsService, DevicesService, AvailabilityService],
})
export class RegistryModule {}
