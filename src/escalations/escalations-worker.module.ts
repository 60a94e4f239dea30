import { Module } from '@nestjs/common';
import { AuditCoreModule } from '../audit/audit.module';
import { RegistryModule } from '../registry/registry.module';
import { EscalationReadModelService } from './escalation-read-model.service';

/** What the worker needs to run EscalationWorkflow's activities. */
@Module({
  imports: [AuditCoreModule, RegistryModule],
  providers: [EscalationReadModelService],
  exports: [EscalationReadModelService],
})
export class EscalationsWorkerModule {}
