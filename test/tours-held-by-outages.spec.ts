import { randomBytes } from 'node:crypto';
import { CentralServer } from './support/central';
import { addRecordingSet, createOffice, createServicePoint, OfficeFixture, setPolicy } from './support/fixtures';
import { ApiClient, eventually, HttpResult, Stack } from './support/stack';
import { addDays, packet } from './support/days';

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * Issue 13, part 3: an open outage that stops recording over a tour's kit (the whole office, or the
 * kit's own service point) holds the tour by default, and lets it go when it is resolved; an office
 * whose kits record offline lets its tours run through it instead.
 */
describe('tours held by outages', () => {
  const centre = new CentralServer();
  let stack: Stack;

  beforeAll(async () => {
    await centre.start();
    stack = new Stack({
      CENTRAL_INGEST_URL: centre.url,
      CENTRAL_RETRY_INITIAL_MS: '100',
      CENTRAL_RETRY_MAX_MS: '400',
      TOUR_HISTORY_LIMIT: '400',
    });
    await stack.start();
  });
  afterAll(async () => {
    await stack.stop();
    await centre.stop();
  });
  afterEach(() => centre.comeBack());

  interface Setup {
    office: OfficeFixture;
    operatorId: string;
    kitId: string;
    kit: Record<string, { id: string; serialNumber: string }>;
    villages: string[];
    today: string;
  }

  async function setup(policy: Partial<Parameters<typeof setPolicy>[2]> = {}): Promise<Setup> {
    const office = await createOffice(stack, { minVillages: 3 });
    await setPolicy(stack, office.id, {
      triageSeconds: HOUR,
      repairSeconds: DAY,
      verificationSeconds: HOUR,
      // A held tour looks at its outages again at this interval too.
      reminderIntervalSeconds: 2,
      approvalReminderSeconds: HOUR,
      approvalSupervisorAfterSeconds: DAY,
      // Every stop of these tours (up to four days ahead) is within the lead time, whatever the hour.
      tourNoticeLeadSeconds: 6 * DAY,
      ...policy,
    });
    const kitPoint = await createServicePoint(stack, office, { kind: 'mobile-unit', name: 'Mobil perekaman keliling' });
    const kit = await addRecordingSet(stack, kitPoint.id);
    const rows = await stack.db.query(
      `SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT 3`,
      [office.regencyCode],
    );
    const operatorId = (await office.operator.get('/auth/me')).body.id;
    const today = (await stack.db.query(`SELECT (now() AT TIME ZONE time_zone)::date::text AS d FROM offices WHERE id = $1`, [office.id])).rows[0].d;
    return { office, operatorId, kitId: kitPoint.id, kit, villages: rows.rows.map((r: { code: string }) => r.code), today };
  }

  function expectOk(res: HttpResult, status = 200) {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** A tour planned, approved and with every village told, in the read model and in the workflow's own view. */
  async function runningTour(s: Setup, days: number[]) {
    const planned = expectOk(
      await s.office.operator.post('/tours', {
        officeId: s.office.id,
        name: `Jemput bola ${s.office.regencyCode} ${randomBytes(3).toString('hex')}`,
        teamUserIds: [s.operatorId],
        kitServicePointId: s.kitId,
        stops: days.map((d, i) => ({ villageCode: s.villages[i], date: addDays(s.today, d), expectedResidents: 30 + i })),
      }),
      201,
    );
    expectOk(await s.office.manager.post(`/tours/${planned.id}/approve`));
    return notified(s.office.operator, planned.id);
  }

  async function tour(client: ApiClient, id: string) {
    return expectOk(await client.get(`/tours/${id}`));
  }

  async function notified(client: ApiClient, id: string) {
    return eventually(async () => {
      const t = await tour(client, id);
      const state: any = await stack.temporal.workflow.getHandle(`tour-${id}`).query('state');
      const ok = t.stops.every((x: any) => x.status === 'notified' && state.stops.find((y: any) => y.id === x.id)?.status === 'notified');
      return ok ? t : undefined;
    }, 30_000, 'villages notified');
  }

  async function timelineHas(client: ApiClient, id: string, event: string) {
    return eventually(async () => {
      const t = await tour(client, id);
      return t.timeline.some((e: any) => e.event === event) ? t : undefined;
    }, 30_000, `tour event ${event}`);
  }

  function recordOutage(s: Setup, body: Record<string, unknown> = {}) {
    return s.office.operator.post('/outages', {
      officeId: s.office.id,
      kind: 'central-system',
      startedAt: new Date(Date.now() - 60_000).toISOString(),
      description: 'Sistem pusat tidak dapat diakses',
      ...body,
    });
  }

  function upload(client: ApiClient, tourId: string, stopId: string, p: { content: Buffer; sha256: string }, serial: string) {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(p.content)]), 'paket-rekam.bin');
    form.set('sha256', p.sha256);
    form.set('residentsCount', '12');
    form.set('deviceSerial', serial);
    form.set('capturedAt', new Date().toISOString());
    return client.http('POST', `/tours/${tourId}/stops/${stopId}/batches`, form);
  }

  async function inbox(client: ApiClient, kind: string, tourId: string) {
    const res = expectOk(await client.get('/notifications?limit=100'));
    return res.items.filter((n: any) => n.kind === kind && n.subjectId === tourId);
  }

  async function notices(tourId: string) {
    return (await stack.db.query(`SELECT stop_id, kind, for_date::text AS for_date FROM tour_notices WHERE tour_id = $1 ORDER BY id`, [tourId])).rows;
  }

  it('a whole-office central-system outage holds the tour (409 naming it, told once, villages postponed) and resuming it moves the stops and tells the villages again', async () => {
    const s = await setup();
    // Holding is the default.
    expect(expectOk(await stack.get(`/offices/${s.office.id}/sla-policy`)).tourOutagePolicy).toBe('hold');
    const t = await runningTour(s, [0, 1, 2]);
    const [a, b, c] = t.stops;
    expect(await notices(t.id)).toHaveLength(3);

    const outage = expectOk(await recordOutage(s), 201);
    // Refused at once, from the moment the outage is recorded, naming it.
    const refused = await s.office.operator.post(`/tours/${t.id}/stops/${a.id}/check-in`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'tour_held_by_outage', outageId: outage.id });
    expect(refused.body.message).toContain(outage.id);

    // The tour hears of it: villages that were told get a postponement; team and managers are told.
    const held = await timelineHas(s.office.operator, t.id, 'held-by-outage');
    expect(held.heldBy.map((o: any) => o.outageId)).toEqual([outage.id]);
    expect(held.heldBy[0]).toMatchObject({ kind: 'central-system', wholeOffice: true });
    expect(held.recordingOffline).toEqual([]);
    await eventually(async () => (await notices(t.id)).filter((n: any) => n.kind === 'postponed').length === 3 || undefined, 30_000, 'postponements');
    const state: any = await stack.temporal.workflow.getHandle(`tour-${t.id}`).query('state');
    expect(state.outageHolds).toEqual([outage.id]);
    // The workflow's own rule refuses too (the API's check passed by, as if the outage were not yet in the database).
    const direct = stack.temporal.workflow.getHandle(`tour-${t.id}`).executeUpdate('checkIn', { args: [{ actor: 'operator-test', role: 'operator', stopId: a.id }] });
    await expect(direct).rejects.toMatchObject({ cause: { type: 'HeldByOutage' } });

    const outageView = expectOk(await s.office.manager.get(`/outages/${outage.id}`));
    expect(outageView.toursHeld).toEqual([expect.objectContaining({ id: t.id, name: t.name, status: 'approved', kitServicePointId: s.kitId })]);

    // Told once: the outage's word arriving again (and the interval's looks) tell nobody twice.
    await stack.temporal.workflow.getHandle(`tour-${t.id}`).signal('outageChanged', { outageId: outage.id });
    await stack.temporal.workflow.getHandle(`tour-${t.id}`).signal('outageChanged', { outageId: outage.id });

    expectOk(await s.office.operator.post(`/outages/${outage.id}/resolve`, {}));
    const resumed = await timelineHas(s.office.operator, t.id, 'outage-resumed');
    expect(resumed.heldBy).toEqual([]);
    // The remaining stops move as after a kit repair: the first no earlier than tomorrow, the others after it.
    expect(resumed.stops.map((x: any) => x.date)).toEqual([addDays(s.today, 1), addDays(s.today, 2), addDays(s.today, 3)]);
    expect(resumed.timeline.filter((e: any) => e.event === 'held-by-outage')).toHaveLength(1);
    expect(await inbox(s.office.operator, 'tour-held-by-outage', t.id)).toHaveLength(1);
    const managerHeard = await inbox(s.office.manager, 'tour-held-by-outage', t.id);
    expect(managerHeard).toHaveLength(1);
    expect(managerHeard[0].body).toContain('sistem pusat');
    expect(await inbox(s.office.manager, 'tour-outage-resumed', t.id)).toHaveLength(1);
    expect(await inbox(s.office.operator, 'tour-outage-resumed', t.id)).toHaveLength(1);
    expect(expectOk(await s.office.manager.get(`/outages/${outage.id}`)).toursHeld).toEqual([]);

    // The villages are told of their new dates, then the team checks in.
    const again = await notified(s.office.operator, t.id);
    const sent = await notices(t.id);
    expect(sent.filter((n: any) => n.kind === 'postponed')).toHaveLength(3);
    const renewed = sent.slice(6);
    expect(renewed.map((n: any) => [n.stop_id, n.for_date])).toEqual([
      [a.id, addDays(s.today, 1)],
      [b.id, addDays(s.today, 2)],
      [c.id, addDays(s.today, 3)],
    ]);
    expect(again.stops.map((x: any) => x.notifiedFor)).toEqual([addDays(s.today, 1), addDays(s.today, 2), addDays(s.today, 3)]);
    expect(expectOk(await s.office.operator.post(`/tours/${t.id}/stops/${a.id}/check-in`)).status).toBe('in-progress');

    // Both ended, their histories are what the replay test keeps of this behaviour.
    expectOk(await s.office.operator.post(`/tours/${t.id}/cancel`, { reason: 'Rekaman riwayat untuk uji replay' }));
    await stack.temporal.workflow.getHandle(`tour-${t.id}`).result();
    await stack.temporal.workflow.getHandle(outage.workflowId).result();
    await stack.recordHistory(`tour-${t.id}`, 'tour-workflow-v3-held-by-outage.json');
    await stack.recordHistory(outage.workflowId, 'outage-workflow-v4-holds-tours.json');
  });

  it('uploads wait while the tour is held, and a batch stored before the outage is neither lost nor refused: it reaches the centre', async () => {
    const s = await setup();
    const t = await runningTour(s, [0, 1]);
    const [a, b] = t.stops;
    expect(expectOk(await s.office.operator.post(`/tours/${t.id}/stops/${a.id}/check-in`)).status).toBe('in-progress');
    // The centre is away when the batch is stored: it waits.
    centre.goDown();
    const before = packet();
    const stored = expectOk(await upload(s.office.operator, t.id, a.id, before, s.kit.camera.serialNumber), 201);

    const outage = expectOk(await recordOutage(s, { kind: 'server', description: 'Server dinas mati' }), 201);
    const refused = await upload(s.office.operator, t.id, a.id, packet(), s.kit.pc.serialNumber);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'tour_held_by_outage', outageId: outage.id });
    const checkIn = await s.office.operator.post(`/tours/${t.id}/stops/${b.id}/check-in`);
    expect([checkIn.status, checkIn.body.code, checkIn.body.outageId]).toEqual([409, 'tour_held_by_outage', outage.id]);
    // The batch stored before is the same batch when its packet is sent again: not refused.
    expect(expectOk(await upload(s.office.operator, t.id, a.id, before, s.kit.camera.serialNumber), 201).id).toBe(stored.id);
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM tour_batches WHERE tour_id = $1`, [t.id])).rows[0].n).toBe(1);
    await timelineHas(s.office.operator, t.id, 'held-by-outage');
    // The stop under way is the team's: it is not postponed, and it can be finished.
    const held = await tour(s.office.operator, t.id);
    expect(held.stops.map((x: any) => x.status)).toEqual(['checked-in', 'planned']);
    expectOk(await s.office.operator.post(`/tours/${t.id}/stops/${a.id}/complete`));

    // The centre answers again (the outage still open): the batch is acknowledged and the stop completed.
    centre.comeBack();
    await eventually(async () => {
      const r = await stack.db.query(`SELECT status FROM tour_batches WHERE id = $1`, [stored.id]);
      return r.rows[0].status === 'acknowledged' || undefined;
    }, 30_000, 'batch acknowledged');
    expect([...centre.accepted.values()].some((d) => d.batchId === stored.id)).toBe(true);
    const done = await eventually(async () => {
      const x = await tour(s.office.operator, t.id);
      return x.stops[0].status === 'completed' ? x : undefined;
    }, 30_000, 'stop completed');
    expect(done.heldBy.map((o: any) => o.outageId)).toEqual([outage.id]);
  });

  it('under proceed-offline the tour runs through the outage: the team is told the centre is down, batches wait for it and sync after', async () => {
    const s = await setup({ tourOutagePolicy: 'proceed-offline' });
    expect(expectOk(await stack.get(`/offices/${s.office.id}/sla-policy`)).tourOutagePolicy).toBe('proceed-offline');
    // A policy that is neither is refused, naming the field, and changes nothing.
    const bad = await stack.http('PUT', `/offices/${s.office.id}/sla-policy`, { triageSeconds: HOUR, repairSeconds: DAY, verificationSeconds: HOUR, reminderIntervalSeconds: 2, tourOutagePolicy: 'ignore' });
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'tourOutagePolicy']);
    expect(expectOk(await stack.get(`/offices/${s.office.id}/sla-policy`)).tourOutagePolicy).toBe('proceed-offline');
    const t = await runningTour(s, [0, 1]);
    const [a] = t.stops;
    centre.goDown();
    const outage = expectOk(await recordOutage(s), 201);
    const told = await timelineHas(s.office.operator, t.id, 'centre-down');
    expect(told.heldBy).toEqual([]);
    expect(told.recordingOffline.map((o: any) => o.outageId)).toEqual([outage.id]);
    expect(expectOk(await s.office.manager.get(`/outages/${outage.id}`)).toursHeld).toEqual([]);

    expect(expectOk(await s.office.operator.post(`/tours/${t.id}/stops/${a.id}/check-in`)).status).toBe('in-progress');
    const batch = expectOk(await upload(s.office.operator, t.id, a.id, packet(), s.kit.camera.serialNumber), 201);
    expectOk(await s.office.operator.post(`/tours/${t.id}/stops/${a.id}/complete`));
    // Waiting for the centre: tried, not answered.
    await eventually(async () => {
      const r = await stack.db.query(`SELECT status, attempts FROM tour_batches WHERE id = $1`, [batch.id]);
      return (r.rows[0].status === 'sent' && r.rows[0].attempts >= 2) || undefined;
    }, 30_000, 'batch waiting for the centre');
    expect((await tour(s.office.operator, t.id)).stops[0].status).toBe('syncing');

    const heard = await inbox(s.office.operator, 'tour-centre-down', t.id);
    expect(heard).toHaveLength(1);
    expect(heard[0].body).toContain('luring');
    expect(await inbox(s.office.manager, 'tour-centre-down', t.id)).toHaveLength(0);
    expect(await inbox(s.office.manager, 'tour-held-by-outage', t.id)).toHaveLength(0);

    // The centre is back and the outage resolved: the batch syncs; nothing was postponed or moved.
    centre.comeBack();
    expectOk(await s.office.operator.post(`/outages/${outage.id}/resolve`, {}));
    await eventually(async () => {
      const x = await tour(s.office.operator, t.id);
      return x.stops[0].status === 'completed' ? x : undefined;
    }, 30_000, 'stop completed after sync');
    expect((await stack.db.query(`SELECT status FROM tour_batches WHERE id = $1`, [batch.id])).rows[0].status).toBe('acknowledged');
    const after = await tour(s.office.operator, t.id);
    expect(after.recordingOffline).toEqual([]);
    expect(after.stops.map((x: any) => x.date)).toEqual([s.today, addDays(s.today, 1)]);
    expect((await notices(t.id)).filter((n: any) => n.kind === 'postponed')).toHaveLength(0);
    expect(after.timeline.map((e: any) => e.event)).not.toContain('held-by-outage');
  });

  it('an outage over another service point does not hold the tour; one over the kit\'s own service point does', async () => {
    const s = await setup();
    const fixed = await createServicePoint(stack, s.office, { name: 'Kantor kecamatan' });
    const t = await runningTour(s, [0, 1]);
    const [a] = t.stops;
    const elsewhere = expectOk(await recordOutage(s, { kind: 'power', servicePointIds: [fixed.id], description: 'Listrik padam di kantor kecamatan' }), 201);
    expect(elsewhere.toursHeld).toEqual([]);
    expect((await tour(s.office.operator, t.id)).heldBy).toEqual([]);
    // Printing only (card stock) never stops recording: it holds nothing either.
    const stock = expectOk(await recordOutage(s, { kind: 'card-stock', description: 'Blanko habis' }), 201);
    expect(stock.toursHeld).toEqual([]);
    expect(expectOk(await s.office.operator.post(`/tours/${t.id}/stops/${a.id}/check-in`)).status).toBe('in-progress');
    expectOk(await s.office.operator.post(`/tours/${t.id}/stops/${a.id}/complete`));

    const overKit = expectOk(await recordOutage(s, { kind: 'power', servicePointIds: [s.kitId], description: 'Aki mobil keliling habis' }), 201);
    expect(overKit.toursHeld.map((x: any) => x.id)).toEqual([t.id]);
    const refused = await s.office.operator.post(`/tours/${t.id}/stops/${t.stops[1].id}/check-in`);
    expect([refused.status, refused.body.code, refused.body.outageId]).toEqual([409, 'tour_held_by_outage', overKit.id]);
    const held = await timelineHas(s.office.operator, t.id, 'held-by-outage');
    expect(held.heldBy).toEqual([expect.objectContaining({ outageId: overKit.id, kind: 'power', wholeOffice: false })]);
    expect(held.timeline.find((e: any) => e.event === 'held-by-outage').details.outageIds).toEqual([overKit.id]);
  });

  it('an outage recorded before the tour was planned holds it once it is approved', async () => {
    const s = await setup();
    const outage = expectOk(await recordOutage(s), 201);
    const planned = expectOk(
      await s.office.operator.post('/tours', {
        officeId: s.office.id,
        name: 'Jemput bola setelah gangguan',
        teamUserIds: [s.operatorId],
        kitServicePointId: s.kitId,
        stops: [{ villageCode: s.villages[0], date: s.today, expectedResidents: 20 }],
      }),
      201,
    );
    expect(planned.heldBy.map((o: any) => o.outageId)).toEqual([outage.id]);
    expectOk(await s.office.manager.post(`/tours/${planned.id}/approve`));
    await timelineHas(s.office.operator, planned.id, 'held-by-outage');
    // Held, the villages are not told of a visit that cannot happen.
    expect(await notices(planned.id)).toHaveLength(0);
    expect(await inbox(s.office.manager, 'tour-held-by-outage', planned.id)).toHaveLength(1);
    expectOk(await s.office.operator.post(`/outages/${outage.id}/resolve`, {}));
    const resumed = await timelineHas(s.office.operator, planned.id, 'outage-resumed');
    expect(resumed.stops[0].date).toBe(addDays(s.today, 1));
    await notified(s.office.operator, planned.id);
  });
});
