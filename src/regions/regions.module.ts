import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REGION_ENTITIES } from './region.entities';
import { RegionImportService } from './region-import.service';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';

@Module({
  imports: [TypeOrmModule.forFeature(REGION_ENTITIES)],
  controllers: [RegionsController],
  providers: [RegionsService, RegionImportService],
  exports: [RegionsService, RegionImportService],
})
export class RegionsModule {}
