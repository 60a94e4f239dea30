/**
 * The helper process of src/cli/dev-services.ts: runs the embedded Postgres and/or the Temporal
 * dev server in its own process group, tells its parent where they listen, and stops them when the
 * parent says `stop` or goes away.
 */
import * as fs from 'node:fs';
import { projectRoot } from '../common/project-root';
import { RunningDatabase, startEmbeddedPostgres } from '../database/embedded-database';
import { RunningTemporal, startTemporalDevServer } from '../temporal/dev-server';
import { DevServices, DevServicesRequest, devServicesFile } from './dev-services';

const log = (m: string) => console.log(`[start] ${m}`);

async function main(): Promise<void> {
  const request = JSON.parse(process.env.DEV_SERVICES_REQUEST ?? '{}') as DevServicesRequest;
  let database: RunningDatabase | undefined;
  let temporal: RunningTemporal | undefined;
  let stopping: Promise<void> | undefined;
  const file = devServicesFile(request.dataDir);

  const stop = () =>
    (stopping ??= (async () => {
      fs.rmSync(file, { force: true });
      await temporal?.stop().catch((e: Error) => log(`temporal: ${e.message}`));
      await database?.stop().catch((e: Error) => log(`postgres: ${e.message}`));
      process.exit(0);
    })());
  process.on('message', (message) => message === 'stop' && void stop());
  // The launcher ended without asking (killed): stop the servers anyway.
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());

  try {
    if (request.database) database = await startEmbeddedPostgres(request.dataDir, 'ektp', log, request.host);
    if (request.temporal) {
      temporal = await startTemporalDevServer({
        projectRoot: projectRoot(),
        dataDir: request.dataDir,
        host: request.host,
        port: request.temporalPort,
        uiPort: request.temporalUiPort,
        log,
      });
    }
    const started: DevServices = {
      pid: process.pid,
      databaseUrl: database?.url,
      temporalAddress: temporal?.address,
      temporalUiUrl: temporal?.uiUrl,
    };
    fs.mkdirSync(request.dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(started, null, 2), { mode: 0o600 });
    process.send?.({ started });
  } catch (err) {
    process.send?.({ error: err instanceof Error ? err.message : String(err) });
    await stop();
  }
}

void main();
