import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Device } from '../registry/device.entity';
import { RegistryModule } from '../registry/registry.module';
import { ServicePoint } from '../registry/service-point.entity';
import { TimelineEntry } from '../timeline/timeline-entry.entity';
import { RepairCase } from './repair-case.entity';
import { RepairsController } from './repairs.controller';
import { RepairsService } from './repairs.service';

@Module({
  imports: [TypeOrmModule.forFeature([RepairCase, Device, ServicePoint, TimelineEntry]), RegistryModule],
  controllers: [RepairsController],
  providers: [RepairsService],
})
export class RepairsModule {}
