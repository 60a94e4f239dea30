/**
 * `npm run bench` — N=500 CONCURRENCY=20 by default; set them in the environment or as arguments
 * (`node dist/bench/repair-throughput.bench.js N=50 CONCURRENCY=10`, or `--n 50 --concurrency 10`).
 *
 * A: opens N repair cases through the real API and worker processes and measures, per case, the time
 *    from sending POST /repairs until the case shows its first workflow event in the read model
 *    (GET /repairs/:id answers lastSeq >= 1): what an officer waits for.
 * B: on the same Temporal server, in the same run, executes N bare workflows with one no-op activity
 *    through the Temporal client: the floor any workflow-backed request stands on.
 * C: the public GET /availability for the office's regency (its 40 service points, one of them down),
 *    as residents hit it: N requests, no token, answered from the 30-second cache after the first.
 * C': the same endpoint over N different kecamatan: every answer computed afresh (cache misses).
 * D: GET /health on the same API (a Postgres ping and a Temporal call): the floor of a request that
 *    touches the database, for C and C' to be read against.
 * Prints them, their ratios and the machine, then one `BENCH_RESULT {json}` line. Exit 0 on success.
 */
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client as PgClient } from 'pg';
import { findFreePort } from '../src/common/free-port';
import { projectRoot } from '../src/common/project-root';
import { startEmbeddedPostgres } from '../src/database/embedded-database';
import { createScratchDatabase } from '../src/database/scratch-database';
import { startTemporalDevServer } from '../src/temporal/dev-server';
import { bareActivities } from './bare.activities';

const ROOT = projectRoot();
/** Progress goes to stderr so that stdout holds only the results. */
const log = (m: string) => console.error(`[bench] ${m}`);
/** Requests the API and the SDK get warmed up with (JIT, connection pools, caches) before measuring. */
const WARMUP = 20;
/** How often a case's read model is polled: fine enough not to blur latencies of ~100 ms and up. */
const POLL_MS = 20;

// ───────────────────────────── options ─────────────────────────────

interface Options {
  n: number;
  concurrency: number;
}

