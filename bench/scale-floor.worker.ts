/**
 * The scale benchmark's floor worker, a child process of its own (as the product's worker is): it runs
 * bench/bare.workflow.ts (bareWorkflow, sleeperWorkflow) on TASK_QUEUE at TEMPORAL_ADDRESS with the
 * SDK's defaults, except WORKER_MAX_CACHED_WORKFLOWS (the scale bench passes the product worker's, so that the floor keeps as many
 * workflows cached as the product's worker is told to).
 *
 * It prints `READY` once polling and, for every no-op activity it runs, `WOKE <n> <epoch ms>` on
 * stdout: the moment a sleeper's wake-up reached its activity, what the product's reminder write is
 * compared with.
 */
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';

async function main(): Promise<void> {
  const address = process.env.TEMPORAL_ADDRESS;
  const taskQueue = process.env.TASK_QUEUE;
  if (!address || !taskQueue) throw new Error('TEMPORAL_ADDRESS and TASK_QUEUE are required');
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const quiet = { trace() {}, debug() {}, info() {}, log() {}, warn: console.error, error: console.error };
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./bare.workflow'), logger: quiet });
  const connection = await NativeConnection.connect({ address });
  const cached = process.env.WORKER_MAX_CACHED_WORKFLOWS ? Number(process.env.WORKER_MAX_CACHED_WORKFLOWS) : undefined;
  const worker = await Worker.create({
    connection,
    taskQueue,
    workflowBundle: { code },
    ...(cached && Number.isInteger(cached) && cached > 0 ? { maxCachedWorkflows: cached } : {}),
    activities: {
      async noop(n: number): Promise<number> {
        process.stdout.write(`WOKE ${n} ${Date.now()}\n`);
        return n;
      },
    },
  });
  const stop = () => worker.getState() === 'RUNNING' && worker.shutdown();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const running = worker.run();
  process.stdout.write('READY\n');
  await running;
  await connection.close();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.stack ?? err.message : err);
    process.exit(1);
  },
);
