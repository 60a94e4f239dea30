import { Module } from '@nestjs/common';
import { CoverageModule } from '../coverage/coverage.module';
import { OversightController } from './oversight.controller';
import { OversightService } from './oversight.service';

/** Oversight: the supervisors' and the ministry's read-only views over provinces and the country. */
@Module({
  imports: [CoverageModule],
  controllers: [OversightController],
  providers: [OversightService],
})
export class OversightModule {}
