import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../common/project-root';

/**
 * After `vite build`: prints the gzipped size of what the first page loads (the scripts and styles
 * index.html names) and fails past the budget, so the app stays usable on a slow office connection.
 */
const BUDGET_KB = 350;

function main(): void {
  const dist = path.join(projectRoot(), 'web', 'dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  if (files.length === 0) throw new Error('index.html names no script or style: is the build complete?');
  let total = 0;
  for (const file of files) {
    const gz = gzipSync(fs.readFileSync(path.join(dist, file))).length;
    total += gz;
    console.log(`web: ${file} ${(gz / 1024).toFixed(1)} KB gzipped`);
  }
  console.log(`web: the first page loads ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
  if (total > BUDGET_KB * 1024) {
    console.error(`web: over the budget of ${BUDGET_KB} KB`);
    process.exit(1);
  }
}

main();
