import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { zoneOfProvince } from '../src/common/time-zones';
import { OfficeTimeZones1796300000000 } from '../src/database/migrations/1796300000000-office-time-zones';
import { addRecordingSet, createOffice, createServicePoint, createUser, setPolicy } from './support/fixtures';
import { eventually, HttpResult, Stack } from './support/stack';
import { addDays } from './support/days';

const HOUR = 3600;
const ZONES = [
  { zone: 'WIB', timeZone: 'Asia/Jakarta', offsetHours: 7 },
  { zone: 'WITA', timeZone: 'Asia/Makassar', offsetHours: 8 },
  { zone: 'WIT', timeZone: 'Asia/Jayapura', offsetHours: 9 },
] as const;

/** The instant of a local wall-clock time (YYYY-MM-DD, seconds after midnight) in a zone without daylight saving. */
function localInstant(day: string, secondsAfterMidnight: number, offsetHours: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + (secondsAfterMidnight - offsetHours * HOUR) * 1000);
}

/**
 * Indonesia's three zones: an office in Lombok Tengah (WITA) or Jayapura (WIT) reads its own days
 * and hours in everything the service derives or prints.
 */
describe('the office’s own time zone', () => {
  const stack = new Stack();
  beforeAll(() => stack.start());
  afterAll(() => stack.stop());

  function expectOk(res: HttpResult, status = 200) {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Today in a zone, read by the database as the service reads it. */
  async function todayIn(timeZone: string): Promise<string> {
    return (await stack.db.query(`SELECT (now() AT TIME ZONE $1)::date::text AS d`, [timeZone])).rows[0].d;
  }

  it('takes each office’s zone from its province, tells its people, and lets only an admin change it', async () => {
    for (const z of ZONES) {
      const office = await createOffice(stack, { zone: z.zone });
      expect(expectOk(await stack.get(`/offices/${office.id}`)).timeZone).toBe(z.timeZone);
      expect(expectOk(await office.operator.get('/auth/me')).timeZone).toBe(z.timeZone);
    }
    const office = await createOffice(stack, { zone: 'WITA' });
    const refused = await office.manager.patch(`/offices/${office.id}`, { timeZone: 'Asia/Jakarta' });
    expect([refused.status, refused.body.code]).toEqual([403, 'forbidden']);
    // The manager still edits the letterhead, and sending the zone it has is no change.
    expectOk(await office.manager.patch(`/offices/${office.id}`, { name: 'Dinas Dukcapil Lombok Tengah', timeZone: 'Asia/Makassar' }));
    const unknown = await stack.http('PATCH', `/offices/${office.id}`, { timeZone: 'Asia/Tokyo' });
    expect([unknown.status, unknown.body.errors?.[0]?.field]).toEqual([400, 'timeZone']);
    expect(expectOk(await stack.http('PATCH', `/offices/${office.id}`, { timeZone: 'Asia/Jayapura' })).timeZone).toBe('Asia/Jayapura');
    expect(expectOk(await office.operator.get('/auth/me')).timeZone).toBe('Asia/Jayapura');
    // A new office may be given its zone; without one it takes its province's.
    const { rows } = await stack.db.query(
      `SELECT r.code FROM regencies r WHERE left(r.code, 2) = '52' AND NOT EXISTS (SELECT 1 FROM offices o WHERE o.regency_code = r.code) AND r.code <> '52.02' LIMIT 1`,
    );
    if (rows[0]) expect(expectOk(await stack.post('/offices', { regencyCode: rows[0].code, name: 'Dinas uji NTB' }), 201).timeZone).toBe('Asia/Makassar');
  });

  it('gives existing offices their province’s zone when the migration runs', async () => {
    const client = await stack.db.connect();
    try {
      await client.query('BEGIN');
      // One office in every province, made before the column existed; all of it is rolled back.
      await client.query(`ALTER TABLE offices DROP COLUMN time_zone`);
      const { rows: provinces } = await client.query(
        `SELECT DISTINCT ON (left(r.code, 2)) r.code FROM regencies r
          WHERE NOT EXISTS (SELECT 1 FROM offices o WHERE o.regency_code = r.code) ORDER BY left(r.code, 2), r.code`,
      );
      for (const { code } of provinces) await client.query(`INSERT INTO offices (regency_code, name) VALUES ($1, $2)`, [code, `Migrasi ${code}`]);
      await new OfficeTimeZones1796300000000().up({ query: (sql: string) => client.query(sql) } as unknown as QueryRunner);
      const { rows } = await client.query(`SELECT regency_code, time_zone FROM offices`);
      expect(provinces.length).toBe(38);
      expect(rows.filter((r) => r.time_zone !== zoneOfProvince(r.regency_code))).toEqual([]);
      const zones = new Map(rows.map((r) => [r.regency_code.slice(0, 2), r.time_zone]));
      expect([zones.get('52'), zones.get('94'), zones.get('61'), zones.get('73'), zones.get('81')]).toEqual([
        'Asia/Makassar',
        'Asia/Jayapura',
        'Asia/Jakarta',
        'Asia/Makassar',
        'Asia/Jayapura',
      ]);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it.each(ZONES)('counts an outage’s days from local midnight in $zone', async ({ zone, timeZone, offsetHours }) => {
    const office = await createOffice(stack, { zone });
    const sp = await createServicePoint(stack, office);
    await addRecordingSet(stack, sp.id);
    let today = await todayIn(timeZone);
    // One second after local midnight (if that is still ahead, a minute into the day has not passed yet: wait).
    let startedAt = localInstant(today, 1, offsetHours);
    if (startedAt.getTime() > Date.now() - 2000) {
      await new Promise((r) => setTimeout(r, startedAt.getTime() - Date.now() + 3000));
      today = await todayIn(timeZone);
      startedAt = localInstant(today, 1, offsetHours);
    }
    const outage = expectOk(
      await office.operator.post('/outages', { officeId: office.id, kind: 'network', servicePointIds: [sp.id], startedAt: startedAt.toISOString(), description: 'Jaringan putus' }),
      201,
    );
    // The outage began today, local time: overtime may be planned from today, not for yesterday
    // (which in Jakarta's time, for a WITA or WIT office, is the day the instant falls on).
    const yesterday = await office.manager.post(`/outages/${outage.id}/overtime`, { date: addDays(today, -1), target: 10 });
    expect([yesterday.status, yesterday.body.field]).toEqual([400, 'date']);
    expectOk(await office.manager.post(`/outages/${outage.id}/overtime`, { date: today, target: 10 }));

    // Started one second before local midnight, the outage began yesterday: yesterday is accepted.
    const sp2 = await createServicePoint(stack, office);
    await addRecordingSet(stack, sp2.id);
    const before = expectOk(
      await office.operator.post('/outages', {
        officeId: office.id,
        kind: 'network',
        servicePointIds: [sp2.id],
        startedAt: localInstant(today, -1, offsetHours).toISOString(),
        description: 'Jaringan putus sejak tengah malam',
      }),
      201,
    );
    expectOk(await office.manager.post(`/outages/${before.id}/overtime`, { date: addDays(today, -1), target: 10 }));
  });

  it.each(ZONES)('starts a stop at 08:00 $zone, says so in the village notice, and plans from the office’s today', async ({ zone, timeZone, offsetHours }) => {
    const office = await createOffice(stack, { zone, minVillages: 2 });
    await setPolicy(stack, office.id, { triageSeconds: HOUR, repairSeconds: HOUR, verificationSeconds: HOUR, reminderIntervalSeconds: HOUR, tourNoticeLeadSeconds: 30 * 24 * HOUR });
    const kit = await createServicePoint(stack, office, { kind: 'mobile-unit', name: 'Mobil keliling' });
    await addRecordingSet(stack, kit.id);
    const operatorId = expectOk(await office.operator.get('/auth/me')).id;
    const villages = (
      await stack.db.query(`SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT 2`, [office.regencyCode])
    ).rows.map((r: { code: string }) => r.code);
    const today = await todayIn(timeZone);
    const plan = (date: string) =>
      office.operator.post('/tours', {
        officeId: office.id,
        name: `Jemput bola ${randomUUID().slice(0, 6)}`,
        teamUserIds: [operatorId],
        kitServicePointId: kit.id,
        stops: [{ villageCode: villages[0], date, expectedResidents: 20 }],
      });
    const past = await plan(addDays(today, -1));
    expect([past.status, past.body.field]).toEqual([400, 'stops.0.date']);
    expect(past.body.message).toContain(`today is ${today}, ${zone}`);

    const tour = expectOk(await plan(addDays(today, 1)), 201);
    expect(new Date(tour.stops[0].startsAt).toISOString()).toBe(localInstant(addDays(today, 1), 8 * HOUR, offsetHours).toISOString());
    expectOk(await office.manager.post(`/tours/${tour.id}/approve`));
    const notice = await eventually(
      async () => (await stack.db.query(`SELECT body FROM tour_notices WHERE tour_id = $1`, [tour.id])).rows[0]?.body as string | undefined,
      30_000,
      'the village notice',
    );
    expect(notice).toContain(`mulai pukul 08.00 ${zone}.`);
    for (const other of ZONES.filter((z) => z.zone !== zone)) expect(notice).not.toContain(`08.00 ${other.zone}.`);
  });

  it.each(ZONES)('dates and numbers a letter by the office’s day in $zone', async ({ zone, timeZone }) => {
    const office = await createOffice(stack, { zone });
    const approver = (await createUser(stack, 'manager', { officeId: office.id })).client;
    const sp = await createServicePoint(stack, office);
    const { camera } = await addRecordingSet(stack, sp.id);
    const repair = expectOk(await office.operator.post('/repairs', { deviceId: camera.id, description: 'Kamera rusak' }), 201);
    const letter = expectOk(await office.operator.post('/escalations', { repairCaseIds: [repair.id] }), 201);
    const before = await todayIn(timeZone);
    const approved = expectOk(await approver.post(`/escalations/${letter.id}/approve`));
    const after = await todayIn(timeZone);
    const detail = expectOk(await approver.get(`/escalations/${letter.id}`));
    // Read around the approval, so a local midnight between the two reads cannot fail the test.
    expect([before, after]).toContain(detail.letters[0].letterDate);
    expect(approved.letterNumber).toMatch(new RegExp(`/${detail.letters[0].letterDate.slice(0, 4)}$`));
  });
});
