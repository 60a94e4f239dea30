import { Module } from '@nestjs/common';
import { AuditCoreModule } from '../audit/audit.module';
import { RegistryModule } from '../registry/registry.module';
import { OutageReadModelService } from './outage-read-model.service';

/** What the worker needs to run OutageWorkflow's activities. */
@Module({
  imports: [AuditCoreModule, RegistryModule],
  providers: [OutageReadModelService],
  exports: [OutageReadModelService],
})
export class OutagesWorkerModule {}
