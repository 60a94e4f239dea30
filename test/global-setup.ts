import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { Client } from 'pg';

/**
 * Once per `npm test`: a real Temporal dev server (or TEMPORAL_ADDRESS) and a fresh Postgres
 * database (on the server of DATABASE_URL, or an embedded one), migrated and loaded with regions.
 * Runs the compiled code in dist/ (`npm test` builds first).
 */
export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const log = (m: string) => process.stderr.write(`[test-setup] ${m}\n`);
  const stops: Array<() => Promise<void>> = [];

  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    const { startTemporalDevServer } = require(path.join(root, 'dist/src/temporal/dev-server.js'));
    const server = await startTemporalDevServer({ projectRoot: root, dataDir: path.join(root, '.data'), ui: false, ephemeral: true, log });
    temporalAddress = server.address as string;
    stops.push(() => server.stop());
  }

  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const { startEmbeddedPostgres } = require(path.join(root, 'dist/src/database/embedded-database.js'));
    const db = await startEmbeddedPostgres(path.join(root, '.data', 'test'), 'postgres', log);
    adminUrl = db.url as string;
    stops.push(() => db.stop());
  }
  const dbName = `ektp_test_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();

  // Migrations and the region import, through the same CLI an operator uses.
  const out = execFileSync(process.execPath, [path.join(root, 'dist/src/cli/import-regions.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  log(`database ${dbName} ready; region import ${out.trim().split('\n').pop()}`);

  process.env.TEST_DATABASE_URL = databaseUrl;
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  process.env.TEST_DATABASE_NAME = dbName;
  process.env.TEST_TEMPORAL_ADDRESS = temporalAddress;
  (globalThis as { __testStops?: Array<() => Promise<void>> }).__testStops = stops;
}
