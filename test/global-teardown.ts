import * as path from 'node:path';

export default async function globalTeardown(): Promise<void> {
  // Keep the database of a failed run for inspection when asked to.
  if (process.env.TEST_ADMIN_DATABASE_URL && process.env.TEST_DATABASE_NAME && !process.env.KEEP_TEST_DATABASE) {
    const { dropDatabase } = require(path.resolve(__dirname, '..', 'dist/src/database/scratch-database.js'));
    await dropDatabase(process.env.TEST_ADMIN_DATABASE_URL, process.env.TEST_DATABASE_NAME);
    // And the databases test files made for themselves (Stack.start({ ownDatabase: true })).
    const { Client } = require('pg');
    const admin = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
    await admin.connect();
    const own: Array<{ datname: string }> = (
      await admin.query(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [`${process.env.TEST_DATABASE_NAME}_own_`])
    ).rows;
    await admin.end();
    for (const { datname } of own) await dropDatabase(process.env.TEST_ADMIN_DATABASE_URL, datname);
  }
  const stops = (globalThis as { __testStops?: Array<() => Promise<void>> }).__testStops ?? [];
  for (const stop of stops.reverse()) await stop();
}
