import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, UserFixture } from './support/fixtures';
import { eventually, Stack } from './support/stack';
import { expectAccessible, openPage, SCREENSHOTS } from './support/web';

/**
 * The pages as people reach them outside a desk: on a 360-px-wide phone (a field officer's), and
 * with the keyboard alone (no mouse, or a screen reader).
 */
describe('the staff web app on a phone and by keyboard', () => {
  const stack = new Stack();
  let chromium: { context: BrowserContext; close: () => Promise<void> };
  let office: OfficeFixture;
  let operator: UserFixture;
  let supervisor: UserFixture;
  let admin: UserFixture;
  let officeName: string;
  let caseId: string;
  let letterId: string;
  let outageId: string;
  let tourId: string;

  beforeAll(async () => {
    await stack.start();
    chromium = await launchChromium();
    office = await createOffice(stack);
    operator = await createUser(stack, 'operator', { officeId: office.id });
    supervisor = await createUser(stack, 'supervisor', { provinceCode: office.regencyCode.slice(0, 2) });
    admin = await createUser(stack, 'admin');
    officeName = (await stack.get(`/offices/${office.id}`)).body.name;
    const sp = await createServicePoint(stack, office, { name: `Kecamatan ${randomUUID().slice(0, 6)}` });
    const { camera } = await addRecordingSet(stack, sp.id);
    caseId = (await office.operator.post('/repairs', { deviceId: camera.id, description: 'Kamera mati sejak pagi' })).body.id;
    letterId = (await office.operator.post('/escalations', { repairCaseIds: [caseId] })).body.id;
    const sp2 = await createServicePoint(stack, office, { name: `Kecamatan ${randomUUID().slice(0, 6)}` });
    await addRecordingSet(stack, sp2.id);
    outageId = (
      await office.operator.post('/outages', { officeId: office.id, kind: 'network', servicePointIds: [sp2.id], startedAt: new Date(Date.now() - 3600_000).toISOString(), description: 'Jaringan putus' })
    ).body.id;
    // A tour waiting for approval: its mobile unit's kit, one village tomorrow.
    const mobile = await createServicePoint(stack, office, { kind: 'mobile-unit', name: `Mobil keliling ${randomUUID().slice(0, 6)}` });
    await addRecordingSet(stack, mobile.id);
    const { rows } = await stack.db.query(
      `SELECT v.code, ((now() AT TIME ZONE 'Asia/Jakarta')::date + 1)::text AS tomorrow FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT 1`,
      [office.regencyCode],
    );
    tourId = (
      await office.operator.post('/tours', {
        officeId: office.id,
        name: 'Jemput bola desa',
        teamUserIds: [operator.id],
        kitServicePointId: mobile.id,
        stops: [{ villageCode: rows[0].code, date: rows[0].tomorrow, expectedResidents: 25 }],
      })
    ).body.id;
  });
  afterAll(async () => {
    await chromium?.close();
    await stack.stop();
  });

  /** Signs in with the keyboard only: the form's fields in tab order, Enter to send. */
  async function signInByKeyboard(page: Page, who: UserFixture, at = '/') {
    await page.context().clearCookies();
    await page.goto(`${stack.baseUrl}${at}`);
    await page.getByLabel('Nama pengguna').waitFor();
    await page.getByLabel('Nama pengguna').focus();
    await page.keyboard.type(who.username);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('type')).toBe('password');
    await page.keyboard.type(who.password);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
  }

  /** Presses Tab until the element is focused (at most `limit` times); fails if it never is. */
  async function tabTo(page: Page, locator: ReturnType<Page['getByRole']>, limit = 60) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await locator.evaluate((el) => el.contains(el.ownerDocument.activeElement)).catch(() => false)) return;
    }
    throw new Error(`not reachable by Tab: ${locator.toString()}`);
  }

  // Every page of the app, each as it looks with something on it.
  const PAGES = [
    { path: '/', heading: 'Beranda' },
    { path: '/perangkat', heading: 'Perangkat' },
    { path: '/perbaikan', heading: 'Perbaikan perangkat' },
    { path: () => `/perbaikan/${caseId}`, heading: 'Kamera mati sejak pagi' },
    { path: '/surat', heading: 'Surat ke kementerian' },
    { path: () => `/surat/${letterId}`, heading: undefined },
    { path: '/gangguan', heading: 'Gangguan layanan' },
    { path: () => `/gangguan/${outageId}`, heading: undefined },
    { path: '/kunjungan', heading: 'Kunjungan desa (jemput bola)' },
    { path: '/kunjungan/baru', heading: 'Rencanakan kunjungan' },
    { path: () => `/kunjungan/${tourId}`, heading: 'Jemput bola desa' },
    { path: '/kotak-masuk', heading: 'Kotak masuk' },
  ];
  // The supervisors' pages (a province's supervisor lands on their province).
  const SUPERVISOR_PAGES = [
    { path: '/pengawasan', heading: undefined },
    { path: '/pengawasan/surat', heading: 'Surat menunggu balasan kementerian' },
  ];
  // The administration's pages, as the run's admin reads them.
  const ADMIN_PAGES = [
    { path: '/administrasi/kantor', heading: 'Kantor Dinas Dukcapil' },
    { path: () => `/administrasi/kantor/${office.id}`, heading: () => officeName },
    { path: () => `/administrasi/kantor/${office.id}/kebijakan`, heading: 'Kebijakan SLA' },
    { path: () => `/administrasi/kantor/${office.id}/kalender`, heading: 'Kalender kerja' },
    { path: '/administrasi/pengguna', heading: 'Pengguna dan peran' },
    { path: () => `/administrasi/pengguna/${operator.id}`, heading: undefined },
    { path: '/administrasi/kunci-api', heading: 'Kunci API' },
    { path: '/administrasi/webhook', heading: 'Webhook' },
  ];

  it('fits every page on a 360-px-wide phone, with the navigation behind a menu button', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.setViewportSize({ width: 360, height: 740 });
    await signInByKeyboard(page, operator);
    const fits = async (p: { path: string | (() => string); heading?: string | (() => string) }) => {
      const at = typeof p.path === 'function' ? p.path() : p.path;
      const heading = typeof p.heading === 'function' ? p.heading() : p.heading;
      await page.goto(`${stack.baseUrl}${at}`);
      await (heading ? page.getByRole('heading', { name: heading }) : page.getByRole('heading', { level: 1 })).first().waitFor();
      await page.getByRole('status', { name: 'Memuat…' }).first().waitFor({ state: 'detached' });
      // Nothing a program left unsaid: no "undefined", "NaN" or "Invalid Date" where a value belongs.
      expect({ at, broken: (await page.locator('body').innerText()).match(/undefined|NaN|Invalid Date/g) }).toEqual({ at, broken: null });
      // Nothing wider than the screen: the page never scrolls sideways (wide tables scroll in their own box).
      const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
      expect({ at, width }).toEqual({ at, width: 360 });
      await expectAccessible(page);
    };
    for (const p of PAGES) await fits(p);
    // The navigation is folded away (off the screen and out of the tab order); the menu button opens
    // it, and a choice folds it again.
    const perbaikan = page.getByRole('link', { name: 'Perbaikan', exact: true });
    const folded = async () => {
      const box = await page.locator('nav').boundingBox();
      const inert = await page.locator('nav').evaluate((el) => el.closest('[inert]') !== null);
      return inert && (!box || box.x + box.width <= 0);
    };
    expect(await folded()).toBe(true);
    await page.getByRole('button', { name: 'Menu navigasi' }).click();
    await eventually(async () => !(await folded()), 5_000, 'the menu to open');
    await perbaikan.click();
    await page.getByRole('heading', { name: 'Perbaikan perangkat' }).waitFor();
    await eventually(folded, 5_000, 'the menu to fold');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'ponsel-perbaikan.png'), fullPage: true });
    await signInByKeyboard(page, supervisor);
    for (const p of SUPERVISOR_PAGES) await fits(p);
    await signInByKeyboard(page, admin);
    for (const p of ADMIN_PAGES) await fits(p);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets a person sign in, move between pages and act on a case with the keyboard alone', async () => {
    const { page, problems } = await openPage(chromium.context);
    const who = await createUser(stack, 'operator', { officeId: office.id });
    await signInByKeyboard(page, who, '/kotak-masuk');
    await page.getByRole('heading', { name: 'Kotak masuk' }).waitFor();

    // The navigation by Tab and Enter.
    const repairs = page.getByRole('navigation').getByRole('link', { name: 'Perbaikan' });
    await tabTo(page, repairs);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Perbaikan perangkat' }).waitFor();

    // The case from the list by Tab and Enter; then its first action with its form.
    const link = page.getByRole('link', { name: 'Kamera mati sejak pagi' });
    await link.waitFor();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Kamera mati sejak pagi' }).waitFor();
    const triage = page.getByRole('button', { name: 'Periksa', exact: true });
    await tabTo(page, triage);
    await page.keyboard.press('Enter');
    // A radio group: Tab into it, arrows choose, Space confirms; then Tab on to the send button.
    const onSite = page.getByLabel('Diperbaiki di tempat');
    await tabTo(page, onSite);
    await page.keyboard.press('Space');
    expect(await onSite.isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Kirim', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByText('Sudah diperiksa', { exact: true }).first().waitFor();
    expect((await stack.get(`/repairs/${caseId}`)).body.status).toBe('triaged');

    // Where the focus is, the person can see it (a visible outline or ring, not the browser's none).
    await page.keyboard.press('Tab');
    const outline = await page.locator(':focus').evaluate((el) => {
      const style = el.ownerDocument.defaultView!.getComputedStyle(el);
      return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? 'visible' : style.boxShadow !== 'none' ? 'visible' : `${el.tagName} has no focus ring`;
    });
    expect(outline).toBe('visible');
    expect(problems).toEqual([]);
    await page.close();
  });
});
