import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { WITA_PROVINCES } from '../src/common/time-zones';
import { launchChromium } from './support/browser';
import { addRecordingSet, createServicePoint, createUser, DEMO_REGENCIES, OfficeFixture, setPolicy, UserFixture } from './support/fixtures';
import { eventually, HttpResult, Stack } from './support/stack';
import { englishOnPage, expectAccessible, openPage, SCREENSHOTS, signIn as signInAs } from './support/web';

const HOUR = 3600;

function expectOk(res: HttpResult, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

describe('the Pengawasan (oversight) pages in Chromium', () => {
  const stack = new Stack();
  let chromium: { context: BrowserContext; close: () => Promise<void> };
  let province: { code: string; name: string };
  let a: OfficeFixture;
  let b: OfficeFixture;
  let supervisor: UserFixture;
  /** Kecamatan d1 of office A: its one service point's camera is broken. */
  let down: { code: string; name: string };
  /** A's kecamatan with the most residents not yet recorded. */
  let behind: { code: string; name: string };
  /** Letters awaiting the reply: A's sent first, then B's. */
  const letters: Array<{ id: string; subject: string }> = [];

  async function officeAt(regencyCode: string): Promise<OfficeFixture> {
    const office = expectOk(await stack.post('/offices', { regencyCode, name: `Dinas Dukcapil uji ${regencyCode}` }), 201);
    const [operator, operator2, manager] = await Promise.all([
      createUser(stack, 'operator', { officeId: office.id }),
      createUser(stack, 'operator', { officeId: office.id }),
      createUser(stack, 'manager', { officeId: office.id }),
    ]);
    const districts = (await stack.db.query('SELECT code FROM districts WHERE regency_code = $1 ORDER BY code', [regencyCode])).rows.map((r: { code: string }) => r.code);
    await setPolicy(stack, office.id, { triageSeconds: HOUR, repairSeconds: HOUR, verificationSeconds: HOUR, reminderIntervalSeconds: HOUR, replyWaitSeconds: 30 * 24 * HOUR });
    return { id: office.id, regencyCode, districts, operator: operator.client, operator2: operator2.client, manager: manager.client };
  }

  /** A letter about the case with a subject of its own, approved by the manager and sent by hand (no SMTP here): it awaits the reply. */
  async function letterAwaitingReply(office: OfficeFixture, caseId: string, subject: string) {
    const id = expectOk(await office.operator.post('/escalations', { repairCaseIds: [caseId], subject }), 201).id;
    expectOk(await office.manager.post(`/escalations/${id}/approve`));
    await eventually(async () => (await office.manager.get(`/escalations/${id}`)).body.status === 'awaiting-reply', 30_000, 'the letter awaiting its reply');
    letters.push({ id, subject });
  }

  beforeAll(async () => {
    await stack.start();
    chromium = await launchChromium();
    // A WIB province with two regencies of two kecamatan or more that have no office yet, the one
    // with the fewest offices of other tests (in a whole run there may be none without): the
    // assertions below are about this file's own rows, whatever else the province holds.
    const { rows } = await stack.db.query(
      `WITH fit AS (SELECT r.code, r.province_code FROM regencies r
                     WHERE NOT (r.code = ANY($1))
                       AND left(r.code, 2) NOT IN (${WITA_PROVINCES.map((x) => `'${x}'`).join(',')}) AND left(r.code, 1) NOT IN ('8', '9')
                       AND NOT EXISTS (SELECT 1 FROM offices o WHERE o.regency_code = r.code)
                       AND (SELECT count(*) FROM districts d WHERE d.regency_code = r.code) >= 2)
       SELECT f.province_code AS code, p.name, array_agg(f.code ORDER BY f.code) AS codes,
              (SELECT count(*) FROM offices o WHERE left(o.regency_code, 2) = f.province_code) AS others
         FROM fit f JOIN provinces p ON p.code = f.province_code GROUP BY 1, 2 HAVING count(*) >= 2 ORDER BY others, random() LIMIT 1`,
      [DEMO_REGENCIES],
    );
    province = { code: rows[0].code, name: rows[0].name };
    [a, b] = await Promise.all([officeAt(rows[0].codes[0]), officeAt(rows[0].codes[1])]);
    supervisor = await createUser(stack, 'supervisor', { provinceCode: province.code });

    // A: kecamatan d1's only service point cannot record (its camera broke); d2's can.
    const [d1, d2] = a.districts;
    down = { code: d1, name: (await stack.db.query('SELECT name FROM districts WHERE code = $1', [d1])).rows[0].name };
    const broken = await createServicePoint(stack, a, { districtCode: d1, name: `Kecamatan ${randomUUID().slice(0, 6)}` });
    const working = await createServicePoint(stack, a, { districtCode: d2, name: `Kecamatan ${randomUUID().slice(0, 6)}` });
    const [set] = await Promise.all([addRecordingSet(stack, broken.id), addRecordingSet(stack, working.id)]);
    const camera = expectOk(await a.operator.post('/repairs', { deviceId: set.camera.id, description: 'Kamera perekaman mati total' }), 201);
    // B: a printer out of service; its point still records.
    const spB = await createServicePoint(stack, b, { districtCode: b.districts[0] });
    await addRecordingSet(stack, spB.id);
    const printerB = expectOk(await stack.post('/devices', { servicePointId: spB.id, kind: 'card-printer', serialNumber: `PR-${randomUUID().slice(0, 10)}`, owner: 'regional' }), 201);
    const printer = expectOk(await b.operator.post('/repairs', { deviceId: printerB.id, description: 'Printer kartu rusak' }), 201);

    // A's residents not yet recorded: most of them in kecamatan d2, a few in d1 (the import of counts per village).
    const villageOf = async (district: string) => (await stack.db.query('SELECT code FROM villages WHERE district_code = $1 ORDER BY code LIMIT 1', [district])).rows[0].code;
    behind = { code: d2, name: (await stack.db.query('SELECT name FROM districts WHERE code = $1', [d2])).rows[0].name };
    const csv = `village_code,unrecorded,required_total\n${await villageOf(d2)},48000,60000\n${await villageOf(d1)},15,900\n`;
    expectOk(await a.operator.http('POST', `/offices/${a.id}/unrecorded-residents`, csv, { 'content-type': 'text/csv' }));

    await letterAwaitingReply(a, camera.id, `Permohonan penggantian kamera perekaman ${randomUUID().slice(0, 6)}`);
    await letterAwaitingReply(b, printer.id, `Permohonan perbaikan printer kartu ${randomUUID().slice(0, 6)}`);
    await eventually(
      async () => (await stack.get(`/oversight/provinces/${province.code}`)).body.districtsDown?.some((d: { code: string }) => d.code === down.code),
      30_000,
      'the kecamatan down',
    );
  });
  afterAll(async () => {
    await chromium?.close();
    await stack.stop();
  });
  beforeEach(() => chromium.context.clearCookies());

  const signIn = (page: Page, to: string, who: UserFixture) => signInAs(page, stack.baseUrl, to, who);

  /** The page opened on a 360-px phone: nothing wider than the screen, nothing a program left unsaid, and axe finds nothing serious. */
  async function fitsOnPhone(page: Page) {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('status', { name: 'Memuat…' }).first().waitFor({ state: 'detached' });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(360);
    expect((await page.locator('body').innerText()).match(/undefined|NaN|Invalid Date/g)).toBeNull();
    await expectAccessible(page);
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  it('lands a province supervisor on their province, where a kecamatan that cannot record shows, with the charts and their tables', async () => {
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, '/', supervisor);
    await page.getByRole('navigation').getByRole('link', { name: 'Pengawasan', exact: true }).click();
    await page.getByRole('heading', { name: `Pengawasan: ${province.name}`, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/pengawasan/provinsi/${province.code}`);

    // The kecamatan where nothing records, with its regency and since when (the office's zone).
    const districts = page.getByRole('table', { name: 'Kecamatan yang tidak dapat merekam' });
    const row = districts.getByRole('row').filter({ hasText: `${down.name} (${down.code})` });
    await row.waitFor();
    // A's other kecamatan records: it is not listed.
    expect(await districts.getByRole('row').filter({ hasText: `(${a.districts[1]})` }).count()).toBe(0);
    expect(await row.innerText()).toMatch(/WIB/);
    // Per regency: A with one of its two points down and its kecamatan; B with its printer out.
    const regencies = page.getByRole('table', { name: 'Per kabupaten/kota' });
    const regencyA = regencies.getByRole('row').filter({ hasText: `Dinas Dukcapil uji ${a.regencyCode}` });
    expect((await regencyA.getByRole('cell').allInnerTexts()).map((c) => c.trim())).toEqual(expect.arrayContaining(['1 dari 2', '1 (0 terlambat)']));
    // The kecamatan furthest behind in recording, most not yet recorded first: d2 (48,000 of 60,000) with its regency.
    const behindTable = page.getByRole('table', { name: 'Kecamatan paling tertinggal dalam perekaman' });
    const behindRow = behindTable.getByRole('row').filter({ hasText: `${behind.name} (${behind.code})` });
    expect((await behindRow.getByRole('cell').allInnerTexts()).map((c) => c.trim())).toEqual([`${behind.name} (${behind.code})`, expect.any(String), '48.000', '20%']);
    const notYet = (await behindTable.locator('tbody tr td:nth-child(3)').allInnerTexts()).map((c) => Number(c.replace(/\./g, '')));
    expect(notYet).toEqual([...notYet].sort((x, y) => y - x));
    // The longest-down devices link to their repair case.
    await page.getByRole('table', { name: 'Perangkat terlama tidak berfungsi' }).getByRole('row').filter({ hasText: 'Kamera' }).first().waitFor();

    // The charts, each a figure summed up in a sentence, and its table.
    await page.getByRole('figure', { name: 'Grafik titik layanan yang tidak dapat merekam per hari' }).waitFor();
    await page.getByRole('table', { name: 'Titik layanan tidak dapat merekam, per hari' }).waitFor();
    await page.getByRole('table', { name: 'Cakupan perekaman per kabupaten/kota' }).waitFor();
    await page.getByRole('table', { name: 'Waktu perbaikan' }).waitFor();
    // Read only: no action of any kind.
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);

    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pengawasan-provinsi.png'), fullPage: true });
    await fitsOnPhone(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the letters awaiting the ministry’s reply, the oldest first, with their rounds, each linking to its letter', async () => {
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, '/pengawasan', supervisor);
    await page.getByRole('heading', { name: `Pengawasan: ${province.name}`, level: 1 }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Surat menunggu balasan' }).click();
    await page.getByRole('heading', { name: 'Surat menunggu balasan kementerian', level: 1 }).waitFor();
    const board = page.getByRole('table', { name: 'Surat menunggu balasan kementerian' });
    await board.waitFor();
    const rows = board.locator('tbody').getByRole('row');
    await rows.first().waitFor();
    // The oldest first: A's letter before B's (other tests' letters in the province may stand around them).
    const subjects = (await rows.getByRole('link').allInnerTexts()).map((x) => x.trim());
    const [i, j] = [subjects.indexOf(letters[0].subject), subjects.indexOf(letters[1].subject)];
    expect(i).toBeGreaterThanOrEqual(0);
    expect(j).toBeGreaterThan(i);
    // With its round (number, date) and how long it waits.
    const first = rows.nth(i);
    const number = (await stack.get(`/escalations/${letters[0].id}`)).body.letters[0].number as string;
    expect(await first.innerText()).toContain(`Surat pertama: ${number}`);
    expect(await first.innerText()).toContain('menunggu sejak hari ini');
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pengawasan-surat.png'), fullPage: true });
    await fitsOnPhone(page);

    // The letter itself, read only for the supervisor.
    await first.getByRole('link', { name: letters[0].subject }).click();
    await page.getByRole('heading', { name: letters[0].subject, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/surat/${letters[0].id}`);
    expect(await page.getByRole('button', { name: 'Catat tanggapan kementerian' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes an admin from the provinces of the country to one, and shows the pages to no one in an office', async () => {
    const { page, problems } = await openPage(chromium.context);
    const admin: UserFixture = { id: '', username: process.env.TEST_ADMIN_USERNAME!, password: process.env.TEST_ADMIN_PASSWORD!, client: stack.admin };
    await signIn(page, '/pengawasan', admin);
    await page.getByRole('heading', { name: 'Pengawasan perekaman KTP-el', level: 1 }).waitFor();
    const provinces = page.getByRole('table', { name: 'Per provinsi' });
    await provinces.getByRole('link', { name: province.name, exact: true }).click();
    await page.getByRole('heading', { name: `Pengawasan: ${province.name}`, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Semua provinsi' }).click();
    await provinces.waitFor();
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    await fitsOnPhone(page);

    // An office's operator has no such entry in the navigation, and the API refuses them.
    await page.context().clearCookies();
    const operator = await createUser(stack, 'operator', { officeId: a.id });
    await signIn(page, '/', operator);
    await page.getByRole('navigation').getByRole('link', { name: 'Perbaikan' }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: /Pengawasan|Surat menunggu balasan/ }).count()).toBe(0);
    expect((await operator.client.get('/oversight')).status).toBe(403);
    expect(problems).toEqual([]);
    await page.close();
  });
});
