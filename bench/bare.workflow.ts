import { proxyActivities, proxyLocalActivities, sleep } from '@temporalio/workflow';
import type { BareActivities } from './bare.activities';

const { noop } = proxyActivities<BareActivities>({ startToCloseTimeout: '10 seconds' });
const local = proxyLocalActivities<BareActivities>({ startToCloseTimeout: '10 seconds' });

/** The floor (B): one workflow, one activity that does nothing. */
export async function bareWorkflow(n: number): Promise<number> {
  return noop(n);
}

/**
 * The floor of the design with local activities (B′): the same, but the no-op runs as a local
 * activity, in the worker that runs the workflow task, with no activity task through the server.
 */
export async function bareLocalWorkflow(n: number): Promise<number> {
  return local.noop(n);
}

/**
 * The floor of a burst of deadlines: sleeps until a common instant (epoch ms), then runs the same
 * no-op activity. F of these waking together is what Temporal and a worker with nothing of the
 * product do when F timers fall due at once.
 */
export async function sleeperWorkflow(wakeAtMs: number, n: number): Promise<number> {
  const ms = wakeAtMs - Date.now();
  if (ms > 0) await sleep(ms);
  return noop(n);
}
