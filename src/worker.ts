// --- tracing (issue 16): before anything loads `http`; a no-op unless OTEL_EXPORTER_OTLP_ENDPOINT is set. ---
import './tracing/start-worker-tracing';
import { shutdownTracing } from './tracing/tracing';
import { tracingSinks, tracingWorkerInterceptors } from './tracing/temporal-tracing';
// --- end tracing ---
import 'reflect-metadata';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NativeConnection, Worker } from '@temporalio/worker';
import * as fs from 'node:fs';
import { AppConfig, loadConfig } from './config/app-config';
import { describeWorkerSettings, workerSettings } from './config/worker-settings';
import { NestPinoLogger } from './common/logging';
import { installTemporalRuntime, workerLogger } from './temporal/runtime';
import { createDigestActivities } from './digest/digest.activities';
import { DigestSchedulesReconciler } from './digest/digest-schedules.reconciler';
import { DigestService } from './digest/digest.service';
import { DigestSchedulesService } from './digest/digest-schedules.service';
import { DataSource } from 'typeorm';
import { createCalendarActivities } from './calendar/calendar.activities';
import { createEscalationActivities } from './escalations/escalation.activities';
import { EscalationReadModelService } from './escalations/escalation-read-model.service';
import { createRepairActivities } from './repairs/repair.activities';
import { RepairReadModelService } from './repairs/repair-read-model.service';
import { createOutageActivities } from './outages/outage.activities';
import { OutageReadModelService } from './outages/outage-read-model.service';
import { guardActivities } from './temporal/guarded-activities';
import { createTourActivities } from './tours/tour.activities';
import { TourReadModelService } from './tours/tour-read-model.service';
import { TemporalClientLifecycle } from './temporal/temporal.module';
import { WorkflowStartsService } from './temporal/workflow-starts.service';
import { WorkflowStartsSweeper } from './temporal/workflow-starts.sweeper';
import { WorkerModule } from './worker.module';
import { NotificationEmailSender } from './notifications/notification-email.sender';
import { NotificationEmailService } from './notifications/notification-email.service';
import { Client } from '@temporalio/client';
import { createWebhookActivities } from './webhooks/webhook.activities';
import { WebhookDeliveryService } from './webhooks/webhook-delivery.service';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { createMetricsRegistry } from './metrics/registry';
import { WorkerMetricsServer } from './metrics/worker-metrics-server';

export interface RunningWorker {
  worker: Worker;
  /** Resolves when the worker has stopped and its connections are closed. */
  done: Promise<void>;
  /** Asks the worker to stop and waits for it. */
  stop(): Promise<void>;
}

/** Activities resolved from a Nest application context; workflows from the pre-built bundle. */
export async function startWorker(config: AppConfig = loadConfig()): Promise<RunningWorker> {
  if (!config.TEMPORAL_ADDRESS) throw new Error('TEMPORAL_ADDRESS is not set: run `npm start` or set TEMPORAL_ADDRESS');
  if (!fs.existsSync(config.WORKFLOW_BUNDLE_PATH)) {
    throw new Error(`workflow bundle ${config.WORKFLOW_BUNDLE_PATH} is missing: run \`npm run build\``);
  }
  // Cache, slots, pollers, grace and pool (issue 17 part 1): refused here, before anything connects, when they disagree.
  const settings = workerSettings(config);
  // Everything but the pool (the DatabaseModule sizes that) is a Worker.create option of the same name.
  const { databasePoolSize: _pool, ...workerOptions } = settings;
  // --- Logging (issue 16) and metrics: the SDK's Runtime (installed once, first; src/temporal/runtime.ts),
  // and Nest logs through the worker's pino logger.
  const runtime = await installTemporalRuntime(config);
  const logger = workerLogger(config);
  const context: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule, {
    logger: new NestPinoLogger(() => logger),
  });
  // --- end of logging
  let connection: NativeConnection | undefined;
  // --- Metrics and readiness (issue 16 part 2): the worker's own HTTP server on WORKER_METRICS_PORT
  // (off when 0); /health/ready says down until the worker below polls. ---
  const metricsServer =
    config.WORKER_METRICS_PORT > 0 ? new WorkerMetricsServer(config, createMetricsRegistry('worker'), runtime.sdkMetricsUrl) : undefined;
  try {
    await metricsServer?.listen();
    connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
    const worker = await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      workflowBundle: { codePath: config.WORKFLOW_BUNDLE_PATH },
      ...workerOptions,
      // tracing (issue 16): RunActivity spans, and the sink of the bundle's workflow interceptors.
      interceptors: tracingWorkerInterceptors(),
      sinks: tracingSinks(),
      activities: guardActivities({
        ...createRepairActivities(context.get(RepairReadModelService)),
        ...createEscalationActivities(context.get(EscalationReadModelService)),
        ...createTourActivities(context.get(TourReadModelService)),
        ...createOutageActivities(context.get(OutageReadModelService)),
        ...createDigestActivities(context.get(DigestService)),
        ...createWebhookActivities(context.get(WebhookDeliveryService)),
        ...createCalendarActivities(context.get(DataSource)),
      }),
    });
    new Logger('Worker').log(describeWorkerSettings(settings));
    const conn = connection;
    // The starts the sweeper makes carry the search attributes: they must exist first (the API may
    // have started while Temporal was down and not registered them yet).
    await context.get(TemporalClientLifecycle).registerSearchAttributes();
    // Starts what a process that died left staged (see WorkflowStartsService).
    const sweeper = new WorkflowStartsSweeper(context.get(WorkflowStartsService), context.get(AppConfig));
    sweeper.start();
    // E-mails the notifications owed by e-mail (the outbox the notifications' trigger fills).
    const mailer = config.SMTP_URL ? new NotificationEmailSender(context.get(NotificationEmailService), context.get(AppConfig)) : undefined;
    mailer?.start();
    // The digests' schedules, for every office (a fresh Temporal server has none).
    const reconciler = new DigestSchedulesReconciler(context.get(DigestSchedulesService), context.get(AppConfig));
    reconciler.start();
    // Starts the delivery workflow of every new webhook delivery (see src/webhooks).
    const dispatcher = new WebhookDispatcher(context.get(DataSource), context.get(Client), context.get(AppConfig));
    dispatcher.start();
    // (metrics) what /health/ready asks.
    const db = context.get(DataSource);
    metricsServer?.setReadiness({
      workerState: () => worker.getState(),
      temporal: () => conn.workflowService.getSystemInfo({}),
      database: () => db.query('SELECT 1'),
    });
    const done = worker.run().finally(async () => {
      await metricsServer?.close();
      await dispatcher.stop();
      await reconciler.stop();
      await sweeper.stop();
      await mailer?.stop();
      await conn.close();
      await context.close();
    });
    return {
      worker,
      done,
      stop: async () => {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await done;
      },
    };
  } catch (err) {
    await connection?.close();
    await context.close();
    await metricsServer?.close();
    throw err;
  }
}

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Worker');
  const running = await startWorker(config);
  logger.log(`worker polling task queue ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
  // The SDK's runtime turns SIGINT/SIGTERM into a graceful shutdown; run() then resolves.
  await running.done;
  await shutdownTracing(); // tracing (issue 16): the spans still buffered
  logger.log('worker stopped');
}

if (require.main === module) {
  bootstrap().catch((err) => {
    new Logger('Worker').error(err instanceof Error ? err.stack ?? err.message : String(err));
    process.exit(1);
  });
}
