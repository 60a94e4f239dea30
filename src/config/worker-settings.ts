import type { WorkerOptions } from '@temporalio/worker';
import { AppConfig, ConfigError } from './app-config';

/** Connections the worker keeps beside its activity slots: the sweeper, the mailer, the dispatcher, the readiness probe. */
export const WORKER_POOL_HEADROOM = 4;

/** The SDK's poller behaviour (not exported by name from @temporalio/worker 1.24). */
type PollerBehavior = NonNullable<WorkerOptions['workflowTaskPollerBehavior']>;

/** What the worker passes to Worker.create, and its Postgres pool, derived once from the configuration. */
export interface WorkerSettings {
  maxCachedWorkflows: number;
  maxConcurrentWorkflowTaskExecutions: number;
  maxConcurrentActivityTaskExecutions: number;
  maxConcurrentLocalActivityExecutions: number;
  workflowTaskPollerBehavior: PollerBehavior;
  activityTaskPollerBehavior: PollerBehavior;
  shutdownGraceTime: number;
  databasePoolSize: number;
}

/**
 * The worker's settings, or a ConfigError naming the settings that disagree: an activity holds a
 * Postgres connection while it runs, so a pool smaller than the activity and local activity slots
 * would make activities wait for connections (and fail after DATABASE_CONNECT_TIMEOUT_MS) under load.
 */
export function workerSettings(config: AppConfig): WorkerSettings {
  const problems: string[] = [];
  const activitySlots = config.WORKER_ACTIVITY_SLOTS;
  const localSlots = config.WORKER_LOCAL_ACTIVITY_SLOTS;
  const needed = activitySlots + localSlots;
  const databasePoolSize = config.WORKER_DATABASE_POOL_SIZE ?? needed + WORKER_POOL_HEADROOM;
  if (databasePoolSize < needed) {
    problems.push(
      `WORKER_DATABASE_POOL_SIZE: ${databasePoolSize} is smaller than WORKER_ACTIVITY_SLOTS + WORKER_LOCAL_ACTIVITY_SLOTS ` +
        `(${activitySlots} + ${localSlots} = ${needed}); raise it or lower the slots (unset, it is the slots + ${WORKER_POOL_HEADROOM})`,
    );
  }
  const fixed = config.WORKER_POLLERS === 'fixed';
  const wftPollers = config.WORKER_WORKFLOW_TASK_POLLERS;
  const atPollers = config.WORKER_ACTIVITY_TASK_POLLERS;
  // A fixed poller holds a slot while it waits, so more pollers than slots cannot be used.
  if (fixed && wftPollers !== undefined && wftPollers > config.WORKER_WORKFLOW_TASK_SLOTS) {
    problems.push(`WORKER_WORKFLOW_TASK_POLLERS: ${wftPollers} is more than WORKER_WORKFLOW_TASK_SLOTS (${config.WORKER_WORKFLOW_TASK_SLOTS})`);
  }
  if (fixed && atPollers !== undefined && atPollers > activitySlots) {
    problems.push(`WORKER_ACTIVITY_TASK_POLLERS: ${atPollers} is more than WORKER_ACTIVITY_SLOTS (${activitySlots})`);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  // The SDK's own defaults when a maximum is unset: min(10, slots) for fixed pollers, 100 for autoscaling.
  // Autoscaling starts at the SDK's 5 polls (fewer when the maximum is lower: the SDK refuses initial > maximum).
  const behavior = (maximum: number | undefined, slots: number): PollerBehavior =>
    fixed
      ? { type: 'simple-maximum', maximum: maximum ?? Math.min(10, slots) }
      : { type: 'autoscaling', minimum: 1, initial: Math.min(5, maximum ?? 100), maximum: maximum ?? 100 };
  return {
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTaskExecutions: config.WORKER_WORKFLOW_TASK_SLOTS,
    maxConcurrentActivityTaskExecutions: activitySlots,
    maxConcurrentLocalActivityExecutions: localSlots,
    workflowTaskPollerBehavior: behavior(wftPollers, config.WORKER_WORKFLOW_TASK_SLOTS),
    activityTaskPollerBehavior: behavior(atPollers, activitySlots),
    shutdownGraceTime: config.WORKER_SHUTDOWN_GRACE_MS,
    databasePoolSize,
  };
}

/** The one line the worker logs at start. */
export function describeWorkerSettings(s: WorkerSettings): string {
  const pollers = (b: PollerBehavior) => (b.type === 'autoscaling' ? `autoscaling up to ${b.maximum}` : `fixed ${b.maximum}`);
  return (
    `worker settings: cache ${s.maxCachedWorkflows} workflows; slots ${s.maxConcurrentWorkflowTaskExecutions} workflow tasks, ` +
    `${s.maxConcurrentActivityTaskExecutions} activities, ${s.maxConcurrentLocalActivityExecutions} local activities; ` +
    `pollers ${pollers(s.workflowTaskPollerBehavior)} workflow-task, ${pollers(s.activityTaskPollerBehavior)} activity-task; ` +
    `shutdown grace ${s.shutdownGraceTime} ms; Postgres pool ${s.databasePoolSize}`
  );
}
