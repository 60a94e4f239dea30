import { nationalHolidays } from '../src/calendar/national-holidays';
import { addDays, addWorkingTime, localDate, nextWorkingInstant, WorkingCalendar, workingSecondsBetween } from '../src/calendar/working-time';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy } from './support/fixtures';
import { eventually, Stack } from './support/stack';
import { OutageState, outageWorkflowId } from '../workflows/outage.messages';

/**
 * The business calendar through the API and RepairWorkflow. Nothing here depends on the weekday or
 * hour the suite runs at: the offices that count working time work all seven days and take
 * "today" and "tomorrow" (their own days) off where a test needs a day off.
 */
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];
// National days off are shared by every office of a run: this file's lie in 2099, where no other test looks.
const NATIONAL_DAY = '2099-03-11';

describe('business calendar', () => {
  const stack = new Stack();

  beforeAll(async () => {
    await stack.start();
  });
  afterAll(async () => {
    await stack.http('DELETE', `/calendar/national-days-off/${NATIONAL_DAY}`);
    await stack.stop();
  });

  /** The calendar the workflow plans by: the office's week, today's national holidays and its own days off. */
  function calendarOf(timeZone: string, daysOff: string[]): WorkingCalendar {
    const today = localDate(Date.now(), timeZone);
    const holidays = nationalHolidays(addDays(today, -1), addDays(today, 60)).map((h) => h.date);
    return { timeZone, workingDays: ALL_WEEK, dayStart: '08:00', dayEnd: '16:00', daysOff: new Set([...holidays, ...daysOff]) };
  }

  /**
   * A WIB office with its own week (every day, 08:00–16:00) that is closed today and tomorrow: what
   * falls due now waits for its first working morning.
   */
  async function closedTodayAndTomorrow() {
    const office = await createOffice(stack);
    const zone = 'Asia/Jakarta';
    const today = localDate(Date.now(), zone);
    const daysOff = [today, addDays(today, 1)];
    await office.manager.put(`/offices/${office.id}/calendar/working-week`, { workingDays: ALL_WEEK, dayStart: '08:00', dayEnd: '16:00' });
    for (const d of daysOff) await office.manager.put(`/offices/${office.id}/calendar/days-off/${d}`, { name: 'Libur kantor' });
    return { office, zone, today, daysOff };
  }

  /** A letter about a broken camera of the office, drafted by its operator and approved by a second manager (four eyes). */
  async function approvedLetter(office: OfficeFixture): Promise<{ id: string; approver: OfficeFixture['manager'] }> {
    const approver = (await createUser(stack, 'manager', { officeId: office.id })).client;
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const repair = (await office.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera rusak' })).body;
    const id = (await office.operator.post('/escalations', { repairCaseIds: [repair.id] })).body.id;
    expect((await approver.post(`/escalations/${id}/approve`)).status).toBe(200);
    return { id, approver };
  }

  const inbox = async (who: OfficeFixture['operator'], caseId: string) =>
    (await who.get(`/notifications?subjectId=${caseId}&limit=100`)).body.items as Array<{ kind: string; title: string; body: string; createdAt: string }>;

  describe('the calendar API', () => {
    let office: OfficeFixture;
    beforeAll(async () => {
      office = await createOffice(stack, { zone: 'WITA' });
    });

    it('shows each day with its hours and why it is off: weekends and public holidays by default', async () => {
      const res = await office.operator.get(`/offices/${office.id}/calendar?from=2027-03-05&to=2027-03-11`);
      expect(res.status).toBe(200);
      expect(res.body.timeZone).toBe('Asia/Makassar');
      expect(res.body.workingWeek).toEqual({ officeId: office.id, workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '16:00', isDefault: true });
      const day = (d: string) => res.body.days.find((x: { date: string }) => x.date === d);
      expect(res.body.days).toHaveLength(7);
      expect(day('2027-03-05')).toEqual({ date: '2027-03-05', working: true, hours: { start: '08:00', end: '16:00' }, reasons: [] });
      expect(day('2027-03-06')).toEqual({ date: '2027-03-06', working: false, hours: null, reasons: [{ kind: 'weekend' }] });
      expect(day('2027-03-08')).toEqual({ date: '2027-03-08', working: false, hours: null, reasons: [{ kind: 'national-holiday', name: 'Hari Raya Nyepi' }] });
      expect(day('2027-03-11').working).toBe(true);
    });

    it("adds an office's own day and a national day off once each, however often they are sent, and removes them", async () => {
      for (let i = 0; i < 2; i++) {
        const put = await office.manager.put(`/offices/${office.id}/calendar/days-off/2027-03-12`, { name: 'Hari jadi kabupaten' });
        expect(put.status).toBe(200);
        expect(put.body).toEqual({ officeId: office.id, date: '2027-03-12', name: 'Hari jadi kabupaten' });
        const national = await stack.http('PUT', `/calendar/national-days-off/${NATIONAL_DAY}`, { name: 'Cuti bersama uji' });
        expect(national.status).toBe(200);
      }
      const own = await office.operator.get(`/offices/${office.id}/calendar/days-off`);
      expect(own.body.filter((d: { date: string }) => d.date === '2027-03-12')).toHaveLength(1);
      const national = await office.operator.get('/calendar/national-days-off?year=2099');
      expect(national.body).toEqual([{ date: NATIONAL_DAY, name: 'Cuti bersama uji' }]);

      const march = (await office.operator.get(`/offices/${office.id}/calendar?from=2027-03-12&to=2027-03-12`)).body.days[0];
      expect(march).toEqual({ date: '2027-03-12', working: false, hours: null, reasons: [{ kind: 'office-day-off', name: 'Hari jadi kabupaten' }] });
      const decreed = (await office.operator.get(`/offices/${office.id}/calendar?from=${NATIONAL_DAY}&to=${NATIONAL_DAY}`)).body.days[0];
      expect(decreed.reasons).toEqual([{ kind: 'cuti-bersama', name: 'Cuti bersama uji' }]);
      // Another office does not have this office's day off.
      const other = await createOffice(stack, { users: false });
      expect((await stack.get(`/offices/${other.id}/calendar?from=2027-03-12&to=2027-03-12`)).body.days[0].working).toBe(true);

      expect((await office.manager.delete(`/offices/${office.id}/calendar/days-off/2027-03-12`)).status).toBe(204);
      expect((await office.manager.delete(`/offices/${office.id}/calendar/days-off/2027-03-12`)).status).toBe(204);
      expect((await office.operator.get(`/offices/${office.id}/calendar?from=2027-03-12&to=2027-03-12`)).body.days[0].working).toBe(true);
    });

    it('sets the working week and hours', async () => {
      const res = await office.manager.put(`/offices/${office.id}/calendar/working-week`, { workingDays: [6, 1, 2, 3, 4, 5], dayStart: '07:30', dayEnd: '15:00' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ officeId: office.id, workingDays: [1, 2, 3, 4, 5, 6], dayStart: '07:30', dayEnd: '15:00', isDefault: false });
      const saturday = (await office.operator.get(`/offices/${office.id}/calendar?from=2027-03-06&to=2027-03-06`)).body.days[0];
      expect(saturday).toEqual({ date: '2027-03-06', working: true, hours: { start: '07:30', end: '15:00' }, reasons: [] });
      const reset = await office.manager.delete(`/offices/${office.id}/calendar/working-week`);
      expect(reset.body.isDefault).toBe(true);
    });

    it('refuses bad input naming the field and the rule, changing nothing', async () => {
      const field = (res: { body: { errors?: Array<{ field: string }>; field?: string; details?: { field?: string } } }) =>
        res.body.errors?.map((e) => e.field) ?? [res.body.field ?? res.body.details?.field];
      const backwards = await office.operator.get(`/offices/${office.id}/calendar?from=2027-03-10&to=2027-03-01`);
      expect(backwards.status).toBe(400);
      expect(JSON.stringify(backwards.body)).toContain('to');
      const long = await office.operator.get(`/offices/${office.id}/calendar?from=2027-01-01&to=2028-06-01`);
      expect(long.status).toBe(400);
      expect(long.body.message).toMatch(/at most 367/);
      const badDay = await office.operator.get(`/offices/${office.id}/calendar?from=2027-02-30&to=2027-03-01`);
      expect(badDay.status).toBe(400);
      expect(field(badDay)).toContain('from');

      const hours = await office.manager.put(`/offices/${office.id}/calendar/working-week`, { workingDays: [1], dayStart: '16:00', dayEnd: '08:00' });
      expect(hours.status).toBe(400);
      expect(hours.body.message).toMatch(/dayEnd .* must be after dayStart/);
      const days = await office.manager.put(`/offices/${office.id}/calendar/working-week`, { workingDays: [0, 8], dayStart: '08:00', dayEnd: '16:00' });
      expect(days.status).toBe(400);
      expect(field(days)).toContain('workingDays');
      const time = await office.manager.put(`/offices/${office.id}/calendar/working-week`, { workingDays: [1], dayStart: '8am', dayEnd: '16:00' });
      expect(field(time)).toContain('dayStart');
      const blank = await office.manager.put(`/offices/${office.id}/calendar/days-off/2027-03-15`, { name: '  ' });
      expect(blank.status).toBe(400);
      expect(field(blank)).toContain('name');
      const notADate = await office.manager.put(`/offices/${office.id}/calendar/days-off/2027-13-01`, { name: 'x' });
      expect(notADate.status).toBe(400);
      expect(field(notADate)).toContain('date');
      expect((await office.operator.get(`/offices/${office.id}/calendar/working-week`)).body.isDefault).toBe(true);
      expect((await office.operator.get(`/offices/${office.id}/calendar/days-off`)).body).toEqual([]);

      // Who may: an operator reads but does not write; another office's manager does not see it; only an admin decrees national days.
      expect((await office.operator.put(`/offices/${office.id}/calendar/days-off/2027-03-15`, { name: 'x' })).status).toBe(403);
      const stranger = await createOffice(stack);
      expect((await stranger.manager.put(`/offices/${office.id}/calendar/days-off/2027-03-15`, { name: 'x' })).status).toBe(404);
      expect((await office.manager.put(`/calendar/national-days-off/2099-03-12`, { name: 'x' })).status).toBe(403);
    });
  });

  it('a repair case in an office counting working time has a deadline that skips the office’s day off', async () => {
    const office = await createOffice(stack, { zone: 'WITA' });
    const zone = 'Asia/Makassar';
    const today = localDate(Date.now(), zone);
    const tomorrow = addDays(today, 1);
    await office.manager.put(`/offices/${office.id}/calendar/working-week`, { workingDays: ALL_WEEK, dayStart: '08:00', dayEnd: '16:00' });
    expect((await office.manager.put(`/offices/${office.id}/calendar/days-off/${tomorrow}`, { name: 'Hari jadi kabupaten' })).status).toBe(200);
    // Two working days: today holds at most one, so the deadline lies after tomorrow whatever the hour now.
    await setPolicy(stack, office.id, { triageSeconds: 2 * 8 * 3600, triageClock: 'working', repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600 });
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const opened = await office.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera tidak terdeteksi' });
    expect(opened.status).toBe(201);
    const id = opened.body.id;

    // The workflow planned the step's deadline over the calendar; the read model shows that instant.
    const handle = stack.temporal.workflow.getHandle(`repair-${id}`);
    const planned = await eventually(async () => (await handle.query<{ deadline?: { at: string } }>('state')).deadline?.at, 30_000, 'the planned deadline');
    const detail = await eventually(async () => {
      const c = (await office.operator.get(`/repairs/${id}`)).body;
      return c.deadlineAt && new Date(c.deadlineAt).toISOString() === planned && c.timeline?.length ? c : undefined;
    }, 30_000, 'the read model showing the planned deadline');
    const deadline = new Date(detail.deadlineAt);
    const reportedAt = new Date(detail.timeline.find((t: { event: string }) => t.event === 'reported').occurredAt);
    // The deadline is in the office's working hours on a day after its day off…
    expect(localDate(deadline, zone) > tomorrow).toBe(true);
    const localHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(deadline));
    expect(localHour >= 8 && localHour <= 16).toBe(true);
    // …and two working days of the calendar after the report: planned a moment after the report was
    // written (the report goes first), so within working hours the planning's own moment is counted too.
    const worked = workingSecondsBetween(reportedAt, deadline, calendarOf(zone, [tomorrow]));
    expect(worked).toBeGreaterThanOrEqual(2 * 8 * 3600 - 0.001);
    expect(worked).toBeLessThan(2 * 8 * 3600 + 300);
    expect((await office.operator.get(`/offices/${office.id}/calendar?from=${tomorrow}&to=${tomorrow}`)).body.days[0].reasons).toEqual([
      { kind: 'office-day-off', name: 'Hari jadi kabupaten' },
    ]);
    // The list of stalled cases reads the same deadline: not stalled.
    expect(detail.stalled).toBe(false);
    await office.operator.post(`/repairs/${id}/cancel`, { reason: 'Selesai diuji' });
  });

  it('warns the assignees once before the deadline, and the reminder comes after the warning', async () => {
    const office = await createOffice(stack);
    // Elapsed seconds in an office on the default calendar: nothing is deferred, whatever the hour.
    await setPolicy(stack, office.id, { triageSeconds: 4, triageWarnShare: 0.5, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600 });
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const id = (await office.operator.post('/repairs', { deviceId: devices.pc.id, description: 'PC tidak mau menyala' })).body.id;

    const items = await eventually(async () => {
      const all = await inbox(office.operator, id);
      return all.some((n) => n.kind === 'repair-reminder') ? all : undefined;
    }, 30_000, 'the reminder');
    const warnings = items.filter((n) => n.kind === 'deadline-warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].title).toMatch(/^Peringatan: batas waktu triase PC/);
    expect(warnings[0].body).toContain(devices.pc.serialNumber);
    expect(warnings[0].body).toMatch(/pukul \d{2}\.\d{2} WIB/);
    expect((await inbox(office.operator2, id)).filter((n) => n.kind === 'deadline-warning')).toHaveLength(1);
    expect(await inbox(office.manager, id)).toHaveLength(0);

    const timeline = (await office.operator.get(`/repairs/${id}`)).body.timeline as Array<{ event: string; seq?: number }>;
    const events = timeline.map((t) => t.event);
    expect(events.filter((e) => e === 'deadline-warning')).toHaveLength(1);
    expect(events.indexOf('deadline-warning')).toBeLessThan(events.indexOf('reminder'));

    const handle = stack.temporal.workflow.getHandle(`repair-${id}`);
    await office.operator.post(`/repairs/${id}/cancel`, { reason: 'Selesai diuji' });
    await handle.result();
    // RECORD_HISTORIES=1 writes the history replayed by test/replay.spec.ts.
    await stack.recordHistory(handle.workflowId, 'repair-workflow-v6-business-calendar.json');

    // A warning share of 1, or a share and a time before together, or a time longer than the step, is refused.
    const refused = async (body: Record<string, unknown>, fieldName: string) => {
      const res = await stack.http('PUT', `/offices/${office.id}/sla-policy`, { triageSeconds: 60, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600, ...body });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(fieldName);
    };
    await refused({ triageWarnShare: 1 }, 'triageWarnShare');
    await refused({ triageWarnShare: 0.5, triageWarnBeforeSeconds: 10 }, 'triageWarnBeforeSeconds');
    await refused({ triageWarnShare: null, triageWarnBeforeSeconds: 60 }, 'triageWarnBeforeSeconds');
    await refused({ triageClock: 'business' }, 'triageClock');
    const policy = (await stack.get(`/offices/${office.id}/sla-policy`)).body;
    expect(policy.triageWarnShare).toBe(0.5);
    expect(policy.triageClock).toBe('elapsed');
    expect(policy.defaults.triageClock).toBe('elapsed');
  });

  it('a reminder due outside working hours is deferred to the next working hour', async () => {
    const { office, zone, daysOff } = await closedTodayAndTomorrow();
    await setPolicy(stack, office.id, { triageSeconds: 2, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600 });
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const id = (await office.operator.post('/repairs', { deviceId: devices['card-reader'].id, description: 'Printer macet' })).body.id;

    const handle = stack.temporal.workflow.getHandle(`repair-${id}`);
    const state = await eventually(async () => {
      const s = await handle.query<{ nextReminderAt?: string }>('state');
      return s.nextReminderAt ? s : undefined;
    }, 30_000, 'the deferred reminder');
    const expected = nextWorkingInstant(new Date(), calendarOf(zone, daysOff)).toISOString();
    expect(state.nextReminderAt).toBe(expected);
    expect(localDate(new Date(expected), zone)).toBe(nextWorkingDayAfter(zone, daysOff));
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(expected))).toBe('08:00');
    // The elapsed deadline itself is as before (seconds after the report), and no reminder went out.
    const detail = (await office.operator.get(`/repairs/${id}`)).body;
    expect(new Date(detail.deadlineAt).getTime() - new Date(detail.timeline.find((t: { event: string }) => t.event === 'reported').occurredAt).getTime()).toBeLessThan(60_000);
    expect(detail.timeline.filter((t: { event: string }) => t.event === 'reminder')).toHaveLength(0);
    expect(await inbox(office.operator, id)).toHaveLength(0);
    await office.operator.post(`/repairs/${id}/cancel`, { reason: 'Selesai diuji' });

    function nextWorkingDayAfter(timeZone: string, off: string[]): string {
      const cal = calendarOf(timeZone, off);
      let d = addDays(off[off.length - 1], 1);
      while (cal.daysOff.has(d)) d = addDays(d, 1);
      return d;
    }
  });

  it("an outage's reminder due outside working hours waits for the office's next working morning", async () => {
    const { office, zone, daysOff } = await closedTodayAndTomorrow();
    await setPolicy(stack, office.id, { triageSeconds: 3600, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 1, outageEscalationSeconds: 30 * 86_400 });
    const opened = await office.operator.post('/outages', { officeId: office.id, kind: 'network', startedAt: new Date().toISOString(), description: 'Jaringan SIAK terputus' });
    expect(opened.status).toBe(201);
    const handle = stack.temporal.workflow.getHandle(outageWorkflowId(opened.body.id));
    const state = await eventually(async () => {
      const s = await handle.query<OutageState>('state');
      return s.nextReminderAt ? s : undefined;
    }, 30_000, 'the outage reminder kept for working hours');
    expect(state.nextReminderAt).toBe(nextWorkingInstant(new Date(), calendarOf(zone, daysOff)).toISOString());
    expect(state.remindersSent).toBe(0);
    expect((await inbox(office.operator, opened.body.id)).filter((n) => n.kind === 'outage-reminder')).toHaveLength(0);
    // Resolved meanwhile, it owes no reminder and ends.
    expect((await office.operator.post(`/outages/${opened.body.id}/resolve`, {})).status).toBe(200);
    expect((await handle.result()).remindersSent).toBe(0);
    expect((await inbox(office.operator, opened.body.id)).filter((n) => n.kind === 'outage-reminder')).toHaveLength(0);
    // RECORD_HISTORIES=1: the history replayed by test/replay.spec.ts (the reminder kept for working hours, then resolved).
    await stack.recordHistory(outageWorkflowId(opened.body.id), 'outage-workflow-v5-reminder-in-working-hours.json');
  });

  it("an escalation letter counting the ministry's reply in working days waits from the office's next working morning", async () => {
    const { office, zone, daysOff } = await closedTodayAndTomorrow();
    await setPolicy(stack, office.id, {
      triageSeconds: 3600, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600,
      approvalReminderSeconds: 3600, approvalSupervisorAfterSeconds: 7200, replyWaitSeconds: 2, replyWaitClock: 'working',
    });
    const { id, approver } = await approvedLetter(office);
    const letter = await eventually(async () => {
      const e = (await office.operator.get(`/escalations/${id}`)).body;
      return e.status === 'awaiting-reply' ? e : undefined;
    }, 30_000, 'the letter sent');
    const handle = stack.temporal.workflow.getHandle(letter.workflowId);
    // The waits the calendar activity planned, read from the workflow's history.
    const planned = await eventually(async () => {
      const plans = await plannedWaits(handle);
      return plans.length >= 2 ? plans : undefined;
    }, 30_000, 'the reply wait planned');
    // Two working seconds from the first working morning after today and tomorrow (the office's days off).
    const morning = nextWorkingInstant(new Date(), calendarOf(zone, daysOff));
    expect(planned[planned.length - 1].at).toBe(addWorkingTime(morning, 2, calendarOf(zone, daysOff)).toISOString());
    expect(new Date(planned[planned.length - 1].at).getTime() - morning.getTime()).toBe(2000);
    // The approval reminder, elapsed, was due now: in an office with its own hours it too waited for the morning.
    expect(planned[0].at).toBe(morning.toISOString());
    expect((await office.operator.get(`/escalations/${id}`)).body.round).toBe(1);

    expect((await approver.post(`/escalations/${id}/withdraw`, { reason: 'Selesai diuji' })).status).toBe(200);
    await handle.result();
    await stack.recordHistory(handle.workflowId, 'escalation-workflow-v5-business-calendar.json');
  });

  it("warns the office's managers once before a follow-up letter is drafted for want of the ministry's reply", async () => {
    const office = await createOffice(stack);
    // Elapsed seconds in an office on the default calendar: the reply wait of 4 seconds warns at half of it.
    await setPolicy(stack, office.id, {
      triageSeconds: 3600, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600,
      approvalReminderSeconds: 3600, approvalSupervisorAfterSeconds: 7200, replyWaitSeconds: 4, replyWaitWarnShare: 0.5,
    });
    const { id, approver } = await approvedLetter(office);
    // No reply: the follow-up letter is drafted (round 2), after the one warning.
    const followUp = await eventually(async () => {
      const e = (await office.operator.get(`/escalations/${id}`)).body;
      return e.round === 2 && e.status === 'drafted' ? e : undefined;
    }, 60_000, 'the follow-up drafted');
    const letterNumber = (followUp.letters as Array<{ round: number; number: string }>).find((l) => l.round === 1)!.number;

    for (const manager of [office.manager, approver]) {
      const warnings = (await inbox(manager, id)).filter((n) => n.kind === 'escalation-reply-warning');
      expect(warnings).toHaveLength(1);
      expect(warnings[0].title).toMatch(/^Peringatan: surat eskalasi .+ belum ditanggapi kementerian$/);
      expect(warnings[0].title).toContain(letterNumber);
      expect(warnings[0].body).toMatch(/menunggu tanggapan kementerian sejak .+ pukul \d{2}\.\d{2} WIB/);
      expect(warnings[0].body).toMatch(/surat susulan akan disusun pada .+ pukul \d{2}\.\d{2} WIB/);
    }
    expect((await inbox(office.operator, id)).filter((n) => n.kind === 'escalation-reply-warning')).toHaveLength(0);

    const events = (followUp.timeline as Array<{ event: string }>).map((t) => t.event);
    expect(events.filter((e) => e === 'reply-wait-warning')).toHaveLength(1);
    expect(events.indexOf('dispatched') < 0 ? events.indexOf('dispatch-skipped') : events.indexOf('dispatched')).toBeLessThan(events.indexOf('reply-wait-warning'));
    expect(events.indexOf('reply-wait-warning')).toBeLessThan(events.indexOf('follow-up-drafted'));

    const handle = stack.temporal.workflow.getHandle(followUp.workflowId);
    expect((await approver.post(`/escalations/${id}/withdraw`, { reason: 'Selesai diuji' })).status).toBe(200);
    await handle.result();
    await stack.recordHistory(handle.workflowId, 'escalation-workflow-v5-reply-wait-warning.json');

    // A share of 1, a share and a time before together, or a time before longer than the wait, is refused naming the field.
    const refused = async (body: Record<string, unknown>, fieldName: string) => {
      const res = await stack.http('PUT', `/offices/${office.id}/sla-policy`, { triageSeconds: 3600, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600, replyWaitSeconds: 60, ...body });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(fieldName);
    };
    await refused({ replyWaitWarnShare: 1 }, 'replyWaitWarnShare');
    await refused({ replyWaitWarnShare: 0.5, replyWaitWarnBeforeSeconds: 10 }, 'replyWaitWarnBeforeSeconds');
    await refused({ replyWaitWarnShare: null, replyWaitWarnBeforeSeconds: 60 }, 'replyWaitWarnBeforeSeconds');
    const policy = (await stack.get(`/offices/${office.id}/sla-policy`)).body;
    expect(policy.replyWaitWarnShare).toBe(0.5);
    expect(policy.replyWaitSeconds).toBe(4);
    expect(policy.defaults.replyWaitWarnShare).toBeNull();
  });

  async function plannedWaits(handle: { fetchHistory(): Promise<{ events?: Array<Record<string, any>> | null }> }): Promise<Array<{ at: string; waitMs: number }>> {
    const events = (await handle.fetchHistory()).events ?? [];
    // planWait runs as a local activity: its result is in the marker's details.
    return events
      .filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity')
      .map((e) => e.markerRecordedEventAttributes.details?.result?.payloads?.[0]?.data)
      .filter(Boolean)
      .map((data: Uint8Array) => {
        try {
          return JSON.parse(Buffer.from(data).toString());
        } catch {
          return undefined;
        }
      })
      .filter((r: unknown): r is { at: string; waitMs: number } => !!r && typeof (r as { at?: unknown }).at === 'string' && typeof (r as { waitMs?: unknown }).waitMs === 'number');
  }
});
