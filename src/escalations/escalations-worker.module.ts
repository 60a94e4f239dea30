import { Module } from '@nestjs/common';
import { AuditCoreModule } from '../audit/audit.module';
import { EscalationReadModelService } from './escalation-read-model.service';

/** What the worker needs to run EscalationWorkflow's activities. */
@Module({
  imports: [AuditCoreModule],
  providers: [EscalationReadModelService],
  exports: [EscalationReadModelService],
})
export class EscalationsWorkerModule {}
