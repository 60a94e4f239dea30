import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goInstall } from '../src/temporal/temporal-cli';
import { eventually } from './support/stack';

/**
 * The first `npm start` builds the Temporal CLI with `go install -v` for minutes: it says how far it
 * has got. A stand-in `go` names packages as the real one does, and finishes only once the test saw
 * a progress line (no timing is asserted).
 */
describe('building the Temporal CLI with go install', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ektp-go-'));
  const binDir = path.join(dir, 'bin');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function fakeGo(name: string, body: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return file;
  }

  it('prints progress lines with the packages built so far, then how long it took', async () => {
    fs.mkdirSync(binDir, { recursive: true });
    const go = fakeGo(
      'go-ok',
      [
        '[ "$1 $2" = "install -v" ] || exit 3',
        'echo "go: downloading go.temporal.io/server v1.30.0" >&2',
        'echo "go.temporal.io/api/enums/v1" >&2',
        'echo "github.com/temporalio/cli/cmd/temporal" >&2',
        'while [ ! -f "$GOBIN/.go-on" ]; do sleep 0.05; done',
        `printf '#!/bin/sh\\n' > "$GOBIN/temporal"`,
        'chmod +x "$GOBIN/temporal"',
      ].join('\n'),
    );
    const lines: string[] = [];
    const done = goInstall(go, binDir, (m) => lines.push(m), 50);
    await eventually(async () => lines.some((l) => /^Temporal CLI: building, \d+ s, 2 packages so far \(github\.com\/temporalio\/cli\/cmd\/temporal\)$/.test(l)), 30_000, 'a progress line');
    fs.writeFileSync(path.join(binDir, '.go-on'), '');
    await done;
    expect(lines[lines.length - 1]).toMatch(/^Temporal CLI: built in \d+ s \(2 packages\)$/);
    expect(fs.existsSync(path.join(binDir, 'temporal'))).toBe(true);
  });

  it("fails with go's last words when the build fails", async () => {
    const go = fakeGo('go-fail', 'echo "go: github.com/temporalio/cli@v1.5.1: connection refused" >&2\nexit 1');
    await expect(goInstall(go, binDir, () => undefined, 50)).rejects.toThrow(/go install exited with 1: go: github\.com\/temporalio\/cli@v1\.5\.1: connection refused/);
  });
});
