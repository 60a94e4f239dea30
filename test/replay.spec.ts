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

  it('has recorded histories to replay, from before and after the four-eyes patch', () => {
    expect(files).toContain('repair-workflow-v1.json');
    expect(files).toContain('repair-workflow-v2-four-eyes.json');
    const patches = (file: string) =>
      JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
        .events.filter((e: Record<string, any>) => e.markerRecordedEventAttributes?.markerName === 'core_patch')
        .map((e: Record<string, any>) => JSON.parse(Buffer.from(e.markerRecordedEventAttributes.details['patch-data'].payloads[0].data, 'base64').toString()).id);
    // v1 predates the patch (replays down the old branch); v2 took the new one.
    expect(patches('repair-workflow-v1.json')).toEqual([]);
    expect(patches('repair-workflow-v2-four-eyes.json')).toContain('four-eyes-verify');
    // v3 stalled past its threshold and started its escalation as a child workflow.
    expect(patches('repair-workflow-v3-escalate-stalled.json')).toEqual(expect.arrayContaining(['four-eyes-verify', 'escalate-stalled']));
    const v3 = JSON.parse(fs.readFileSync(path.join(dir, 'repair-workflow-v3-escalate-stalled.json'), 'utf8'));
    expect(v3.events.some((e: Record<string, any>) => e.startChildWorkflowExecutionInitiatedEventAttributes?.workflowType?.name === 'escalationWorkflow')).toBe(true);
    expect(files).toContain('escalation-workflow-v1.json');
    // v1 predates stop-when-solved: it drafted its follow-ups without asking whether the cases were
    // closed, and replays down that branch. v2 took the patch: asked before each follow-up, drafted one
    // while a case was still broken, found everything solved after the next wait, and was withdrawn.
    const escalation = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).events as Array<Record<string, any>>;
    const activities = (file: string) => escalation(file).map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name).filter(Boolean);
    const updates = (file: string) => escalation(file).map((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name).filter(Boolean);
    expect(patches('escalation-workflow-v1.json')).not.toContain('stop-when-solved');
    expect(activities('escalation-workflow-v1.json')).toContain('draftFollowUp');
    expect(activities('escalation-workflow-v1.json')).not.toContain('checkEscalationSolved');
    expect(patches('escalation-workflow-v2-stop-when-solved.json')).toContain('stop-when-solved');
    expect(activities('escalation-workflow-v2-stop-when-solved.json').filter((a: string) => a === 'checkEscalationSolved')).toHaveLength(2);
    expect(activities('escalation-workflow-v2-stop-when-solved.json').filter((a: string) => a === 'draftFollowUp')).toHaveLength(1);
    expect(updates('escalation-workflow-v2-stop-when-solved.json')).toEqual(['approve', 'reject', 'withdraw']);
    expect(patches('repair-workflow-v4-reported-first.json')).toEqual(expect.arrayContaining(['reported-first', 'four-eyes-verify', 'escalate-stalled']));
    // A tour that synced a batch through its child BatchSyncWorkflow, lost a kit device (a child
    // RepairWorkflow), rescheduled, skipped and was cancelled; and that batch's own history.
    const tour = JSON.parse(fs.readFileSync(path.join(dir, 'tour-workflow-v1.json'), 'utf8'));
    const children = tour.events.map((e: Record<string, any>) => e.startChildWorkflowExecutionInitiatedEventAttributes?.workflowType?.name).filter(Boolean);
    expect(children).toEqual(expect.arrayContaining(['batchSyncWorkflow', 'repairWorkflow']));
    expect(files).toContain('batch-sync-workflow-v1.json');
    // An outage that escalated (a child EscalationWorkflow), then burned its backlog down to zero.
    const outage = JSON.parse(fs.readFileSync(path.join(dir, 'outage-workflow-v1.json'), 'utf8'));
    expect(outage.events.some((e: Record<string, any>) => e.startChildWorkflowExecutionInitiatedEventAttributes?.workflowType?.name === 'escalationWorkflow')).toBe(true);
    // An outage whose print progress named a day the database refused: the Update was refused at once
    // (the refuse-unrecordable patch) and the outage went on to close.
    expect(patches('outage-workflow-v2-refuse-unrecordable.json')).toEqual(['refuse-unrecordable']);
    // Outages hold tours: the outage told the tour it covers when it opened and when it ended (signals
    // to an external workflow), and the tour, held by it, looked at its outages and was let go.
    expect(patches('outage-workflow-v3-holds-tours.json')).toEqual(['outage-holds-tours']);
    const holding = JSON.parse(fs.readFileSync(path.join(dir, 'outage-workflow-v3-holds-tours.json'), 'utf8'));
    expect(holding.events.filter((e: Record<string, any>) => e.signalExternalWorkflowExecutionInitiatedEventAttributes?.signalName === 'outageChanged')).toHaveLength(2);
    expect(patches('tour-workflow-v2-held-by-outage.json')).toEqual(['tour-outage-holds']);
    const held = JSON.parse(fs.readFileSync(path.join(dir, 'tour-workflow-v2-held-by-outage.json'), 'utf8'));
    const heldActivities = held.events.map((e: Record<string, any>) => e.activityTaskScheduledEventAttributes?.activityType?.name).filter(Boolean);
    expect(heldActivities).toContain('outagesOverTour');
    // The histories from before (tour v1, outage v1 and v2) took no such branch and replay unchanged.
    expect(patches('tour-workflow-v1.json')).toEqual([]);
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
