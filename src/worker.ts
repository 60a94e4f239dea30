import 'reflect-metadata';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NativeConnection, Worker } from '@temporalio/worker';
import * as fs from 'node:fs';
import { AppConfig, loadConfig, logLevels } from './config/app-config';
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
  const context: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule, {
    logger: logLevels(config.LOG_LEVEL),
  });
  let connection: NativeConnection | undefined;
  try {
    connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
    const worker = await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      workflowBundle: { codePath: config.WORKFLOW_BUNDLE_PATH },
      activities: guardActivities({
        ...createRepairActivities(context.get(RepairReadModelService)),
        ...createEscalationActivities(context.get(EscalationReadModelService)),
        ...createTourActivities(context.get(TourReadModelService)),
        ...createOutageActivities(context.get(OutageReadModelService)),
      }),
    });
    const conn = connection;
    // The starts the sweeper makes carry the search attributes: they must exist first (the API may
    // have started while Temporal was down and not registered them yet).
    await context.get(TemporalClientLifecycle).registerSearchAttributes();
    // Starts what a process that died left staged (see WorkflowStartsService).
    const sweeper = new WorkflowStartsSweeper(context.get(WorkflowStartsService), context.get(AppConfig));
    sweeper.start();
    const done = worker.run().finally(async () => {
      await sweeper.stop();
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
  logger.log('worker stopped');
}

if (require.main === module) {
  bootstrap().catch((err) => {
    new Logger('Worker').error(err instanceof Error ? err.stack ?? err.message : String(err));
    process.exit(1);
  });
}
