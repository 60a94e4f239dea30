import { Client as TemporalClient, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { Pool } from 'pg';
import { createScratchDatabase } from '../../src/database/scratch-database';

const ROOT = path.resolve(__dirname, '..', '..');

export interface HttpResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** HTTP to the API as one caller (a bearer token, an API key, or nobody). */
export class ApiClient {
  constructor(
    private readonly baseUrl: () => string,
    readonly token?: string,
    readonly username?: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  async http<T = any>(method: string, urlPath: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    const res = await fetch(`${this.baseUrl()}${urlPath}`, {
      method,
      headers: {
        ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...this.extraHeaders,
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = any>(p: string) => this.http<T>('GET', p);
  post = <T = any>(p: string, body: unknown = {}) => this.http<T>('POST', p, body);
  put = <T = any>(p: string, body: unknown = {}) => this.http<T>('PUT', p, body);
  patch = <T = any>(p: string, body: unknown = {}) => this.http<T>('PATCH', p, body);
  delete = <T = any>(p: string) => this.http<T>('DELETE', p);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls until `check` returns a value (not undefined/false) or the time runs out. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * One test file's stack: the real API and worker processes from dist/, on their own task queue,
 * against the run's shared Temporal server and database.
 */
export class Stack {
  readonly taskQueue = `test-${randomUUID()}`;
  baseUrl = '';
  db: Pool;
  temporal: TemporalClient;
  private apiPort = 0;
  private api?: ChildProcess;
  private worker?: ChildProcess;
  private output: string[] = [];
  /** The database of this file: the run's, or one of its own (`start({ ownDatabase: true })`). */
  private databaseUrl = process.env.TEST_DATABASE_URL;

  /** The run's admin, signed in when the stack starts. */
  admin: ApiClient;
  /** No credentials at all. */
  anonymous = new ApiClient(() => this.baseUrl);

  /** Every complete line the processes wrote, by process (`keepAllOutput` only). */
  private readonly allLines: Array<{ process: 'api' | 'worker'; line: string }> = [];
  private readonly partial = new Map<ChildProcess, string>();

  /**
   * `apiEnv`: settings of the API process only (the worker keeps the others). `keepAllOutput`: keep
   * every line the processes write (see `lines()`), not only the last ones.
   */
  constructor(
    private readonly extraEnv: NodeJS.ProcessEnv = {},
    private readonly apiEnv: NodeJS.ProcessEnv = {},
    private readonly options: { keepAllOutput?: boolean } = {},
  ) {}

  private env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return {
      ...process.env,
      NODE_ENV: 'test',
      AUTH_TOKEN_SECRET: process.env.TEST_AUTH_TOKEN_SECRET,
      BOOTSTRAP_ADMIN_USERNAME: process.env.TEST_ADMIN_USERNAME,
      BOOTSTRAP_ADMIN_PASSWORD: process.env.TEST_ADMIN_PASSWORD,
      // Tests make many requests from one address; the limiter's own behaviour is not under test here.
      RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_IP_LOCKOUT_AFTER: '100000',
      DATABASE_URL: this.databaseUrl,
      TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS,
      TEMPORAL_TASK_QUEUE: this.taskQueue,
      RUN_MIGRATIONS: 'false',
      IMPORT_REGIONS_ON_START: 'false',
      LOG_LEVEL: 'warn',
      // The test offices' digests run only when a test triggers them, never at 07:00 in the middle of a run.
      DIGEST_SCHEDULES_PAUSED: 'true',
      ...this.extraEnv,
      ...extra,
    };
  }

  private spawnProcess(script: string, extra: NodeJS.ProcessEnv = {}): ChildProcess {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', script)], { env: this.env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      this.output.push(`[${script}] ${chunk.toString()}`);
      if (this.output.length > 200) this.output.shift();
      if (this.options.keepAllOutput) {
        const text = (this.partial.get(child) ?? '') + chunk.toString();
        const parts = text.split('\n');
        this.partial.set(child, parts.pop() as string);
        for (const line of parts) if (line.trim()) this.allLines.push({ process: script === 'main.js' ? 'api' : 'worker', line });
      }
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    return child;
  }

  /**
   * `ownDatabase`: a fresh database for this file alone (migrated, with the regions), for a test
   * that counts over the whole country or province, where the other files' offices would show.
   */
  async start(options: { worker?: boolean; ownDatabase?: boolean } = {}): Promise<this> {
    if (options.ownDatabase) {
      // Named after the run's database: the run's teardown drops it with the run's (dropping it here,
      // while a driver may still hold a connection, would end that connection with an error).
      this.databaseUrl = (await createScratchDatabase(process.env.TEST_ADMIN_DATABASE_URL as string, `${process.env.TEST_DATABASE_NAME}_own`, ROOT)).url;
    }
    this.db = new Pool({ connectionString: this.databaseUrl, max: 4 });
    const connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS });
    this.temporal = new TemporalClient({ connection });
    this.apiPort = await freePort();
    this.baseUrl = `http://127.0.0.1:${this.apiPort}`;
    this.spawnApi();
    if (options.worker !== false) await this.startWorker();
    await this.apiAnswers();
    this.admin = await this.login(process.env.TEST_ADMIN_USERNAME as string, process.env.TEST_ADMIN_PASSWORD as string);
    return this;
  }

  /** Starts an API process (again, after killApi(): on the same port) and waits until it answers /health. */
  async startApi(): Promise<void> {
    this.spawnApi();
    await this.apiAnswers();
  }

  private spawnApi(): void {
    this.api = this.spawnProcess('main.js', { ...this.apiEnv, PORT: String(this.apiPort) });
  }

  private async apiAnswers(): Promise<void> {
    const api = this.api as ChildProcess;
    await eventually(
      async () => {
        if (api.exitCode !== null) throw new Error(`API exited: ${this.logs()}`);
        const res = await fetch(`${this.baseUrl}/health`).catch(() => undefined);
        return res?.ok;
      },
      60_000,
      'the API to answer /health',
    );
  }

  /** Kills the API process outright (SIGKILL: no graceful shutdown, requests in flight are cut off). */
  async killApi(): Promise<void> {
    const api = this.api;
    if (!api || api.exitCode !== null || api.signalCode !== null) return;
    const exited = new Promise((r) => api.once('exit', r));
    api.kill('SIGKILL');
    await exited;
  }

  /** Starts a worker process and waits until it polls. */
  async startWorker(): Promise<void> {
    const worker = this.spawnProcess('worker.js');
    this.worker = worker;
    // Polling: the task queue lists this process (the SDK names its workers `<pid>@<host>`) among its pollers.
    await eventually(async () => {
      if (worker.exitCode !== null) throw new Error(`worker exited: ${this.logs()}`);
      const queue = await this.temporal.workflowService.describeTaskQueue({
        namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
        taskQueue: { name: this.taskQueue },
        taskQueueType: 1, // workflow tasks
      });
      return (queue.pollers ?? []).some((p) => p.identity?.startsWith(`${worker.pid}@`));
    }, 60_000, 'the worker to poll');
  }

  /** Kills the worker process outright (no graceful shutdown), as a crash or a pulled plug would. */
  async killWorker(): Promise<void> {
    const worker = this.worker;
    if (!worker || worker.exitCode !== null) return;
    const exited = new Promise((r) => worker.once('exit', r));
    worker.kill('SIGKILL');
    await exited;
    this.output = this.output.filter((l) => !l.includes('[worker.js]'));
  }

  /** Sends SIGTERM to the API or the worker and reports how the process ended. */
  async terminate(which: 'api' | 'worker', timeoutMs = 20_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = which === 'api' ? this.api : this.worker;
    if (!child) throw new Error(`no ${which} process`);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
      child.once('exit', (code, signal) => r({ code, signal })),
    );
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const result = await exited;
    clearTimeout(timer);
    return result;
  }

  /** Every line written so far (needs `keepAllOutput`). */
  lines(): Array<{ process: 'api' | 'worker'; line: string }> {
    return [...this.allLines];
  }

  logs(): string {
    return this.output.join('').slice(-6000);
  }

  async stop(): Promise<void> {
    // TEST_SHOW_LOGS=1 prints what the API and worker said, for debugging a failing file.
    if (process.env.TEST_SHOW_LOGS) process.stderr.write(this.logs());
    const stopChild = async (c?: ChildProcess) => {
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGTERM');
      const t = setTimeout(() => c.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(t);
    };
    await Promise.all([stopChild(this.api), stopChild(this.worker)]);
    await this.db?.end();
    await this.temporal?.connection.close();
  }

  /**
   * With RECORD_HISTORIES=1, saves a finished workflow's history as test/histories/<file> for
   * test/replay.spec.ts (the format `npm run history:record` writes from a running stack); otherwise
   * does nothing. Call it once the workflow has ended, so the history is whole.
   */
  async recordHistory(workflowId: string, file: string): Promise<void> {
    if (process.env.RECORD_HISTORIES !== '1') return;
    const history = await this.temporal.workflow.getHandle(workflowId).fetchHistory();
    if (!history.events?.length) throw new Error(`${workflowId} has no history to record`);
    fs.writeFileSync(path.join(ROOT, 'test', 'histories', file), historyToJSON(history));
  }

  /** Signs in and returns a client carrying the token. */
  async login(username: string, password: string): Promise<ApiClient> {
    const res = await this.anonymous.post('/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return new ApiClient(() => this.baseUrl, res.body.token, username);
  }

  /** A client with arbitrary credentials or headers (API keys, forwarded addresses). */
  client(token?: string, headers: Record<string, string> = {}): ApiClient {
    return new ApiClient(() => this.baseUrl, token, undefined, headers);
  }

  // Shorthands as the admin, for setting up and reading.
  http = <T = any>(method: string, p: string, body?: unknown) => this.admin.http<T>(method, p, body);
  get = <T = any>(p: string) => this.admin.get<T>(p);
  post = <T = any>(p: string, body: unknown = {}) => this.admin.post<T>(p, body);
  delete = <T = any>(p: string) => this.admin.delete<T>(p);
}
