import { addRecordingSet, createOffice, createServicePoint, OfficeFixture, setPolicy } from './support/fixtures';
import { eventually, Stack } from './support/stack';

interface InboxItem {
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

  const inbox = async (role: string, caseId: string): Promise<InboxItem[]> =>
    (await stack.get(`/notifications?officeId=${office.id}&role=${role}&subjectId=${caseId}&limit=100`)).body.items;

  it('reminds the operators when triage waits past its deadline, then the manager too, until the case moves', async () => {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const opened = await stack.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera tidak terdeteksi' }, 'op.dewi');
    const id = opened.body.id;

    const first = await eventually(async () => {
      const items = await inbox('operator', id);
      return items.length >= 1 ? items : undefined;
    }, 30_000, 'the first reminder');
    expect(first[0].title).toMatch(/^Pengingat: perbaikan kamera/);
    expect(first[0].body).toContain(devices.camera.serialNumber);
    expect(first[0].body).toContain('dilaporkan');

    // The manager hears of it from the second reminder on.
    await eventually(async () => ((await inbox('manager', id)).length >= 1 ? true : undefined), 30_000, 'the manager reminder');
    const stalled = await stack.get(`/repairs?stalled=true&officeId=${office.id}`);
    expect(stalled.body.items.map((c: { id: string }) => c.id)).toContain(id);

    const triaged = await stack.post(`/repairs/${id}/triage`, { assessment: 'needs-repair' }, 'op.dewi');
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
    expect(await inbox('operator', id)).toHaveLength(sentAtTriage);
    expect(await inbox('manager', id)).toHaveLength(sentAtTriage - 1);
    expect(detail.stalled).toBe(false);
  });

  it('marks a reminder read in the inbox', async () => {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const id = (await stack.post('/repairs', { deviceId: devices.pc.id, description: 'PC tidak mau menyala' })).body.id;
    const [item] = await eventually(async () => {
      const items = (await stack.get(`/notifications?officeId=${office.id}&role=operator&subjectId=${id}&unread=true`)).body.items;
      return items.length ? items : undefined;
    }, 30_000, 'a reminder');
    const read = await stack.post(`/notifications/${item.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    const unread = (await stack.get(`/notifications?officeId=${office.id}&role=operator&subjectId=${id}&unread=true&limit=100`)).body.items;
    expect(unread.map((n: { id: string }) => n.id)).not.toContain(item.id);
    await stack.post(`/repairs/${id}/cancel`, { reason: 'Selesai diuji' }, 'op');
  });
});
