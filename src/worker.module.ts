import { Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EscalationsWorkerModule } from './escalations/escalations-worker.module';
import { RepairsWorkerModule } from './repairs/repairs-worker.module';
import { ToursWorkerModule } from './tours/tours-worker.module';
import { OutagesWorkerModule } from './outages/outages-worker.module';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module';
import { TemporalModule } from './temporal/temporal.module';
import { WorkflowStartsModule } from './temporal/workflow-starts.module';
import { WebhooksWorkerModule } from './webhooks/webhooks-worker.module';

/** The worker process: what the activities and the sweeper of workflow starts need, no HTTP. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forProcess('worker'),
    TemporalModule,
    WorkflowStartsModule,
    RepairsWorkerModule,
    EscalationsWorkerModule,
    ToursWorkerModule,
    OutagesWorkerModule,
    NotificationsWorkerModule,
    WebhooksWorkerModule,
  ],
})
export class WorkerModule {}
