import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy } from './support/fixtures';
import { ApiClient, eventually, HttpResult, Stack } from './support/stack';
import { addDays } from './support/days';

const HOUR = 3600;
const KIND_PATHS: Record<string, string> = { repair: 'repairs', escalation: 'escalations', outage: 'outages', tour: 'tours' };

interface Item {
  kind: string;
  id: string;
  title: string;
  status: string;
  allowedActions: string[];
  updatedAt: string;
}

describe('GET /dashboard: the office’s counts and what needs the caller', () => {
  const stack = new Stack();
  let today: string;

  beforeAll(async () => {
    await stack.start();
    today = (await stack.db.query(`SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date::text AS d`)).rows[0].d;
  });
  afterAll(() => stack.stop());

  function ok(res: HttpResult, status = 200) {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async function office(policy: Partial<Parameters<typeof setPolicy>[2]> = {}): Promise<OfficeFixture> {
    const o = await createOffice(stack);
    await setPolicy(stack, o.id, {
      triageSeconds: HOUR,
      repairSeconds: HOUR,
      verificationSeconds: HOUR,
      reminderIntervalSeconds: HOUR,
      approvalReminderSeconds: HOUR,
      replyWaitSeconds: HOUR,
      outageEscalationSeconds: HOUR,
      ...policy,
    });
    return o;
  }

  const dashboard = async (client: ApiClient, officeId?: string) => ok(await client.get(officeId ? `/dashboard?officeId=${officeId}` : '/dashboard'));
  /** Polls until the counts are what the test expects (the read model follows the workflows a moment later). */
  const countsBecome = (client: ApiClient, expected: Record<string, unknown>, what: string) =>
    eventually(
      async () => {
        const d = await dashboard(client);
        const got = { repairs: d.repairs, letters: d.letters, outages: d.outages };
        return isDeepStrictEqual(got, expected) ? d : undefined;
      },
      30_000,
      what,
    ).catch(async (err) => {
      const d = await dashboard(client);
      throw new Error(`${err.message}; last: ${JSON.stringify({ repairs: d.repairs, letters: d.letters, outages: d.outages })}`);
    });
  const counts = (r: [number, number, number], l: [number, number], o: [number, number, number]) => ({
    repairs: { open: r[0], stalled: r[1], escalated: r[2] },
    letters: { awaitingApproval: l[0], awaitingReply: l[1] },
    outages: { open: o[0], recovering: o[1], backlog: o[2] },
  });

  it('counts cases as they open, stall, are escalated and close; letters as they wait for approval and reply; outages and their backlog', async () => {
    const o = await office({ triageSeconds: 2 });
    const hq = await createServicePoint(stack, o, { kind: 'office-hq', name: 'Kantor Dinas' });
    const set = await addRecordingSet(stack, hq.id);
    ok(await stack.post('/devices', { servicePointId: hq.id, kind: 'card-printer', serialNumber: `PR-${randomUUID().slice(0, 10)}`, owner: 'regional' }), 201);
    await countsBecome(o.operator, counts([0, 0, 0], [0, 0], [0, 0, 0]), 'an empty office');

    const camera = ok(await o.operator.post('/repairs', { deviceId: set.camera.id, description: 'Kamera mati' }), 201);
    const pc = ok(await o.operator.post('/repairs', { deviceId: set.pc.id, description: 'PC tidak menyala' }), 201);
    // Two seconds to triage: both stall.
    await countsBecome(o.operator, counts([2, 2, 0], [0, 0], [0, 0, 0]), 'two stalled cases');
    // Triaged: the next step's deadline is an hour away.
    ok(await o.operator.post(`/repairs/${pc.id}/triage`, { assessment: 'needs-repair' }));
    await countsBecome(o.operator, counts([2, 1, 0], [0, 0], [0, 0, 0]), 'one case triaged');

    const letter = ok(await o.operator.post('/escalations', { repairCaseIds: [pc.id] }), 201);
    await countsBecome(o.operator, counts([2, 1, 1], [1, 0], [0, 0, 0]), 'a letter awaiting approval');
    ok(await o.manager.post(`/escalations/${letter.id}/approve`));
    await countsBecome(o.operator, counts([2, 1, 1], [0, 1], [0, 0, 0]), 'the letter awaiting the reply');

    const outage = ok(
      await o.operator.post('/outages', { officeId: o.id, kind: 'server-blocked', startedAt: new Date(Date.now() - 24 * 3600_000).toISOString(), description: 'Server diblokir' }),
      201,
    );
    await countsBecome(o.operator, counts([2, 1, 1], [0, 1], [1, 0, 0]), 'an open outage');
    ok(await o.operator.post(`/outages/${outage.id}/resolve`, { backlog: 7 }));
    await countsBecome(o.operator, counts([2, 1, 1], [0, 1], [0, 1, 7]), 'a backlog of seven cards');
    ok(await o.operator.post(`/outages/${outage.id}/print-progress`, { date: today, printed: 3 }));
    await countsBecome(o.operator, counts([2, 1, 1], [0, 1], [0, 1, 4]), 'four cards left');

    // The reply closes the letter: the case is no longer being escalated. Cancelling closes the stalled one.
    ok(await o.operator.post(`/escalations/${letter.id}/reply`, { receivedAt: new Date(Date.now() - 60_000).toISOString(), reference: 'B/1/2026', summary: 'Dikirim' }));
    ok(await o.operator.post(`/repairs/${camera.id}/cancel`, { reason: 'Salah lapor' }));
    const last = await countsBecome(o.operator, counts([1, 0, 0], [0, 0], [0, 1, 4]), 'one case left');
    // The manager and the province's supervisor count the same office alike.
    const supervisor = await createUser(stack, 'supervisor', { provinceCode: o.regencyCode.slice(0, 2) });
    for (const d of [await dashboard(o.manager), await dashboard(supervisor.client, o.id), await dashboard(stack.admin, o.id)]) {
      expect({ repairs: d.repairs, letters: d.letters, outages: d.outages }).toEqual({ repairs: last.repairs, letters: last.letters, outages: last.outages });
    }
  });

  it('lists what the caller may act on now, with the actions the object’s own read offers them: different for an operator and a manager', async () => {
    const o = await office();
    const sp = await createServicePoint(stack, o);
    const set = await addRecordingSet(stack, sp.id);
    const fixed = ok(await o.operator.post('/repairs', { deviceId: set.camera.id, description: 'Kamera diperbaiki' }), 201);
    ok(await o.operator.post(`/repairs/${fixed.id}/triage`, { assessment: 'fix-on-site' }));
    ok(await o.operator.post(`/repairs/${fixed.id}/mark-repaired`, {}));
    const other = ok(await o.operator.post('/repairs', { deviceId: set.pc.id, description: 'PC mati' }), 201);
    const letter = ok(await o.operator.post('/escalations', { repairCaseIds: [other.id] }), 201);
    const done = ok(await o.operator.post('/repairs', { deviceId: set['card-reader'].id, description: 'Pembaca kartu' }), 201);
    ok(await o.operator.post(`/repairs/${done.id}/cancel`, { reason: 'Salah lapor' }));
    await eventually(async () => (await stack.get(`/repairs/${done.id}`)).body.status === 'cancelled', 30_000, 'the cancelled case');
    await eventually(async () => (await stack.get(`/repairs/${fixed.id}`)).body.repairedBy !== null, 30_000, 'who repaired it');

    const needs = async (client: ApiClient) => (await dashboard(client)).needsYou as { total: number; limit: number; items: Item[] };
    const byId = (items: Item[]) => Object.fromEntries(items.map((i) => [i.id, i.allowedActions]));
    const op = await needs(o.operator);
    const mgr = await needs(o.manager);
    // The ended case needs no one; the others are listed for both, with what each may do.
    expect(byId(op.items)).toEqual({ [fixed.id]: ['cancel'], [other.id]: ['triage', 'cancel'], [letter.id]: ['edit'] });
    expect(byId(mgr.items)).toEqual({ [fixed.id]: ['verify', 'cancel'], [other.id]: ['triage', 'cancel'], [letter.id]: ['edit', 'approve', 'reject', 'request-changes', 'withdraw'] });
    expect([op.total, mgr.total]).toEqual([3, 3]);
    // The same answer as each object's own read, for each person.
    for (const [client, list] of [[o.operator, op], [o.manager, mgr]] as const) {
      for (const item of list.items) expect([item.id, item.allowedActions]).toEqual([item.id, (await client.get(`/${KIND_PATHS[item.kind]}/${item.id}`)).body.allowedActions]);
    }
    // The most recently changed first.
    const times = op.items.map((i) => Date.parse(i.updatedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(op.items.find((i) => i.id === other.id)).toMatchObject({ kind: 'repair', title: 'PC mati', status: 'reported', detail: expect.stringContaining(set.pc.serialNumber) });
    expect(op.items.find((i) => i.id === letter.id)).toMatchObject({ kind: 'escalation', status: 'drafted' });

    // The manager edits the letter: now one of its drafters, they may no longer decide on it (withdrawing is no decision on it: four-eyes does not apply).
    ok(await o.manager.patch(`/escalations/${letter.id}`, { subject: 'Permohonan perbaikan PC perekaman' }));
    await eventually(async () => byId((await needs(o.manager)).items)[letter.id]?.join() === 'edit,withdraw', 30_000, 'the manager as a drafter');

    // An outage is listed for both; supervisors and admins act on nothing.
    const outage = ok(await o.operator.post('/outages', { officeId: o.id, kind: 'network', startedAt: new Date(Date.now() - 600_000).toISOString(), description: 'Jaringan putus' }), 201);
    expect(byId((await needs(o.operator2)).items)[outage.id]).toEqual(['resolve', 'overtime']);
    const supervisor = await createUser(stack, 'supervisor', { provinceCode: o.regencyCode.slice(0, 2) });
    expect((await dashboard(supervisor.client, o.id)).needsYou).toEqual({ total: 0, limit: 20, items: [] });
    expect((await dashboard(stack.admin, o.id)).needsYou).toEqual({ total: 0, limit: 20, items: [] });
  });

  it('lists at most twenty, the newest first, and counts them all', async () => {
    const o = await office();
    const sp = await createServicePoint(stack, o);
    const devices = [...Object.values(await addRecordingSet(stack, sp.id)), ...Object.values(await addRecordingSet(stack, sp.id))];
    const more = await createServicePoint(stack, o);
    devices.push(...Object.values(await addRecordingSet(stack, more.id)), ...Object.values(await addRecordingSet(stack, more.id)));
    const opened: string[] = [];
    for (const [i, d] of devices.slice(0, 22).entries()) opened.push(ok(await o.operator.post('/repairs', { deviceId: d.id, description: `Rusak nomor ${i}` }), 201).id);
    // Wait until every report has reached the read model, so the order below is final.
    await eventually(async () => {
      const { rows } = await stack.db.query(`SELECT count(*)::int AS n FROM repair_cases WHERE office_id = $1 AND last_seq >= 1`, [o.id]);
      return rows[0].n === 22;
    }, 60_000, 'every report recorded');
    const { needsYou, repairs } = await dashboard(o.operator);
    expect(repairs.open).toBe(22);
    expect([needsYou.total, needsYou.limit, needsYou.items.length]).toEqual([22, 20, 20]);
    const { rows } = await stack.db.query(`SELECT id FROM repair_cases WHERE office_id = $1 ORDER BY updated_at DESC, id LIMIT 20`, [o.id]);
    expect(needsYou.items.map((i: Item) => i.id)).toEqual(rows.map((r: { id: string }) => r.id));
  });

  it('never shows another office’s items, and refuses an office the caller may not read, naming officeId', async () => {
    const mine = await office();
    const theirs = await office();
    const sp = await createServicePoint(stack, theirs);
    const set = await addRecordingSet(stack, sp.id);
    const foreign = ok(await theirs.operator.post('/repairs', { deviceId: set.camera.id, description: 'Kamera kantor lain' }), 201);
    await eventually(async () => (await dashboard(theirs.operator)).repairs.open === 1, 30_000, 'the other office’s case');

    const d = await dashboard(mine.operator);
    expect(d.officeId).toBe(mine.id);
    expect(d.repairs.open).toBe(0);
    expect(d.needsYou.items.map((i: Item) => i.id)).not.toContain(foreign.id);
    // An operator asking for their own office by id gets it; another office is answered like an unknown one.
    expect((await dashboard(mine.operator, mine.id)).officeId).toBe(mine.id);
    for (const [client, query] of [
      [mine.operator, `officeId=${theirs.id}`],
      [mine.manager, `officeId=${randomUUID()}`],
      [stack.admin, ''],
    ] as const) {
      const res = await client.get(`/dashboard?${query}`);
      expect([query, res.status, res.body.code, res.body.field]).toEqual([query, 400, 'invalid_input', 'officeId']);
    }
    const malformed = await mine.operator.get('/dashboard?officeId=kantor-saya');
    expect([malformed.status, malformed.body.code, malformed.body.errors?.map((e: { field: string }) => e.field)]).toEqual([400, 'validation_failed', ['officeId']]);
    // A supervisor of another province cannot read it either.
    const province = (await stack.db.query(`SELECT code FROM provinces WHERE code <> $1 LIMIT 1`, [theirs.regencyCode.slice(0, 2)])).rows[0].code;
    const stranger = await createUser(stack, 'supervisor', { provinceCode: province });
    expect((await stranger.client.get(`/dashboard?officeId=${theirs.id}`)).status).toBe(400);
    expect((await stack.anonymous.get('/dashboard')).status).toBe(401);
  });
  it('lists a tour plan for the managers who may approve it, and a stop of today for the team to check in at', async () => {
    // Every stop (today and tomorrow) is within the notice lead time, whatever the hour.
    const o = await createOffice(stack, { minVillages: 2 });
    await setPolicy(stack, o.id, { triageSeconds: HOUR, repairSeconds: HOUR, verificationSeconds: HOUR, reminderIntervalSeconds: HOUR, approvalReminderSeconds: HOUR, approvalSupervisorAfterSeconds: 2 * HOUR, tourNoticeLeadSeconds: 6 * 24 * HOUR });
    const manager2 = await createUser(stack, 'manager', { officeId: o.id });
    const kitPoint = await createServicePoint(stack, o, { kind: 'mobile-unit', name: 'Mobil perekaman keliling' });
    await addRecordingSet(stack, kitPoint.id);
    const villages = (
      await stack.db.query(
        `SELECT v.code, v.name FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT 2`,
        [o.regencyCode],
      )
    ).rows as Array<{ code: string; name: string }>;
    const officeToday = (await stack.db.query(`SELECT (now() AT TIME ZONE time_zone)::date::text AS d FROM offices WHERE id = $1`, [o.id])).rows[0].d;
    const operatorId = (await o.operator.get('/auth/me')).body.id;
    const tour = ok(
      await o.manager.post('/tours', {
        officeId: o.id,
        name: 'Jemput bola Desa Sukamaju',
        teamUserIds: [operatorId],
        kitServicePointId: kitPoint.id,
        stops: villages.map((v, i) => ({ villageCode: v.code, date: addDays(officeToday, i), expectedResidents: 40 })),
      }),
      201,
    );
    const tourItems = async (client: ApiClient) => ((await dashboard(client)).needsYou.items as Item[]).filter((i) => i.kind === 'tour');

    // The plan waits for a manager other than its planner: listed for that one only.
    const [forOther] = await tourItems(manager2.client);
    expect(forOther).toMatchObject({ id: tour.id, title: 'Jemput bola Desa Sukamaju', status: 'planned', detail: null, allowedActions: ['approve', 'reject', 'cancel'] });
    expect(forOther.allowedActions).toEqual((await manager2.client.get(`/tours/${tour.id}`)).body.allowedActions);
    expect(await tourItems(o.manager)).toEqual([]);
    expect(await tourItems(o.operator)).toEqual([]);
    expect((await dashboard(manager2.client)).needsYou.total).toBe(1);

    // Approved and every village told: today's stop is the team's to check in at (tomorrow's is not listed yet).
    ok(await manager2.client.post(`/tours/${tour.id}/approve`));
    expect((await tourItems(manager2.client)).filter((i) => i.status === 'planned')).toEqual([]);
    await eventually(async () => (await stack.get(`/tours/${tour.id}`)).body.stops.every((s: { status: string }) => s.status === 'notified'), 30_000, 'villages notified');
    const read = (await o.operator.get(`/tours/${tour.id}`)).body;
    for (const client of [o.operator, o.operator2, o.manager, manager2.client]) {
      const items = await tourItems(client);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ id: tour.id, status: 'approved', detail: villages[0].name, allowedActions: read.stops[0].allowedActions });
      expect(items[0].allowedActions).toEqual(['check-in', 'skip', 'reschedule']);
    }
    const supervisor = await createUser(stack, 'supervisor', { provinceCode: o.regencyCode.slice(0, 2) });
    expect((await dashboard(supervisor.client, o.id)).needsYou.items).toEqual([]);

    // Checked in: nothing is left to check in at today.
    ok(await o.operator.post(`/tours/${tour.id}/stops/${read.stops[0].id}/check-in`));
    await eventually(async () => (await stack.get(`/tours/${tour.id}`)).body.stops[0].status === 'checked-in', 30_000, 'the check-in read');
    expect(await tourItems(o.operator)).toEqual([]);
  });
});
