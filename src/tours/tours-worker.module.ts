import { Module } from '@nestjs/common';
import { AuditCoreModule } from '../audit/audit.module';
import { CentralIngestAdapter } from './central-ingest.adapter';
import { TourReadModelService } from './tour-read-model.service';

/** What the worker needs to run the activities of TourWorkflow and BatchSyncWorkflow. */
@Module({
  imports: [AuditCoreModule],
  providers: [TourReadModelService, CentralIngestAdapter],
  exports: [TourReadModelService],
})
export class ToursWorkerModule {}
