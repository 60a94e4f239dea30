import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

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
  const { createScratchDatabase } = require(path.join(root, 'dist/src/database/scratch-database.js'));
  const db = await createScratchDatabase(adminUrl, 'ektp_test', root);
  log(`database ${db.name} ready; region import ${db.importSummary}`);
  const databaseUrl = db.url as string;
  const dbName = db.name as string;

  process.env.TEST_DATABASE_URL = databaseUrl;
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  process.env.TEST_DATABASE_NAME = dbName;
  process.env.TEST_TEMPORAL_ADDRESS = temporalAddress;
  // The run's token secret and first admin (bootstrapped by the first API process that starts).
  process.env.TEST_AUTH_TOKEN_SECRET = randomBytes(36).toString('base64url');
  process.env.TEST_ADMIN_USERNAME = 'admin';
  process.env.TEST_ADMIN_PASSWORD = randomBytes(18).toString('base64url');
  (globalThis as { __testStops?: Array<() => Promise<void>> }).__testStops = stops;
}
