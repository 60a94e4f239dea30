import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The development servers `npm start` runs for itself: the embedded Postgres and the Temporal dev
 * server (with its Web UI), when DATABASE_URL / TEMPORAL_ADDRESS do not name real ones.
 *
 * They run in a helper process of their own process group (src/cli/dev-services-process.ts), so
 * the Ctrl-C a terminal sends to `npm start`'s group reaches the API and the worker but not them:
 * the worker drains against a Temporal server and a database that are still there, and the
 * launcher stops the servers afterwards. The helper also stops them when the launcher dies (its
 * IPC channel closes), and records where they listen in DATA_DIR/dev-services.json, which
 * `npm run cli` reads to find them.
 */
export interface DevServices {
  /** The helper process (its process group holds the servers). */
  pid: number;
  databaseUrl?: string;
  temporalAddress?: string;
  temporalUiUrl?: string;
}

export interface RunningDevServices extends DevServices {
  stop(): Promise<void>;
}

export interface DevServicesRequest {
  dataDir: string;
  host: string;
  database: boolean;
  temporal: boolean;
  temporalPort?: number;
  temporalUiPort?: number;
}

export function devServicesFile(dataDir: string): string {
  return path.join(dataDir, 'dev-services.json');
}

/** What a running `npm start` recorded in DATA_DIR, or undefined when none runs there. */
export function readDevServices(dataDir: string): DevServices | undefined {
  let recorded: DevServices;
  try {
    recorded = JSON.parse(fs.readFileSync(devServicesFile(dataDir), 'utf8')) as DevServices;
  } catch {
    return undefined;
  }
  return isProcessAlive(recorded.pid) ? recorded : undefined;
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Starts the helper and resolves once every server it was asked for answers. */
export async function startDevServices(request: DevServicesRequest, log: (m: string) => void): Promise<RunningDevServices> {
  const script = path.join(__dirname, 'dev-services-process.js');
  const child = spawn(process.execPath, [script], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, DEV_SERVICES_REQUEST: JSON.stringify(request) },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = await new Promise<DevServices>((resolve, reject) => {
    child.once('message', (message: { started?: DevServices; error?: string }) =>
      message.started ? resolve(message.started) : reject(new Error(message.error ?? 'the development servers did not start')),
    );
    child.once('exit', (code, signal) => reject(new Error(`the development servers' process ended (${signal ?? code})`)));
  });
  let stopping: Promise<void> | undefined;
  return {
    ...started,
    stop: () => (stopping ??= stopHelper(child, exited, log)),
  };
}

async function stopHelper(child: ChildProcess, exited: Promise<void>, log: (m: string) => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (child.connected) child.send('stop');
  else child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    log('the development servers did not stop within 30 s; killing them');
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      /* gone already */
    }
  }
}
