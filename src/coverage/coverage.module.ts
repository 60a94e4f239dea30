import { Module } from '@nestjs/common';
import { ToursModule } from '../tours/tours.module';
import { CoverageController } from './coverage.controller';
import { CoverageService } from './coverage.service';

/** Coverage: where residents are not yet recorded, per office and kecamatan, regency and province. */
@Module({
  imports: [ToursModule],
  controllers: [CoverageController],
  providers: [CoverageService],
  exports: [CoverageService],
})
export class CoverageModule {}
