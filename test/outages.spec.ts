import { randomUUID } from 'node:crypto';
import { addRecordingSet, createOffice, createServicePoint, OfficeFixture, setPolicy } from './support/fixtures';
import { eventually, HttpResult, Stack } from './support/stack';
import { addDays } from './support/days';

const HOUR = 3600;

describe('outages, backlog recovery and public availability', () => {
  const stack = new Stack();
  let today: string;

  beforeAll(async () => {
    await stack.start();
    today = (await stack.db.query(`SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date::text AS d`)).rows[0].d;
  });
  afterAll(() => stack.stop());

  function expectOk(res: HttpResult, status = 200) {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** An office with its head office (which prints) and a kecamatan office in each of two kecamatan. */
  async function officeWithPoints(policy: Partial<Parameters<typeof setPolicy>[2]> = {}) {
    const office = await createOffice(stack);
    await setPolicy(stack, office.id, { triageSeconds: HOUR, repairSeconds: HOUR, verificationSeconds: HOUR, reminderIntervalSeconds: HOUR, ...policy });
    const [d0, d1] = office.districts;
    const hq = await createServicePoint(stack, office, { districtCode: d0, kind: 'office-hq', name: 'Kantor Dinas' });
    const k0 = await createServicePoint(stack, office, { districtCode: d0, name: 'Kecamatan Satu' });
    const k1 = await createServicePoint(stack, office, { districtCode: d1, name: 'Kecamatan Dua' });
    for (const sp of [hq, k0, k1]) await addRecordingSet(stack, sp.id);
    expectOk(await stack.post('/devices', { servicePointId: hq.id, kind: 'card-printer', serialNumber: `PR-${randomUUID().slice(0, 10)}`, owner: 'regional' }), 201);
    return { office, hq, k0, k1, d0, d1 };
  }

  const availability = async (office: OfficeFixture) => {
    const res = await stack.anonymous.get(`/availability?regency=${office.regencyCode}`);
    expect(res.status).toBe(200);
    return res.body.servicePoints as any[];
  };

  it('a central-system outage of the whole office stops recording everywhere, and resolving brings it back', async () => {
    const { office, hq, k0, k1 } = await officeWithPoints();
    expect((await availability(office)).every((p) => p.canRecord)).toBe(true);
    const outage = expectOk(
      await office.operator.post('/outages', { officeId: office.id, kind: 'central-system', startedAt: new Date(Date.now() - 3600_000).toISOString(), description: 'Sistem pusat tidak dapat diakses' }),
      201,
    );
    expect(outage).toMatchObject({ status: 'open', wholeOffice: true, stopsRecording: true, stopsPrinting: true });
    expect(outage.servicePoints.map((p: any) => p.canRecord)).toEqual([false, false, false]);
    const down = await availability(office);
    expect(down.map((p) => [p.name, p.canRecord, p.canPrint])).toEqual(
      expect.arrayContaining([
        [hq.name, false, false],
        [k0.name, false, false],
        [k1.name, false, false],
      ]),
    );
    // Down since the outage began (an hour before it was recorded), not since it was recorded.
    const began = Date.parse(outage.startedAt);
    expect(down.every((p) => Date.parse(p.recordingDownSince) === began && p.recordInstead.length === 0)).toBe(true);
    // Recorded once: the same outage again is a conflict.
    const twice = await office.operator.post('/outages', { officeId: office.id, kind: 'central-system', startedAt: new Date().toISOString(), description: 'lagi' });
    expect([twice.status, twice.body.code, twice.body.outageId]).toEqual([409, 'outage_open', outage.id]);

    const resolved = expectOk(await office.operator.post(`/outages/${outage.id}/resolve`, {}));
    expect(resolved.status).toBe('closed');
    expect((await availability(office)).every((p) => p.canRecord)).toBe(true);
    const detail = expectOk(await office.manager.get(`/outages/${outage.id}`));
    expect(detail.timeline.map((e: any) => e.event)).toEqual(['reported', 'resolved']);
    expect(detail.resolvedBy).toBe(office.operator.username);
  });

  it('a network outage at one kecamatan sends its residents to the working ones, and the public sees nothing else', async () => {
    const { office, hq, k0, k1, d0 } = await officeWithPoints();
    const outage = expectOk(
      await office.operator.post('/outages', { officeId: office.id, kind: 'network', servicePointIds: [k0.id], startedAt: new Date().toISOString(), description: 'Kabel jaringan putus' }),
      201,
    );
    expect(outage.servicePoints.map((p: any) => p.id)).toEqual([k0.id]);
    const res = await stack.anonymous.get(`/availability?district=${d0}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=30');
    // Places are named as residents know them; no internal ids leave the service.
    const byName = Object.fromEntries(res.body.servicePoints.map((p: any) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual([hq.name, k0.name].sort());
    expect(byName[k0.name]).toMatchObject({ canRecord: false, canPrint: false });
    // The same kecamatan first (the head office is there), then the rest of the regency.
    expect(byName[k0.name].recordInstead).toEqual([
      { name: hq.name, districtName: expect.any(String), address: null, openingHours: null, distanceKm: null },
      { name: k1.name, districtName: expect.any(String), address: null, openingHours: null, distanceKm: null },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(byName[hq.name]).toMatchObject({ canRecord: true, canPrint: true, recordingDownSince: null, printingDownSince: null, recordInstead: [] });
    // Nothing but availability: no devices, no descriptions, no people.
    const keys = new Set(res.body.servicePoints.flatMap((p: any) => Object.keys(p)));
    expect([...keys].sort()).toEqual([
      'address',
      'canPrint',
      'canRecord',
      'distanceKm',
      'districtCode',
      'districtName',
      'kind',
      'name',
      'openingHours',
      'printingDownSince',
      'printsHere',
      'recordInstead',
      'recordingDownSince',
    ]);
    expect(JSON.stringify(res.body)).not.toContain('Kabel jaringan putus');
    expect(Object.keys(res.body).sort()).toEqual(['asOf', 'canRecordSomewhere', 'district', 'districtName', 'regency', 'servicePoints', 'stale', 'timeZone']);
    const missing = await stack.anonymous.get('/availability');
    expect([missing.status, missing.body.field]).toEqual([400, 'regency']);
    const bad = await stack.anonymous.get('/availability?regency=abc');
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'regency']);
    expect(bad.headers.get('cache-control')).not.toBe('public, max-age=30');
    const unknown = await stack.anonymous.get(`/availability?district=${office.regencyCode}.99`);
    expect([unknown.status, unknown.body.field]).toEqual([400, 'district']);
    // A mobile unit (a tour's kit) is not a place to go.
    const mobile = await createServicePoint(stack, office, { districtCode: d0, kind: 'mobile-unit' });
    await addRecordingSet(stack, mobile.id);
    const withMobile = await stack.anonymous.get(`/availability?regency=${office.regencyCode}&district=${d0}`);
    expect(withMobile.body.servicePoints.map((p: any) => p.name)).not.toContain(mobile.name);
    // Other offices' staff, and the anonymous, cannot act on it.
    expect((await stack.anonymous.post(`/outages/${outage.id}/resolve`, {})).status).toBe(401);
  });

  it('a server-blocked outage leaves a backlog of 7,000 cards, burned down by print progress and closed only at zero', async () => {
    const { office, hq } = await officeWithPoints({ backlogStallSeconds: 2 });
    const started = new Date(Date.now() - 10 * 24 * 3600_000).toISOString();
    const outage = expectOk(await office.operator.post('/outages', { officeId: office.id, kind: 'server-blocked', startedAt: started, description: 'Server diblokir kementerian' }), 201);
    // Recording goes on offline; printing stops.
    const during = (await availability(office)).find((p) => p.name === hq.name);
    expect([during.canRecord, during.canPrint]).toEqual([true, false]);
    expect((await office.operator.post(`/outages/${outage.id}/print-progress`, { date: today, printed: 10 })).status).toBe(409);

    const resolved = expectOk(await office.operator.post(`/outages/${outage.id}/resolve`, { backlog: 7000, resolvedAt: new Date(Date.now() - 2 * 24 * 3600_000).toISOString() }));
    expect([resolved.status, resolved.backlogRemaining]).toEqual(['recovering', 7000]);
    expectOk(await office.manager.post(`/outages/${outage.id}/overtime`, { date: today, target: 3000 }));
    expectOk(await office.operator.post(`/outages/${outage.id}/print-progress`, { date: today, printed: 2500 }));
    // No progress for backlogStallSeconds: the office is reminded.
    await eventually(async () => {
      const inbox = await office.manager.get(`/notifications?subjectId=${outage.id}`);
      return inbox.body.items.some((n: any) => n.kind === 'backlog-reminder') || undefined;
    }, 20_000, 'a stalled-backlog reminder');
    // Today's count corrected (sent again), then tomorrow's would close it — but not in the future.
    expectOk(await office.operator.post(`/outages/${outage.id}/print-progress`, { date: today, printed: 3200 }));
    const future = await office.operator.post(`/outages/${outage.id}/print-progress`, { date: addDays(today, 1), printed: 3800 });
    expect([future.status, future.body.field]).toEqual([400, 'date']);
    const still = expectOk(await office.operator.get(`/outages/${outage.id}`));
    expect([still.status, still.backlogRemaining]).toEqual(['recovering', 3800]);
    expect(still.overtime).toEqual([{ date: today, target: 3000, printed: 3200, met: true }]);
    const yesterday = addDays(today, -1);
    const tooMany = await office.operator.post(`/outages/${outage.id}/print-progress`, { date: yesterday, printed: 70000 });
    expect([tooMany.status, tooMany.body.field]).toEqual([400, 'printed']);
    const beforeResolution = await office.operator.post(`/outages/${outage.id}/print-progress`, { date: addDays(today, -5), printed: 10 });
    expect([beforeResolution.status, beforeResolution.body.field]).toEqual([400, 'date']);
    const closing = expectOk(await office.operator.post(`/outages/${outage.id}/print-progress`, { date: yesterday, printed: 3799 }));
    expect([closing.status, closing.backlogRemaining]).toEqual(['recovering', 1]);
    const done = expectOk(await office.operator.post(`/outages/${outage.id}/print-progress`, { date: yesterday, printed: 3800 }));
    expect([done.status, done.backlogRemaining]).toEqual(['closed', 0]);
    const closed = expectOk(await office.manager.get(`/outages/${outage.id}`));
    expect(closed.burnDown.map((d: any) => [d.date, d.printed, d.remaining])).toEqual([
      [yesterday, 3800, 3200],
      [today, 3200, 0],
    ]);
    // Resolved two days ago (WIB), cleared today: three days of printing.
    expect(closed.daysTaken).toBe(3);
    expect(closed.timeline.map((e: any) => e.event)).toEqual(expect.arrayContaining(['resolved', 'overtime-planned', 'print-progress', 'backlog-reminder', 'closed']));
    expect((await office.operator.post(`/outages/${outage.id}/print-progress`, { date: today, printed: 1 })).status).toBe(409);
    // RECORD_HISTORIES=1: the history replayed by test/replay.spec.ts (a backlog burned down to zero).
    await stack.temporal.workflow.getHandle(closed.workflowId).result();
    await stack.recordHistory(closed.workflowId, 'outage-workflow-v5-backlog-burned-down.json');
  });

  it('reminds while an outage lasts and drafts an escalation letter past the threshold', async () => {
    const { office } = await officeWithPoints({ reminderIntervalSeconds: 1, outageEscalationSeconds: 3 });
    const outage = expectOk(await office.operator.post('/outages', { officeId: office.id, kind: 'power', startedAt: new Date().toISOString(), description: 'Listrik padam' }), 201);
    await eventually(async () => {
      const inbox = await office.operator.get(`/notifications?subjectId=${outage.id}`);
      return inbox.body.items.some((n: any) => n.kind === 'outage-reminder') || undefined;
    }, 20_000, 'an outage reminder');
    const escalated = await eventually(async () => {
      const o = (await office.manager.get(`/outages/${outage.id}`)).body;
      // The letter exists first; the outage records that it escalated right after starting it.
      return o.escalations.length > 0 && o.needsEscalation ? o : undefined;
    }, 20_000, 'the escalation');
    expect(escalated.timeline.map((e: any) => e.event)).toContain('escalated');
    const letter = expectOk(await office.manager.get(`/escalations/${escalated.escalations[0].id}`));
    expect(letter).toMatchObject({ source: 'outage', status: 'drafted', officeId: office.id });
    expect(letter.subject).toMatch(/^Permohonan penanganan gangguan listrik/);
    expect(letter.body).toContain('Listrik padam');
    // The letter's steps show on the outage too; resolving does not withdraw the letter.
    await eventually(async () => ((await office.manager.get(`/outages/${outage.id}`)).body.timeline.some((e: any) => e.event === 'escalation-drafted') ? true : undefined), 20_000, 'letter on the outage timeline');
    expectOk(await office.operator.post(`/outages/${outage.id}/resolve`, {}));
    expect((await office.manager.get(`/escalations/${letter.id}`)).body.status).toBe('drafted');
    // RECORD_HISTORIES=1: the history replayed by test/replay.spec.ts (reminders, an escalation child, resolved).
    await stack.temporal.workflow.getHandle(escalated.workflowId).result();
    await stack.recordHistory(escalated.workflowId, 'outage-workflow-v5-escalated.json');
  });

  it('lists open outages first, then those printing down a backlog, then closed ones, newest first within each', async () => {
    const { office, k0, k1 } = await officeWithPoints();
    const ago = (hours: number) => new Date(Date.now() - hours * HOUR * 1000).toISOString();
    const record = async (kind: string, startedHoursAgo: number, servicePointIds?: string[]) =>
      expectOk(await office.operator.post('/outages', { officeId: office.id, kind, servicePointIds, startedAt: ago(startedHoursAgo), description: `Gangguan ${kind}` }), 201).id as string;
    const closed = await record('network', 1, [k0.id]);
    expectOk(await office.operator.post(`/outages/${closed}/resolve`, {}));
    const recovering = await record('server-blocked', 2);
    expectOk(await office.operator.post(`/outages/${recovering}/resolve`, { backlog: 10 }));
    const oldOpen = await record('card-stock', 72, [k1.id]);
    const newOpen = await record('central-system', 24, [k1.id]);
    const list = expectOk(await office.manager.get(`/outages?officeId=${office.id}`));
    expect(list.items.map((o: any) => [o.id, o.status])).toEqual([
      [newOpen, 'open'],
      [oldOpen, 'open'],
      [recovering, 'recovering'],
      [closed, 'closed'],
    ]);
    // Pages keep that order.
    const second = expectOk(await office.manager.get(`/outages?officeId=${office.id}&limit=2&page=2`));
    expect(second.items.map((o: any) => o.id)).toEqual([recovering, closed]);
  });

  it('refuses bad input naming the field, and other offices', async () => {
    const { office, k0 } = await officeWithPoints();
    const other = await officeWithPoints();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ officeId: office.id, kind: 'gempa', startedAt: new Date().toISOString(), description: 'x y z' }, 'kind'],
      [{ officeId: office.id, kind: 'network', startedAt: 'kemarin', description: 'x y z' }, 'startedAt'],
      [{ officeId: office.id, kind: 'network', startedAt: '2026-11-20T08:00:00', description: 'x y z' }, 'startedAt'],
      [{ officeId: office.id, kind: 'network', startedAt: new Date(Date.now() + 86_400_000).toISOString(), description: 'x y z' }, 'startedAt'],
      [{ officeId: office.id, kind: 'network', servicePointIds: [other.k0.id], startedAt: new Date().toISOString(), description: 'x y z' }, 'servicePointIds'],
      [{ officeId: other.office.id, kind: 'network', startedAt: new Date().toISOString(), description: 'x y z' }, 'officeId'],
      [{ officeId: office.id, kind: 'network', servicePointIds: [], startedAt: new Date().toISOString(), description: 'x y z' }, 'servicePointIds'],
    ];
    for (const [body, field] of cases) {
      const res = await office.operator.post('/outages', body);
      expect({ field, status: res.status, got: res.body.field ?? res.body.errors?.[0]?.field }).toEqual({ field, status: 400, got: field });
    }
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM outages WHERE office_id = $1`, [office.id])).rows[0].n).toBe(0);
    const net = expectOk(await office.operator.post('/outages', { officeId: office.id, kind: 'network', servicePointIds: [k0.id], startedAt: new Date().toISOString(), description: 'Jaringan' }), 201);
    const backlog = await office.operator.post(`/outages/${net.id}/resolve`, { backlog: 5 });
    expect([backlog.status, backlog.body.field]).toEqual([400, 'backlog']);
    expect((await other.office.operator.post(`/outages/${net.id}/resolve`, {})).status).toBe(404);
    expect((await other.office.operator.get(`/outages/${net.id}`)).status).toBe(404);
    expect((await other.office.operator.get(`/outages?officeId=${office.id}`)).body.total).toBe(0);
    expect(expectOk(await office.operator.post(`/outages/${net.id}/resolve`, {})).status).toBe('closed');
  });
});
