import { addRecordingSet, createOffice, createServicePoint, setPolicy } from './support/fixtures';
import { eventually, Stack } from './support/stack';

describe('a worker killed mid-case', () => {
  const stack = new Stack();
  beforeAll(() => stack.start());
  afterAll(() => stack.stop());

  it('is replaced by a new worker that continues the case without duplicating timeline rows or reminders', async () => {
    const office = await createOffice(stack);
    await setPolicy(stack, office.id, { triageSeconds: 1, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 1 });
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const id = (await office.operator.post('/repairs', { deviceId: devices['card-reader'].id, description: 'Pembaca kartu rusak' })).body.id;

    await eventually(async () => ((await stack.get(`/repairs/${id}`)).body.remindersSent >= 2 ? true : undefined), 30_000, 'reminders');
    await stack.killWorker();

    // While no worker runs, the timers keep firing on the server; nothing is written.
    const whileDown = (await stack.get(`/repairs/${id}`)).body.timeline.length;
    await new Promise((r) => setTimeout(r, 2500));
    expect((await stack.get(`/repairs/${id}`)).body.timeline.length).toBe(whileDown);

    await stack.startWorker();
    await eventually(
      async () => ((await stack.get(`/repairs/${id}`)).body.timeline.length > whileDown + 1 ? true : undefined),
      30_000,
      'reminders from the new worker',
    );
    const triaged = await office.operator.post(`/repairs/${id}/triage`, { assessment: 'fix-on-site' });
    expect(triaged.status).toBe(200);
    await office.operator.post(`/repairs/${id}/mark-repaired`, {});
    const closed = await office.operator2.post(`/repairs/${id}/verify`, { working: true });
    expect(closed.body.status).toBe('closed');

    const detail = (await stack.get(`/repairs/${id}`)).body;
    const seqs = detail.timeline.map((t: { seq: number }) => t.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const reminders = detail.timeline.filter((t: { event: string }) => t.event === 'reminder');
    expect(reminders).toHaveLength(closed.body.remindersSent);
    expect(detail.remindersSent).toBe(closed.body.remindersSent);
    const { rows } = await stack.db.query(
      `SELECT recipient_role, count(*)::int AS n FROM notifications WHERE subject_id = $1 GROUP BY recipient_role`,
      [id],
    );
    const byRole = Object.fromEntries(rows.map((r: { recipient_role: string; n: number }) => [r.recipient_role, r.n]));
    // Each reminder reached each of the office's two operators once, and its manager from level 2.
    expect(byRole.operator).toBe(reminders.length * 2);
    expect(byRole.manager).toBe(reminders.length - 1);
    expect(detail.timeline.filter((t: { event: string }) => t.event !== 'reminder').map((t: { event: string }) => t.event)).toEqual([
      'reported',
      'triaged',
      'fixed-on-site',
      'verified',
    ]);
  });
});
