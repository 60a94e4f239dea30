import { randomUUID } from 'node:crypto';
import { addRecordingSet, createOffice, createServicePoint, setPolicy } from './support/fixtures';
import type { ApiClient } from './support/stack';
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

  it('carries a bounded workload of cases through a worker crash with nothing lost or done twice', async () => {
    const office = await createOffice(stack);
    await setPolicy(stack, office.id, { triageSeconds: 3600, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600 });
    const sp = await createServicePoint(stack, office);
    const devices = Object.values(await addRecordingSet(stack, sp.id));
    const cases: string[] = [];
    for (const device of devices) cases.push((await office.operator.post('/repairs', { deviceId: device.id, description: 'Rusak saat uji' })).body.id);

    // Each step is sent with its own X-Request-Id and retried with the same one until it is answered,
    // as a client over a poor connection would.
    const keys: string[] = [];
    const step = async (client: ApiClient, path: string, body: unknown) => {
      const key = `wl-${randomUUID()}`;
      keys.push(key);
      const until = Date.now() + 90_000;
      for (;;) {
        const res = await client.http('POST', path, body, { 'x-request-id': key }).catch(() => ({ status: 0, body: undefined }));
        if (res.status === 200) return res.body;
        const retryable = res.status === 0 || res.status === 503 || (res.status === 409 && res.body?.code === 'request_in_progress');
        if (!retryable || Date.now() > until) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
        await new Promise((r) => setTimeout(r, 300));
      }
    };
    const drive = async (id: string) => {
      await step(office.operator, `/repairs/${id}/triage`, { assessment: 'fix-on-site', note: 'Dicek di tempat' });
      await step(office.operator, `/repairs/${id}/mark-repaired`, {});
      return step(office.operator2, `/repairs/${id}/verify`, { working: true });
    };
    const workload = Promise.all(cases.map(drive));
    await eventually(async () => {
      const { rows } = await stack.db.query(`SELECT count(*)::int AS n FROM timeline_entries WHERE subject_id = ANY($1::uuid[]) AND event = 'triaged'`, [cases]);
      return rows[0].n >= 2 || undefined;
    }, 30_000, 'the workload under way');
    await stack.killWorker();
    await new Promise((r) => setTimeout(r, 2000));
    await stack.startWorker();
    const finished = await workload;
    expect(finished.map((c: { status: string }) => c.status)).toEqual(cases.map(() => 'closed'));

    for (const id of cases) {
      const detail = (await stack.get(`/repairs/${id}`)).body;
      const seqs = detail.timeline.map((t: { seq: number }) => t.seq);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
      expect(detail.timeline.map((t: { event: string }) => t.event)).toEqual(['reported', 'triaged', 'fixed-on-site', 'verified']);
    }
    const { rows } = await stack.db.query(
      `SELECT request_id, count(*)::int AS n FROM audit_entries WHERE request_id = ANY($1) AND dedup_key IS NULL GROUP BY request_id`,
      [keys],
    );
    expect(rows).toHaveLength(keys.length);
    expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
  });
});
