import { addRecordingSet, createOffice, createServicePoint, OfficeFixture, setPolicy } from './support/fixtures';
import { ApiClient, eventually, Stack } from './support/stack';

interface InboxItem {
  id: string;
  read: boolean;
  recipientRole: string;
  title: string;
  body: string;
  subjectId: string;
}

describe('repair reminders under a policy of seconds', () => {
  const stack = new Stack();
  let office: OfficeFixture;

  beforeAll(async () => {
    await stack.start();
    office = await createOffice(stack);
    // Deadlines of seconds: the policy is an input, so the test does not need to wait days.
    await setPolicy(stack, office.id, { triageSeconds: 2, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 2 });
  });
  afterAll(() => stack.stop());

  /** What one person sees in their own inbox about a case. */
  const inbox = async (who: ApiClient, caseId: string): Promise<InboxItem[]> => {
    const res = await who.get(`/notifications?subjectId=${caseId}&limit=100`);
    if (res.status !== 200) throw new Error(`inbox: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.items;
  };

  it('reminds the operators when triage waits past its deadline, then the manager too, until the case moves', async () => {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const opened = await office.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera tidak terdeteksi' });
    const id = opened.body.id;

    const first = await eventually(async () => {
      const items = await inbox(office.operator, id);
      return items.length >= 1 ? items : undefined;
    }, 30_000, 'the first reminder');
    expect(first[0].title).toMatch(/^Pengingat: perbaikan kamera/);
    expect(first[0].body).toContain(devices.camera.serialNumber);
    expect(first[0].body).toContain('dilaporkan');

    // The manager hears of it from the second reminder on.
    await eventually(async () => ((await inbox(office.manager, id)).length >= 1 ? true : undefined), 30_000, 'the manager reminder');
    const stalled = await stack.get(`/repairs?stalled=true&officeId=${office.id}`);
    expect(stalled.body.items.map((c: { id: string }) => c.id)).toContain(id);

    const triaged = await office.operator.post(`/repairs/${id}/triage`, { assessment: 'needs-repair' });
    expect(triaged.status).toBe(200);
    const sentAtTriage = triaged.body.remindersSent as number;
    expect(sentAtTriage).toBeGreaterThanOrEqual(2);

    // After the move the new deadline is an hour away: two more intervals pass without a reminder.
    await new Promise((r) => setTimeout(r, 5000));
    const detail = (await stack.get(`/repairs/${id}`)).body;
    const reminders = detail.timeline.filter((t: { event: string }) => t.event === 'reminder');
    expect(reminders).toHaveLength(sentAtTriage);
    expect(reminders.map((r: { details: { level: number } }) => r.details.level)).toEqual(reminders.map((_: unknown, i: number) => i + 1));
    expect(reminders.every((r: { actor: string }) => r.actor === 'system')).toBe(true);
    expect(reminders[0].details.recipients).toEqual(['operator']);
    expect(reminders[1].details.recipients).toEqual(['operator', 'manager']);
    expect(detail.remindersSent).toBe(sentAtTriage);
    // Every operator of the office got every reminder in their own inbox; the manager from level 2.
    expect(await inbox(office.operator, id)).toHaveLength(sentAtTriage);
    expect(await inbox(office.operator2, id)).toHaveLength(sentAtTriage);
    expect(await inbox(office.manager, id)).toHaveLength(sentAtTriage - 1);
    // Nobody outside the office hears of it.
    const elsewhere = await createOffice(stack);
    expect(await inbox(elsewhere.operator, id)).toHaveLength(0);
    expect(await inbox(elsewhere.manager, id)).toHaveLength(0);
    expect(detail.stalled).toBe(false);
  });

  it('keeps read state per person, and hides one person\'s messages from another', async () => {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const id = (await office.operator.post('/repairs', { deviceId: devices.pc.id, description: 'PC tidak mau menyala' })).body.id;
    const [item] = await eventually(async () => {
      const items = (await office.operator.get(`/notifications?subjectId=${id}&unread=true`)).body.items;
      return items.length ? items : undefined;
    }, 30_000, 'a reminder');
    expect(item.read).toBe(false);

    // Another person cannot read (or mark) it: 404, as if it did not exist.
    expect((await office.operator2.post(`/notifications/${item.id}/read`)).status).toBe(404);
    expect((await stack.post(`/notifications/${item.id}/read`)).status).toBe(404);

    const read = await office.operator.post(`/notifications/${item.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.read).toBe(true);
    expect(read.body.readAt).not.toBeNull();
    const unread = (await office.operator.get(`/notifications?subjectId=${id}&unread=true&limit=100`)).body.items;
    expect(unread.map((n: { id: string }) => n.id)).not.toContain(item.id);
    // The second operator's copy of the same reminder is still unread.
    const theirs = (await office.operator2.get(`/notifications?subjectId=${id}&unread=true&limit=100`)).body;
    expect(theirs.items.length).toBeGreaterThanOrEqual(1);
    expect(theirs.unread).toBeGreaterThanOrEqual(1);

    const all = await office.operator2.post('/notifications/read-all');
    expect(all.body.marked).toBeGreaterThanOrEqual(1);
    expect((await office.operator2.get('/notifications?unread=true')).body.unread).toBe(0);
    await office.operator.post(`/repairs/${id}/cancel`, { reason: 'Selesai diuji' });
  });
});
