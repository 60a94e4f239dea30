import { bundleWorkflowCode } from '@temporalio/worker';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from '../common/project-root';

/** Builds the workflow bundle ahead of time, so workers start fast and run exactly what was built. */
async function main(): Promise<void> {
  const root = projectRoot();
  const { code } = await bundleWorkflowCode({
    workflowsPath: path.join(root, 'workflows', 'index.ts'),
    // OpenTelemetry for the workflows a traced client started (a no-op for the others; see the module).
    workflowInterceptorModules: [path.join(root, 'workflows', 'tracing-interceptors.ts')],
    logger: { trace() {}, debug() {}, info() {}, warn: (m: string) => console.warn(m), error: (m: string) => console.error(m), log() {} },
  });
  const out = path.join(root, 'dist', 'workflow-bundle.js');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, code);
  console.log(`workflow bundle: ${out} (${Math.round(code.length / 1024)} KiB)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
