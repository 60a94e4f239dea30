import { asyncLocalStorage as activityContext } from '@temporalio/activity';
import { Runtime, RuntimeOptions } from '@temporalio/worker';
import type { Logger as PinoLogger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { rootLogger, TemporalPinoLogger, temporalLevel } from '../common/logging';
import { findFreePort } from '../common/free-port';

/** What a worker line logged inside an activity carries (the SDK's own activity lines use the same names). */
export function activityLogFields(): Record<string, unknown> | undefined {
  const info = activityContext.getStore()?.info;
  if (!info) return undefined;
  return { workflowId: info.workflowExecution?.workflowId, workflowRunId: info.workflowExecution?.runId, activityType: info.activityType, activityId: info.activityId };
}

/** The worker process's logger (pino, see src/common/logging.ts). */
export function workerLogger(config: AppConfig): PinoLogger {
  return rootLogger(config, 'worker', activityLogFields);
}

export interface InstalledTemporalRuntime {
  /** Where the SDK runtime serves its own Prometheus metrics (loopback only), when metrics are on. */
  sdkMetricsUrl?: string;
}

let installed: InstalledTemporalRuntime | undefined;

/**
 * The Temporal SDK's Runtime, installed once per process before any worker or native connection
 * (the SDK allows a single install; it would create a default one otherwise). A second call returns
 * what the first installed. Every part adds its own options here.
 */
export async function installTemporalRuntime(config: AppConfig): Promise<InstalledTemporalRuntime> {
  if (installed) return installed;
  const result: InstalledTemporalRuntime = {};
  const options: RuntimeOptions = {
    // --- Logging (issue 16): the SDK's own lines, the activities' context logger and the
    // workflows' `log` (through the SDK's logger sink) go through the worker's pino logger, with
    // workflowId, workflowRunId and activityType; the core's (Rust) lines are forwarded to it too.
    logger: new TemporalPinoLogger(workerLogger(config)),
    telemetryOptions: {
      logging: { filter: { core: worse(temporalLevel(config.LOG_LEVEL), 'WARN'), other: 'ERROR' }, forward: {} },
    },
    // --- end of logging
  };
  // --- Metrics (issue 16): with WORKER_METRICS_PORT set, the SDK's Core exports its worker metrics
  // (task latencies, slots, sticky cache, pollers, activity failures) in Prometheus format on a free
  // loopback port; the worker's metrics server reads them from there and serves them on its /metrics.
  if (config.WORKER_METRICS_PORT > 0) {
    const port = await findFreePort();
    options.telemetryOptions = {
      ...options.telemetryOptions,
      metrics: {
        metricPrefix: 'temporal_',
        prometheus: { bindAddress: `127.0.0.1:${port}`, countersTotalSuffix: true, useSecondsForDurations: true, unitSuffix: true },
      },
    };
    result.sdkMetricsUrl = `http://127.0.0.1:${port}/metrics`;
  }
  // --- end of metrics
  Runtime.install(options);
  installed = result;
  return result;
}

const ORDER = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR'] as const;
/** The less verbose of two levels (the core is chatty below WARN). */
function worse(a: (typeof ORDER)[number], b: (typeof ORDER)[number]): (typeof ORDER)[number] {
  return ORDER[Math.max(ORDER.indexOf(a), ORDER.indexOf(b))];
}
