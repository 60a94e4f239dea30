import * as fs from 'node:fs';
import { API_TYPES_PATH, renderApiTypes } from './api-types';

/**
 * `npm run api:types [-- http://host:port] [--check]`: the browser app's API types from a running
 * API's OpenAPI document. Writes web/src/lib/api-schema.d.ts; with --check, writes nothing and
 * fails, naming the first line that differs, when the committed file is not what the API gives.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const base = args.find((a) => !a.startsWith('--')) ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const res = await fetch(new URL('/docs-json', base));
  if (!res.ok) throw new Error(`GET ${base}/docs-json answered ${res.status}`);
  const fresh = await renderApiTypes(await res.json());
  if (!check) {
    fs.writeFileSync(API_TYPES_PATH, fresh);
    console.log(`wrote ${API_TYPES_PATH}`);
    return;
  }
  const committed = fs.existsSync(API_TYPES_PATH) ? fs.readFileSync(API_TYPES_PATH, 'utf8') : '';
  if (committed === fresh) return void console.log(`${API_TYPES_PATH} matches the API`);
  const [a, b] = [committed.split('\n'), fresh.split('\n')];
  const line = Math.max(0, a.findIndex((l, i) => l !== b[i]));
  console.error(`${API_TYPES_PATH} differs from the API's document at line ${line + 1}:`);
  console.error(`  committed: ${JSON.stringify(a[line])}\n  the API's: ${JSON.stringify(b[line])}`);
  console.error('Regenerate it with `npm run api:types` while the API runs.');
  process.exit(1);
}

main().catch((err: Error) => {
  console.error(`api:types: ${err.message}`);
  process.exit(1);
});
