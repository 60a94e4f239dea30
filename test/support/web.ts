import AxeBuilder from '@axe-core/playwright';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { catalogue, strings } from './catalogue';
import type { UserFixture } from './fixtures';

/** Where the pages' screenshots go (git-ignored; the README's pictures in docs/ are copied from there). */
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', '.data', 'screenshots');
fs.mkdirSync(SCREENSHOTS, { recursive: true });

/** No serious or critical accessibility violation on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** A page whose console reports what the browser refused (the CSP) or failed at. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  // What the browser refused under the Content-Security-Policy (a refused answer of the API, such
  // as 401 before signing in, is the page's business, not a problem).
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

/** Opens `path` and signs in there as `who`, as a person does. */
export async function signIn(page: Page, baseUrl: string, path: string, who: UserFixture): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('Nama pengguna').waitFor();
  await page.getByLabel('Nama pengguna').fill(who.username);
  await page.getByLabel('Kata sandi').fill(who.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/** The English strings of the catalogues that the page shows although it is in Indonesian. */
export async function englishOnPage(page: Page): Promise<string[]> {
  const indonesian = strings(catalogue('id'));
  const english = strings(catalogue('en')).filter((s) => !indonesian.includes(s) && s.length > 3 && !s.includes('{{'));
  // What people typed (names of keys, users, offices) is marked translate="no" and is not the page's language.
  const text = await page.evaluate(() => {
    // Runs in the page (the tests' own compilation has no DOM types).
    const doc = (globalThis as unknown as { document: { body: { innerText: string }; querySelectorAll(s: string): ArrayLike<{ innerText: string }> } }).document;
    let shown = doc.body.innerText;
    for (const el of Array.from(doc.querySelectorAll('[translate="no"]'))) {
      if (el.innerText) shown = shown.split(el.innerText).join('\n');
    }
    return shown;
  });
  return english.filter((s) => text.includes(s));
}
