import { randomUUID } from 'node:crypto';
import { WITA_PROVINCES } from '../src/common/time-zones';
import { addRecordingSet, createServicePoint, createUser, DEMO_REGENCIES, OfficeFixture, setPolicy } from './support/fixtures';
import { ApiClient, eventually, HttpResult, Stack } from './support/stack';

const HOUR = 3600;
const DAY = 24 * HOUR;

function expectOk(res: HttpResult, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The day of a moment on a WIB clock (the offices of this file are all in WIB), `YYYY-MM-DD`. */
const wibDay = (at: number | string) => new Date(new Date(at).getTime() + 7 * HOUR * 1000).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY * 1000).toISOString().slice(0, 10);

/**
 * The supervisors' and the ministry's views: per regency over a province and per province over the
 * country, what stops recording (service points and kecamatan that cannot record and since when,
 * repair cases open and late, devices out of service longest, outages and backlogs), the letters
 * awaiting the ministry's reply oldest first, and the charts' series; each over the offices the
 * caller may read, a province supervisor's own province only.
 */
describe('oversight of provinces and the country', () => {
  const stack = new Stack();
  /** Offices A and B in province P, C in province Q. */
  let a: OfficeFixture;
  let b: OfficeFixture;
  let c: OfficeFixture;
  let provinceP: string;
  let provinceQ: string;
  let supervisorP: ApiClient;
  let supervisorQ: ApiClient;
  let national: ApiClient;
  /** A's points: 1 and 2 in kecamatan d1 (1's camera broken), 3 in d2 (an outage since two days), a mobile unit alone in d3. */
  let sp: Record<'one' | 'two' | 'three' | 'mobile' | 'b', { id: string; districtCode: string }>;
  let cameraCase: { id: string; openedAt: string };
  let outageStartedAt: string;
  let bOutageStartedAt: string;
  const letters: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

  async function officeAt(regencyCode: string): Promise<OfficeFixture> {
    const office = expectOk(await stack.post('/offices', { regencyCode, name: `Dinas Dukcapil uji ${regencyCode}` }), 201);
    const [operator, operator2, manager] = await Promise.all([
      createUser(stack, 'operator', { officeId: office.id }),
      createUser(stack, 'operator', { officeId: office.id }),
      createUser(stack, 'manager', { officeId: office.id }),
    ]);
    const districts = (await stack.db.query('SELECT code FROM districts WHERE regency_code = $1 ORDER BY code', [regencyCode])).rows.map((r: { code: string }) => r.code);
    return { id: office.id, regencyCode, districts, operator: operator.client, operator2: operator2.client, manager: manager.client };
  }

  async function printer(servicePointId: string): Promise<string> {
    return expectOk(await stack.post('/devices', { servicePointId, kind: 'card-printer', serialNumber: `PR-${randomUUID().slice(0, 10)}`, owner: 'regional' }), 201).id;
  }

  async function report(office: OfficeFixture, deviceId: string, description: string) {
    return expectOk(await office.operator.post('/repairs', { deviceId, description }), 201);
  }

  /** A letter about the case, drafted by the operator, approved by the manager, and (no SMTP here) sent by hand: it awaits the reply. */
  async function letterAwaitingReply(office: OfficeFixture, caseId: string): Promise<string> {
    const id = expectOk(await office.operator.post('/escalations', { repairCaseIds: [caseId] }), 201).id;
    expectOk(await office.manager.post(`/escalations/${id}/approve`));
    await eventually(async () => (await office.manager.get(`/escalations/${id}`)).body.status === 'awaiting-reply', 30_000, 'the letter awaiting its reply');
    return id;
  }

  beforeAll(async () => {
    // The national and province figures count every office: this file's alone.
    await stack.start({ ownDatabase: true });
    // Two WIB provinces with two regencies of three kecamatan or more (this file reads days on a WIB clock).
    const { rows } = await stack.db.query(
      `WITH fit AS (SELECT r.code, r.province_code FROM regencies r
                     WHERE NOT (r.code = ANY($1))
                       AND left(r.code, 2) NOT IN (${WITA_PROVINCES.map((x) => `'${x}'`).join(',')}) AND left(r.code, 1) NOT IN ('8', '9')
                       AND (SELECT count(*) FROM districts d WHERE d.regency_code = r.code) >= 3)
       SELECT province_code, array_agg(code ORDER BY code) AS codes FROM fit GROUP BY 1 HAVING count(*) >= 2 ORDER BY random() LIMIT 2`,
      [DEMO_REGENCIES],
    );
    [provinceP, provinceQ] = rows.map((r: { province_code: string }) => r.province_code);
    [a, b, c] = await Promise.all([officeAt(rows[0].codes[0]), officeAt(rows[0].codes[1]), officeAt(rows[1].codes[0])]);
    const [sp1, sq1, sn] = await Promise.all([
      createUser(stack, 'supervisor', { provinceCode: provinceP }),
      createUser(stack, 'supervisor', { provinceCode: provinceQ }),
      createUser(stack, 'supervisor'),
    ]);
    [supervisorP, supervisorQ, national] = [sp1.client, sq1.client, sn.client];

    // A's cases are late a second after they are reported; B's and C's deadlines are far away.
    await setPolicy(stack, a.id, { triageSeconds: 1, repairSeconds: HOUR, verificationSeconds: HOUR, reminderIntervalSeconds: HOUR, outageEscalationSeconds: 30 * DAY });
    for (const o of [b, c]) await setPolicy(stack, o.id, { triageSeconds: HOUR, repairSeconds: HOUR, verificationSeconds: HOUR, reminderIntervalSeconds: HOUR, outageEscalationSeconds: 30 * DAY });

    const [d1, d2, d3] = a.districts;
    sp = {
      one: await createServicePoint(stack, a, { districtCode: d1 }),
      two: await createServicePoint(stack, a, { districtCode: d1 }),
      three: await createServicePoint(stack, a, { districtCode: d2 }),
      mobile: await createServicePoint(stack, a, { districtCode: d3, kind: 'mobile-unit' }),
      b: await createServicePoint(stack, b, { districtCode: b.districts[0] }),
    };
    const [set1] = await Promise.all([addRecordingSet(stack, sp.one.id), addRecordingSet(stack, sp.two.id), addRecordingSet(stack, sp.three.id), addRecordingSet(stack, sp.b.id)]);
    const printerA = await printer(sp.two.id);
    const [printerB1, printerB2] = [await printer(sp.b.id), await printer(sp.b.id)];

    // A: point 1's camera broken (it cannot record), then point 2's printer (it still records).
    cameraCase = await report(a, set1.camera.id, 'Kamera perekaman mati');
    const printerCase = await report(a, printerA, 'Printer kartu macet');
    // A: an outage over point 3 since two days ago (kecamatan d2 has no other fixed point).
    outageStartedAt = new Date(Date.now() - 2 * DAY * 1000).toISOString();
    expectOk(await a.operator.post('/outages', { officeId: a.id, kind: 'network', servicePointIds: [sp.three.id], startedAt: outageStartedAt, description: 'Jaringan kecamatan putus' }), 201);

    // B: a printer repaired and closed; another reported; an outage of the whole office, resolved with a backlog.
    const closing = await report(b, printerB1, 'Printer kartu tidak menarik blanko');
    expectOk(await b.operator.post(`/repairs/${closing.id}/triage`, { assessment: 'fix-on-site' }));
    expectOk(await b.operator.post(`/repairs/${closing.id}/mark-repaired`, {}));
    expectOk(await b.manager.post(`/repairs/${closing.id}/verify`, { working: true }));
    const openB = await report(b, printerB2, 'Printer kartu rusak');
    bOutageStartedAt = new Date(Date.now() - 600_000).toISOString();
    const outageB = expectOk(await b.operator.post('/outages', { officeId: b.id, kind: 'power', startedAt: bOutageStartedAt, description: 'Listrik padam' }), 201);
    expectOk(await b.operator.post(`/outages/${outageB.id}/resolve`, { backlog: 120 }));

    // C: a printer case, for its letter.
    const spC = await createServicePoint(stack, c, { districtCode: c.districts[0] });
    const openC = await report(c, await printer(spC.id), 'Printer kartu rusak');

    // Letters awaiting the reply: A's first, then B's, then C's.
    letters.a = await letterAwaitingReply(a, printerCase.id);
    letters.b = await letterAwaitingReply(b, openB.id);
    letters.c = await letterAwaitingReply(c, openC.id);

    await eventually(async () => (await b.manager.get(`/repairs/${closing.id}`)).body.status === 'closed', 30_000, "B's printer case closed");
    await eventually(async () => (await b.manager.get(`/outages/${outageB.id}`)).body.status === 'recovering', 30_000, "B's outage resolved");
    // Both of A's cases past their deadline (the workflow records it).
    await eventually(async () => (await a.manager.get(`/dashboard`)).body.repairs?.stalled === 2, 30_000, "A's cases late");
  });
  afterAll(() => stack.stop());

  it("shows a province per regency: what cannot record and since when, the kecamatan down, cases open and late, devices out longest, outages, backlogs and letters", async () => {
    const view = expectOk(await supervisorP.get(`/oversight/provinces/${provinceP}?top=1`));
    expect(view.province.code).toBe(provinceP);
    expect(view.regencies.map((r: { officeId: string }) => r.officeId).sort()).toEqual([a.id, b.id].sort());
    const ra = view.regencies.find((r: { officeId: string }) => r.officeId === a.id);
    const rb = view.regencies.find((r: { officeId: string }) => r.officeId === b.id);
    // A leads: it has a kecamatan down.
    expect(view.regencies[0].officeId).toBe(a.id);
    expect(ra).toMatchObject({
      code: a.regencyCode,
      timeZone: 'Asia/Jakarta',
      today: wibDay(Date.now()),
      // Points 1 and 3, and the mobile unit (no devices) cannot record; point 2 can.
      servicePoints: 4,
      servicePointsDown: 3,
      // Point 3 since its outage began, two days ago on the office's calendar.
      oldestDownSince: outageStartedAt,
      oldestDownDays: 2,
      // d2 only: d1 still has point 2; d3 has only a mobile unit.
      districtsDown: 1,
      openRepairs: 2,
      stalledRepairs: 2,
      devicesOutOfService: 2,
      openOutages: 1,
      recoveringOutages: 0,
      backlogRemaining: 0,
      lettersAwaitingReply: 1,
    });
    // top=1: the camera, reported first.
    expect(ra.longestOutOfService).toEqual([
      expect.objectContaining({ kind: 'camera', status: 'broken', servicePointId: sp.one.id, repairCaseId: cameraCase.id, since: cameraCase.openedAt, days: 0 }),
    ]);
    expect(rb).toMatchObject({
      servicePoints: 1,
      servicePointsDown: 0,
      oldestDownSince: null,
      oldestDownDays: null,
      districtsDown: 0,
      openRepairs: 1,
      stalledRepairs: 0,
      devicesOutOfService: 1,
      openOutages: 0,
      recoveringOutages: 1,
      backlogRemaining: 120,
      lettersAwaitingReply: 1,
    });
    expect(view.districtsDown).toEqual([
      {
        code: a.districts[1],
        name: expect.any(String),
        regencyCode: a.regencyCode,
        officeId: a.id,
        officeName: expect.any(String),
        timeZone: 'Asia/Jakarta',
        servicePoints: 1,
        since: outageStartedAt,
        days: 2,
      },
    ]);
    expect(view.totals).toMatchObject({
      servicePoints: 5,
      servicePointsDown: 3,
      oldestDownSince: outageStartedAt,
      districtsDown: 1,
      openRepairs: 3,
      stalledRepairs: 2,
      devicesOutOfService: 3,
      openOutages: 1,
      recoveringOutages: 1,
      backlogRemaining: 120,
      lettersAwaitingReply: 2,
    });
    // Coverage as the coverage roll-up counts it, per regency.
    const coverage = expectOk(await supervisorP.get(`/coverage/provinces/${provinceP}`));
    for (const r of coverage.regencies) {
      const { code: _c, name: _n, officeId, officeName: _o, ...figures } = r;
      expect(view.regencies.find((x: { officeId: string }) => x.officeId === officeId).coverage).toEqual(figures);
    }
    // The kecamatan furthest behind: over the counted villages (the import), most not yet recorded
    // first, each with the figures of the office's own coverage per kecamatan; a kecamatan without a count is not listed.
    expect(view.districtsBehind).toEqual([]);
    const [d1, d2] = a.districts;
    const villageOf = async (district: string) => (await stack.db.query('SELECT code FROM villages WHERE district_code = $1 ORDER BY code LIMIT 1', [district])).rows[0].code;
    const csv = `village_code,unrecorded,required_total\n${await villageOf(d1)},300,500\n${await villageOf(d2)},700,1000\n`;
    expectOk(await a.operator.http('POST', `/offices/${a.id}/unrecorded-residents`, csv, { 'content-type': 'text/csv' }));
    const behind = expectOk(await supervisorP.get(`/oversight/provinces/${provinceP}`)).districtsBehind;
    expect(behind.map((d: { code: string }) => d.code)).toEqual([d2, d1]);
    const perDistrict = expectOk(await a.operator.get(`/offices/${a.id}/coverage`)).districts;
    for (const d of behind) expect(d).toEqual({ ...perDistrict.find((x: { code: string }) => x.code === d.code), regencyCode: a.regencyCode });
    expect(behind[0]).toMatchObject({ notYetRecorded: 700, requiredTotal: 1000, coveragePercent: 30 });
    // The default lists up to five devices per office.
    const five = expectOk(await supervisorP.get(`/oversight/provinces/${provinceP}`));
    expect(five.regencies.find((r: { officeId: string }) => r.officeId === a.id).longestOutOfService.map((d: { kind: string }) => d.kind)).toEqual(['camera', 'card-printer']);
  });

  it('sums each province over the country for national supervisors and admins, and shows a province supervisor theirs alone', async () => {
    for (const reader of [national, stack.admin]) {
      const view = expectOk(await reader.get('/oversight'));
      expect(view.provinces.map((p: { code: string }) => p.code)).toEqual([provinceP, provinceQ]);
      expect(view.provinces[0]).toMatchObject({ offices: 2, servicePoints: 5, servicePointsDown: 3, districtsDown: 1, openRepairs: 3, stalledRepairs: 2, oldestDownSince: outageStartedAt, oldestDownDays: 2, backlogRemaining: 120, lettersAwaitingReply: 2 });
      // C: a point without devices (cannot record, in a kecamatan of its own) and a printer case.
      expect(view.provinces[1]).toMatchObject({ offices: 1, servicePoints: 1, servicePointsDown: 1, districtsDown: 1, openRepairs: 1, stalledRepairs: 0, lettersAwaitingReply: 1 });
      expect(view.totals).toMatchObject({ servicePoints: 6, servicePointsDown: 4, districtsDown: 2, openRepairs: 4, lettersAwaitingReply: 3 });
    }
    const own = expectOk(await supervisorP.get('/oversight'));
    expect(own.provinces.map((p: { code: string }) => p.code)).toEqual([provinceP]);
    expect(own.totals.servicePoints).toBe(5);
  });

  it("answers another province like a missing one, and refuses the offices' staff", async () => {
    for (const url of [`/oversight/provinces/${provinceQ}`, `/oversight/provinces/${provinceQ}/series`, `/oversight/letters-awaiting-reply?province=${provinceQ}`]) {
      const res = await supervisorP.get(url);
      expect({ url, status: res.status, code: res.body.code }).toEqual({ url, status: 404, code: 'not_found' });
    }
    expect((await supervisorQ.get(`/oversight/provinces/${provinceP}`)).status).toBe(404);
    expect((await national.get('/oversight/provinces/99')).status).toBe(404);
    for (const client of [a.operator, a.manager]) {
      for (const url of ['/oversight', `/oversight/provinces/${provinceP}`, `/oversight/provinces/${provinceP}/series`, '/oversight/letters-awaiting-reply']) {
        const res = await client.get(url);
        expect({ url, status: res.status, code: res.body.code }).toEqual({ url, status: 403, code: 'forbidden' });
      }
    }
    // A supervisor's API key reads its office: that office's province, and no other.
    const created = expectOk(await stack.post('/api-keys', { name: `oversight-${randomUUID().slice(0, 8)}`, role: 'supervisor', officeId: a.id }), 201);
    const integration = stack.client(undefined, { 'x-api-key': created.key });
    const own = expectOk(await integration.get(`/oversight/provinces/${provinceP}`));
    expect(own.regencies.map((r: { officeId: string }) => r.officeId)).toEqual([a.id]);
    expect((await integration.get(`/oversight/provinces/${provinceQ}`)).status).toBe(404);
    // A supervisor's own province with no office yet is empty, not missing.
    const [{ code: empty }] = (
      await stack.db.query(`SELECT code FROM provinces p WHERE NOT EXISTS (SELECT 1 FROM offices o WHERE left(o.regency_code, 2) = p.code) ORDER BY code LIMIT 1`)
    ).rows;
    const lonely = (await createUser(stack, 'supervisor', { provinceCode: empty })).client;
    expect(expectOk(await lonely.get(`/oversight/provinces/${empty}`))).toMatchObject({ regencies: [], districtsDown: [], totals: { servicePoints: 0, oldestDownSince: null } });
    expect(expectOk(await lonely.get('/oversight'))).toMatchObject({ provinces: [], totals: { servicePoints: 0 } });
  });

  it('refuses bad input naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['/oversight/provinces/5', 'code'],
      [`/oversight/provinces/${provinceP}?top=0`, 'top'],
      [`/oversight/provinces/${provinceP}?top=51`, 'top'],
      [`/oversight/provinces/${provinceP}/series?days=0`, 'days'],
      [`/oversight/provinces/${provinceP}/series?days=367`, 'days'],
      [`/oversight/provinces/${provinceP}/series?days=7.5`, 'days'],
      ['/oversight/letters-awaiting-reply?province=5x', 'province'],
      ['/oversight/letters-awaiting-reply?limit=101', 'limit'],
    ];
    for (const [url, field] of cases) {
      const res = await national.get(url);
      expect({ url, status: res.status, code: res.body.code, fields: res.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ url, status: 400, code: 'validation_failed', fields: [field] });
    }
  });

  it('lists the letters awaiting the reply, the longest waiting first, with their rounds, over the provinces the caller may read', async () => {
    const all = expectOk(await national.get('/oversight/letters-awaiting-reply'));
    expect(all.items.map((l: { id: string }) => l.id)).toEqual([letters.a, letters.b, letters.c]);
    expect(all.total).toBe(3);
    const [first] = all.items;
    const [letter] = (await stack.db.query(`SELECT number, letter_date::text AS day, approved_at FROM escalation_letters WHERE escalation_id = $1`, [letters.a])).rows;
    expect(first).toMatchObject({
      officeId: a.id,
      regencyCode: a.regencyCode,
      timeZone: 'Asia/Jakarta',
      round: 1,
      // Sent by hand (no SMTP): it waits since it was approved and numbered.
      waitingSince: letter.approved_at.toISOString(),
      daysWaiting: 0,
      solvedAt: null,
      rounds: [{ round: 1, number: letter.number, letterDate: letter.day, sentAt: null }],
    });
    // A province supervisor: their province's letters only; any caller may narrow to a province they read.
    expect(expectOk(await supervisorP.get('/oversight/letters-awaiting-reply')).items.map((l: { id: string }) => l.id)).toEqual([letters.a, letters.b]);
    expect(expectOk(await national.get(`/oversight/letters-awaiting-reply?province=${provinceQ}`)).items.map((l: { id: string }) => l.id)).toEqual([letters.c]);
    // Paged: one a page, in the same order.
    const second = expectOk(await national.get('/oversight/letters-awaiting-reply?limit=1&page=2'));
    expect({ ids: second.items.map((l: { id: string }) => l.id), total: second.total, page: second.page, limit: second.limit }).toEqual({ ids: [letters.b], total: 3, page: 2, limit: 1 });
    // Answered: no longer awaiting.
    expectOk(await c.manager.post(`/escalations/${letters.c}/reply`, { receivedAt: new Date().toISOString(), reference: 'B-123/Dukcapil', summary: 'Perangkat pengganti dikirim' }));
    await eventually(async () => (await national.get('/oversight/letters-awaiting-reply')).body.total === 2, 30_000, 'the answered letter off the board');
  });

  it("gives the charts' series: service points unable to record per day, and time to repair per office", async () => {
    const s = expectOk(await supervisorP.get(`/oversight/provinces/${provinceP}/series?days=5`));
    const today = wibDay(Date.now());
    expect(s.servicePointsDown.map((d: { date: string }) => d.date)).toEqual([-4, -3, -2, -1, 0].map((n) => addDays(today, n)));
    // Point 3 (its outage) since two days ago; today also point 1 (its camera), the mobile unit (no devices) and B's point (its power cut of ten minutes ago).
    const expected = (day: string) =>
      (day >= wibDay(outageStartedAt) ? 1 : 0) + (day === today ? 2 : 0) + (day >= wibDay(bOutageStartedAt) ? 1 : 0);
    expect(s.servicePointsDown).toEqual(s.servicePointsDown.map((d: { date: string }) => ({ date: d.date, servicePointsDown: expected(d.date) })));
    // B closed one case within minutes; A closed none.
    const tb = s.timeToRepair.find((r: { officeId: string }) => r.officeId === b.id);
    const ta = s.timeToRepair.find((r: { officeId: string }) => r.officeId === a.id);
    expect(tb).toMatchObject({ code: b.regencyCode, closedCases: 1, medianDays: 0, p90Days: 0 });
    expect(ta).toMatchObject({ closedCases: 0, medianDays: null, p90Days: null });
    expect(s.days).toBe(5);
  });
});
