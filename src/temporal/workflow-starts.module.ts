import { Global, Module } from '@nestjs/common';
import { WorkflowStartsService } from './workflow-starts.service';

/** Starting the workflows of newly stored objects through the outbox (needs TemporalModule's client). */
@Global()
@Module({
  providers: [WorkflowStartsService],
  exports: [WorkflowStartsService],
})
export class WorkflowStartsModule {}
