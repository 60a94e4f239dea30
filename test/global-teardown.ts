import * as path from 'node:path';

export default async function globalTeardown(): Promise<void> {
  // Keep the database of a failed run for inspection when asked to.
  if (process.env.TEST_ADMIN_DATABASE_URL && process.env.TEST_DATABASE_NAME && !process.env.KEEP_TEST_DATABASE) {
    const { dropDatabase } = require(path.resolve(__dirname, '..', 'dist/src/database/scratch-database.js'));
    await dropDatabase(process.env.TEST_ADMIN_DATABASE_URL, process.env.TEST_DATABASE_NAME);
  }
  const stops = (globalThis as { __testStops?: Array<() => Promise<void>> }).__testStops ?? [];
  for (const stop of stops.reverse()) await stop();
}
