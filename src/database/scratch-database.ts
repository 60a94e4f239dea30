import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { Client } from 'pg';

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh database on the server of `adminUrl`, migrated and loaded with the regions through the
 * same CLI an operator uses (dist/src/cli/import-regions.js). For test runs and benchmarks.
 */
export async function createScratchDatabase(adminUrl: string, prefix: string, projectRoot: string): Promise<ScratchDatabase & { importSummary: string }> {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const out = execFileSync(process.execPath, [path.join(projectRoot, 'dist/src/cli/import-regions.js')], {
    env: { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  return { url: url.toString(), name, importSummary: out.trim().split('\n').pop() ?? '', drop: () => dropDatabase(adminUrl, name) };
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
