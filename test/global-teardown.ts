import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  // Keep the database of a failed run for inspection when asked to.
  if (process.env.TEST_ADMIN_DATABASE_URL && process.env.TEST_DATABASE_NAME && !process.env.KEEP_TEST_DATABASE) {
    const admin = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${process.env.TEST_DATABASE_NAME} WITH (FORCE)`);
    await admin.end();
  }
  const stops = (globalThis as { __testStops?: Array<() => Promise<void>> }).__testStops ?? [];
  for (const stop of stops.reverse()) await stop();
}
