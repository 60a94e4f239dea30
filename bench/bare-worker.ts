/**
 * The benchmarks' baseline worker, as a process of its own (spawned by the benchmark with
 * spawnNode('bench/bare-worker.js')): bench/bare.workflow.ts's workflows and bench/bare.activities.ts's
 * no-op on BARE_TASK_QUEUE, nothing of the product. Being its own process, its CPU is read from /proc
 * like the product worker's, and the benchmark client's own work is counted in neither.
 *
 * Environment: TEMPORAL_ADDRESS, BARE_TASK_QUEUE. Prints READY_LINE once polling; stops on SIGTERM.
 */
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { bareActivities } from './bare.activities';

/** What bench/lib/harness.ts's startBareWorker waits for. */
const READY_LINE = 'bare worker polling';

async function main(): Promise<void> {
  const address = process.env.TEMPORAL_ADDRESS;
  const taskQueue = process.env.BARE_TASK_QUEUE;
  if (!address || !taskQueue) throw new Error('TEMPORAL_ADDRESS and BARE_TASK_QUEUE must be set');
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const quiet = { trace() {}, debug() {}, info() {}, log() {}, warn: console.error, error: console.error };
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./bare.workflow'), logger: quiet });
  const connection = await NativeConnection.connect({ address });
  try {
    const worker = await Worker.create({ connection, taskQueue, workflowBundle: { code }, activities: bareActivities });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => worker.shutdown());
    const running = worker.run();
    while (worker.getState() === 'INITIALIZED') await new Promise((r) => setTimeout(r, 20));
    if (worker.getState() === 'RUNNING') console.log(READY_LINE);
    await running;
  } finally {
    await connection.close();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err instanceof Error ? err.stack ?? err.message : err);
      process.exit(1);
    },
  );
}
