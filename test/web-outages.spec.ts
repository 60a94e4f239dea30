import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy, UserFixture } from './support/fixtures';
import { launchChromium } from './support/browser';
import { englishOnPage, expectAccessible, openPage, SCREENSHOTS, signIn as signInAs } from './support/web';
import { eventually, HttpResult, Stack } from './support/stack';

const HOUR = 3600;
const OFFSETS: Record<string, number> = { WIB: 7, WITA: 8, WIT: 9 };

/** The day `daysAgo` days before today on a clock `offsetHours` ahead of UTC, `YYYY-MM-DD`. */
function dayOn(offsetHours: number, daysAgo = 0): string {
  return new Date(Date.now() + offsetHours * HOUR * 1000 - daysAgo * 24 * HOUR * 1000).toISOString().slice(0, 10);
}
/** As the calendar names its day buttons: 29 November 2026. */
const calendarName = (day: string) => new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
/** As the burn-down table shows a day: 29 Nov 2026. */
const tableDay = (day: string) => new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

function expectOk(res: HttpResult, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

describe('the Gangguan (outages) pages in Chromium', () => {
  const stack = new Stack();
  let chromium: { context: BrowserContext; close: () => Promise<void> };
  let office: OfficeFixture;
  let operator: UserFixture;

  beforeAll(async () => {
    await stack.start();
    chromium = await launchChromium();
    office = await createOffice(stack);
    // An outage that began days ago is past its escalation threshold at once: a letter is drafted.
    await setPolicy(stack, office.id, {
      triageSeconds: HOUR,
      repairSeconds: HOUR,
      verificationSeconds: HOUR,
      reminderIntervalSeconds: HOUR,
      outageEscalationSeconds: 60,
      backlogStallSeconds: HOUR,
    });
    operator = await createUser(stack, 'operator', { officeId: office.id });
  });
  afterAll(async () => {
    await chromium?.close();
    await stack.stop();
  });
  // Each test signs in as the person it is about (the browser's profile keeps no one from before).
  beforeEach(() => chromium.context.clearCookies());

  const signIn = (page: Page, to: string, who: UserFixture = operator) => signInAs(page, stack.baseUrl, to, who);

  /** A service point of the office that records; with a card printer when it prints. */
  async function servicePoint(prints: boolean) {
    const sp = await createServicePoint(stack, office, { name: `Kecamatan ${randomUUID().slice(0, 6)}` });
    await addRecordingSet(stack, sp.id);
    if (prints) expectOk(await stack.post('/devices', { servicePointId: sp.id, kind: 'card-printer', serialNumber: `PR-${randomUUID().slice(0, 10)}`, owner: 'regional' }), 201);
    return sp;
  }

  /** Opens a date picker by its label and picks `day` (going back a month when needed), then the time if it has one. */
  async function pick(page: Page, label: RegExp, day: string, time?: string) {
    await page.getByRole('button', { name: label }).click();
    const button = page.getByRole('button', { name: calendarName(day), exact: true });
    for (let back = 0; back < 2 && !(await button.isVisible()); back++) await page.getByRole('button', { name: 'Bulan sebelumnya' }).click();
    await button.click();
    if (time) {
      const [hours, minutes] = time.split(':');
      await page.getByLabel('Jam', { exact: true }).fill(hours);
      await page.getByLabel('Menit', { exact: true }).fill(minutes);
      await page.getByRole('button', { name: 'Pilih', exact: true }).click();
    }
  }

  /** The burn-down table's rows as their cells' text. */
  async function burnDownRows(page: Page): Promise<string[][]> {
    const rows = page.getByRole('table', { name: 'Sisa cetak' }).getByRole('row');
    const out: string[][] = [];
    for (const row of await rows.all()) out.push((await row.getByRole('cell').allInnerTexts()).map((c) => c.trim()));
    return out.filter((r) => r.length > 0);
  }

  it('lets an operator record an outage over chosen service points, resolve it with a backlog and burn the backlog down over two days', async () => {
    const [printing, other, untouched] = [await servicePoint(true), await servicePoint(false), await servicePoint(false)];
    const description = `Jaringan ke pusat data putus ${randomUUID().slice(0, 6)}`;
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, '/');
    await page.getByRole('link', { name: 'Gangguan' }).click();
    await page.getByRole('heading', { name: 'Gangguan layanan' }).waitFor();
    await page.getByRole('heading', { name: 'Catat gangguan' }).waitFor();
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);

    // The form: kind, the chosen service points, since when on the office's clock, what happened.
    await page.locator('input').and(page.getByLabel(/^Jenis gangguan/)).click();
    await page.getByRole('option', { name: 'Jaringan', exact: true }).click();
    await page.getByLabel('Titik layanan tertentu').check();
    const points = page.locator('input').and(page.getByLabel(/^Titik layanan( \*)?$/));
    for (const sp of [printing, other]) {
      await points.fill(sp.name);
      await page.getByRole('option', { name: sp.name }).click();
    }
    await page.keyboard.press('Escape');
    const sinceLabel = (await page.getByText(/^Sejak \((WIB|WITA|WIT)\)/).innerText()).trim();
    const zone = /\((WIB|WITA|WIT)\)/.exec(sinceLabel)![1];
    const offset = OFFSETS[zone];
    // Three days ago at 08:00 on the office's clock; resolved the day after: WIB's yesterday and today are days of printing.
    await pick(page, /^Sejak \(/, dayOn(offset, 3), '08:00');
    await page.getByLabel(/^Uraian/).fill(description);
    await page.getByRole('button', { name: 'Catat gangguan' }).click();

    await page.getByRole('heading', { name: 'Gangguan: Jaringan' }).waitFor();
    const outageId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText('Berlangsung', { exact: true }).first().waitFor();
    const outage = expectOk(await office.manager.get(`/outages/${outageId}`));
    expect(outage).toMatchObject({ status: 'open', kind: 'network', wholeOffice: false, description });
    expect(outage.servicePoints.map((p: { id: string }) => p.id).sort()).toEqual([printing.id, other.id].sort());
    // Sent with the office's offset: it began at 08:00 there.
    expect(new Date(outage.startedAt).toISOString()).toBe(new Date(`${dayOn(offset, 3)}T08:00:00+0${offset}:00`).toISOString());
    // Shown with the office's zone; the points it stopped, and not the others.
    expect(await page.getByRole('row', { name: /^Sejak/ }).innerText()).toContain(zone);
    await page.getByText(printing.name).waitFor();
    expect(await page.getByText(other.name).count()).toBe(1);
    expect(await page.getByText(untouched.name).count()).toBe(0);
    expect(await page.getByText('Tidak dapat merekam').count()).toBe(2);

    // On the list, open outages come first.
    await page.getByRole('link', { name: 'Gangguan' }).click();
    const row = page.getByRole('row', { name: new RegExp(description) });
    await row.waitFor();
    expect(await row.getByText('Berlangsung').count()).toBe(1);
    await row.getByRole('link', { name: description }).click();
    await page.getByRole('heading', { name: 'Gangguan: Jaringan' }).waitFor();

    // Begun three days ago: the escalation letter is drafted, and linked from here.
    const letter = await eventually(async () => {
      await page.reload();
      const link = page.getByRole('link', { name: 'Surat eskalasi ke-1' });
      await page.getByRole('heading', { name: 'Riwayat' }).waitFor();
      return (await link.count()) > 0 ? link : undefined;
    }, 30_000, 'the escalation letter on the outage page');
    expect(await letter.getAttribute('href')).toMatch(/^\/surat\/[0-9a-f-]{36}$/);

    // An overtime target for yesterday (WIB), set while it lasts.
    const yesterday = dayOn(7, 1);
    const today = dayOn(7, 0);
    await page.getByRole('button', { name: 'Atur target lembur' }).click();
    await pick(page, /^Tanggal lembur/, yesterday);
    await page.getByLabel(/^Target cetak/).fill('50');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByRole('button', { name: 'Kirim', exact: true }).waitFor({ state: 'detached' });

    // Resolved two days ago with 120 cards left unprinted.
    await page.getByRole('button', { name: 'Nyatakan pulih' }).click();
    await pick(page, /^Layanan pulih sejak/, dayOn(offset, 2), '08:00');
    await page.getByLabel(/^Sisa belum tercetak/).fill('120');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByText('Mengejar sisa cetak', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Nyatakan pulih' }).count()).toBe(0);

    // More than is left: refused, in words.
    await page.getByRole('button', { name: 'Catat hasil cetak harian' }).click();
    await page.getByLabel(/^Kartu dicetak/).fill('500');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect((await page.getByRole('alert').innerText()).trim()).not.toBe('');
    expect((await office.manager.get(`/outages/${outageId}`)).body.backlogRemaining).toBe(120);

    // Two days of printing: yesterday 60 (the target of 50 met), today 45.
    await pick(page, /^Tanggal \(/, yesterday);
    await page.getByLabel(/^Kartu dicetak/).fill('60');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByRole('button', { name: 'Kirim', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Catat hasil cetak harian' }).click();
    await page.getByLabel(/^Kartu dicetak/).fill('45');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByRole('button', { name: 'Kirim', exact: true }).waitFor({ state: 'detached' });

    await eventually(async () => ((await burnDownRows(page)).length === 3 ? true : undefined), 10_000, 'three rows in the burn-down table');
    const rows = await burnDownRows(page);
    expect(rows[0][0]).toMatch(/^Saat pulih/);
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['—', '120', '—'],
      ['60', '60', '50 (tercapai)'],
      ['45', '15', '—'],
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([tableDay(yesterday), tableDay(today)]);
    const server = expectOk(await office.manager.get(`/outages/${outageId}`));
    expect(server.burnDown.map((d: { date: string; printed: number; remaining: number }) => [d.date, d.printed, d.remaining])).toEqual([
      [yesterday, 60, 60],
      [today, 45, 15],
    ]);

    // The chart: named, summed up in words, drawn as a line through the three points.
    const chart = page.getByRole('figure', { name: 'Grafik sisa cetak per hari' });
    expect(await chart.innerText()).toContain('Sisa belum tercetak turun dari 120 kartu menjadi 15 kartu dalam 2 hari pencetakan.');
    const lines = await chart.locator('svg path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '').filter((d) => (d.match(/L/g) ?? []).length >= 2));
    expect(lines.length).toBeGreaterThan(0);

    await expect(page.getByText('Dinyatakan pulih').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('Hasil cetak dicatat').count()).resolves.toBeGreaterThan(0);
    expect(await englishOnPage(page)).toEqual([]);
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'gangguan.png'), fullPage: true });
    await page.close();
  });

  it('shows a supervisor the outage without the buttons they may not use (and the server refuses them too)', async () => {
    const sp = await servicePoint(false);
    const outage = expectOk(
      await office.operator.post('/outages', { officeId: office.id, kind: 'power', servicePointIds: [sp.id], startedAt: new Date(Date.now() - HOUR * 1000).toISOString(), description: `Listrik padam ${randomUUID().slice(0, 6)}` }),
      201,
    );
    const supervisor = await createUser(stack, 'supervisor', { provinceCode: office.regencyCode.slice(0, 2) });
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, `/gangguan/${outage.id}`, supervisor);
    await page.getByRole('heading', { name: 'Gangguan: Listrik padam' }).waitFor();
    await page.getByText('Berlangsung', { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: 'Riwayat' }).waitFor();
    expect(await page.getByRole('button', { name: 'Nyatakan pulih' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Atur target lembur' }).count()).toBe(0);
    expect((await supervisor.client.post(`/outages/${outage.id}/resolve`, {})).status).toBe(403);
    // Nor a form to record one: a supervisor belongs to no office.
    await page.getByRole('link', { name: 'Gangguan' }).click();
    await page.getByRole('heading', { name: 'Gangguan layanan' }).waitFor();
    await page.getByRole('link', { name: outage.description }).waitFor();
    expect(await page.getByRole('heading', { name: 'Catat gangguan' }).count()).toBe(0);
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits an outage with its burn-down on a 360-pixel-wide phone', async () => {
    const sp = await servicePoint(true);
    const outage = expectOk(
      await office.operator.post('/outages', { officeId: office.id, kind: 'server-blocked', servicePointIds: [sp.id], startedAt: new Date(Date.now() - 72 * HOUR * 1000).toISOString(), description: `Server diblokir ${randomUUID().slice(0, 6)}` }),
      201,
    );
    expectOk(await office.operator.post(`/outages/${outage.id}/overtime`, { date: dayOn(7, 1), target: 100 }));
    expectOk(await office.operator.post(`/outages/${outage.id}/resolve`, { backlog: 1500, resolvedAt: new Date(Date.now() - 48 * HOUR * 1000).toISOString() }));
    expectOk(await office.operator.post(`/outages/${outage.id}/print-progress`, { date: dayOn(7, 1), printed: 900 }));
    expectOk(await office.operator.post(`/outages/${outage.id}/print-progress`, { date: dayOn(7, 0), printed: 400 }));
    const { page, problems } = await openPage(chromium.context);
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, `/gangguan/${outage.id}`);
    await page.getByRole('heading', { name: 'Gangguan: Server diblokir kementerian' }).waitFor();
    await page.getByRole('figure', { name: 'Grafik sisa cetak per hari' }).locator('svg').first().waitFor();
    const rows = await burnDownRows(page);
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['—', '1.500', '—'],
      ['900', '600', '100 (tercapai)'],
      ['400', '200', '—'],
    ]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Catat hasil cetak harian' }).click();
    await page.getByLabel(/^Kartu dicetak/).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'gangguan-360.png'), fullPage: true });
    // The list and its form too; the navigation folds behind the menu button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Gangguan' }).click();
    await page.getByRole('heading', { name: 'Catat gangguan' }).waitFor();
    await page.getByRole('link', { name: outage.description }).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await page.close();
  });
});
