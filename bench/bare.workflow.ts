import { proxyActivities } from '@temporalio/workflow';
import type { BareActivities } from './bare.activities';

const { noop } = proxyActivities<BareActivities>({ startToCloseTimeout: '10 seconds' });

/** The baseline: one workflow, one activity that does nothing. */
export async function bareWorkflow(n: number): Promise<number> {
  return noop(n);
}
