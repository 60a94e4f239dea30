import { ScheduleHandle } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy } from './support/fixtures';
import { ApiClient, eventually, HttpResult, Stack } from './support/stack';

/**
 * The digests on Temporal Schedules. A run made by `trigger()` is due at the moment of the trigger,
 * not at the schedule's 07:00:00, so it counts as asked for by hand and is sent whatever the day (the
 * suite may run on a weekend); the working-day check is shown on runs for a given day (Christmas, a
 * Saturday), which are checked like the schedule's own.
 */
describe('daily and weekly digests on Temporal Schedules', () => {
  const stack = new Stack();
  beforeAll(() => stack.start());
  afterAll(() => stack.stop());

  function expectOk(res: HttpResult, status = 200) {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  const digestsOf = async (client: ApiClient) => {
    const body = expectOk(await client.get('/notifications?limit=100'));
    return (body.items as any[]).filter((n) => n.kind === 'digest');
  };

  /** Triggers the schedule and waits for the run it made; the run's result. (Runs in one second share a workflow id: told apart by run id.) */
  async function triggerAndWait(handle: ScheduleHandle): Promise<any> {
    const runs = async () => (await handle.describe()).info.recentActions.map((a) => a.action.workflow);
    const before = new Set((await runs()).map((w) => w.firstExecutionRunId));
    await handle.trigger();
    const run = await eventually(async () => (await runs()).find((w) => !before.has(w.firstExecutionRunId)), 30_000, 'the triggered run');
    return stack.temporal.workflow.getHandle(run.workflowId, run.firstExecutionRunId).result();
  }

  /** An office with a repair case past its deadline, a letter awaiting approval and an open outage. */
  async function busyOffice(): Promise<{ office: OfficeFixture; repairText: string; letterSubject: string; outageText: string; officeName: string }> {
    const office = await createOffice(stack);
    await setPolicy(stack, office.id, { triageSeconds: 1, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600, escalationThresholdSeconds: 36_000 });
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const repairText = `Kamera mati ${randomUUID().slice(0, 8)}`;
    const repair = expectOk(await office.operator.post('/repairs', { deviceId: devices.camera.id, description: repairText }), 201);
    await eventually(async () => {
      const { rows } = await stack.db.query(`SELECT deadline_at < now() AS late FROM repair_cases WHERE id = $1`, [repair.id]);
      return rows[0]?.late === true;
    }, 30_000, 'the repair case to pass its deadline');
    const letter = expectOk(await office.operator.post('/escalations', { repairCaseIds: [repair.id] }), 201);
    await eventually(async () => (expectOk(await office.operator.get(`/escalations/${letter.id}`)).status === 'drafted' ? true : undefined), 30_000, 'the draft');
    const outageText = `Jaringan putus ${randomUUID().slice(0, 8)}`;
    expectOk(await office.operator.post('/outages', { officeId: office.id, kind: 'network', startedAt: new Date(Date.now() - 2 * 3600_000).toISOString(), description: outageText }), 201);
    const officeName = expectOk(await stack.get(`/offices/${office.id}`)).name;
    return { office, repairText, letterSubject: letter.subject, outageText, officeName };
  }

  it("creating an office makes its schedule at 07:00 in the office's zone, and a change of zone moves it", async () => {
    const office = await createOffice(stack, { users: false });
    const handle = stack.temporal.schedule.getHandle(`digest-daily-${office.id}`);
    const d = await handle.describe();
    expect(d.spec.timezone).toBe('Asia/Jakarta');
    expect(d.spec.calendars).toHaveLength(1);
    const [calendar] = d.spec.calendars ?? [];
    expect(calendar.hour).toEqual([{ start: 7, end: 7, step: 1 }]);
    expect(calendar.minute).toEqual([{ start: 0, end: 0, step: 1 }]);
    // Every day at 07:00: the run asks the office's calendar (a week may include Saturday) and skips days off.
    expect(calendar.dayOfWeek.map((r) => [r.start, r.end])).toEqual(
      ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'].map((day) => [day, day]),
    );
    expect(d.policies.overlap).toBe('SKIP');
    // Paused in the tests (DIGEST_SCHEDULES_PAUSED): nothing at 07:00 during a run; a trigger still runs.
    expect(d.state.paused).toBe(true);
    expect(d.action).toMatchObject({ type: 'startWorkflow', workflowType: 'digestWorkflow', taskQueue: stack.taskQueue, args: [{ cadence: 'daily', officeId: office.id }] });
    expect(d.memo).toMatchObject({ office: `Dinas Dukcapil uji ${office.regencyCode}`, timeZone: 'Asia/Jakarta' });
    expect(d.state.note).toContain('07.00 WIB');
    // Its province's and the country's weekly schedules exist too: Monday 07:00 in the area's zone.
    const weekly = await stack.temporal.schedule.getHandle(`digest-weekly-${office.regencyCode.slice(0, 2)}`).describe();
    expect(weekly.spec.timezone).toBe('Asia/Jakarta');
    expect(weekly.spec.calendars?.[0].dayOfWeek.map((r) => r.start)).toEqual(['MONDAY']);
    expect((await stack.temporal.schedule.getHandle('digest-weekly-national').describe()).spec.timezone).toBe('Asia/Jakarta');

    expectOk(await stack.http('PATCH', `/offices/${office.id}`, { timeZone: 'Asia/Makassar' }));
    const moved = await handle.describe();
    expect(moved.spec.timezone).toBe('Asia/Makassar');
    expect(moved.state.note).toContain('07.00 WITA');
    expect(moved.spec.calendars?.[0].hour).toEqual([{ start: 7, end: 7, step: 1 }]);
  });

  it('a schedule lost (a fresh Temporal server) is made again by the worker when it starts', async () => {
    const office = await createOffice(stack, { users: false });
    const handle = stack.temporal.schedule.getHandle(`digest-daily-${office.id}`);
    await handle.delete();
    // The listing the worker reads is eventually consistent: wait until it no longer shows the schedule.
    await eventually(async () => {
      for await (const s of stack.temporal.schedule.list()) if (s.scheduleId === handle.scheduleId) return false;
      return true;
    }, 30_000, 'the listing to drop the schedule');
    await stack.killWorker();
    await stack.startWorker();
    const d = await eventually(() => handle.describe().catch(() => undefined), 30_000, 'the schedule made again');
    expect(d.spec.timezone).toBe('Asia/Jakarta');
    expect(d.action).toMatchObject({ workflowType: 'digestWorkflow', args: [{ cadence: 'daily', officeId: office.id }] });
  });

  it("triggering the schedule delivers the digest to the office's managers once, and a second trigger the same day adds nothing", async () => {
    const { office, repairText, letterSubject, outageText, officeName } = await busyOffice();
    const secondManager = await createUser(stack, 'manager', { officeId: office.id });
    const handle = stack.temporal.schedule.getHandle(`digest-daily-${office.id}`);

    const first = await triggerAndWait(handle);
    expect(first).toMatchObject({ delivered: 2, skipped: null, byHand: true });
    for (const manager of [office.manager, secondManager.client]) {
      const [digest, ...more] = await digestsOf(manager);
      expect(more).toHaveLength(0);
      expect(digest).toMatchObject({ kind: 'digest', subjectType: 'digest', officeId: office.id, recipientRole: 'manager' });
      expect(digest.title).toMatch(/^Ringkasan harian \d+ \w{3}: 1 perbaikan lewat tenggat, 1 surat menunggu, 1 gangguan$/);
      expect(digest.body).toContain(`Ringkasan pagi ${officeName}`);
      expect(digest.body).toContain('Perbaikan melewati tenggat (1):');
      expect(digest.body).toContain(repairText);
      expect(digest.body).toContain('Surat menunggu persetujuan (1):');
      expect(digest.body).toContain(letterSubject);
      expect(digest.body).toContain('Gangguan terbuka (1):');
      expect(digest.body).toContain(`jaringan: ${outageText}`);
      expect(digest.body).toContain('Beranda');
    }
    // Operators get no digest.
    expect(await digestsOf(office.operator)).toHaveLength(0);

    const second = await triggerAndWait(handle);
    expect(second).toMatchObject({ localDate: first.localDate, delivered: 0, skipped: null, byHand: true });
    expect(await digestsOf(office.manager)).toHaveLength(1);
    const { rows } = await stack.db.query(`SELECT count(*)::int AS n FROM digests WHERE office_id = $1`, [office.id]);
    expect(rows[0].n).toBe(1);
  });

  it("a run due on a day that is not a working day (a national holiday, a Saturday, the office's own day off) sends nothing", async () => {
    const office = await createOffice(stack);
    const run = (localDate: string) =>
      stack.temporal.workflow.execute('digestWorkflow', {
        taskQueue: stack.taskQueue,
        workflowId: `digest-test-${randomUUID()}`,
        args: [{ cadence: 'daily', officeId: office.id, localDate }],
      });
    expect(await run('2026-12-25')).toMatchObject({ localDate: '2026-12-25', byHand: false, delivered: 0, skipped: expect.stringContaining('hari libur nasional') });
    expect(await run('2026-12-26')).toMatchObject({ localDate: '2026-12-26', delivered: 0, skipped: 'hari Sabtu' });
    // The office's own day off (its business calendar) is skipped like a holiday.
    expect((await office.manager.put(`/offices/${office.id}/calendar/days-off/2026-12-29`, { name: 'Rapat kerja daerah' })).status).toBe(200);
    expect(await run('2026-12-29')).toMatchObject({ localDate: '2026-12-29', delivered: 0, skipped: 'hari libur kantor (Rapat kerja daerah)' });
    expect(await run('2026-12-28')).toMatchObject({ localDate: '2026-12-28', delivered: 1, skipped: null });
    expect(await digestsOf(office.manager)).toHaveLength(1);
    // An office that works on Saturdays gets its digest on a Saturday.
    expect((await office.manager.put(`/offices/${office.id}/calendar/working-week`, { workingDays: [1, 2, 3, 4, 5, 6], dayStart: '08:00', dayEnd: '14:00' })).status).toBe(200);
    expect(await run('2027-01-09')).toMatchObject({ localDate: '2027-01-09', delivered: 1, skipped: null });
  });

  it('lists the messages a person chose to receive "in the digest" in their next digest, once, and e-mails the digest instead of each message', async () => {
    const office = await createOffice(stack);
    await setPolicy(stack, office.id, { triageSeconds: 1, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600, escalationThresholdSeconds: 36_000 });
    const address = `operator-${randomUUID().slice(0, 8)}@dukcapil-uji.test`;
    expect((await office.operator.http('PATCH', '/auth/me', { email: address })).status).toBe(200);
    expect((await office.operator.http('PUT', '/notification-preferences', { kind: 'repair-reminder', channel: 'digest' })).status).toBe(200);
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    expectOk(await office.operator.post('/repairs', { deviceId: devices.camera.id, description: `Kamera mati ${randomUUID().slice(0, 8)}` }), 201);

    // The reminder is in the inbox of both operators; the one who chose the digest is owed no e-mail for it.
    const reminder = await eventually(async () => (expectOk(await office.operator.get('/notifications?limit=100')).items as any[]).find((n) => n.kind === 'repair-reminder'), 30_000, 'the reminder');
    await eventually(async () => (expectOk(await office.operator2.get('/notifications?limit=100')).items as any[]).find((n) => n.kind === 'repair-reminder'), 30_000, "the other operator's reminder");
    const owed = async (notificationId: string) => (await stack.db.query(`SELECT count(*)::int AS n FROM notification_emails WHERE notification_id = $1`, [notificationId])).rows[0].n;
    expect(await owed(reminder.id)).toBe(0);

    const handle = stack.temporal.schedule.getHandle(`digest-daily-${office.id}`);
    expect(await triggerAndWait(handle)).toMatchObject({ delivered: 2, skipped: null });
    const [digest, ...more] = await digestsOf(office.operator);
    expect(more).toHaveLength(0);
    expect(digest).toMatchObject({ kind: 'digest', subjectType: 'digest', recipientRole: 'operator' });
    expect(digest.title).toMatch(/^Ringkasan pesan Anda \d+ \w{3}: 1 pesan$/);
    expect(digest.body).toContain('Pesan yang Anda pilih untuk ringkasan (1):');
    expect(digest.body).toContain(reminder.title);
    // The digest goes out by e-mail (the reminder did not).
    expect(await owed(digest.id)).toBe(1);
    // The other operator chose nothing for the digest and gets none; the manager's digest holds no messages of anyone's.
    expect(await digestsOf(office.operator2)).toHaveLength(0);
    const [managers] = await digestsOf(office.manager);
    expect(managers.body).not.toContain('Pesan yang Anda pilih untuk ringkasan');

    // Listed once: a second digest that day adds nothing, and the message is recorded as taken by the first.
    expect(await triggerAndWait(handle)).toMatchObject({ delivered: 0 });
    expect(await digestsOf(office.operator)).toHaveLength(1);
    const { rows } = await stack.db.query(`SELECT d.id FROM notifications n JOIN digests d ON d.id = n.digest_id WHERE n.id = $1`, [reminder.id]);
    expect(rows).toHaveLength(1);
  });

  it("the weekly digest reaches the province's supervisors once, with each regency's figures", async () => {
    const { office, officeName } = await busyOffice();
    const province = office.regencyCode.slice(0, 2);
    const supervisor = await createUser(stack, 'supervisor', { provinceCode: province });
    const national = await createUser(stack, 'supervisor');
    const handle = stack.temporal.schedule.getHandle(`digest-weekly-${province}`);

    const first = await triggerAndWait(handle);
    expect(first.skipped).toBeNull();
    expect(first.delivered).toBeGreaterThanOrEqual(1);
    const [digest, ...more] = await digestsOf(supervisor.client);
    expect(more).toHaveLength(0);
    expect(digest).toMatchObject({ kind: 'digest', subjectType: 'area-digest', officeId: null, recipientRole: 'supervisor' });
    expect(digest.title).toMatch(/^Ringkasan mingguan Provinsi /);
    expect(digest.body).toContain('Per kabupaten/kota:');
    expect(digest.body).toContain(`- ${officeName}: 1 perbaikan terbuka (1 lewat tenggat), 1 surat menunggu persetujuan, 0 menunggu balasan kementerian, 1 gangguan terbuka`);
    // The national supervisor reads the country's digest, not each province's.
    expect(await digestsOf(national.client)).toHaveLength(0);

    const second = await triggerAndWait(handle);
    expect(second).toMatchObject({ localDate: first.localDate, delivered: 0 });
    expect(await digestsOf(supervisor.client)).toHaveLength(1);
  });
});
