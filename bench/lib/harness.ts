/**
 * What every benchmark under bench/ stands on: options, cleanup, the throwaway infrastructure, the real
 * API and worker processes from dist/, an HTTP session, measuring lanes and a table printer.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { findFreePort } from '../../src/common/free-port';
import { projectRoot } from '../../src/common/project-root';
import { startEmbeddedPostgres } from '../../src/database/embedded-database';
import { createScratchDatabase } from '../../src/database/scratch-database';
import { startTemporalDevServer } from '../../src/temporal/dev-server';
import { CpuMeter } from './proc';

export const ROOT = projectRoot();
/** Progress goes to stderr so that stdout holds only the results. */
export const log = (m: string) => console.error(`[bench] ${m}`);

// ───────────────────────────── options ─────────────────────────────

/**
 * Positive whole-number options from argv (`N=50`, `--n=50`, `--n 50`), else the environment, else the
 * defaults given; names are upper-cased. An option not in `defaults` is refused.
 */
export function parseOptions<K extends string>(defaults: Record<K, number>, argv = process.argv.slice(2), env = process.env): Record<K, number> {
  const fromArgs: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^(?:--)?([a-z_]+)(?:=(.*))?$/i.exec(argv[i]);
    if (!m) throw new Error(`unknown argument ${argv[i]}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`${argv[i - 1]} needs a value`);
    fromArgs[m[1].toUpperCase()] = value;
  }
  const names = Object.keys(defaults) as K[];
  const unknown = Object.keys(fromArgs).filter((k) => !names.includes(k as K));
  if (unknown.length) throw new Error(`unknown option(s) ${unknown.join(', ')}; use ${names.join(', ')}`);
  const out = {} as Record<K, number>;
  for (const name of names) {
    const raw = fromArgs[name] ?? env[name];
    const value = raw === undefined || raw === '' ? defaults[name] : Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
    out[name] = value;
  }
  return out;
}

// ───────────────────────────── cleanup ─────────────────────────────

/**
 * Everything started is registered here and stopped in reverse order, once, whether the run ends
 * normally, fails, or is interrupted (Ctrl-C): no database, server or process is left behind.
 */
export class Cleanup {
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

/** Runs `main` with a Cleanup, cleaning up on success, failure and Ctrl-C; exits 0 on success. */
export function runBenchmark(main: (cleanup: Cleanup) => Promise<void>): void {
  const cleanup = new Cleanup();
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
      await cleanup.runAll();
      process.exit(code);
    });
}

// ───────────────────────────── infrastructure ─────────────────────────────

export interface ProvidedTemporal {
  address: string;
  /** The dev server's pid when this run started it (its CPU and memory are then measured). */
  pid?: number;
}

/** Temporal as `npm start` provides it: TEMPORAL_ADDRESS, else a headless in-memory dev server. */
export async function provideTemporal(cleanup: Cleanup): Promise<ProvidedTemporal> {
  if (process.env.TEMPORAL_ADDRESS) return { address: process.env.TEMPORAL_ADDRESS };
  const server = await startTemporalDevServer({ projectRoot: ROOT, dataDir: path.join(ROOT, '.data'), ui: false, ephemeral: true, log });
  cleanup.add('temporal dev server', () => server.stop());
  return { address: server.address, pid: server.pid };
}

/**
 * Postgres as `npm start` provides it (DATABASE_URL's server, else an embedded one under .data/bench),
 * but always a fresh throwaway database on it, migrated and loaded with regions by the operator's CLI,
 * and dropped at the end: the benchmark never touches real data, and every run starts equal.
 */
export async function provideDatabase(cleanup: Cleanup, prefix = 'ektp_bench'): Promise<string> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const server = await startEmbeddedPostgres(path.join(ROOT, '.data', 'bench'), 'postgres', log);
    cleanup.add('embedded postgres', () => server.stop());
    adminUrl = server.url;
  }
  const scratch = await createScratchDatabase(adminUrl, prefix, ROOT);
  cleanup.add(`database ${scratch.name}`, () => scratch.drop());
  log(`database ${scratch.name} ready; region import ${scratch.importSummary}`);
  return scratch.url;
}

// ───────────────────────────── processes ─────────────────────────────

export interface AppProcess {
  name: string;
  child: ChildProcess;
  output(): string;
  /** Rejects if the process ends before cleanup stops it; races every wait, so a crash fails fast. */
  crashed: Promise<never>;
}

/** A node script as a child process (`script` relative to dist/), stopped by the cleanup. */
export function spawnNode(script: string, env: NodeJS.ProcessEnv, cleanup: Cleanup, nodeArgs: string[] = []): AppProcess {
  let output = '';
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'dist', script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(t);
}

export function raceCrash<T>(processes: AppProcess[], work: Promise<T>): Promise<T> {
  return Promise.race([work, ...processes.map((p) => p.crashed)]);
}

export async function waitFor(check: () => Promise<boolean>, what: string, signal: AbortSignal, timeoutMs = 60_000, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // A failed check (connection refused while starting, a 5xx) counts as "not yet".
  while (!(await check().catch(() => false))) {
    signal.throwIfAborted();
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const BENCH_ADMIN = { username: 'bench.admin', password: randomBytes(18).toString('base64url') };

export interface Product {
  base: string;
  api: AppProcess;
  worker: AppProcess;
  processes: AppProcess[];
  taskQueue: string;
}

/**
 * The real API and ONE worker from dist/, on a task queue of their own, as start-all runs them.
 * `env` adds or overrides settings of both (worker settings, policy seconds, …).
 */
export async function startProduct(databaseUrl: string, temporalAddress: string, cleanup: Cleanup, env: NodeJS.ProcessEnv = {}): Promise<Product> {
  const port = await findFreePort();
  const taskQueue = `bench-${randomUUID()}`;
  const common: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    // createScratchDatabase has migrated and imported already.
    RUN_MIGRATIONS: 'false',
    IMPORT_REGIONS_ON_START: 'false',
    LOG_LEVEL: 'warn',
    AUTH_TOKEN_SECRET: randomBytes(36).toString('base64url'),
    BOOTSTRAP_ADMIN_USERNAME: BENCH_ADMIN.username,
    BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN.password,
    // One client makes every request: the per-address limiter is not what is measured.
    RATE_LIMIT_PER_MINUTE: '100000000',
    ...env,
  };
  // The worker's readiness is asked as in production (docker-compose): on its metrics port, whose
  // /health/ready answers 200 once it polls. (Its log says nothing at LOG_LEVEL=warn since the SDK's
  // lines go through pino.)
  const workerPort = Number(common.WORKER_METRICS_PORT) || (await findFreePort());
  const api = spawnNode('src/main.js', { ...common, PORT: String(port) }, cleanup);
  const worker = spawnNode('src/worker.js', { ...common, WORKER_METRICS_PORT: String(workerPort), WORKER_METRICS_HOST: '127.0.0.1' }, cleanup);
  const base = `http://127.0.0.1:${port}`;
  const processes = [api, worker];
  await raceCrash(processes, waitFor(async () => (await fetch(`${base}/health`)).ok, 'the API to answer /health', cleanup.signal, 60_000, 200));
  const ready = `http://127.0.0.1:${workerPort}/health/ready`;
  await raceCrash(processes, waitFor(async () => (await fetch(ready)).ok, 'the worker to poll (its /health/ready)', cleanup.signal, 60_000, 200));
  log(`API on ${base}, worker polling ${taskQueue}`);
  return { base, api, worker, processes, taskQueue };
}

/** Printed by bench/bare-worker.ts once it polls (its READY_LINE). */
const BARE_WORKER_READY = 'bare worker polling';

/**
 * The baseline worker (bench/bare-worker.ts: bench/bare.workflow.ts's workflows with a no-op activity,
 * nothing of the product) as a process of its own on a task queue of its own, so that its CPU is
 * measured like the product worker's and the benchmark client is in neither.
 */
export async function startBareWorker(temporalAddress: string, cleanup: Cleanup): Promise<{ worker: AppProcess; taskQueue: string }> {
  const taskQueue = `bench-bare-${randomUUID()}`;
  const worker = spawnNode('bench/bare-worker.js', { ...process.env, TEMPORAL_ADDRESS: temporalAddress, BARE_TASK_QUEUE: taskQueue }, cleanup);
  await raceCrash([worker], waitFor(async () => worker.output().includes(BARE_WORKER_READY), 'the bare worker to poll', cleanup.signal, 120_000, 200));
  log(`bare worker polling ${taskQueue}`);
  return { worker, taskQueue };
}

// ───────────────────────────── HTTP ─────────────────────────────

/** Requests as one signed-in caller (or none). */
export class ApiSession {
  constructor(
    readonly base: string,
    public bearer = '',
  ) {}

  async json<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', route: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${route}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Signs in; later requests carry the token. */
  async login(user: { username: string; password: string }): Promise<this> {
    this.bearer = '';
    this.bearer = (await this.json<{ token: string }>('POST', '/auth/login', user)).token;
    return this;
  }
}

// ───────────────────────────── measuring ─────────────────────────────

export interface Figures {
  n: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Runs `task(i)` for i in [0, n), at most `concurrency` at once; returns each latency (ms) and the wall time. */
export async function measure(n: number, concurrency: number, signal: AbortSignal, task: (i: number) => Promise<void>): Promise<Figures> {
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

/** What each process of `meter` spent (CPU-ms) while `work` ran, beside `work`'s own result. */
export async function withCpu<T>(meter: CpuMeter, work: () => Promise<T>): Promise<{ result: T; spent: Map<string, number | undefined> }> {
  const before = meter.snapshot();
  const result = await work();
  return { result, spent: meter.between(before, meter.snapshot()) };
}

/** Smallest, median (the mean of the two middle values of an even count) and largest of some values. */
export function spread(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return { min: sorted[0], median: (sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2, max: sorted[sorted.length - 1] };
}

/** Nearest-rank percentile of sorted values: the smallest value that q of all do not exceed. */
export function percentile(sorted: number[], q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

export function summarise(latencies: number[], seconds: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => percentile(sorted, q);
  return { n: sorted.length, seconds, perSecond: sorted.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] };
}

// ───────────────────────────── reporting ─────────────────────────────

/** A Markdown table: the first column left-aligned, the others right-aligned. */
export function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((cell = '', c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  rows.slice(1).forEach((r) => console.log(line(r)));
}

export const uniqueId = () => randomUUID();
