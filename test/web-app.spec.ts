import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import en from '../web/src/locales/en.json';
import id from '../web/src/locales/id.json';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy, UserFixture } from './support/fixtures';
import { launchChromium } from './support/browser';
import { eventually, Stack } from './support/stack';

/** Every string of a catalogue, flattened. */
function strings(catalogue: unknown): string[] {
  return typeof catalogue === 'string' ? [catalogue] : Object.values(catalogue as object).flatMap(strings);
}

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

  /** No serious or critical accessibility violation on the page as it stands. */
  async function expectAccessible(page: Page) {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }

  async function signIn(page: Page, path: string) {
    await page.goto(`${stack.baseUrl}${path}`);
    await page.getByLabel('Nama pengguna').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Nama pengguna').fill(operator.username);
    await page.getByLabel('Kata sandi').fill(operator.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
  }

  it('signs an operator in, back to the page asked for, and shows the office in Bahasa Indonesia', async () => {
    const page = await chromium.context.newPage();
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
    const english = strings(en).filter((s) => !strings(id).includes(s) && s.length > 3 && !s.includes('{{'));
    const text = await page.locator('body').innerText();
    expect(english.filter((s) => text.includes(s))).toEqual([]);
    await expectAccessible(page);
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
});
