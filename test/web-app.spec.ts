import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy, UserFixture } from './support/fixtures';
import { launchChromium } from './support/browser';
import { englishOnPage, expectAccessible, openPage, SCREENSHOTS, signIn as signInAs } from './support/web';
import { eventually, Stack } from './support/stack';
import { addDays } from './support/days';

describe('the staff web app in Chromium', () => {
  const stack = new Stack();
  let chromium: { context: BrowserContext; close: () => Promise<void> };
  let office: OfficeFixture;
  let operator: UserFixture;
  let pointName: string;

  beforeAll(async () => {
    await stack.start();
    chromium = await launchChromium();
    office = await createOffice(stack);
    await setPolicy(stack, office.id, { triageSeconds: 1, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600 });
    operator = await createUser(stack, 'operator', { officeId: office.id });
    pointName = `Kecamatan ${randomUUID().slice(0, 6)}`;
    const sp = await createServicePoint(stack, office, { name: pointName });
    const devices = await addRecordingSet(stack, sp.id);
    // A broken camera: the point stops recording, and the triage deadline reminds the operators.
    await office.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera mati' });
    await eventually(async () => ((await operator.client.get('/notifications')).body.unread > 0 ? true : undefined), 30_000, 'a reminder');
  });
  afterAll(async () => {
    await chromium?.close();
    await stack.stop();
  });

  const open = () => openPage(chromium.context);
  const signIn = (page: Page, path: string, who: UserFixture = operator) => signInAs(page, stack.baseUrl, path, who);

  it('signs an operator in, back to the page asked for, and shows the office in Bahasa Indonesia', async () => {
    const { page, problems } = await open();
    await signIn(page, '/kotak-masuk');
    await page.getByRole('heading', { name: 'Kotak masuk' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/kotak-masuk');
    // The session is the browser's cookie, out of reach of scripts.
    expect(await page.evaluate('document.cookie')).not.toMatch(/ektp_session/);

    await page.getByRole('link', { name: 'Beranda' }).click();
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(pointName) });
    await row.waitFor();
    expect(await row.getByText('Terhenti').count()).toBeGreaterThan(0);

    // No English label on an Indonesian page (the catalogues' English strings that differ from the Indonesian).
    expect(await englishOnPage(page)).toEqual([]);
    await expectAccessible(page);
    // Nothing refused by the Content-Security-Policy, no script error.
    expect(problems).toEqual([]);
    // For the README (docs/): what an operator sees first.
    await page.screenshot({ path: path.join(SCREENSHOTS, 'beranda.png') });
    await page.close();
  });

  it('counts unread messages in the header on every page and clears the count when they are read', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${stack.baseUrl}/`);
    const badge = page.getByLabel(/belum dibaca/);
    await badge.waitFor();
    const unread = (await operator.client.get('/notifications')).body.unread as number;
    expect(await badge.innerText()).toBe(String(unread));
    await page.getByRole('link', { name: /Kotak masuk/ }).click();
    await page.getByRole('button', { name: 'Tandai semua dibaca' }).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kotak-masuk.png') });
    await page.getByRole('button', { name: 'Tandai semua dibaca' }).click();
    await badge.waitFor({ state: 'detached' });
    expect((await operator.client.get('/notifications')).body.unread).toBe(0);
    await page.close();
  });

  it('returns to the sign-in page when the session has ended, and then to the page the person was on', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${stack.baseUrl}/kotak-masuk`);
    await page.getByRole('heading', { name: 'Kotak masuk' }).waitFor();
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    await page.goto(`${stack.baseUrl}/kotak-masuk`);
    await page.getByLabel('Nama pengguna').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/kotak-masuk');
    await page.close();
  });

  it('lets an operator report a broken device and move its case with the buttons the server allows; another person verifies it', async () => {
    const sp = await createServicePoint(stack, office, { name: `Titik ${randomUUID().slice(0, 6)}` });
    const { camera } = await addRecordingSet(stack, sp.id);
    const { page, problems } = await open();
    await signIn(page, '/perbaikan');
    await page.getByRole('heading', { name: 'Perbaikan perangkat' }).waitFor();
    await expectAccessible(page);

    // Report: the device is picked by its serial number.
    await page.locator('input').and(page.getByLabel(/^Perangkat/)).fill(camera.serialNumber);
    await page.getByRole('option', { name: new RegExp(camera.serialNumber) }).click();
    await page.getByLabel('Uraian kerusakan').fill('Kamera tidak menyala sama sekali');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByRole('heading', { name: 'Kamera tidak menyala sama sekali' }).waitFor();
    const caseId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText('Dilaporkan', { exact: true }).first().waitFor();

    const step = async (button: string, option: string | undefined, status: string) => {
      await page.getByRole('button', { name: button, exact: true }).click();
      if (option) await page.getByLabel(option).check();
      await page.getByRole('button', { name: 'Kirim', exact: true }).click();
      await page.getByText(status, { exact: true }).first().waitFor();
    };
    await step('Periksa', 'Perlu perbaikan', 'Sudah diperiksa');
    await step('Minta perbaikan', 'Kementerian', 'Menunggu perbaikan');
    await expectAccessible(page);
    await step('Tandai sudah diperbaiki', undefined, 'Sudah diperbaiki');
    // Four eyes: whoever marked it repaired gets no verify button (the server would refuse it too).
    expect(await page.getByRole('button', { name: 'Verifikasi' }).count()).toBe(0);
    expect((await stack.get(`/repairs/${caseId}`)).body.status).toBe('repaired');
    expect(problems).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'perbaikan.png'), fullPage: true });
    await page.close();

    // Another operator, in a browser of their own, verifies it.
    const colleague = await createUser(stack, 'operator', { officeId: office.id });
    const other = await launchChromium();
    try {
      const page2 = await other.context.newPage();
      await signIn(page2, `/perbaikan/${caseId}`, colleague);
      await page2.getByRole('button', { name: 'Verifikasi', exact: true }).click();
      await page2.getByLabel('Ya, berfungsi').check();
      await page2.getByRole('button', { name: 'Kirim', exact: true }).click();
      await page2.getByText('Selesai', { exact: true }).first().waitFor();
      expect(await page2.getByRole('button', { name: 'Batalkan kasus' }).count()).toBe(0);
    } finally {
      await other.close();
    }
    const closed = (await stack.get(`/repairs/${caseId}`)).body;
    expect(closed.status).toBe('closed');
    expect(closed.timeline.map((e: { event: string }) => e.event)).toEqual(expect.arrayContaining(['reported', 'triaged', 'repair-requested', 'repaired', 'verified']));
  });
  it('lists a tour plan on Beranda for a manager other than its planner, and leads to the tour’s page', async () => {
    const o = await createOffice(stack, { minVillages: 1 });
    await setPolicy(stack, o.id, { triageSeconds: 3600, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600, approvalReminderSeconds: 3600 });
    const approver = await createUser(stack, 'manager', { officeId: o.id });
    const kitPoint = await createServicePoint(stack, o, { kind: 'mobile-unit', name: 'Mobil perekaman keliling' });
    await addRecordingSet(stack, kitPoint.id);
    const village = (await stack.db.query(`SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT 1`, [o.regencyCode])).rows[0].code;
    const officeToday = (await stack.db.query(`SELECT (now() AT TIME ZONE time_zone)::date::text AS d FROM offices WHERE id = $1`, [o.id])).rows[0].d;
    const name = `Jemput bola ${randomUUID().slice(0, 6)}`;
    const planned = await o.manager.post('/tours', {
      officeId: o.id,
      name,
      teamUserIds: [(await o.operator.get('/auth/me')).body.id],
      kitServicePointId: kitPoint.id,
      stops: [{ villageCode: village, date: addDays(officeToday, 7), expectedResidents: 30 }],
    });
    expect(planned.status).toBe(201);

    // The manager in a browser of their own (this one is signed in as the operator).
    const own = await launchChromium();
    try {
      const { page, problems } = await openPage(own.context);
      await signIn(page, '/kotak-masuk', approver);
      await page.getByRole('link', { name: 'Beranda' }).click();
      const row = page.getByRole('row', { name: new RegExp(name) });
      await row.waitFor();
      await row.getByText('Setujui rencana, Tolak rencana, Batalkan kunjungan').waitFor();
      expect(await englishOnPage(page)).toEqual([]);
      await row.getByRole('link', { name }).click();
      await page.getByRole('heading', { name }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/kunjungan/${planned.body.id}`);
      await page.getByRole('button', { name: 'Setujui rencana' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('lets every signed-in person set their e-mail address and choose how each kind reaches them, on a 360-px phone', async () => {
    const person = await createUser(stack, 'operator', { officeId: office.id });
    const own = await launchChromium();
    try {
      const { page, problems } = await openPage(own.context);
      await page.setViewportSize({ width: 360, height: 740 });
      await signIn(page, '/pengaturan/pemberitahuan', person);
      await page.getByRole('heading', { name: 'Pengaturan pemberitahuan', level: 1 }).waitFor();
      await page.getByText('Anda belum mengisi alamat surel').waitFor();
      const address = `ani-${randomUUID().slice(0, 6)}@dukcapil-uji.test`;
      await page.getByRole('textbox', { name: 'Alamat surel' }).fill(address);
      await page.getByRole('button', { name: 'Simpan alamat' }).click();
      await page.getByRole('status').getByText('Tersimpan.').waitFor();
      await page.getByText('Anda belum mengisi alamat surel').waitFor({ state: 'detached' });
      const reminders = page.getByRole('combobox', { name: 'Pengingat kasus perbaikan yang melewati batas waktu' });
      await reminders.selectOption({ label: 'Aplikasi saja' });
      await eventually(async () => {
        const items = (await person.client.get('/notification-preferences')).body.items as Array<{ kind: string; channel: string }>;
        return items.find((i) => i.kind === 'repair-reminder')?.channel === 'in-app';
      }, 30_000, 'the choice saved');
      expect((await person.client.get('/auth/me')).body.email).toBe(address);
      expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBe(360);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'pengaturan-pemberitahuan.png'), fullPage: true });
      expect(await englishOnPage(page)).toEqual([]);
      await expectAccessible(page);
      expect(problems).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
