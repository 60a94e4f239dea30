/**
 * `npm run bench` (N=500 CONCURRENCY=20 by default, from the environment).
 *
 * A: opens N repair cases through the real API and worker processes and measures, per case, the time
 *    from the POST until the case shows its first workflow event in the read model (GET /repairs/:id).
 * B: on the same Temporal server, in the same run, executes N bare workflows with one no-op activity
 *    through the Temporal client: the floor any workflow-backed request stands on.
 * Prints both, their ratio and the machine.
 */
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client as PgClient } from 'pg';
import { findFreePort } from '../src/common/free-port';
import { projectRoot } from '../src/common/project-root';
import { startEmbeddedPostgres } from '../src/database/embedded-database';
import { createScratchDatabase } from '../src/database/scratch-database';
import { startTemporalDevServer } from '../src/temporal/dev-server';
import { bareActivities } from './bare.activities';

const N = Number(process.env.N ?? 500);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 20);
const ROOT = projectRoot();
const log = (m: string) => console.error(`[bench] ${m}`);

interface Figures {
  n: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
}

function summarise(latencies: number[], seconds: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, seconds, perSecond: sorted.length / seconds, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** Runs `task(i)` for i in [0, n) with at most `concurrency` at once; returns each task's latency in ms. */
async function measure(n: number, concurrency: number, task: (i: number) => Promise<void>): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    for (let i = next++; i < n; i = next++) {
      const t0 = performance.now();
      await task(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

function spawnApp(script: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (b: Buffer) => (output = (output + b.toString()).slice(-8000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(t);
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const cleanups: Array<() => Promise<void>> = [];
  try {
    // Infrastructure, as `npm start` provides it, with a throwaway database.
    let temporalAddress = process.env.TEMPORAL_ADDRESS;
    if (!temporalAddress) {
      const server = await startTemporalDevServer({ projectRoot: ROOT, dataDir: path.join(ROOT, '.data'), ui: false, ephemeral: true, log });
      temporalAddress = server.address;
      cleanups.push(() => server.stop());
    }
    let adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) {
      const db = await startEmbeddedPostgres(path.join(ROOT, '.data', 'bench'), 'postgres', log);
      adminUrl = db.url;
      cleanups.push(() => db.stop());
    }
    const scratch = await createScratchDatabase(adminUrl, 'ektp_bench', ROOT);
    cleanups.push(() => scratch.drop());
    const databaseUrl = scratch.url;

    // The product: real API and worker processes on their own task queue.
    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_TASK_QUEUE: `bench-${randomUUID()}`,
      RUN_MIGRATIONS: 'false',
      IMPORT_REGIONS_ON_START: 'false',
      LOG_LEVEL: 'warn',
    };
    const api = spawnApp('main.js', { ...env, PORT: String(port) });
    const worker = spawnApp('worker.js', env);
    cleanups.push(() => stopChild(api.child));
    cleanups.push(() => stopChild(worker.child));
    await waitFor(async () => (await fetch(`${base}/health`)).ok, `the API (${api.output()})`, 60_000, 200);
    await waitFor(async () => worker.output().includes("state: 'RUNNING'"), 'the worker', 60_000, 200);

    // Setup, not measured: an office, a service point and one device per case (one open case per device).
    const post = async (p: string, body: unknown) => {
      const res = await fetch(`${base}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const json = await res.json();
      if (!res.ok) throw new Error(`${p}: ${res.status} ${JSON.stringify(json)}`);
      return json as { id: string };
    };
    const office = await post('/offices', { regencyCode: '61.05', name: 'Dinas Dukcapil Kabupaten Sintang (bench)' });
    const sp = await post('/service-points', { officeId: office.id, districtCode: '61.05.14', kind: 'kecamatan-office', name: 'Kecamatan Serawai' });
    const warmup = Math.min(20, N);
    const db = new PgClient({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query(
      `INSERT INTO devices (office_id, service_point_id, kind, serial_number, owner)
       SELECT $1, $2, 'camera', 'BENCH-' || g, 'central' FROM generate_series(1, $3::int) g RETURNING id`,
      [office.id, sp.id, N + warmup],
    );
    await db.end();
    const deviceIds: string[] = rows.map((r: { id: string }) => r.id);

    const openCase = async (deviceId: string) => {
      const { id } = await post('/repairs', { deviceId, description: 'Kamera tidak terdeteksi (bench)' });
      await waitFor(async () => {
        const res = await fetch(`${base}/repairs/${id}`);
        return ((await res.json()) as { lastSeq: number }).lastSeq >= 1;
      }, `case ${id} in the read model`);
    };

    // The baseline: bare workflows on the same server, an in-process worker of their own.
    const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./bare.workflow'), logger: quietLogger });
    const bareQueue = `bench-bare-${randomUUID()}`;
    const nativeConnection = await NativeConnection.connect({ address: temporalAddress });
    const bareWorker = await Worker.create({
      connection: nativeConnection,
      taskQueue: bareQueue,
      workflowBundle: { code },
      activities: bareActivities,
    });
    const bareRun = bareWorker.run();
    cleanups.push(async () => {
      bareWorker.shutdown();
      await bareRun;
      await nativeConnection.close();
    });
    const connection = await Connection.connect({ address: temporalAddress });
    cleanups.push(() => connection.close());
    const client = new Client({ connection });
    const runBare = async (i: number) => {
      await client.workflow.execute('bareWorkflow', { taskQueue: bareQueue, workflowId: `bare-${randomUUID()}`, args: [i] });
    };

    log(`warming up (${warmup} of each)`);
    await measure(warmup, CONCURRENCY, (i) => openCase(deviceIds[N + i]));
    await measure(warmup, CONCURRENCY, runBare);

    log(`A: ${N} repair cases through the API, concurrency ${CONCURRENCY}`);
    const a = await measure(N, CONCURRENCY, (i) => openCase(deviceIds[i]));
    log(`B: ${N} bare workflows with one activity, concurrency ${CONCURRENCY}`);
    const b = await measure(N, CONCURRENCY, runBare);

    report(summarise(a.latencies, a.seconds), summarise(b.latencies, b.seconds));
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((err) => log(`cleanup: ${(err as Error).message}`));
    }
  }
}

const quietLogger = { trace() {}, debug() {}, info() {}, log() {}, warn: (m: string) => log(m), error: (m: string) => log(m) };

function report(a: Figures, b: Figures): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const machine = `${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`;
  console.log(`\nRepair throughput — N=${N}, concurrency ${CONCURRENCY}; ${machine}\n`);
  console.log('| run | cases/s | p50 | p95 | max |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(`| A: POST /repairs until visible in the read model | ${a.perSecond.toFixed(1)} | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.max)} |`);
  console.log(`| B: bare workflow + one activity (client.execute) | ${b.perSecond.toFixed(1)} | ${ms(b.p50)} | ${ms(b.p95)} | ${ms(b.max)} |`);
  console.log(`| A / B | ${(a.perSecond / b.perSecond).toFixed(2)} | ${(a.p50 / b.p50).toFixed(2)} | ${(a.p95 / b.p95).toFixed(2)} | |\n`);
  console.log(
    `BENCH_RESULT ${JSON.stringify({
      n: N,
      concurrency: CONCURRENCY,
      machine,
      repairs: a,
      bare: b,
      ratio: { throughput: a.perSecond / b.perSecond, p50: a.p50 / b.p50, p95: a.p95 / b.p95 },
    })}`,
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.stack ?? err.message : err);
    process.exit(1);
  },
);
