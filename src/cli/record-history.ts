import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { promisify } from 'node:util';
import { projectRoot } from '../common/project-root';
import { loadConfig } from '../config/app-config';
import { locateTemporalCli } from '../temporal/temporal-cli';

/**
 * `npm run history:record -- <workflowId> <file>`: saves a workflow's event history as JSON (the
 * CLI's format, which Worker.runReplayHistories reads), to be checked into test/histories/ so that
 * replay tests catch non-deterministic workflow changes.
 */
async function main(): Promise<void> {
  const [workflowId, file] = process.argv.slice(2);
  if (!workflowId || !file) throw new Error('usage: npm run history:record -- <workflowId> <file>');
  const config = loadConfig();
  if (!config.TEMPORAL_ADDRESS) throw new Error('TEMPORAL_ADDRESS is not set');
  const cli = await locateTemporalCli(projectRoot(), (m) => console.error(m));
  const { stdout } = await promisify(execFile)(
    cli,
    ['workflow', 'show', '--workflow-id', workflowId, '--address', config.TEMPORAL_ADDRESS, '--namespace', config.TEMPORAL_NAMESPACE, '--output', 'json'],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const events = (JSON.parse(stdout) as { events?: unknown[] }).events ?? [];
  if (events.length === 0) throw new Error(`${workflowId} has no history`);
  fs.writeFileSync(file, stdout);
  console.log(`${workflowId}: ${events.length} events written to ${file}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
