import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { nationalHolidays } from '../src/calendar/national-holidays';
import { CentralServer } from './support/central';
import { addDays } from './support/days';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy, UserFixture } from './support/fixtures';
import { launchChromium } from './support/browser';
import { englishOnPage, expectAccessible, openPage, SCREENSHOTS, signIn as signInAs } from './support/web';
import { eventually, HttpResult, Stack } from './support/stack';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** As the calendar names its day buttons: 29 November 2026 (and, after " — ", why the day is marked). */
const calendarName = (day: string) => new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const dayButtonName = (day: string) => new RegExp(`^${escape(calendarName(day))}( —|$)`);

function expectOk(res: HttpResult, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

describe('the Kunjungan (village tours) pages in Chromium', () => {
  const centre = new CentralServer();
  let stack: Stack;
  let chromium: { context: BrowserContext; close: () => Promise<void> };
  let today: string;
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'ektp-packets-'));

  beforeAll(async () => {
    await centre.start();
    // The loopback centre answers the batches' pushes, quickly retried.
    stack = new Stack({ CENTRAL_INGEST_URL: centre.url, CENTRAL_RETRY_INITIAL_MS: '100', CENTRAL_RETRY_MAX_MS: '400' });
    await stack.start();
    chromium = await launchChromium();
    today = (await stack.db.query(`SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date::text AS d`)).rows[0].d;
  });
  afterAll(async () => {
    await chromium?.close();
    await stack?.stop();
    await centre.stop();
    fs.rmSync(files, { recursive: true, force: true });
  });
  beforeEach(() => chromium.context.clearCookies());

  interface Setup {
    office: OfficeFixture;
    operator: UserFixture;
    manager: UserFixture;
    kit: { id: string; name: string };
    devices: Record<string, { id: string; serialNumber: string }>;
    district: { code: string; name: string };
    villages: Array<{ code: string; name: string }>;
  }

  /** An office (WIB) with a mobile unit and its kit, a kecamatan's villages with residents not yet recorded, and its people. */
  async function setup(): Promise<Setup> {
    const office = await createOffice(stack, { minVillages: 6 });
    // Village heads are told three days ahead: a stop today or tomorrow is notified as soon as the tour is approved.
    await setPolicy(stack, office.id, {
      triageSeconds: HOUR,
      repairSeconds: DAY,
      verificationSeconds: HOUR,
      reminderIntervalSeconds: HOUR,
      approvalReminderSeconds: HOUR,
      approvalSupervisorAfterSeconds: DAY,
      tourNoticeLeadSeconds: 3 * DAY,
    });
    const [district] = (
      await stack.db.query(
        `SELECT d.code, d.name FROM districts d WHERE d.regency_code = $1 AND (SELECT count(*) FROM villages v WHERE v.district_code = d.code) >= 3 ORDER BY d.code LIMIT 1`,
        [office.regencyCode],
      )
    ).rows;
    const villages = (await stack.db.query(`SELECT code, name FROM villages WHERE district_code = $1 ORDER BY code LIMIT 3`, [district.code])).rows;
    const kit = await createServicePoint(stack, office, { kind: 'mobile-unit', name: `Mobil keliling ${randomUUID().slice(0, 6)}` });
    const devices = await addRecordingSet(stack, kit.id);
    const csv = `village_code,unrecorded,required_total\n${villages[0].code},120,900\n${villages[1].code},75,640\n`;
    expectOk(await office.operator.http('POST', `/offices/${office.id}/unrecorded-residents`, csv, { 'content-type': 'text/csv' }));
    const [operator, manager] = await Promise.all([createUser(stack, 'operator', { officeId: office.id }), createUser(stack, 'manager', { officeId: office.id })]);
    return { office, operator, manager, kit, devices, district, villages };
  }

  /** A tour planned through the API (by the office's other operator), holding the kit on `dates`. */
  async function planned(s: Setup, dates: string[], name = `Tur lain ${randomUUID().slice(0, 6)}`) {
    const by = (await s.office.operator2.get('/auth/me')).body.id;
    return expectOk(
      await s.office.operator2.post('/tours', {
        officeId: s.office.id,
        name,
        teamUserIds: [by],
        kitServicePointId: s.kit.id,
        stops: dates.map((date, i) => ({ villageCode: s.villages[2 - (i % 3)].code, date, expectedResidents: 10 })),
      }),
      201,
    );
  }

  const signIn = (page: Page, to: string, who: UserFixture) => signInAs(page, stack.baseUrl, to, who);

  /** Opens the date picker of a stop and shows the month of `day` (forward from today's month). */
  async function showDay(page: Page, stop: ReturnType<Page['getByRole']>, day: string, picker: RegExp = /^Tanggal kunjungan/) {
    const nextMonth = page.getByRole('button', { name: 'Bulan berikutnya' });
    // A picker closed just before is gone first; the one opened here is open before its days are looked at
    // (on a loaded machine the dropdown renders after the click returns).
    await nextMonth.waitFor({ state: 'hidden' });
    await stop.getByRole('button', { name: picker }).click();
    await nextMonth.waitFor();
    const button = page.getByRole('button', { name: dayButtonName(day) });
    for (let next = 0; next < 13 && !(await button.isVisible()); next++) await nextMonth.click();
    return button;
  }

  /** A packet file with a marker inside, so a test can damage it on the way. */
  function packetFile(name: string): { file: string; content: Buffer; marker: string; sha256: string } {
    const marker = `PAKET-REKAM-${randomUUID()}`;
    const content = Buffer.concat([randomBytes(48 * 1024), Buffer.from(marker), randomBytes(16 * 1024)]);
    const file = path.join(files, name);
    fs.writeFileSync(file, content);
    return { file, content, marker, sha256: createHash('sha256').update(content).digest('hex') };
  }

  it("answers the planner's calendar: the kit's booked days and the office's days off, in the office's days, and refuses a bad range naming the field", async () => {
    const s = await setup();
    const other = await planned(s, [addDays(today, 4), addDays(today, 6)]);
    const q = (query: Record<string, string>) => s.office.operator.get(`/tours/planning-calendar?${new URLSearchParams(query)}`);
    const cal = expectOk(await q({ officeId: s.office.id, kitServicePointId: s.kit.id, from: today, to: addDays(today, 5) }));
    expect(cal).toMatchObject({ officeId: s.office.id, timeZone: 'Asia/Jakarta', today, from: today, to: addDays(today, 5) });
    // Only the days inside the range; each with its tour.
    expect(cal.bookedDays).toEqual([{ date: addDays(today, 4), tourId: other.id, tourName: other.name, stopId: other.stops[0].id, villageName: expect.any(String) }]);
    // Indonesia's national holidays from date-holidays, by their Indonesian names, and the office's own days off.
    const year = Number(today.slice(0, 4)) + 1;
    const ownDay = `${year}-03-03`;
    expectOk(await s.office.manager.put(`/offices/${s.office.id}/calendar/days-off/${ownDay}`, { name: 'Hari jadi kabupaten' }));
    const holidays = expectOk(await q({ officeId: s.office.id, from: `${year}-01-01`, to: `${year}-12-31` })).holidays;
    const national = nationalHolidays(`${year}-01-01`, `${year}-12-31`).map((h) => ({ ...h, kind: 'national-holiday' }));
    expect(holidays).toEqual([...national, { date: ownDay, name: 'Hari jadi kabupaten', kind: 'office-day-off' }].sort((x, y) => x.date.localeCompare(y.date)));
    expect(holidays).toContainEqual({ date: `${year}-08-17`, name: 'Hari Ulang Tahun Kemerdekaan Republik Indonesia', kind: 'national-holiday' });
    expect(holidays).toContainEqual({ date: `${year}-12-25`, name: 'Hari Raya Natal', kind: 'national-holiday' });
    expect(holidays.some((h: { name: string }) => /Idul Fitri/.test(h.name))).toBe(true);
    // A skipped stop gives its day back.
    expectOk(await s.office.operator2.post(`/tours/${other.id}/stops/${other.stops[0].id}/skip`, { reason: 'Jalan desa putus' }));
    await eventually(async () => ((await q({ officeId: s.office.id, kitServicePointId: s.kit.id, from: today, to: addDays(today, 5) })).body.bookedDays.length === 0 ? true : undefined), 20_000, 'the day given back');

    const refused = async (query: Record<string, string>, field: string) => {
      const res = await q(query);
      expect({ query, status: res.status, field: res.body.field ?? res.body.errors?.[0]?.field }).toEqual({ query, status: 400, field });
    };
    await refused({ officeId: s.office.id, from: '2026-02-30', to: '2026-03-31' }, 'from');
    await refused({ officeId: s.office.id, from: today, to: 'besok' }, 'to');
    await refused({ officeId: s.office.id, from: addDays(today, 3), to: today }, 'to');
    await refused({ officeId: s.office.id, from: today, to: addDays(today, 400) }, 'to');
    await refused({ from: today, to: today }, 'officeId');
    const elsewhere = await createOffice(stack, { users: false });
    await refused({ officeId: elsewhere.id, from: today, to: today }, 'officeId');
    const foreignKit = await createServicePoint(stack, { ...s.office, id: elsewhere.id, districts: elsewhere.districts }, { kind: 'mobile-unit' });
    await refused({ officeId: s.office.id, kitServicePointId: foreignKit.id, from: today, to: today }, 'kitServicePointId');

    // The team is chosen from the office's active people.
    const team = expectOk(await s.office.operator.get(`/tours/planning-team?officeId=${s.office.id}`));
    expect(team.people.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([s.operator.id, s.manager.id]));
    expect((await s.office.operator.get(`/tours/planning-team?officeId=${elsewhere.id}`)).status).toBe(400);
  });

  it('lets an operator plan a tour on the calendar, a manager approve it, and the team check in, upload a batch the centre acknowledges and see a damaged one refused', async () => {
    const s = await setup();
    const booked = await planned(s, [addDays(today, 5)]);
    // A day the office itself is closed (not a national holiday), set before the planner opens the calendar.
    const ownDay = [9, 10, 11, 12].map((n) => addDays(today, n)).find((d) => nationalHolidays(d, d).length === 0) as string;
    expectOk(await s.office.manager.put(`/offices/${s.office.id}/calendar/days-off/${ownDay}`, { name: 'Rapat kerja kantor' }));
    const [a, b] = s.villages;
    const name = `Jemput bola ${s.district.name} ${randomUUID().slice(0, 4)}`;
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, '/', s.operator);
    await page.getByRole('link', { name: 'Kunjungan', exact: true }).click();
    await page.getByRole('heading', { name: 'Kunjungan desa (jemput bola)' }).waitFor();
    await page.getByRole('link', { name: booked.name }).waitFor();
    await page.getByRole('link', { name: 'Rencanakan kunjungan' }).click();
    await page.getByRole('heading', { name: 'Rencanakan kunjungan' }).waitFor();

    await page.getByLabel(/^Nama kunjungan/).fill(name);
    await page.locator('input').and(page.getByLabel(/^Unit keliling/)).click();
    await page.getByRole('option', { name: s.kit.name }).click();
    await page.getByLabel(`Kamera · ${s.devices.camera.serialNumber}`).waitFor();
    expect(await page.getByLabel(`Kamera · ${s.devices.camera.serialNumber}`).isChecked()).toBe(true);
    // Villages by kecamatan, with the residents not yet recorded there (the import).
    await page.locator('input').and(page.getByLabel(/^Kecamatan/)).click();
    await page.getByRole('option', { name: `${s.district.name} (195 warga belum terekam)` }).click();
    const villages = page.getByRole('table', { name: `Desa di Kecamatan ${s.district.name}` });
    await villages.getByRole('row', { name: new RegExp(`(^|\\s)${escape(a.name)}\\s+120`) }).waitFor();
    await page.getByRole('button', { name: `Tambah ${a.name}`, exact: true }).click();
    await page.getByRole('button', { name: `Tambah ${b.name}`, exact: true }).click();
    const stopA = page.getByRole('region', { name: `Singgah di ${a.name}`, exact: true });
    const stopB = page.getByRole('region', { name: `Singgah di ${b.name}`, exact: true });
    await stopB.waitFor();

    // The kit's booked day cannot be chosen, and says whose it is; a national holiday is marked by its name.
    const bookedDay = await showDay(page, stopA, addDays(today, 5));
    expect(await bookedDay.getAttribute('aria-label')).toContain(`perangkat sudah terjadwal: ${booked.name}`);
    expect(await bookedDay.isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    const calendar = expectOk(await s.office.operator.get(`/tours/planning-calendar?officeId=${s.office.id}&from=${addDays(today, 1)}&to=${addDays(today, 360)}`));
    const holiday = calendar.holidays.find((h: { kind: string }) => h.kind === 'national-holiday') as { date: string; name: string };
    const holidayDay = await showDay(page, stopA, holiday.date);
    expect(await holidayDay.getAttribute('aria-label')).toContain(`libur nasional: ${holiday.name}`);
    expect(await holidayDay.isDisabled()).toBe(false);
    await page.keyboard.press('Escape');
    // The office's own day off is marked by its name too, and can be chosen like a holiday.
    const ownDayButton = await showDay(page, stopA, ownDay);
    expect(await ownDayButton.getAttribute('aria-label')).toContain('libur kantor: Rapat kerja kantor');
    expect(await ownDayButton.isDisabled()).toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kunjungan-kalender.png') });
    await page.keyboard.press('Escape');

    // Stop A today, by clicking the calendar; stop B left without a day: the refusal names its date.
    await (await showDay(page, stopA, today)).click();
    await page.getByRole('button', { name: 'Ajukan rencana' }).click();
    await stopB.getByText('Pilih tanggal hari ini atau sesudahnya, satu singgah per hari').waitFor();
    expect(await stopA.getByText('Pilih tanggal hari ini atau sesudahnya').count()).toBe(0);

    // A day booked meanwhile by another planner (the calendar had it free): 409 kit_busy, on stop B's date.
    await planned(s, [addDays(today, 2)]);
    await (await showDay(page, stopB, addDays(today, 2))).click();
    await page.getByRole('button', { name: 'Ajukan rencana' }).click();
    await stopB.getByText('Perangkat keliling sudah terjadwal pada tanggal itu').waitFor();
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM tours WHERE name = $1`, [name])).rows[0].n).toBe(0);

    await (await showDay(page, stopB, addDays(today, 1))).click();
    await stopB.getByLabel(/^Nama kepala desa/).fill('Haji Lalu Sahnan');
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kunjungan-rencana.png'), fullPage: true });
    await page.getByRole('button', { name: 'Ajukan rencana' }).click();
    await page.getByRole('heading', { name }).waitFor();
    const tourId = new URL(page.url()).pathname.split('/').pop()!;
    const tour = expectOk(await s.office.manager.get(`/tours/${tourId}`));
    expect(tour).toMatchObject({ status: 'planned', plannedBy: s.operator.username, kitServicePointId: s.kit.id });
    expect(tour.stops.map((x: { villageCode: string; date: string; expectedResidents: number; contactName: string | null }) => [x.villageCode, x.date, x.expectedResidents, x.contactName])).toEqual([
      [a.code, today, 120, null],
      [b.code, addDays(today, 1), 75, 'Haji Lalu Sahnan'],
    ]);
    expect(tour.kit).toHaveLength(6);
    await page.getByText('Menunggu persetujuan', { exact: true }).first().waitFor();
    // The planner cannot approve their own plan; no button offers it.
    expect(await page.getByRole('button', { name: 'Setujui rencana' }).count()).toBe(0);
    await page.close();

    // The manager approves it from the page; the villages are told.
    await chromium.context.clearCookies();
    const managerPage = (await openPage(chromium.context)).page;
    await signIn(managerPage, `/kunjungan/${tourId}`, s.manager);
    await managerPage.getByRole('heading', { name }).waitFor();
    await managerPage.getByRole('button', { name: 'Setujui rencana' }).click();
    await managerPage.getByText('Disetujui', { exact: true }).first().waitFor();
    expect((await s.office.manager.get(`/tours/${tourId}`)).body.approvedBy).toBe(s.manager.username);
    await managerPage.close();
    await chromium.context.clearCookies();

    // The team at stop A: check in once the village head was told.
    const { page: field, problems: fieldProblems } = await openPage(chromium.context);
    await signIn(field, `/kunjungan/${tourId}`, s.operator);
    await field.getByRole('heading', { name }).waitFor();
    const atA = field.getByRole('region', { name: `Singgah di ${a.name}`, exact: true });
    await atA.getByText('Desa sudah diberi tahu', { exact: true }).waitFor({ timeout: 30_000 });
    await atA.getByRole('listitem').filter({ hasText: 'Pemberitahuan jadwal ke desa' }).first().waitFor();
    // The workflow's own view follows the read model: a check-in refused meanwhile is tried again.
    await eventually(async () => {
      await atA.getByRole('button', { name: 'Check-in', exact: true }).click();
      await atA.getByText('Tim di lokasi', { exact: true }).or(atA.getByRole('alert')).first().waitFor();
      return (await atA.getByText('Tim di lokasi', { exact: true }).count()) > 0 ? true : undefined;
    }, 30_000, 'checked in at stop A');

    // A batch from the page: its SHA-256 computed in the browser, progress shown, then acknowledged by the centre.
    const good = packetFile('paket-a-1.bin');
    await atA.locator('input[type=file]').setInputFiles(good.file);
    await atA.getByLabel(/^Jumlah warga terekam/).fill('48');
    await atA.locator('input').and(atA.getByLabel(/^Perangkat perekam/)).click();
    await field.getByRole('option', { name: `Kamera · ${s.devices.camera.serialNumber}` }).click();
    await atA.getByRole('button', { name: 'Unggah', exact: true }).click();
    await atA.getByText(`Batch tersimpan (SHA-256 ${good.sha256}); dikirim ke pusat`).waitFor();
    const batches = atA.getByRole('table', { name: 'Batch perekaman' });
    await batches.getByText('Diterima pusat', { exact: true }).waitFor({ timeout: 30_000 });
    const stored = (await stack.db.query(`SELECT b.sha256, b.size_bytes, b.residents_count, p.content FROM tour_batches b JOIN tour_batch_packets p ON p.batch_id = b.id WHERE b.tour_id = $1`, [tourId])).rows;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ sha256: good.sha256, size_bytes: good.content.length, residents_count: 48 });
    expect(Buffer.compare(stored[0].content, good.content)).toBe(0);
    expect(centre.accepted.get(good.sha256)?.sha256OfBody).toBe(good.sha256);

    // A packet damaged on the way (one byte changed after the browser computed its checksum): refused in words, stored nowhere.
    const damaged = packetFile('paket-a-2.bin');
    await field.route('**/tours/*/stops/*/batches', async (route) => {
      const body = route.request().postDataBuffer()!;
      const at = body.indexOf(damaged.marker);
      if (at >= 0) body[at] = 'X'.charCodeAt(0);
      await route.continue({ postData: body });
    });
    await atA.locator('input[type=file]').setInputFiles(damaged.file);
    await atA.getByLabel(/^Jumlah warga terekam/).fill('12');
    await atA.getByRole('button', { name: 'Unggah', exact: true }).click();
    const refusal = atA.getByRole('alert').filter({ hasText: 'Unggahan ditolak' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Berkas rusak dalam perjalanan');
    await field.unroute('**/tours/*/stops/*/batches');
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM tour_batches WHERE tour_id = $1`, [tourId])).rows[0].n).toBe(1);

    // Done in village A: completed once its batch is answered; the report counts it.
    await atA.getByRole('button', { name: 'Selesai di desa ini' }).click();
    await atA.getByText('Selesai', { exact: true }).waitFor({ timeout: 30_000 });
    const report = field.getByRole('table', { name: 'Laporan' });
    await report.getByRole('row', { name: new RegExp(`(^|\\s)${escape(a.name)}\\s+120\\s+48\\s+0\\s+0`) }).waitFor();
    const csv = field.getByRole('link', { name: 'Unduh laporan (CSV)' });
    expect(await csv.getAttribute('href')).toBe(`/tours/${tourId}/report.csv`);
    const download = await s.office.operator.get(`/tours/${tourId}/report.csv`);
    expect(download.status).toBe(200);
    expect(String(download.body)).toContain(`${a.code},`);
    // Stop B, told of its visit tomorrow, can still be moved.
    const atB = field.getByRole('region', { name: `Singgah di ${b.name}`, exact: true });
    // Moved from the page to another day of the kit's calendar…
    const moved = addDays(today, 7);
    await atB.getByRole('button', { name: 'Jadwalkan ulang' }).click();
    await (await showDay(field, atB, moved, /^Tanggal baru/)).click();
    await atB.getByRole('form', { name: 'Jadwalkan ulang' }).getByRole('button', { name: 'Kirim' }).click();
    await eventually(async () => ((await s.office.operator.get(`/tours/${tourId}`)).body.stops[1].date === moved ? true : undefined), 30_000, 'stop B moved');
    await atB.getByRole('form', { name: 'Jadwalkan ulang' }).waitFor({ state: 'detached' });
    // …then skipped, with the reason the team gives.
    await atB.getByRole('button', { name: 'Lewati singgah' }).click();
    const skip = atB.getByRole('form', { name: 'Lewati singgah' });
    await skip.getByLabel(/^Alasan/).fill('Jembatan desa putus');
    await skip.getByRole('button', { name: 'Kirim' }).click();
    await atB.getByText('Dilewati: Jembatan desa putus').waitFor({ timeout: 30_000 });
    expect((await s.office.operator.get(`/tours/${tourId}`)).body.stops[1]).toMatchObject({ status: 'skipped', date: moved });

    await expectAccessible(field);
    expect(await englishOnPage(field)).toEqual([]);
    expect(await field.locator('body').innerText()).not.toMatch(/undefined|NaN|Invalid Date/);
    await field.evaluate('window.scrollTo(0, 0)');
    await field.screenshot({ path: path.join(SCREENSHOTS, 'kunjungan.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(fieldProblems).toEqual([]);
    await field.close();
  });

  it('fits a tour with its upload form on a 360-pixel-wide phone', async () => {
    const s = await setup();
    const by = (await s.office.operator.get('/auth/me')).body.id;
    const tour = expectOk(
      await s.office.operator.post('/tours', {
        officeId: s.office.id,
        name: `Jemput bola ponsel ${randomUUID().slice(0, 4)}`,
        teamUserIds: [by, s.operator.id],
        kitServicePointId: s.kit.id,
        stops: [
          { villageCode: s.villages[0].code, date: today, contactName: 'Ibu Kepala Desa Dengan Nama Yang Cukup Panjang' },
          { villageCode: s.villages[1].code, date: addDays(today, 1) },
        ],
      }),
      201,
    );
    expectOk(await s.office.manager.post(`/tours/${tour.id}/approve`));
    await eventually(async () => ((await s.office.operator.post(`/tours/${tour.id}/stops/${tour.stops[0].id}/check-in`)).status === 200 ? true : undefined), 30_000, 'checked in');
    const { page, problems } = await openPage(chromium.context);
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, `/kunjungan/${tour.id}`, s.operator);
    await page.getByRole('heading', { name: tour.name }).waitFor();
    await page.getByRole('button', { name: 'Unggah', exact: true }).waitFor();
    await page.getByRole('table', { name: 'Laporan' }).waitFor();
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Laporkan perangkat rusak' }).click();
    await page.getByLabel(/^Uraian kerusakan/).waitFor();
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    expect(await page.locator('body').innerText()).not.toMatch(/undefined|NaN|Invalid Date/);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kunjungan-360.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
