import { Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EscalationsWorkerModule } from './escalations/escalations-worker.module';
import { RepairsWorkerModule } from './repairs/repairs-worker.module';
import { ToursWorkerModule } from './tours/tours-worker.module';
import { OutagesWorkerModule } from './outages/outages-worker.module';

/** The worker process: only what the activities need, no HTTP. */
@Module({
  imports: [ConfigModule, DatabaseModule, RepairsWorkerModule, EscalationsWorkerModule, ToursWorkerModule, OutagesWorkerModule],
})
export class WorkerModule {}
