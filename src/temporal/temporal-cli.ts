import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

/** The git-ignored folder where the project keeps tools it installs for itself. */
export function projectToolsDir(projectRoot: string): string {
  return path.join(projectRoot, '.tools');
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/** Looks for a binary named `temporal*` below a folder, as the SDK's download leaves it. */
function findIn(dir: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findIn(full);
      if (found) return found;
    } else if (entry.name.startsWith('temporal') && isExecutable(full)) {
      return full;
    }
  }
  return undefined;
}

async function trySdkDownload(downloadDir: string, log: (m: string) => void): Promise<string | undefined> {
  let testing: typeof import('@temporalio/testing');
  try {
    testing = await import('@temporalio/testing');
  } catch {
    return undefined;
  }
  log('Temporal CLI: trying the SDK download');
  try {
    const env = await Promise.race([
      testing.TestWorkflowEnvironment.createLocal({
        server: { executable: { type: 'cached-download', downloadDir }, ui: false },
      }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out after 60 s')), 60_000).unref()),
    ]);
    await env.teardown();
  } catch (err) {
    log(`Temporal CLI: SDK download failed (${(err as Error).message})`);
  }
  return findIn(downloadDir);
}

async function tryGoInstall(toolsDir: string, log: (m: string) => void): Promise<string | undefined> {
  const go = onPath('go') ?? (isExecutable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
  if (!go) return undefined;
  const binDir = path.join(toolsDir, 'bin');
  fs.mkdirSync(binDir, { recursive: true });
  log(`Temporal CLI: go install ${TEMPORAL_CLI_MODULE} (a few minutes the first time)`);
  await goInstall(go, binDir, log);
  const binary = path.join(binDir, 'temporal');
  return isExecutable(binary) ? binary : undefined;
}

/** How often a line tells how far the first `go install` has got. */
const PROGRESS_EVERY_MS = 10_000;

/**
 * `go install -v`, which names each package as it is built (downloads first): a line every
 * PROGRESS_EVERY_MS with the count so far and the latest one, so a first start that builds for
 * minutes does not look stuck.
 */
export function goInstall(go: string, binDir: string, log: (m: string) => void, progressEveryMs = PROGRESS_EVERY_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(go, ['install', '-v', TEMPORAL_CLI_MODULE], {
      env: { ...process.env, GOBIN: binDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let packages = 0;
    let latest = 'downloading modules';
    let tail = '';
    let pending = '';
    child.stderr.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
        if (line.startsWith('go: downloading')) latest = line.slice('go: '.length);
        else {
          packages += 1;
          latest = line;
        }
        tail = (tail + line + '\n').slice(-4000);
      }
    });
    const ticker = setInterval(() => {
      const seconds = Math.round((Date.now() - started) / 1000);
      log(`Temporal CLI: building, ${seconds} s, ${packages} packages so far (${latest})`);
    }, progressEveryMs);
    child.once('error', (err) => {
      clearInterval(ticker);
      reject(err);
    });
    child.once('exit', (code) => {
      clearInterval(ticker);
      if (code === 0) {
        log(`Temporal CLI: built in ${Math.round((Date.now() - started) / 1000)} s (${packages} packages)`);
        resolve();
      } else {
        reject(new Error(`go install exited with ${code}: ${tail}`));
      }
    });
  });
}

/**
 * Finds the `temporal` CLI, installing it into the project if needed, in this order:
 * TEMPORAL_CLI_PATH, PATH, the project's .tools folder, the SDK's download, `go install`.
 */
export async function locateTemporalCli(
  projectRoot: string,
  log: (m: string) => void,
  explicitPath = process.env.TEMPORAL_CLI_PATH,
): Promise<string> {
  if (explicitPath) {
    if (!isExecutable(explicitPath)) throw new Error(`TEMPORAL_CLI_PATH=${explicitPath} is not an executable file`);
    return explicitPath;
  }
  const toolsDir = projectToolsDir(projectRoot);
  const found =
    onPath('temporal') ??
    (isExecutable(path.join(toolsDir, 'bin', 'temporal')) ? path.join(toolsDir, 'bin', 'temporal') : undefined) ??
    findIn(path.join(toolsDir, 'sdk-download')) ??
    (await trySdkDownload(path.join(toolsDir, 'sdk-download'), log)) ??
    (await tryGoInstall(toolsDir, log));
  if (!found) {
    throw new Error(
      'The Temporal CLI was not found and could not be installed. Set TEMPORAL_CLI_PATH, put `temporal` on PATH, ' +
        `or install Go and run: GOBIN=${path.join(toolsDir, 'bin')} go install ${TEMPORAL_CLI_MODULE}`,
    );
  }
  return found;
}
