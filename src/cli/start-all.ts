import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatePassword } from '../auth/secrets';
import { projectRoot } from '../common/project-root';
import { loadConfig } from '../config/app-config';
import { RunningDevServices, startDevServices } from './dev-services';

const log = (m: string) => console.log(`[start] ${m}`);

/** How long the API and the worker get to stop before the launcher ends them (SIGTERM, then SIGKILL). */
const CHILD_STOP_GRACE_MS = 60_000;

/**
 * `npm start`: a database (DATABASE_URL or an embedded Postgres), a Temporal server
 * (TEMPORAL_ADDRESS or a local dev server with its Web UI), then the API and the worker as child
 * processes.
 *
 * Stopping: Ctrl-C in a terminal sends SIGINT to the whole process group, so the API and the worker
 * receive it themselves; the launcher sends them nothing more (a second signal would end the worker
 * at once: the SDK drops its handlers after the first), waits for them, then stops the development
 * servers, which run in a group of their own so that they outlive the worker's drain. A SIGTERM
 * (systemd, `kill`) is passed on once to each child. A child still running CHILD_STOP_GRACE_MS later
 * (e.g. after a SIGINT sent to the launcher alone) gets SIGTERM, then SIGKILL.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const root = projectRoot();
  let services: RunningDevServices | undefined;
  const children: ChildProcess[] = [];
  let stopping = false;
  const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;

  const stop = async (code: number, received?: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // A terminal's Ctrl-C reached the children too when they share our process group (and are running).
    const fromTerminal = received === 'SIGINT' && children.length > 0;
    log(fromTerminal ? 'Ctrl-C: waiting for the API and the worker to stop (the worker finishes its tasks first)' : 'stopping');
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (!alive(c)) return resolve();
            c.once('exit', () => resolve());
            if (!fromTerminal) c.kill(received ?? 'SIGTERM');
            const late = setTimeout(() => {
              log(`pid ${c.pid} did not stop within ${CHILD_STOP_GRACE_MS / 1000} s; ending it`);
              c.kill('SIGTERM');
              setTimeout(() => alive(c) && c.kill('SIGKILL'), 10_000).unref();
            }, CHILD_STOP_GRACE_MS);
            late.unref();
            c.once('exit', () => clearTimeout(late));
          }),
      ),
    );
    await services?.stop().catch((e: Error) => log(`development servers: ${e.message}`));
    log('stopped');
    process.exit(code);
  };
  process.on('exit', () => children.forEach((c) => alive(c) && c.kill('SIGTERM')));
  process.on('SIGINT', () => void stop(0, 'SIGINT'));
  process.on('SIGTERM', () => void stop(0, 'SIGTERM'));

  try {
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (!config.DATABASE_URL || !config.TEMPORAL_ADDRESS) {
      services = await startDevServices(
        {
          dataDir: config.DATA_DIR,
          host: config.HOST,
          database: !config.DATABASE_URL,
          temporal: !config.TEMPORAL_ADDRESS,
          temporalPort: config.TEMPORAL_DEV_PORT,
          temporalUiPort: config.TEMPORAL_UI_PORT,
        },
        log,
      );
      if (services.databaseUrl) env.DATABASE_URL = services.databaseUrl;
      if (services.temporalAddress) env.TEMPORAL_ADDRESS = services.temporalAddress;
    }
    if (stopping) return;
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
      // The password stays out of the output (logs are collected); it is in the git-ignored file.
      log(`development admin: ${admin.username}, password in ${admin.file}`);
    }
    run('api', 'main.js');
    // The worker waits for nothing: Temporal holds the work until it polls.
    run('worker', 'worker.js', { RUN_MIGRATIONS: 'false', IMPORT_REGIONS_ON_START: 'false' });
    if (services?.temporalUiUrl) log(`Temporal Web UI: ${services.temporalUiUrl}`);
    const apiHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
    log(`API: http://${apiHost}:${config.PORT}  OpenAPI: http://${apiHost}:${config.PORT}/docs`);
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
