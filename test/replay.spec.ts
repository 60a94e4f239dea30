import { Worker } from '@temporalio/worker';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REMINDERS_IN_WORKING_HOURS } from '../workflows/patches';

type HistoryEvent = Record<string, any>;

/**
 * Histories recorded from real runs (RECORD_HISTORIES=1 on the specs named in the README, or
 * npm run history:record) replayed against today's workflow bundle: a change that would break
 * running cases fails here (wrap it in patched() and record a history that takes the new branch).
 */
describe('workflow replay', () => {
  const dir = path.join(__dirname, 'histories');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  const bundle = { codePath: path.resolve(__dirname, '..', 'dist', 'workflow-bundle.js') };

  const load = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { events: HistoryEvent[] };
  const events = (file: string) => load(file).events;
  const markers = (file: string, name: string) => events(file).filter((e) => e.markerRecordedEventAttributes?.markerName === name);
  const decode = (payload: { data: string }) => JSON.parse(Buffer.from(payload.data, 'base64').toString());
  /** The ids of the patches a history took (its core_patch markers). */
  const patchIds = (file: string) => markers(file, 'core_patch').map((e) => decode(e.markerRecordedEventAttributes.details['patch-data'].payloads[0]).id as string);
  /** The activity type of each local activity, in order ("!" after it when it failed). */
  const localActivities = (file: string) =>
    markers(file, 'core_local_activity').map((e) => {
      const m = e.markerRecordedEventAttributes;
      return `${decode(m.details.data.payloads[0]).activity_type}${m.failure ? '!' : ''}`;
    });
  const activities = (file: string) => events(file).map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name).filter(Boolean) as string[];
  const updates = (file: string) => events(file).map((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name).filter(Boolean) as string[];
  const children = (file: string) => events(file).map((e) => e.startChildWorkflowExecutionInitiatedEventAttributes?.workflowType?.name).filter(Boolean) as string[];
  /** Where the first local activity of a type, or the first scheduled activity of a type, is in the history. */
  const firstAt = (file: string, type: string) =>
    events(file).findIndex(
      (e) =>
        e.activityTaskScheduledEventAttributes?.activityType?.name === type ||
        (e.markerRecordedEventAttributes?.markerName === 'core_local_activity' && decode(e.markerRecordedEventAttributes.details.data.payloads[0]).activity_type === type),
    );

  /** The read-model writes and calendar plans. */
  const WRITES = [
    'recordRepairEvent', 'recordRepairDeadline', 'sendRepairReminder', 'sendRepairWarning', 'planWait',
    'recordEscalationEvent', 'sendEscalationReminder', 'sendReplyWaitWarning',
    'recordOutageEvent', 'sendOutageReminder',
  ];
  /**
   * The writes in history order: `L:` a local activity (made by the workflow's own loop), `A:` a normal
   * one (made from an Update handler), and `U:` each Update accepted.
   */
  const writes = (file: string) =>
    events(file)
      .map((e) => {
        const m = e.markerRecordedEventAttributes;
        if (m?.markerName === 'core_local_activity') return `L:${decode(m.details.data.payloads[0]).activity_type}`;
        const scheduled = e.activityTaskScheduledEventAttributes?.activityType?.name;
        if (WRITES.includes(scheduled)) return `A:${scheduled}`;
        const update = e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name;
        return update ? `U:${update}` : undefined;
      })
      .filter(Boolean) as string[];

  it('has recorded histories of every branch, the loop\'s writes as local activities, an Update\'s as normal ones, and only the patches since the fold', () => {
    // The patches before issue 17 were folded into the code: the histories recorded then carry no
    // patch marker (or its search attribute); those recorded on a later patch's branch carry its id.
    const NEW_BRANCH: Record<string, string[]> = {
      'outage-workflow-v5-escalated.json': [REMINDERS_IN_WORKING_HOURS],
      'outage-workflow-v5-backlog-burned-down.json': [REMINDERS_IN_WORKING_HOURS],
      'outage-workflow-v5-reminder-in-working-hours.json': [REMINDERS_IN_WORKING_HOURS],
      'tour-workflow-v4-batches-completed.json': [REMINDERS_IN_WORKING_HOURS],
    };
    for (const file of files) {
      expect([file, patchIds(file)]).toEqual([file, NEW_BRANCH[file] ?? []]);
      const changeVersions = events(file).filter((e) => e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields?.TemporalChangeVersion);
      expect([file, changeVersions.length > 0]).toEqual([file, file in NEW_BRANCH]);
    }
    for (const file of Object.keys(NEW_BRANCH)) expect(files).toContain(file);
    // On the new branch a reminder is planned before it goes out; before it, it went out at once.
    expect(localActivities('outage-workflow-v5-escalated.json')).toEqual(expect.arrayContaining(['planWait', 'sendOutageReminder']));
    expect(localActivities('outage-workflow-v4-escalated.json')).not.toContain('planWait');
    expect(activities('tour-workflow-v4-batches-completed.json')).toEqual(expect.arrayContaining(['planWait', 'sendTourReminder']));
    expect(activities('tour-workflow-v3-batches-completed.json')).not.toContain('planWait');
    // Kept for working hours, then resolved: planned, no reminder.
    const kept = localActivities('outage-workflow-v5-reminder-in-working-hours.json');
    expect(kept).toContain('planWait');
    expect(kept).not.toContain('sendOutageReminder');
    const recorded = files.filter((f) => /^(repair|escalation|outage)-workflow-/.test(f));
    expect(recorded.length).toBeGreaterThanOrEqual(11);
    for (const file of recorded) {
      const w = writes(file);
      // The workflow's first write (its report, draft or opening) is a local activity.
      expect([file, w[0]]).toEqual([file, expect.stringMatching(/^L:record(Repair|Escalation|Outage)Event$/)]);
      // Every write after an Update was accepted and before the next local one is that Update's: a normal activity.
      w.forEach((x, i) => {
        if (x.startsWith('A:')) expect([file, w.slice(0, i).some((y) => y.startsWith('U:'))]).toEqual([file, true]);
      });
    }
    // A case's report, its plan and its warning and reminders are the loop's; the officer's cancel is an Update's.
    expect(writes('repair-workflow-v6-business-calendar.json')).toEqual([
      'L:recordRepairEvent', 'L:planWait', 'L:sendRepairWarning', 'L:planWait', 'L:sendRepairReminder', 'L:planWait', 'U:cancel', 'A:recordRepairEvent',
    ]);

    // Repair: four-eyes on verification (marked repaired by one, failed verification by another): the
    // report written by the loop, each officer's step planned and written by its Update.
    expect(updates('repair-workflow-v6-four-eyes.json')).toEqual(['triage', 'markRepaired', 'verify', 'cancel']);
    expect(localActivities('repair-workflow-v6-four-eyes.json')).toEqual(['recordRepairEvent', 'planWait']);
    expect(activities('repair-workflow-v6-four-eyes.json').filter((a) => a === 'recordRepairEvent')).toHaveLength(4);
    // A case that stalled past its threshold and started its escalation as a child workflow, then was cancelled (its Update's write).
    expect(activities('repair-workflow-v6-escalate-stalled.json')).toEqual(['joinStalledEscalation', 'recordRepairEvent']);
    expect(children('repair-workflow-v6-escalate-stalled.json')).toEqual(['escalationWorkflow']);
    // The business calendar: deadlines planned by planWait, one warning before the triage deadline, a reminder after it.
    const calendar = localActivities('repair-workflow-v6-business-calendar.json');
    expect(calendar).toContain('planWait');
    expect(calendar.filter((a) => a === 'sendRepairWarning')).toHaveLength(1);
    expect(calendar.indexOf('sendRepairWarning')).toBeLessThan(calendar.indexOf('sendRepairReminder'));

    // Escalation: approved, a follow-up drafted after asking whether the case was solved, the follow-up
    // rejected, another drafted, then the ministry's reply.
    const chased = 'escalation-workflow-v5-follow-up-rejected-replied.json';
    expect(updates(chased)).toEqual(['approve', 'reject', 'recordReply']);
    expect(activities(chased).filter((a) => a === 'checkEscalationSolved')).toHaveLength(2);
    expect(activities(chased).filter((a) => a === 'draftFollowUp')).toHaveLength(2);
    expect(activities(chased)).toEqual(expect.arrayContaining(['issueLetter', 'dispatchLetter']));
    // Found solved after the reply wait: no follow-up, then withdrawn.
    const solved = 'escalation-workflow-v5-solved-withdrawn.json';
    expect(updates(solved)).toEqual(['approve', 'withdraw']);
    expect(activities(solved)).toContain('checkEscalationSolved');
    expect(activities(solved)).not.toContain('draftFollowUp');
    // The approval reminder and the reply wait planned over the calendar.
    expect(localActivities('escalation-workflow-v5-business-calendar.json').filter((a) => a === 'planWait').length).toBeGreaterThanOrEqual(2);
    // Warned once during the reply wait, then the follow-up drafted.
    const warned = 'escalation-workflow-v5-reply-wait-warning.json';
    expect(localActivities(warned).filter((a) => a === 'sendReplyWaitWarning')).toHaveLength(1);
    expect(firstAt(warned, 'sendReplyWaitWarning')).toBeLessThan(firstAt(warned, 'draftFollowUp'));

    // Outage: reminded, escalated (a child EscalationWorkflow), resolved.
    expect(children('outage-workflow-v4-escalated.json')).toEqual(['escalationWorkflow']);
    expect(localActivities('outage-workflow-v4-escalated.json')).toContain('sendOutageReminder');
    // A backlog burned down to zero by print progress, with overtime planned and a stalled-backlog reminder.
    const backlog = 'outage-workflow-v4-backlog-burned-down.json';
    expect(activities(backlog)).toEqual(expect.arrayContaining(['planOvertime', 'recordPrintProgress']));
    expect(localActivities(backlog)).toContain('sendOutageReminder');
    // A refused Update: print progress whose day Postgres refused, refused as InvalidInput, and a
    // resolution whose own event Postgres refused (both normal activities, made from the Update).
    const refusedUpdate = (file: string) =>
      events(file).filter((e) => e.workflowExecutionUpdateCompletedEventAttributes?.outcome?.failure?.cause?.applicationFailureInfo?.type === 'InvalidInput'
        || e.workflowExecutionUpdateCompletedEventAttributes?.outcome?.failure?.applicationFailureInfo?.type === 'InvalidInput');
    expect(refusedUpdate('outage-workflow-v4-refuse-unrecordable.json')).toHaveLength(1);
    expect(refusedUpdate('outage-workflow-v4-refused-resolution.json')).toHaveLength(1);
    const failed = events('outage-workflow-v4-refused-resolution.json').filter((e) => e.activityTaskFailedEventAttributes);
    expect(failed.length).toBeGreaterThanOrEqual(1);
    // Outages hold tours: the outage told the tour it covers when it opened and when it ended.
    const holding = events('outage-workflow-v4-holds-tours.json');
    expect(holding.filter((e) => e.signalExternalWorkflowExecutionInitiatedEventAttributes?.signalName === 'outageChanged')).toHaveLength(2);

    // Tour (normal activities throughout): reminded, approved, batches synced by child BatchSyncWorkflows, completed.
    const batches = 'tour-workflow-v3-batches-completed.json';
    expect(children(batches)).toContain('batchSyncWorkflow');
    expect(activities(batches)).toEqual(expect.arrayContaining(['sendTourReminder', 'recordTourEvent']));
    expect(localActivities(batches)).toEqual([]);
    expect(events(batches).some((e) => e.workflowExecutionCompletedEventAttributes)).toBe(true);
    // A kit failure that opened a repair case as a child RepairWorkflow; a stop rescheduled; a stop skipped and the tour cancelled.
    expect(children('tour-workflow-v3-kit-failure.json')).toEqual(['repairWorkflow']);
    expect(updates('tour-workflow-v3-rescheduled-cancelled.json')).toEqual(['rescheduleStop', 'rescheduleStop', 'cancel']);
    expect(updates('tour-workflow-v3-skip-cancel.json')).toEqual(['approve', 'skipStop', 'cancel']);
    // Held by an outage: the tour looked at the outages over its kit, moved its stops, and was let go.
    expect(activities('tour-workflow-v3-held-by-outage.json').filter((a) => a === 'outagesOverTour').length).toBeGreaterThanOrEqual(2);
    expect(activities('tour-workflow-v3-held-by-outage.json')).toContain('applyStopChanges');

    // Unchanged workflows keep their histories: the batch's own, and the digests started by their
    // schedules (a trigger: the run's due time is a search attribute the workflow reads).
    expect(files).toContain('batch-sync-workflow-v1.json');
    for (const file of ['digest-workflow-v1-daily.json', 'digest-workflow-v1-weekly.json']) {
      expect(Object.keys(events(file)[0].workflowExecutionStartedEventAttributes.searchAttributes.indexedFields)).toContain('TemporalScheduledStartTime');
      expect(activities(file)).toEqual(['planDigest', 'sendDigest']);
    }
  });

  it.each(files)('replays %s deterministically with the current bundle', async (file) => {
    await Worker.runReplayHistory({ workflowBundle: bundle }, load(file), `replay-${file}`);
  });

  it('notices when the workflow code no longer matches a history: a normal activity', async () => {
    const history = load('repair-workflow-v6-escalate-stalled.json');
    // A history in which the workflow once called an activity that today's code does not call.
    const scheduled = history.events.find((e) => e.activityTaskScheduledEventAttributes);
    scheduled!.activityTaskScheduledEventAttributes.activityType.name = 'activityThatNoLongerExists';
    await expect(Worker.runReplayHistory({ workflowBundle: bundle }, history, 'replay-bad-activity')).rejects.toThrow(/[Nn]ondetermin/);
  });

  it('notices when the workflow code no longer matches a history: a local activity', async () => {
    const history = load('repair-workflow-v6-four-eyes.json');
    // The first local activity's marker names a type that today's code does not call there.
    const marker = history.events.find((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity')!;
    const payload = marker.markerRecordedEventAttributes.details.data.payloads[0];
    payload.data = Buffer.from(JSON.stringify({ ...decode(payload), activity_type: 'activityThatNoLongerExists' })).toString('base64');
    await expect(Worker.runReplayHistory({ workflowBundle: bundle }, history, 'replay-bad-local-activity')).rejects.toThrow(/[Nn]ondetermin/);
  });
});
