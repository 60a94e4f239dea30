import { Module } from '@nestjs/common';
import { AuditCoreModule } from '../audit/audit.module';
import { RegistryModule } from '../registry/registry.module';
import { RepairReadModelService } from './repair-read-model.service';

/** What the worker needs to run RepairWorkflow's activities. */
@Module({
  imports: [RegistryModule, AuditCoreModule],
  providers: [RepairReadModelService],
  exports: [RepairReadModelService],
})
export class RepairsWorkerModule {}