/** N and CONCURRENCY from argv (`N=50`, `--n=50`, `--n 50`), else the environment, else 500 and 20. */
function parseOptions(argv = process.argv.slice(2), env = process.env): Options {
  const fromArgs: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^(?:--)?([a-z_]+)(?:=(.*))?$/i.exec(argv[i]);
    if (!m) throw new Error(`unknown argument ${argv[i]}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`${argv[i - 1]} needs a value`);
    fromArgs[m[1].toUpperCase()] = value;
  }
  const read = (name: string, fallback: number) => {
    const raw = fromArgs[name] ?? env[name];
    const value = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
    return value;
  };
  const unknown = Object.keys(fromArgs).filter((k) => k !== 'N' && k !== 'CONCURRENCY');
  if (unknown.length) throw new Error(`unknown option(s) ${unknown.join(', ')}; use N and CONCURRENCY`);
  return { n: read('N', 500), concurrency: read('CONCURRENCY', 20) };
}

// ───────────────────────────── cleanup ─────────────────────────────

/**
 * Everything started is registered here and stopped in reverse order, once, whether the run ends
 * normally, fails, or is interrupted (Ctrl-C): no database, server or process is left behind.
 */
class Cleanup {
  private readonly steps: Array<{ what: string; run: () => Promise<void> }> = [];
  private running?: Promise<void>;
  /** Aborted first thing on cleanup, so measuring lanes stop sending requests to processes being stopped. */
  private readonly abort = new AbortController();
  readonly signal = this.abort.signal;

  get stopping(): boolean {
    return this.signal.aborted;
  }

  add(what: string, run: () => Promise<void>): void {
    this.steps.push({ what, run });
  }

  runAll(): Promise<void> {
    this.abort.abort(new Error('the benchmark is stopping'));
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        await step.run().catch((err) => log(`cleanup ${step.what}: ${(err as Error).message}`));
      }
    })();
    return this.running;
  }
}

// ───────────────────────────── infrastructure ─────────────────────────────

/** Temporal as `npm start` provides it: TEMPORAL_ADDRESS, else a headless in-memory dev server. */
async function provideTemporal(cleanup: Cleanup): Promise<string> {
  if (process.env.TEMPORAL_ADDRESS) return process.env.TEMPORAL_ADDRESS;
  const server = await startTemporalDevServer({ projectRoot: ROOT, dataDir: path.join(ROOT, '.data'), ui: false, ephemeral: true, log });
  cleanup.add('temporal dev server', () => server.stop());
  return server.address;
}

/**
 * Postgres as `npm start` provides it (DATABASE_URL's server, else an embedded one under .data/bench),
 * but always a fresh throwaway database on it, migrated and loaded with regions by the operator's CLI,
 * and dropped at the end: the benchmark never touches real data, and every run starts equal.
 */
async function provideDatabase(cleanup: Cleanup): Promise<string> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const server = await startEmbeddedPostgres(path.join(ROOT, '.data', 'bench'), 'postgres', log);
    cleanup.add('embedded postgres', () => server.stop());
    adminUrl = server.url;
  }
  const scratch = await createScratchDatabase(adminUrl, 'ektp_bench', ROOT);
  cleanup.add(`database ${scratch.name}`, () => scratch.drop());
  log(`database ${scratch.name} ready; region import ${scratch.importSummary}`);
  return scratch.url;
}

// ───────────────────────────── the product: API and worker processes ─────────────────────────────

interface AppProcess {
  name: string;
  child: ChildProcess;
  output(): string;
  /** Rejects if the process ends before cleanup stops it; races every wait, so a crash fails fast. */
  crashed: Promise<never>;
}

function spawnApp(script: string, env: NodeJS.ProcessEnv, cleanup: Cleanup): AppProcess {
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (b: Buffer) => (output = (output + b.toString()).slice(-8000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const crashed = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => {
      if (!cleanup.stopping) reject(new Error(`${script} exited (${signal ?? code}):\n${output}`));
    }),
  );
  crashed.catch(() => undefined); // observed through races; never an unhandled rejection
  cleanup.add(script, () => stopChild(child));
  return { name: script, child, output: () => output, crashed };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(t);
}

async function waitFor(check: () => Promise<boolean>, what: string, signal: AbortSignal, timeoutMs = 60_000, everyMs = POLL_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // A failed check (connection refused while starting, a 5xx) counts as "not yet".
  while (!(await check().catch(() => false))) {
    signal.throwIfAborted();
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The real API and ONE worker from dist/, on a task queue of their own, as start-all runs them. */
async function startProduct(databaseUrl: string, temporalAddress: string, cleanup: Cleanup): Promise<{ base: string; processes: AppProcess[] }> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: `bench-${randomUUID()}`,
    // createScratchDatabase has migrated and imported already.
    RUN_MIGRATIONS: 'false',
    IMPORT_REGIONS_ON_START: 'false',
    LOG_LEVEL: 'warn',
    AUTH_TOKEN_SECRET: randomBytes(36).toString('base64url'),
    BOOTSTRAP_ADMIN_USERNAME: BENCH_ADMIN.username,
    BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN.password,
    // One client makes every request: the per-address limiter is not what is measured.
    RATE_LIMIT_PER_MINUTE: '1000000',
  };
  const api = spawnApp('main.js', { ...env, PORT: String(port) }, cleanup);
  const worker = spawnApp('worker.js', env, cleanup);
  const base = `http://127.0.0.1:${port}`;
  const processes = [api, worker];
  await raceCrash(processes, waitFor(async () => (await fetch(`${base}/health`)).ok, 'the API to answer /health', cleanup.signal, 60_000, 200));
  // The SDK logs the state change when the worker starts polling, whatever LOG_LEVEL says.
  await raceCrash(processes, waitFor(async () => worker.output().includes("state: 'RUNNING'"), 'the worker to poll', cleanup.signal, 60_000, 200));
  log(`API on ${base}, worker polling ${env.TEMPORAL_TASK_QUEUE}`);
  return { base, processes };
}

function raceCrash<T>(processes: AppProcess[], work: Promise<T>): Promise<T> {
  return Promise.race([work, ...processes.map((p) => p.crashed)]);
}

const BENCH_ADMIN = { username: 'bench.admin', password: randomBytes(18).toString('base64url') };
/** The bearer token of the current caller: the admin during setup, then the office's operator. */
let bearer = '';

async function httpJson<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/**
 * Setup, not measured: an office in Kabupaten Sintang, one service point, and one device per case —
 * a device has at most one open case. The devices go in with one SQL statement: registering
 * hundreds through the API would only slow the setup down and is not what is measured.
 */
async function createDevices(base: string, databaseUrl: string, count: number): Promise<string[]> {
  bearer = '';
  bearer = (await httpJson<{ token: string }>('POST', `${base}/auth/login`, BENCH_ADMIN)).token;
  const office = await httpJson<{ id: string }>('POST', `${base}/offices`, { regencyCode: '61.05', name: 'Dinas Dukcapil Kabupaten Sintang (bench)' });
  const servicePoint = await httpJson<{ id: string }>('POST', `${base}/service-points`, {
    officeId: office.id,
    districtCode: '61.05.14',
    kind: 'kecamatan-office',
    name: 'Kecamatan Serawai',
  });
  // Cases are opened by an operator of the office, as in the field.
  const operator = { username: 'bench.operator', password: randomBytes(18).toString('base64url') };
  await httpJson('POST', `${base}/users`, { ...operator, displayName: 'Operator bench', role: 'operator', officeId: office.id });
  bearer = (await httpJson<{ token: string }>('POST', `${base}/auth/login`, operator)).token;
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO devices (office_id, service_point_id, kind, serial_number, owner)
       SELECT $1, $2, 'camera', 'BENCH-CAM-' || lpad(g::text, 6, '0'), 'central' FROM generate_series(1, $3::int) g
       RETURNING id`,
      [office.id, servicePoint.id, count],
    );
    return rows.map((r) => r.id);
  } finally {
    await db.end();
  }
}

/** Setup for C: 39 more service points of the office across Sintang's kecamatan, each able to record or not. */
async function createServicePoints(databaseUrl: string): Promise<string[]> {
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO service_points (office_id, district_code, kind, name, can_record, can_print)
       SELECT o.id, d.code, 'kecamatan-office', 'Kecamatan ' || d.name || ' ' || g, g % 5 <> 0, false
         FROM offices o, generate_series(1, 39) g
         JOIN LATERAL (SELECT code, name FROM districts WHERE regency_code = '61.05' ORDER BY code OFFSET (g % 14) LIMIT 1) d ON true
        WHERE o.regency_code = '61.05'`,
    );
    const { rows } = await db.query<{ code: string }>(`SELECT code FROM districts ORDER BY code`);
    return rows.map((r) => r.code);
  } finally {
    await db.end();
  }
}

