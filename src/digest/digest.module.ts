import { Module } from '@nestjs/common';
import { DigestSchedulesService } from './digest-schedules.service';
import { DigestService } from './digest.service';

/**
 * The daily and weekly digests: their Temporal Schedules (made by the API when offices change, and
 * reconciled by the worker) and the read-model side of DigestWorkflow's activities.
 */
@Module({
  providers: [DigestSchedulesService, DigestService],
  exports: [DigestSchedulesService, DigestService],
})
export class DigestModule {}
