import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { findFreePort } from '../src/common/free-port';
import { ConfigError, loadConfig } from '../src/config/app-config';
import { workerSettings } from '../src/config/worker-settings';
import { eventually, Stack } from './support/stack';

const ROOT = path.resolve(__dirname, '..');

/** The value of the SDK's metric for one kind of slot on this task queue (undefined when not reported). */
function metric(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const body = line.slice(name.length + 1, line.lastIndexOf('}'));
    if (Object.entries(labels).every(([k, v]) => body.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf('}') + 1).trim());
  }
  return undefined;
}

describe('worker settings from the configuration', () => {
  it('defaults: a bounded cache and a pool that covers every activity slot', () => {
    const s = workerSettings(loadConfig({}));
    expect(s.maxCachedWorkflows).toBe(500);
    expect(s.databasePoolSize).toBeGreaterThanOrEqual(s.maxConcurrentActivityTaskExecutions + s.maxConcurrentLocalActivityExecutions);
    expect(s.workflowTaskPollerBehavior).toEqual({ type: 'simple-maximum', maximum: 10 });
  });

  it('refuses bad values naming the setting', () => {
    expect(() => loadConfig({ WORKER_ACTIVITY_SLOTS: '0' })).toThrow(/WORKER_ACTIVITY_SLOTS/);
    expect(() => loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: 'many' })).toThrow(/WORKER_MAX_CACHED_WORKFLOWS/);
    expect(() => loadConfig({ WORKER_POLLERS: 'dynamic' })).toThrow(/WORKER_POLLERS/);
    expect(() => workerSettings(loadConfig({ WORKER_POLLERS: 'fixed', WORKER_WORKFLOW_TASK_SLOTS: '4', WORKER_WORKFLOW_TASK_POLLERS: '8' }))).toThrow(
      /WORKER_WORKFLOW_TASK_POLLERS.*WORKER_WORKFLOW_TASK_SLOTS/,
    );
    const small = () => workerSettings(loadConfig({ WORKER_ACTIVITY_SLOTS: '8', WORKER_LOCAL_ACTIVITY_SLOTS: '4', WORKER_DATABASE_POOL_SIZE: '10' }));
    expect(small).toThrow(ConfigError);
    expect(small).toThrow(/WORKER_DATABASE_POOL_SIZE: 10 .*WORKER_ACTIVITY_SLOTS \+ WORKER_LOCAL_ACTIVITY_SLOTS \(8 \+ 4 = 12\)/);
  });

  it('the worker process refuses to start with a pool smaller than its slots, naming both settings', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'worker.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS,
        WORKER_ACTIVITY_SLOTS: '30',
        WORKER_DATABASE_POOL_SIZE: '10',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).not.toBe(0);
    expect(output).toMatch(/WORKER_DATABASE_POOL_SIZE/);
    expect(output).toMatch(/WORKER_ACTIVITY_SLOTS \+ WORKER_LOCAL_ACTIVITY_SLOTS/);
  });

  describe('a worker started with non-default settings', () => {
    const env: NodeJS.ProcessEnv = {
      LOG_LEVEL: 'log',
      WORKER_MAX_CACHED_WORKFLOWS: '50',
      WORKER_WORKFLOW_TASK_SLOTS: '6',
      WORKER_ACTIVITY_SLOTS: '7',
      WORKER_LOCAL_ACTIVITY_SLOTS: '3',
      WORKER_POLLERS: 'autoscaling',
      WORKER_ACTIVITY_TASK_POLLERS: '4',
      WORKER_SHUTDOWN_GRACE_MS: '2500',
    };
    const stack = new Stack(env, {}, { keepAllOutput: true });
    let workerUrl = '';
    beforeAll(async () => {
      const port = await findFreePort();
      env.WORKER_METRICS_PORT = String(port);
      workerUrl = `http://127.0.0.1:${port}`;
      await stack.start();
    });
    afterAll(() => stack.stop());

    it('logs its effective settings once, in one line', () => {
      const lines = stack.lines().filter((l) => l.process === 'worker' && l.line.includes('worker settings:'));
      expect(lines).toHaveLength(1);
      expect(lines[0].line).toContain(
        'cache 50 workflows; slots 6 workflow tasks, 7 activities, 3 local activities; ' +
          'pollers autoscaling up to 100 workflow-task, autoscaling up to 4 activity-task; shutdown grace 2500 ms; Postgres pool 14',
      );
    });

    it('the SDK reports the slot counts it was given', async () => {
      const slots = (text: string, workerType: string) => {
        const labels = { task_queue: stack.taskQueue, worker_type: workerType };
        const available = metric(text, 'temporal_worker_task_slots_available', labels);
        const used = metric(text, 'temporal_worker_task_slots_used', labels) ?? 0;
        return available === undefined ? undefined : available + used;
      };
      // Available + used is the number of slots of each kind, whatever the worker is doing at the scrape.
      const text = await eventually(async () => {
        const res = await fetch(`${workerUrl}/metrics`);
        const body = await res.text();
        return slots(body, 'LocalActivityWorker') !== undefined ? body : undefined;
      }, 30_000, 'the slot metrics');
      expect(slots(text, 'LocalActivityWorker')).toBe(3);
      expect(slots(text, 'ActivityWorker')).toBe(7);
      expect(slots(text, 'WorkflowWorker')).toBe(6);
    });
  });
});