function getter(url: (i: number) => string, signal: AbortSignal): (i: number) => Promise<void> {
  return async (i) => {
    signal.throwIfAborted();
    const res = await fetch(url(i));
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`GET ${url(i)}: ${res.status}`);
  };
}

/**
 * One measured A operation: POST the case, then poll it until the workflow's first event is in.
 * The abort signal is checked between polls rather than handed to fetch: undici keeps a listener on
 * the signal per request, and tens of thousands of polls would pile them up.
 */
function caseOpener(base: string, signal: AbortSignal): (deviceId: string) => Promise<void> {
  return async (deviceId) => {
    const body = { deviceId, description: 'Kamera tidak terdeteksi (bench)' };
    const { id } = await httpJson<{ id: string }>('POST', `${base}/repairs`, body);
    const visible = async () => (await httpJson<{ lastSeq: number }>('GET', `${base}/repairs/${id}`)).lastSeq >= 1;
    await waitFor(visible, `case ${id} in the read model`, signal);
  };
}

// ───────────────────────────── the baseline: bare workflows ─────────────────────────────

/**
 * An in-process worker for bench/bare.workflow.ts on a task queue of its own, and a client to run
 * it: one workflow task, one no-op activity, one more workflow task — nothing of the product.
 */
async function startBareBaseline(temporalAddress: string, cleanup: Cleanup): Promise<(i: number) => Promise<void>> {
  const quiet = { trace() {}, debug() {}, info() {}, log() {}, warn: log, error: log };
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./bare.workflow'), logger: quiet });
  const taskQueue = `bench-bare-${randomUUID()}`;
  const nativeConnection = await NativeConnection.connect({ address: temporalAddress });
  cleanup.add('bare worker connection', () => nativeConnection.close());
  const worker = await Worker.create({ connection: nativeConnection, taskQueue, workflowBundle: { code }, activities: bareActivities });
  const running = worker.run();
  running.catch(() => undefined); // a failure shows up as executions that never finish, and in cleanup
  cleanup.add('bare worker', async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
  });
  const connection = await Connection.connect({ address: temporalAddress });
  cleanup.add('temporal client', () => connection.close());
  const client = new Client({ connection });
  return async (i) => {
    const result = await client.workflow.execute('bareWorkflow', { taskQueue, workflowId: `bare-${randomUUID()}`, args: [i] });
    if (result !== i) throw new Error(`bareWorkflow(${i}) returned ${result}`);
  };
}

// ───────────────────────────── measuring ─────────────────────────────

interface Figures {
  n: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
}

