import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '../config/app-config';
import { RegistryModule } from '../registry/registry.module';
import { StopWritableBeforeUpload, ToursController, UnrecordedResidentsController } from './tours.controller';
import { TourPlanningService } from './tour-planning.service';
import { ToursService } from './tours.service';
import { UnrecordedResidentsService } from './unrecorded-residents.service';

@Module({
  imports: [
    RegistryModule,
    // Packets are held in memory only until they are stored in Postgres, up to BATCH_MAX_BYTES (413 beyond).
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.BATCH_MAX_BYTES, files: 1, fields: 20 } }),
    }),
  ],
  controllers: [ToursController, UnrecordedResidentsController],
  providers: [ToursService, TourPlanningService, UnrecordedResidentsService, StopWritableBeforeUpload],
  // The office totals and trend are part of the coverage answer (src/coverage).
  exports: [UnrecordedResidentsService],
})
export class ToursModule {}
