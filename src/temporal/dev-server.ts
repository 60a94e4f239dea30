import { Connection } from '@temporalio/client';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFreePort, isPortOpen } from '../common/free-port';
import { locateTemporalCli } from './temporal-cli';

export interface RunningTemporal {
  address: string;
  uiUrl?: string;
  /** The server's process (benchmarks read its CPU time and memory from /proc). */
  pid?: number;
  stop(): Promise<void>;
}

export interface DevServerOptions {
  projectRoot: string;
  dataDir: string;
  /** Preferred ports; a taken port falls back to a free one. */
  port?: number;
  uiPort?: number;
  ui?: boolean;
  /** The address it listens on (frontend and Web UI); 127.0.0.1 unless given. */
  host?: string;
  /** A fresh in-memory server instead of the SQLite file (tests). */
  ephemeral?: boolean;
  log: (m: string) => void;
}

async function pickPort(preferred: number | undefined, host: string): Promise<number> {
  if (preferred && !(await isPortOpen(connectHost(host).replace(/^\[(.*)\]$/, '$1'), preferred))) return preferred;
  return findFreePort();
}

/**
 * Runs `temporal server start-dev` as a child process, persisting to a SQLite file (WAL) in the
 * data folder, and resolves once the frontend answers. stop() ends it with SIGTERM.
 */
export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningTemporal> {
  const cli = await locateTemporalCli(options.projectRoot, options.log);
  const host = options.host ?? '127.0.0.1';
  const port = await pickPort(options.port, host);
  const args = ['server', 'start-dev', '--ip', host, '--ui-ip', host, '--port', String(port), '--log-level', 'warn'];
  let uiUrl: string | undefined;
  if (options.ui === false) {
    args.push('--headless');
  } else {
    const uiPort = await pickPort(options.uiPort, host);
    args.push('--ui-port', String(uiPort));
    uiUrl = `http://${connectHost(host)}:${uiPort}`;
  }
  if (!options.ephemeral) {
    const dir = path.join(options.dataDir, 'temporal');
    fs.mkdirSync(dir, { recursive: true });
    args.push(
      '--db-filename',
      path.join(dir, 'temporal.db'),
      '--sqlite-pragma',
      'journal_mode=wal',
      '--sqlite-pragma',
      'synchronous=normal',
    );
  }
  const child = spawn(cli, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  // Never leave a server behind, however this process ends.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const address = `${connectHost(host)}:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`temporal dev server exited with ${child.exitCode}: ${stderr}`);
    if (await isReady(address)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`temporal dev server did not answer on ${address} within 60 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  options.log(`Temporal dev server on ${address}${uiUrl ? `, Web UI at ${uiUrl}` : ''}`);
  return { address, uiUrl, pid: child.pid, stop: () => stopChild(child, exited) };
}

/** Where to connect to a server listening on `host` (as in a URL: IPv6 in brackets); loopback for every interface. */
function connectHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

async function isReady(address: string): Promise<boolean> {
  try {
    const connection = await Connection.connect({ address, connectTimeout: 1000 });
    try {
      await connection.workflowService.getSystemInfo({});
      return true;
    } finally {
      await connection.close();
    }
  } catch {
    return false;
  }
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
}