/** Runs `task(i)` for i in [0, n), at most `concurrency` at once; returns each latency (ms) and the wall time. */
async function measure(n: number, concurrency: number, signal: AbortSignal, task: (i: number) => Promise<void>): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    for (let i = next++; i < n; i = next++) {
      signal.throwIfAborted();
      const t0 = performance.now();
      await task(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
  return summarise(latencies, (performance.now() - started) / 1000);
}

function summarise(latencies: number[], seconds: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  // Nearest rank: the smallest latency that q of all operations do not exceed.
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
  return { n: sorted.length, seconds, perSecond: sorted.length / seconds, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

// ───────────────────────────── reporting ─────────────────────────────

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

function report(options: Options, a: Figures, b: Figures, c: Figures, cMiss: Figures, d: Figures): void {
  const m = machine();
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const ratio = { throughput: a.perSecond / b.perSecond, p50: a.p50 / b.p50, p95: a.p95 / b.p95 };
  const publicRatio = { cached: c.perSecond / d.perSecond, uncached: cMiss.perSecond / d.perSecond };
  const row = (name: string, f: Figures) => [name, f.perSecond.toFixed(1), ms(f.p50), ms(f.p95), ms(f.max), `${f.seconds.toFixed(1)} s`];
  const rows = [
    ['run', 'ops/s', 'p50', 'p95', 'max', 'wall'],
    row('A: POST /repairs until visible in the read model', a),
    row('B: bare workflow + one no-op activity', b),
    ['A / B', ratio.throughput.toFixed(2), ratio.p50.toFixed(2), ratio.p95.toFixed(2), '', ''],
    row('C: public GET /availability, one regency (cached)', c),
    row("C': public GET /availability, a new kecamatan each", cMiss),
    row('D: GET /health (Postgres + Temporal)', d),
    ['C / D', publicRatio.cached.toFixed(2), (c.p50 / d.p50).toFixed(2), (c.p95 / d.p95).toFixed(2), '', ''],
    ["C' / D", publicRatio.uncached.toFixed(2), (cMiss.p50 / d.p50).toFixed(2), (cMiss.p95 / d.p95).toFixed(2), '', ''],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  console.log(`\nRepair throughput — N=${options.n}, concurrency ${options.concurrency}, after ${WARMUP} warm-up operations each`);
  console.log(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, node ${m.node}\n`);
  console.log(line(rows[0]));
  console.log(`|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  rows.slice(1).forEach((r) => console.log(line(r)));
  console.log('');
  console.log(
    `BENCH_RESULT ${JSON.stringify({ n: options.n, concurrency: options.concurrency, warmup: WARMUP, machine: m, repairs: a, bare: b, ratio, availability: c, availabilityUncached: cMiss, health: d, publicRatio })}`,
  );
}

// ───────────────────────────── main ─────────────────────────────

async function main(cleanup: Cleanup): Promise<void> {
  const options = parseOptions();
  // Quiet SDK logs for the in-process baseline worker; must come before its first connection.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  try {
    const temporalAddress = await provideTemporal(cleanup);
    const databaseUrl = await provideDatabase(cleanup);
    const { base, processes } = await startProduct(databaseUrl, temporalAddress, cleanup);
    const warmup = Math.min(WARMUP, options.n);
    const devices = await createDevices(base, databaseUrl, options.n + warmup);
    const openCase = caseOpener(base, cleanup.signal);
    const runBare = await startBareBaseline(temporalAddress, cleanup);

    log(`warming up (${warmup} of each)`);
    await raceCrash(processes, measure(warmup, options.concurrency, cleanup.signal, (i) => openCase(devices[options.n + i])));
    await measure(warmup, options.concurrency, cleanup.signal, runBare);

    log(`A: ${options.n} repair cases through the API, concurrency ${options.concurrency}`);
    const a = await raceCrash(processes, measure(options.n, options.concurrency, cleanup.signal, (i) => openCase(devices[i])));
    log(`B: ${options.n} bare workflows with one activity, concurrency ${options.concurrency}`);
    const b = await measure(options.n, options.concurrency, cleanup.signal, runBare);

    const districts = await createServicePoints(databaseUrl);
    const availability = getter(() => `${base}/availability?regency=61.05`, cleanup.signal);
    const fresh = getter((i) => `${base}/availability?district=${districts[(i * 7) % districts.length]}`, cleanup.signal);
    const health = getter(() => `${base}/health`, cleanup.signal);
    await measure(warmup, options.concurrency, cleanup.signal, availability);
    await measure(warmup, options.concurrency, cleanup.signal, health);
    log(`C: ${options.n} public availability requests, concurrency ${options.concurrency}`);
    const c = await raceCrash(processes, measure(options.n, options.concurrency, cleanup.signal, availability));
    log(`C': ${options.n} public availability requests over different kecamatan`);
    const cMiss = await raceCrash(processes, measure(options.n, options.concurrency, cleanup.signal, (i) => fresh(i + warmup)));
    log(`D: ${options.n} health checks, concurrency ${options.concurrency}`);
    const d = await raceCrash(processes, measure(options.n, options.concurrency, cleanup.signal, health));

    report(options, a, b, c, cMiss, d);
  } finally {
    await cleanup.runAll();
  }
}

function run(): void {
  const cleanup = new Cleanup();
  // Ctrl-C or a kill mid-run still stops the processes and drops the database.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: cleaning up`);
      void cleanup.runAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  main(cleanup)
    .then(
      () => 0,
      (err) => {
        console.error(err instanceof Error ? err.stack ?? err.message : err);
        return 1;
      },
    )
    .then(async (code) => {
      await cleanup.runAll(); // already done by main's finally unless main failed before its try
      process.exit(code);
    });
}

run();
