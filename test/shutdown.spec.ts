import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { eventually, Stack } from './support/stack';

const ROOT = path.resolve(__dirname, '..');

describe('process shutdown', () => {
  // LOG_LEVEL=log: the SDK's worker state changes are info lines.
  const stack = new Stack({ LOG_LEVEL: 'log' });
  beforeAll(() => stack.start());
  afterAll(() => stack.stop());

  it('stops the worker gracefully on SIGTERM: it drains, closes its connections and exits 0', async () => {
    const ended = await stack.terminate('worker');
    expect(ended).toEqual({ code: 0, signal: null });
    expect(stack.logs()).toMatch(/"state":\s*"STOPPED"/);
  });

  it('stops the API on SIGTERM and exits 0', async () => {
    const ended = await stack.terminate('api');
    expect(ended).toEqual({ code: 0, signal: null });
    await expect(fetch(`${stack.baseUrl}/health`)).rejects.toThrow();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(5_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** The machine's own non-loopback IPv4 addresses. */
function externalAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => Boolean(a && a.family === 'IPv4' && !a.internal))
    .map((a) => a.address);
}

/** Whether any process of the process group `pgid` is left. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * `npm start`'s launcher in a process group of its own, as a terminal runs it, with its own Temporal
 * dev server (in its own DATA_DIR) and the run's database. Ctrl-C = SIGINT to that whole group.
 */
describe('npm start (src/cli/start-all.ts) on Ctrl-C', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ektp-start-all-'));
  let launcher: ChildProcess;
  let output = '';
  let port = 0;
  let ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  beforeAll(async () => {
    port = await freePort();
    launcher = spawn(process.execPath, [path.join(ROOT, 'dist/src/cli/start-all.js')], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        TEMPORAL_DEV_PORT: String(await freePort()),
        TEMPORAL_UI_PORT: String(await freePort()),
        DATA_DIR: dataDir,
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        TEMPORAL_ADDRESS: '',
        TEMPORAL_TASK_QUEUE: `test-start-all-${process.pid}-${Date.now()}`,
        AUTH_TOKEN_SECRET: process.env.TEST_AUTH_TOKEN_SECRET,
        RUN_MIGRATIONS: 'false',
        IMPORT_REGIONS_ON_START: 'false',
        DIGEST_SCHEDULES_PAUSED: 'true',
        LOG_LEVEL: 'log',
        // One JSON object a line: the worker's state changes are matched whatever the terminal.
        LOG_FORMAT: 'json',
      },
    });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-200_000);
    };
    launcher.stdout?.on('data', keep);
    launcher.stderr?.on('data', keep);
    ended = new Promise((resolve) => launcher.once('exit', (code, signal) => resolve({ code, signal })));
  });

  afterAll(async () => {
    if (groupAlive(launcher.pid as number)) process.kill(-(launcher.pid as number), 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets the worker drain and stop on its own, stops the API, then the dev server, and every process exits', async () => {
    await eventually(
      async () => {
        if (launcher.exitCode !== null) throw new Error(`start-all exited: ${output.slice(-4000)}`);
        const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
        return res?.ok && /"state":\s*"RUNNING"/.test(output);
      },
      120_000,
      'the API to answer and the worker to poll',
    );
    const services = JSON.parse(fs.readFileSync(path.join(dataDir, 'dev-services.json'), 'utf8')) as { pid: number; temporalAddress: string; temporalUiUrl: string };
    expect(services.temporalAddress).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(alive(services.pid)).toBe(true);

    // Loopback only (HOST unset means 127.0.0.1): the API, the dev server and its Web UI answer there, and on no other address.
    const ports = [port, Number(services.temporalAddress.split(':')[1]), Number(new URL(services.temporalUiUrl).port)];
    for (const p of ports) expect({ port: p, loopback: await accepts('127.0.0.1', p) }).toEqual({ port: p, loopback: true });
    for (const address of externalAddresses()) {
      for (const p of ports) expect({ address, port: p, accepted: await accepts(address, p) }).toEqual({ address, port: p, accepted: false });
    }

    process.kill(-(launcher.pid as number), 'SIGINT');
    expect(await ended).toEqual({ code: 0, signal: null });

    // The worker went through the SDK's own shutdown (draining, then stopped), on the terminal's SIGINT alone.
    expect(output).toMatch(/"state":\s*"DRAINING"[\s\S]*"state":\s*"STOPPED"/);
    expect(output).toContain('worker stopped');
    expect(output).toContain('SIGINT: shutting down');
    expect(output).not.toMatch(/SIGTERM/);
    expect(output).toContain('[start] stopped');
    // No process is left: not in the launcher's group, nor the development servers' helper.
    await eventually(async () => !groupAlive(launcher.pid as number) && !groupAlive(services.pid), 30_000, 'every process to exit');
    expect(fs.existsSync(path.join(dataDir, 'dev-services.json'))).toBe(false);
  });
});
