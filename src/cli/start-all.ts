import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatePassword } from '../auth/secrets';
import { projectRoot } from '../common/project-root';
import { loadConfig } from '../config/app-config';
import { RunningDatabase, startEmbeddedPostgres } from '../database/embedded-database';
import { RunningTemporal, startTemporalDevServer } from '../temporal/dev-server';

const log = (m: string) => console.log(`[start] ${m}`);

/**
 * `npm start`: a database (DATABASE_URL or an embedded Postgres), a Temporal server
 * (TEMPORAL_ADDRESS or a local dev server with its Web UI), then the API and the worker as child
 * processes. Ctrl-C stops all of it, in reverse order.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const root = projectRoot();
  let database: RunningDatabase | undefined;
  let temporal: RunningTemporal | undefined;
  const children: ChildProcess[] = [];
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping');
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.kill('SIGTERM');
          }),
      ),
    );
    await temporal?.stop().catch((e) => log(`temporal: ${e.message}`));
    await database?.stop().catch((e) => log(`postgres: ${e.message}`));
    process.exit(code);
  };
  process.on('exit', () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM')));
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (!config.DATABASE_URL) {
      database = await startEmbeddedPostgres(config.DATA_DIR, 'ektp', log);
      env.DATABASE_URL = database.url;
    }
    if (!config.TEMPORAL_ADDRESS) {
      temporal = await startTemporalDevServer({
        projectRoot: root,
        dataDir: config.DATA_DIR,
        port: config.TEMPORAL_DEV_PORT,
        uiPort: config.TEMPORAL_UI_PORT,
        log,
      });
      env.TEMPORAL_ADDRESS = temporal.address;
    }
    const run = (name: string, script: string, extra: NodeJS.ProcessEnv = {}) => {
      const child = spawn(process.execPath, [path.join(root, 'dist', 'src', script)], { env: { ...env, ...extra }, stdio: 'inherit' });
      child.on('exit', (code, signal) => {
        if (!stopping) {
          log(`${name} exited (${signal ?? code}); stopping everything`);
          void stop(code ?? 1);
        }
      });
      children.push(child);
    };
    if (config.NODE_ENV === 'development' && !config.BOOTSTRAP_ADMIN_USERNAME) {
      const admin = developmentAdmin(config.DATA_DIR);
      env.BOOTSTRAP_ADMIN_USERNAME = admin.username;
      env.BOOTSTRAP_ADMIN_PASSWORD = admin.password;
      log(`development admin: ${admin.username} / ${admin.password} (kept in ${admin.file})`);
    }
    run('api', 'main.js');
    // The worker waits for nothing: Temporal holds the work until it polls.
    run('worker', 'worker.js', { RUN_MIGRATIONS: 'false', IMPORT_REGIONS_ON_START: 'false' });
    if (temporal?.uiUrl) log(`Temporal Web UI: ${temporal.uiUrl}`);
    log(`API: http://127.0.0.1:${config.PORT}  OpenAPI: http://127.0.0.1:${config.PORT}/docs`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    await stop(1);
  }
}

/**
 * On a developer's machine the first admin is created with a generated password that is kept under
 * DATA_DIR (git-ignored), so `npm start` followed by `npm run seed:demo` works without any setup.
 */
function developmentAdmin(dataDir: string): { username: string; password: string; file: string } {
  const file = path.join(dataDir, 'bootstrap-admin.json');
  if (fs.existsSync(file)) return { ...(JSON.parse(fs.readFileSync(file, 'utf8')) as { username: string; password: string }), file };
  const admin = { username: 'admin', password: generatePassword() };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(admin, null, 2), { mode: 0o600 });
  return { ...admin, file };
}

void main();
