import { Worker } from '@temporalio/worker';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Histories recorded from real runs (npm run history:record) replayed against today's workflow
 * bundle: a change that would break running cases fails here (wrap it in patched()).
 */
describe('workflow replay', () => {
  const dir = path.join(__dirname, 'histories');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('has recorded histories to replay', () => {
    expect(files).toContain('repair-workflow-v1.json');
  });

  it.each(files)('replays %s deterministically with the current bundle', async (file) => {
    const history = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    await Worker.runReplayHistory(
      { workflowBundle: { codePath: path.resolve(__dirname, '..', 'dist', 'workflow-bundle.js') } },
      history,
      `replay-${file}`,
    );
  });

  it('notices when the workflow code no longer matches a history', async () => {
    const history = JSON.parse(fs.readFileSync(path.join(dir, 'repair-workflow-v1.json'), 'utf8'));
    // A history in which the workflow once called an activity that today's code does not call.
    const scheduled = history.events.find((e: Record<string, any>) => e.activityTaskScheduledEventAttributes);
    scheduled.activityTaskScheduledEventAttributes.activityType.name = 'activityThatNoLongerExists';
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: path.resolve(__dirname, '..', 'dist', 'workflow-bundle.js') } }, history, 'replay-bad'),
    ).rejects.toThrow(/[Nn]ondetermin/);
  });
});
