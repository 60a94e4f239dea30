import { WITA_PROVINCES } from '../src/common/time-zones';
import { createHash, randomBytes } from 'node:crypto';
import { CentralServer } from './support/central';
import { addRecordingSet, createServicePoint, createUser, DEMO_REGENCIES, OfficeFixture, setPolicy } from './support/fixtures';
import { ApiClient, eventually, HttpResult, Stack } from './support/stack';
import { addDays } from './support/days';

const HOUR = 3600;
const DAY = 24 * HOUR;

function expectOk(res: HttpResult, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The CSV as rows of cells (RFC 4180 quoting), for reading answers back. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  if (cell || row.length) throw new Error('the CSV does not end with CRLF');
  return rows;
}

/**
 * Coverage where it is: an office's required, recorded and not yet recorded residents per kecamatan
 * after a tour's batches reach the centre, a kecamatan's villages, the same as CSV, and the
 * supervisors' roll-ups per regency of their province and per province of the country.
 */
describe('coverage per kecamatan, regency and province', () => {
  const centre = new CentralServer();
  let stack: Stack;
  let today: string;
  /** Two offices in one province (A, B), one in another (C). */
  let a: OfficeFixture;
  let b: OfficeFixture;
  let c: OfficeFixture;
  let provinceP: string;
  let provinceQ: string;
  /** A's counted villages: v1 and v2 in kecamatan d1, v3 and v4 in d2. */
  let d1: string;
  let d2: string;
  let v: string[];
  let supervisorP: ApiClient;
  let supervisorQ: ApiClient;
  let nationalSupervisor: ApiClient;
  /** A's coverage after the import, before the tour. */
  let before: any;

  async function officeAt(regencyCode: string, name = `Dinas Dukcapil uji ${regencyCode}`): Promise<OfficeFixture> {
    const office = expectOk(await stack.post('/offices', { regencyCode, name }), 201);
    const [operator, operator2, manager] = await Promise.all([
      createUser(stack, 'operator', { officeId: office.id }),
      createUser(stack, 'operator', { officeId: office.id }),
      createUser(stack, 'manager', { officeId: office.id }),
    ]);
    const districts = (await stack.db.query('SELECT code FROM districts WHERE regency_code = $1 ORDER BY code', [regencyCode])).rows.map((r: { code: string }) => r.code);
    return { id: office.id, regencyCode, districts, operator: operator.client, operator2: operator2.client, manager: manager.client };
  }

  async function importCounts(office: OfficeFixture, csv: string) {
    return expectOk(await office.operator.http('POST', `/offices/${office.id}/unrecorded-residents`, csv, { 'content-type': 'text/csv' }));
  }

  async function villagesOf(district: string): Promise<string[]> {
    return (await stack.db.query('SELECT code FROM villages WHERE district_code = $1 ORDER BY code', [district])).rows.map((r: { code: string }) => r.code);
  }

  beforeAll(async () => {
    await centre.start();
    stack = new Stack({ CENTRAL_INGEST_URL: centre.url, CENTRAL_RETRY_INITIAL_MS: '100', CENTRAL_RETRY_MAX_MS: '400' });
    // The roll-ups count every office of a province and of the country: this file's alone.
    await stack.start({ ownDatabase: true });
    today = (await stack.db.query(`SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date::text AS d`)).rows[0].d;
    // A province with two regencies of at least three kecamatan (two of them with three villages or more), and another province;
    // both in WIB (this test reads today in Asia/Jakarta), and with no office yet (the file has a database of its own).
    const { rows } = await stack.db.query(
      `WITH fit AS (SELECT r.code, r.province_code FROM regencies r
                     WHERE NOT (r.code = ANY($1))
                       AND left(r.code, 2) NOT IN (${WITA_PROVINCES.map((x) => `'${x}'`).join(',')}) AND left(r.code, 1) NOT IN ('8', '9')
                       AND NOT EXISTS (SELECT 1 FROM offices o WHERE left(o.regency_code, 2) = r.province_code)
                       AND (SELECT count(*) FROM districts d WHERE d.regency_code = r.code) >= 3
                       AND (SELECT count(*) FROM districts d WHERE d.regency_code = r.code
                             AND (SELECT count(*) FROM villages v WHERE v.district_code = d.code) >= 3) >= 2)
       SELECT province_code, array_agg(code ORDER BY code) AS codes FROM fit GROUP BY 1 HAVING count(*) >= 2 ORDER BY random() LIMIT 2`,
      [DEMO_REGENCIES],
    );
    [provinceP, provinceQ] = rows.map((r: { province_code: string }) => r.province_code);
    [a, b, c] = await Promise.all([
      officeAt(rows[0].codes[0]),
      // A name a spreadsheet must not take for a formula, with a quote and a comma to escape.
      officeAt(rows[0].codes[1], `=Dinas "Dukcapil", uji ${rows[0].codes[1]}`),
      officeAt(rows[1].codes[0]),
    ]);
    const [sp, sq, sn] = await Promise.all([
      createUser(stack, 'supervisor', { provinceCode: provinceP }),
      createUser(stack, 'supervisor', { provinceCode: provinceQ }),
      createUser(stack, 'supervisor'),
    ]);
    [supervisorP, supervisorQ, nationalSupervisor] = [sp.client, sq.client, sn.client];

    const districtsWithVillages = (
      await stack.db.query(
        `SELECT d.code FROM districts d WHERE d.regency_code = $1 AND (SELECT count(*) FROM villages v WHERE v.district_code = d.code) >= 3 ORDER BY d.code LIMIT 2`,
        [a.regencyCode],
      )
    ).rows.map((r: { code: string }) => r.code);
    [d1, d2] = districtsWithVillages;
    const [inD1, inD2] = await Promise.all([villagesOf(d1), villagesOf(d2)]);
    v = [inD1[0], inD1[1], inD2[0], inD2[1]];
    // v4 gives no required total: it counts in what is left, not in the required and recorded.
    await importCounts(a, `kode_desa,belum_rekam,wajib_ktp\n${v[0]},120,900\n${v[1]},80,500\n${v[2]},150,700\n${v[3]},10,\n`);
    const bVillage = (await stack.db.query(`SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT 1`, [b.regencyCode])).rows[0].code;
    const cVillage = (await stack.db.query(`SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT 1`, [c.regencyCode])).rows[0].code;
    await importCounts(b, `village_code,unrecorded,required_total\n${bVillage},40,300\n`);
    await importCounts(c, `village_code,unrecorded,required_total\n${cVillage},500,800\n`);
    before = expectOk(await a.manager.get(`/offices/${a.id}/coverage`));
    await tourThroughD1();
  });
  afterAll(async () => {
    await stack.stop();
    await centre.stop();
  });

  function upload(client: ApiClient, tourId: string, stopId: string, residents: number, serial: string) {
    const content = randomBytes(1024);
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(content)]), 'paket-rekam.bin');
    form.set('sha256', createHash('sha256').update(content).digest('hex'));
    form.set('residentsCount', String(residents));
    form.set('deviceSerial', serial);
    form.set('capturedAt', new Date().toISOString());
    return client.http('POST', `/tours/${tourId}/stops/${stopId}/batches`, form);
  }

  /** A tour of office A to v1 and v2 (kecamatan d1): 60 + 40 recorded at v1, 90 at v2 (more than its 80), one batch rejected. */
  async function tourThroughD1() {
    await setPolicy(stack, a.id, {
      triageSeconds: HOUR,
      repairSeconds: DAY,
      verificationSeconds: HOUR,
      reminderIntervalSeconds: HOUR,
      approvalReminderSeconds: HOUR,
      approvalSupervisorAfterSeconds: DAY,
      // Every stop is notified at approval, whichever day it is in the office's zone.
      tourNoticeLeadSeconds: 10 * DAY,
    });
    const kitPoint = await createServicePoint(stack, a, { kind: 'mobile-unit', name: 'Mobil perekaman keliling' });
    const kit = await addRecordingSet(stack, kitPoint.id);
    const operatorId = (await a.operator.get('/auth/me')).body.id;
    const planned = expectOk(
      await a.operator.post('/tours', {
        officeId: a.id,
        name: 'Jemput bola kecamatan',
        teamUserIds: [operatorId],
        kitServicePointId: kitPoint.id,
        stops: [
          { villageCode: v[0], date: addDays(today, 2) },
          { villageCode: v[1], date: addDays(today, 3) },
        ],
      }),
      201,
    );
    expectOk(await a.manager.post(`/tours/${planned.id}/approve`));
    await eventually(async () => {
      const t = (await a.operator.get(`/tours/${planned.id}`)).body;
      const state: any = await stack.temporal.workflow.getHandle(`tour-${planned.id}`).query('state');
      return t.stops.every((s: any) => s.status === 'notified' && state.stops.find((x: any) => x.id === s.id)?.status === 'notified') || undefined;
    }, 30_000, 'villages notified');
    const [stop1, stop2] = planned.stops;
    expectOk(await a.operator.post(`/tours/${planned.id}/stops/${stop1.id}/check-in`));
    expectOk(await upload(a.operator, planned.id, stop1.id, 60, kit.camera.serialNumber), 201);
    expectOk(await upload(a.operator, planned.id, stop1.id, 40, kit.pc.serialNumber), 201);
    expectOk(await a.operator.post(`/tours/${planned.id}/stops/${stop1.id}/complete`));
    await eventually(async () => (await a.operator.get(`/tours/${planned.id}`)).body.stops[0].status === 'completed' || undefined, 30_000, 'stop 1 completed');
    expectOk(await a.operator.post(`/tours/${planned.id}/stops/${stop2.id}/check-in`));
    expectOk(await upload(a.operator, planned.id, stop2.id, 90, kit.camera.serialNumber), 201);
    // Rejected by the centre: not recorded.
    const content = randomBytes(1024);
    const sha256 = createHash('sha256').update(content).digest('hex');
    centre.rejectChecksum(sha256, 'foto tidak jelas');
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(content)]), 'paket.bin');
    form.set('sha256', sha256);
    form.set('residentsCount', '7');
    form.set('deviceSerial', kit.pc.serialNumber);
    form.set('capturedAt', new Date().toISOString());
    expectOk(await a.operator.http('POST', `/tours/${planned.id}/stops/${stop2.id}/batches`, form), 201);
    await eventually(async () => {
      const r = (await a.manager.get(`/tours/${planned.id}/report`)).body;
      return (r.totals.batches.acknowledged === 3 && r.totals.batches.rejected === 1) || undefined;
    }, 30_000, 'the batches answered by the centre');
  }

  it('breaks the office down per kecamatan after a tour, most not yet recorded first, with a kecamatan’s villages on request', async () => {
    // Before the tour, d1 had the most left (120 + 80 against 150 + 10).
    expect(before.districts.slice(0, 2).map((d: any) => [d.code, d.notYetRecorded])).toEqual([
      [d1, 200],
      [d2, 160],
    ]);
    const coverage = expectOk(await a.manager.get(`/offices/${a.id}/coverage`));
    // The office's totals keep their fields and meaning.
    expect(coverage).toMatchObject({ officeId: a.id, villagesCounted: 4, requiredTotal: 2100, notYetRecorded: 20 + 0 + 150 + 10, recorded: 2100 - (20 + 0 + 150), recordedByToursSinceImport: 100 + 80 });
    expect(coverage.trend.length).toBeGreaterThan(0);
    // Every kecamatan of the regency, now d2 first: what the tour left in d1 is less.
    const districts = (await stack.db.query(`SELECT d.code, d.name, count(v.code)::int AS n FROM districts d JOIN villages v ON v.district_code = d.code WHERE d.regency_code = $1 GROUP BY 1, 2`, [a.regencyCode])).rows;
    expect(coverage.districts).toHaveLength(districts.length);
    expect(coverage.districts[0]).toEqual({
      code: d2,
      name: districts.find((d: any) => d.code === d2).name,
      villagesTotal: districts.find((d: any) => d.code === d2).n,
      villagesCounted: 2,
      requiredTotal: 700,
      recorded: 550,
      notYetRecorded: 160,
      recordedByToursSinceImport: 0,
      coveragePercent: 78.6,
    });
    expect(coverage.districts[1]).toEqual({
      code: d1,
      name: districts.find((d: any) => d.code === d1).name,
      villagesTotal: districts.find((d: any) => d.code === d1).n,
      villagesCounted: 2,
      requiredTotal: 1400,
      recorded: 1380,
      notYetRecorded: 20,
      recordedByToursSinceImport: 180,
      coveragePercent: 98.6,
    });
    for (const rest of coverage.districts.slice(2)) expect(rest).toMatchObject({ villagesCounted: 0, requiredTotal: null, recorded: null, notYetRecorded: 0, coveragePercent: null });
    const left = coverage.districts.map((d: any) => d.notYetRecorded);
    expect(left).toEqual([...left].sort((x, y) => y - x));
    // The kecamatan add up to the office.
    expect(coverage.districts.reduce((n: number, d: any) => n + d.notYetRecorded, 0)).toBe(coverage.notYetRecorded);
    expect(coverage).not.toHaveProperty('district');

    // d1's villages: v1 (20 left), v2 (none left: the tour recorded more than its count), then those never counted.
    const withVillages = expectOk(await a.operator.get(`/offices/${a.id}/coverage?district=${d1}`));
    expect(withVillages.districts).toEqual(coverage.districts);
    const inD1 = await villagesOf(d1);
    expect(withVillages.district).toMatchObject({ code: d1, notYetRecorded: 20, villagesTotal: inD1.length });
    expect(withVillages.district.villages).toHaveLength(inD1.length);
    expect(withVillages.district.villages[0]).toMatchObject({ code: v[0], counted: true, unrecordedAtImport: 120, requiredTotal: 900, recorded: 880, notYetRecorded: 20, recordedByToursSinceImport: 100, coveragePercent: 97.8 });
    expect(withVillages.district.villages[1]).toMatchObject({ code: v[1], counted: true, unrecordedAtImport: 80, requiredTotal: 500, recorded: 500, notYetRecorded: 0, recordedByToursSinceImport: 80, coveragePercent: 100 });
    expect(Date.parse(withVillages.district.villages[0].importedAt)).toBeGreaterThan(Date.now() - 3600_000);
    const uncounted = withVillages.district.villages.slice(2);
    expect(uncounted.map((x: any) => x.code)).toEqual(inD1.filter((code) => !v.includes(code)));
    for (const x of uncounted) expect(x).toMatchObject({ counted: false, importedAt: null, unrecordedAtImport: null, notYetRecorded: null, recorded: null });
    // A kecamatan without a required total in one village: v3 first, v4 without required and recorded.
    const d2Villages = expectOk(await a.operator.get(`/offices/${a.id}/coverage?district=${d2}`)).district.villages;
    expect(d2Villages.slice(0, 2).map((x: any) => [x.code, x.notYetRecorded, x.requiredTotal, x.recorded])).toEqual([
      [v[2], 150, 700, 550],
      [v[3], 10, null, null],
    ]);
  });

  it('refuses a district that is not a kecamatan of the office’s regency, naming district', async () => {
    const elsewhere = b.districts[0];
    for (const [query, code] of [
      [`district=${elsewhere}`, 'invalid_input'],
      ['district=99.99.99', 'invalid_input'],
      ['district=kecamatan', 'validation_failed'],
      ['district=', 'validation_failed'],
    ]) {
      for (const path of ['coverage', 'coverage.csv']) {
        const res = await a.operator.get(`/offices/${a.id}/${path}?${query}`);
        expect({ query, path, status: res.status, code: res.body.code, field: res.body.field ?? res.body.errors?.[0]?.field }).toEqual({ query, path, status: 400, code, field: 'district' });
      }
    }
  });

  it('answers the breakdown as CSV, per kecamatan or per village of one, with a total row', async () => {
    const json = expectOk(await a.manager.get(`/offices/${a.id}/coverage`));
    const res = await a.manager.get(`/offices/${a.id}/coverage.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="cakupan-${a.regencyCode}.csv"`);
    const rows = csvRows(String(res.body));
    expect(rows[0]).toEqual(['kode_kecamatan', 'kecamatan', 'jumlah_desa', 'desa_terdata', 'wajib_ktp', 'sudah_rekam', 'belum_rekam', 'direkam_tur', 'persen_cakupan']);
    expect(rows).toHaveLength(json.districts.length + 2);
    const first = json.districts[0];
    expect(rows[1]).toEqual([d2, first.name, String(first.villagesTotal), '2', '700', '550', '160', '0', '78.6']);
    // Kecamatan without counts: empty cells where the JSON says null.
    expect(rows[3].slice(3)).toEqual(['0', '', '', '0', '0', '']);
    const villagesTotal = json.districts.reduce((n: number, d: any) => n + d.villagesTotal, 0);
    expect(rows[rows.length - 1]).toEqual(['', 'JUMLAH', String(villagesTotal), '4', '2100', '1930', '180', '180', '91.9']);

    const perVillage = await a.manager.get(`/offices/${a.id}/coverage.csv?district=${d1}`);
    expect(perVillage.headers.get('content-disposition')).toBe(`attachment; filename="cakupan-${d1}.csv"`);
    const vrows = csvRows(String(perVillage.body));
    expect(vrows[0]).toEqual(['kode_desa', 'desa', 'kode_kecamatan', 'kecamatan', 'terdata', 'wajib_ktp', 'sudah_rekam', 'belum_rekam', 'direkam_tur', 'persen_cakupan', 'belum_rekam_saat_impor']);
    expect(vrows[1]).toEqual([v[0], expect.any(String), d1, json.districts[1].name, 'ya', '900', '880', '20', '100', '97.8', '120']);
    expect(vrows[3].slice(4)).toEqual(['tidak', '', '', '', '', '', '']);
    expect(vrows[vrows.length - 1]).toEqual(['', 'JUMLAH', d1, json.districts[1].name, '', '1400', '1380', '20', '180', '98.6', '']);
    expect(vrows).toHaveLength((await villagesOf(d1)).length + 2);
  });

  it('rolls up per regency over a supervisor’s own province only', async () => {
    const view = expectOk(await supervisorP.get(`/coverage/provinces/${provinceP}`));
    const [extent] = (
      await stack.db.query(
        `SELECT p.name, (SELECT count(*)::int FROM regencies WHERE province_code = p.code) AS regencies, (SELECT count(*)::int FROM villages WHERE code LIKE p.code || '.%') AS villages FROM provinces p WHERE p.code = $1`,
        [provinceP],
      )
    ).rows;
    expect(view.province).toEqual({ code: provinceP, name: extent.name });
    // A (180 left) before B (40 left).
    expect(view.regencies.map((r: any) => [r.code, r.officeId, r.notYetRecorded, r.requiredTotal, r.recorded])).toEqual([
      [a.regencyCode, a.id, 180, 2100, 1930],
      [b.regencyCode, b.id, 40, 300, 260],
    ]);
    expect(view.regencies[1].officeName).toBe(`=Dinas "Dukcapil", uji ${b.regencyCode}`);
    expect(view.totals).toEqual({
      villagesTotal: extent.villages,
      villagesCounted: 5,
      requiredTotal: 2400,
      recorded: 2190,
      notYetRecorded: 220,
      recordedByToursSinceImport: 180,
      coveragePercent: 91.3,
      regenciesTotal: extent.regencies,
      offices: 2,
      officesReporting: 2,
    });
    // The regency's villages are its own, and match the office's breakdown.
    const aCoverage = expectOk(await a.manager.get(`/offices/${a.id}/coverage`));
    expect(view.regencies[0].villagesTotal).toBe(aCoverage.districts.reduce((n: number, d: any) => n + d.villagesTotal, 0));

    // Another province answers exactly like a missing one; a malformed code names the field.
    const other = await supervisorP.get(`/coverage/provinces/${provinceQ}`);
    const missing = await supervisorP.get('/coverage/provinces/99');
    expect([other.status, other.body.code]).toEqual([404, 'not_found']);
    expect({ ...other.body, id: undefined, message: undefined }).toEqual({ ...missing.body, id: undefined, message: undefined });
    expect((await supervisorP.get(`/coverage/provinces/${provinceQ}.csv`)).status).toBe(404);
    const malformed = await supervisorP.get('/coverage/provinces/5x');
    expect([malformed.status, malformed.body.errors?.[0]?.field]).toEqual([400, 'code']);
    // Office staff have no roll-up at all.
    for (const client of [a.operator, a.manager]) {
      expect((await client.get(`/coverage/provinces/${provinceP}`)).status).toBe(403);
      expect((await client.get('/coverage')).status).toBe(403);
    }
    // As CSV: the office name is quoted and cannot start a formula.
    const csv = await supervisorP.get(`/coverage/provinces/${provinceP}.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="cakupan-provinsi-${provinceP}.csv"`);
    const text = String(csv.body);
    expect(text).toContain(`,"'=Dinas ""Dukcapil"", uji ${b.regencyCode}",`);
    const rows = csvRows(text);
    expect(rows[0]).toEqual(['kode_kabupaten_kota', 'kabupaten_kota', 'kantor', 'jumlah_desa', 'desa_terdata', 'wajib_ktp', 'sudah_rekam', 'belum_rekam', 'direkam_tur', 'persen_cakupan']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[7]])).toEqual([
      [a.regencyCode, `Dinas Dukcapil uji ${a.regencyCode}`, '180'],
      [b.regencyCode, `'=Dinas "Dukcapil", uji ${b.regencyCode}`, '40'],
      ['', '2', '220'],
    ]);
  });

  it('rolls up per province nationally for admins and national supervisors, and a province’s supervisor sees only theirs', async () => {
    // Other test files share this database: their offices are in the country too. This test's two
    // provinces are checked by value; the country's totals are the sum of its provinces.
    const national = expectOk(await stack.admin.get('/coverage'));
    const mine = national.provinces.filter((x: any) => [provinceQ, provinceP].includes(x.code));
    expect(mine.map((x: any) => [x.code, x.offices, x.officesReporting, x.notYetRecorded])).toEqual([
      [provinceQ, 1, 1, 500],
      [provinceP, 2, 2, 220],
    ]);
    const p = mine[1];
    expect(p).toEqual({ ...expectOk(await stack.admin.get(`/coverage/provinces/${provinceP}`)).totals, code: provinceP, name: expect.any(String) });
    const sum = (key: string) => national.provinces.reduce((n: number, x: any) => n + x[key], 0);
    expect(national.totals).toMatchObject({
      offices: sum('offices'),
      officesReporting: sum('officesReporting'),
      notYetRecorded: sum('notYetRecorded'),
      requiredTotal: sum('requiredTotal'),
      recorded: sum('recorded'),
      villagesCounted: sum('villagesCounted'),
    });
    expect(national.totals.notYetRecorded).toBeGreaterThanOrEqual(720);
    expect(expectOk(await nationalSupervisor.get('/coverage'))).toEqual(national);
    expect(expectOk(await nationalSupervisor.get(`/coverage/provinces/${provinceQ}`)).regencies.map((r: any) => r.officeId)).toEqual([c.id]);

    // A province's supervisor: their province alone, nothing of the other.
    const own = expectOk(await supervisorP.get('/coverage'));
    expect(own.provinces.map((x: any) => x.code)).toEqual([provinceP]);
    expect(own.totals.notYetRecorded).toBe(220);
    const q = expectOk(await supervisorQ.get('/coverage'));
    expect(q.provinces.map((x: any) => [x.code, x.notYetRecorded])).toEqual([[provinceQ, 500]]);
    expect((await supervisorQ.get(`/coverage/provinces/${provinceP}`)).status).toBe(404);

    const csv = await stack.admin.get('/coverage.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = csvRows(String(csv.body));
    expect(rows[0]).toEqual(['kode_provinsi', 'provinsi', 'jumlah_kabupaten_kota', 'kantor', 'kantor_melapor', 'jumlah_desa', 'desa_terdata', 'wajib_ktp', 'sudah_rekam', 'belum_rekam', 'direkam_tur', 'persen_cakupan']);
    expect(rows.filter((r) => [provinceQ, provinceP].includes(r[0])).map((r) => [r[0], r[3], r[9]])).toEqual([
      [provinceQ, '1', '500'],
      [provinceP, '2', '220'],
    ]);
    expect(rows.at(-1)!.slice(0, 1).concat(rows.at(-1)![3], rows.at(-1)![9])).toEqual(['', String(national.totals.offices), String(national.totals.notYetRecorded)]);
    expect(rows).toHaveLength(national.provinces.length + 2);
    expect(csvRows(String((await supervisorP.get('/coverage.csv')).body)).map((r) => r[0])).toEqual(['kode_provinsi', provinceP, '']);
  });

  it('never shows an office another office’s coverage', async () => {
    for (const path of ['coverage', 'coverage.csv', `coverage?district=${b.districts[0]}`]) {
      const foreign = await a.operator.get(`/offices/${b.id}/${path}`);
      expect({ path, status: foreign.status, code: foreign.body.code }).toEqual({ path, status: 404, code: 'not_found' });
    }
    // A supervisor of another province cannot read A's either.
    expect((await supervisorQ.get(`/offices/${a.id}/coverage`)).status).toBe(404);
    // B's own breakdown holds only B's villages: nothing of A's import or tour.
    const own = expectOk(await b.manager.get(`/offices/${b.id}/coverage`));
    expect(own.districts.every((d: any) => d.code.startsWith(`${b.regencyCode}.`))).toBe(true);
    expect(own.districts.reduce((n: number, d: any) => n + d.notYetRecorded, 0)).toBe(40);
    expect(own.districts.reduce((n: number, d: any) => n + d.recordedByToursSinceImport, 0)).toBe(0);
  });
});
