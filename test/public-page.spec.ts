import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import * as QRCode from 'qrcode';
import { POSTER_QR_BOX, POSTER_QR_OPTIONS } from '../src/public-page/poster-layout';
import { launchChromium } from './support/browser';
import { addRecordingSet, createOffice, createUser, OfficeFixture } from './support/fixtures';
import { pdfPagePng, pdfText } from './support/pdf-text';
import { eventually, HttpResult, Stack } from './support/stack';
import { TcpProxy } from './support/tcp-proxy';
import { expectAccessible, openPage, SCREENSHOTS, signIn } from './support/web';

// pngjs comes with qrcode (which renders PNGs with it); it reads the poster's rendered page here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PNG } = require('pngjs') as { PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } } };

/** Where the posters say residents find the service (PUBLIC_BASE_URL). */
const PUBLIC_BASE_URL = 'https://ektp.contoh.go.id';

/** Along one meridian a degree of latitude is R·π/180 km: the expected distances, computed apart from the service. */
const kmAlongMeridian = (degrees: number) => Math.round(((6371.0088 * Math.PI) / 180) * degrees * 10) / 10;
/** As the page writes km: one decimal with a comma. */
const kmText = (km: number) => `${String(km).replace('.', ',')} km`;

function expectOk(res: HttpResult, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * The public page residents open on a phone (server-rendered, no login, no JavaScript needed) and
 * the door poster that leads to it, in Chromium with JavaScript off on a 360×640 screen.
 */
describe('the public availability page and the door poster', () => {
  const stack = new Stack({}, { PUBLIC_BASE_URL });
  /** JavaScript off, as the pages are read in every test. */
  let chromium: { context: BrowserContext; close: () => Promise<void> };
  /** JavaScript on: for axe (which runs as a script) and the optional "nearest to me" button. */
  let scripting: { context: BrowserContext; close: () => Promise<void> };
  let office: OfficeFixture;
  let d0: string;
  let d1: string;
  let broken: { id: string; name: string };
  let near: { id: string; name: string };
  let scripted: { id: string; name: string };
  let startedAt: Date;

  async function point(body: Record<string, unknown>, recording = true) {
    const sp = expectOk(await office.operator.post('/service-points', { officeId: office.id, districtCode: d0, kind: 'kecamatan-office', ...body }), 201);
    if (recording) await addRecordingSet(stack, sp.id);
    return sp as { id: string; name: string };
  }

  beforeAll(async () => {
    await stack.start();
    chromium = await launchChromium({ width: 360, height: 640 }, { javaScriptEnabled: false });
    scripting = await launchChromium({ width: 360, height: 640 });
    office = await createOffice(stack);
    [d0, d1] = office.districts;
    const suffix = randomUUID().slice(0, 6);
    // In the first kecamatan a point that cannot record (a network outage over it), at 0.1° S;
    // in the next one, recording points 5.6 and 22.2 km south of it, one of them named with markup.
    broken = await point({ name: `Kantor Kecamatan Rusak ${suffix}`, latitude: -0.1, longitude: 111.5, address: 'Jl. Rusak 1' });
    near = await point({
      districtCode: d1,
      name: `Kantor Kecamatan Tetangga ${suffix}`,
      latitude: -0.15,
      longitude: 111.5,
      address: 'Jl. Tetangga No. 2',
      openingHours: [
        ...['mon', 'tue', 'wed', 'thu'].map((day) => ({ day, open: '08:00', close: '15:00' })),
        { day: 'fri', open: '08:00', close: '11:00' },
        { day: 'fri', open: '13:30', close: '16:00' },
      ],
    });
    // The neighbour prints cards too; the others record only (as most kecamatan offices do).
    expectOk(await office.operator.post('/devices', { servicePointId: near.id, kind: 'card-printer', serialNumber: `PR-${suffix}`, owner: 'regional' }), 201);
    scripted = await point({ districtCode: d1, kind: 'mpp-desk', name: `Gerai MPP <script>document.title="diretas"</script> & "Ibu" ${suffix}`, latitude: -0.3, longitude: 111.5, address: 'Jl. <b>Tebal</b>' });
    startedAt = new Date(Math.floor((Date.now() - 2 * 3600_000) / 60_000) * 60_000);
    expectOk(
      await office.operator.post('/outages', { officeId: office.id, kind: 'network', servicePointIds: [broken.id], startedAt: startedAt.toISOString(), description: 'Kabel jaringan putus' }),
      201,
    );
  });
  afterAll(async () => {
    await chromium?.close();
    await scripting?.close();
    await stack.stop();
  });

  /**
   * axe on the page as it loads without JavaScript. axe itself runs as a script in the page, which a
   * context with JavaScript off refuses ("Frame cannot run scripts"): the page is loaded with script
   * execution disabled (its own script does not run: the "nearest to me" button stays hidden), and
   * scripts are allowed only afterwards, for axe.
   */
  async function expectAccessibleWithoutScripts(urlPath: string): Promise<void> {
    const page = await scripting.context.newPage();
    try {
      const cdp = await scripting.context.newCDPSession(page);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await page.goto(`${stack.baseUrl}${urlPath}`);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
      expect(await page.locator('#dekat').isHidden()).toBe(true);
      await expectAccessible(page);
    } finally {
      await page.close();
    }
  }

  /** Opens `urlPath` and adds up what came over the wire for it: every response's headers and (compressed) body. */
  async function openMeasured(urlPath: string): Promise<{ page: Page; problems: string[]; bytes: number; encodings: string[] }> {
    const { page, problems } = await openPage(chromium.context);
    const responses: Array<Promise<{ bytes: number; encoding: string }>> = [];
    page.on('response', (response) => {
      responses.push(
        (async () => {
          const sizes = await response.request().sizes();
          return { bytes: sizes.responseHeadersSize + sizes.responseBodySize, encoding: (await response.headerValue('content-encoding')) ?? 'identity' };
        })(),
      );
    });
    await page.goto(`${stack.baseUrl}${urlPath}`, { waitUntil: 'load' });
    const measured = await Promise.all(responses);
    return { page, problems, bytes: measured.reduce((sum, r) => sum + r.bytes, 0), encodings: measured.map((r) => r.encoding) };
  }

  it('shows on a phone without JavaScript where recording works today, since when not, and where to go instead: name, address, hours, distance', async () => {
    const { page, problems, bytes, encodings } = await openMeasured(`/ketersediaan/${office.regencyCode}`);
    try {
      await page.getByRole('heading', { level: 1 }).waitFor();
      const card = page.locator('section', { has: page.getByRole('heading', { name: broken.name }) });
      await expect(card.innerText()).resolves.toContain('Perekaman: tidak bisa sejak');
      // No printer there: not "broken since", but not done at this place.
      expect(await card.innerText()).toContain('Pencetakan KTP: tidak dilayani di sini');
      const neighbour = page.locator('section', { has: page.getByRole('heading', { name: near.name }) });
      expect(await neighbour.innerText()).toContain('Pencetakan KTP: bisa hari ini');
      // Since the outage began, in the office's zone (WIB: UTC+7), computed here apart from the service.
      const wib = new Date(startedAt.getTime() + 7 * 3600_000);
      const clock = `${String(wib.getUTCHours()).padStart(2, '0')}.${String(wib.getUTCMinutes()).padStart(2, '0')} WIB`;
      expect(await card.innerText()).toContain(`pukul ${clock}`);
      // Where to go instead: the nearest that can record first, with its address, hours and distance.
      const instead = card.locator('.ganti li');
      await expect(instead.count()).resolves.toBe(2);
      const first = await instead.nth(0).innerText();
      expect(first).toContain(near.name);
      expect(first).toContain('Jl. Tetangga No. 2');
      expect(first).toContain(`± ${kmText(kmAlongMeridian(0.05))} dari sini`);
      expect(first).toContain('Senin–Kamis: 08.00–15.00; Jumat: 08.00–11.00, 13.30–16.00');
      expect(await instead.nth(1).innerText()).toContain(`± ${kmText(kmAlongMeridian(0.2))} dari sini`);
      // The places that can record say so.
      expect(await page.locator('section', { has: page.getByRole('heading', { name: near.name }) }).innerText()).toContain('Perekaman: bisa hari ini');

      // Nothing scrolls sideways on a 360-px screen; nothing the browser refused; accessible.
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      expect(problems).toEqual([]);
      await expectAccessibleWithoutScripts(`/ketersediaan/${office.regencyCode}`);
      // Small on a slow connection: everything the page loaded, as transferred (compressed).
      expect(encodings[0]).toMatch(/^(gzip|br)$/);
      expect(bytes).toBeLessThan(50 * 1024);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'ketersediaan-ponsel.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('is cached exactly like the JSON, under a strict policy, and answers a repeat with 304', async () => {
    const json = await stack.anonymous.get(`/availability?regency=${office.regencyCode}`);
    const html = await fetch(`${stack.baseUrl}/ketersediaan/${office.regencyCode}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-encoding')).toBe('gzip');
    expect(html.headers.get('cache-control')).toBe(json.headers.get('cache-control'));
    expect(html.headers.get('cache-control')).toBe('public, max-age=30');
    const csp = html.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/style-src 'sha256-[^']+'/);
    expect(csp).toMatch(/script-src 'sha256-[^']+'/);
    expect(csp).not.toContain('unsafe-inline');
    const etag = html.headers.get('etag');
    expect(etag).toBeTruthy();
    // (As a browser revalidates; without a Cache-Control of its own, fetch() would add no-cache and always get the page.)
    const again = await fetch(`${stack.baseUrl}/ketersediaan/${office.regencyCode}`, { headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
  });

  it("leads from the choice of a regency to its page, and on to a kecamatan's short link, by plain links and a GET form", async () => {
    const { page } = await openPage(chromium.context);
    try {
      await page.goto(`${stack.baseUrl}/ketersediaan`);
      // The list has the regencies with a place to go; the form works without JavaScript.
      await page.getByLabel('Kabupaten/kota').selectOption(office.regencyCode);
      await Promise.all([page.waitForURL(`**/ketersediaan/${office.regencyCode}`), page.getByRole('button', { name: 'Lihat' }).click()]);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('Perekaman e-KTP di');
      // The regency page groups by kecamatan; each kecamatan heading is its short link.
      const districtName = (await stack.db.query('SELECT name FROM districts WHERE code = $1', [d0])).rows[0].name;
      await Promise.all([page.waitForURL(`**/ketersediaan/${d0}`), page.getByRole('link', { name: `Kecamatan ${districtName}`, exact: true }).click()]);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(`Kecamatan ${districtName}`);
      expect(await page.getByRole('heading', { name: broken.name }).count()).toBe(1);
      // Only that kecamatan's places; where to go instead still reaches the next kecamatan.
      expect(await page.getByRole('heading', { name: near.name }).count()).toBe(0);
      expect(await page.locator('.ganti').innerText()).toContain(near.name);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    } finally {
      await page.close();
    }
    await expectAccessibleWithoutScripts(`/ketersediaan/${d0}`);
    await expectAccessibleWithoutScripts('/ketersediaan');
    // The short link also takes the resident's position (the "nearest to me" button sends it), and ignores what messaging apps append.
    const located = await fetch(`${stack.baseUrl}/ketersediaan/${office.regencyCode}?lat=-0.12&lon=111.5&fbclid=abc`);
    expect(located.status).toBe(200);
    const text = await located.text();
    expect(text).toContain('Diurutkan dari yang terdekat dengan lokasi Anda');
    expect(text.indexOf(broken.name)).toBeLessThan(text.indexOf(near.name));
  });

  it('with JavaScript, offers to sort by distance from where the resident is', async () => {
    const origin = new URL(stack.baseUrl).origin;
    await scripting.context.grantPermissions(['geolocation'], { origin });
    await scripting.context.setGeolocation({ latitude: -0.12, longitude: 111.5 });
    const { page, problems } = await openPage(scripting.context);
    try {
      await page.goto(`${stack.baseUrl}/ketersediaan/${office.regencyCode}`);
      await Promise.all([page.waitForURL(/\?lat=-0\.1200&lon=111\.5000$/), page.getByRole('button', { name: 'Urutkan dari yang terdekat dengan saya' }).click()]);
      // 2.2 km from the point that cannot record, 3.3 km from the next one: nearest first, with how far.
      const names = await page.locator('.nama').allInnerTexts();
      expect(names.slice(0, 3)).toEqual([broken.name, near.name, scripted.name]);
      expect(await page.locator('section', { has: page.getByRole('heading', { name: near.name }) }).innerText()).toContain(`± ${kmText(kmAlongMeridian(0.03))} dari Anda`);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('escapes what offices typed: a place named with <script> is text, never markup', async () => {
    const res = await fetch(`${stack.baseUrl}/ketersediaan/${d1}`);
    const body = await res.text();
    expect(body).not.toContain('<script>document.title');
    expect(body).toContain('Gerai MPP &lt;script&gt;document.title=&quot;diretas&quot;&lt;/script&gt; &amp; &quot;Ibu&quot;');
    expect(body).toContain('Jl. &lt;b&gt;Tebal&lt;/b&gt;');
    const { page } = await openPage(chromium.context);
    try {
      await page.goto(`${stack.baseUrl}/ketersediaan/${d1}`);
      expect(await page.getByRole('heading', { name: scripted.name }).count()).toBe(1);
      // The page's own script and nothing else; no bold element from the address.
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.locator('main b').count()).toBe(0);
      expect(await page.title()).not.toContain('diretas');
    } finally {
      await page.close();
    }
  });

  it('answers a wrong or unknown code with a page in Bahasa Indonesia, not cached', async () => {
    const malformed = await fetch(`${stack.baseUrl}/ketersediaan/61`);
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(malformed.headers.get('cache-control')).toBe('no-store');
    expect(await malformed.text()).toContain('Kode wilayah harus seperti 61.05');
    const unknown = await fetch(`${stack.baseUrl}/ketersediaan/${office.regencyCode}.99`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('tidak dikenal');
    const half = await fetch(`${stack.baseUrl}/ketersediaan/${office.regencyCode}?lat=-0.1`);
    expect(half.status).toBe(400);
    expect(await half.text()).toContain('lat dan lon');
    const chosenBadly = await fetch(`${stack.baseUrl}/ketersediaan?wilayah=sintang`, { redirect: 'manual' });
    expect(chosenBadly.status).toBe(400);
  });

  it('links each service point with a door to its poster from Perangkat (not the mobile units)', async () => {
    const mobileName = `Mobil Keliling ${randomUUID().slice(0, 6)}`;
    await point({ kind: 'mobile-unit', name: mobileName }, false);
    const operator = await createUser(stack, 'operator', { officeId: office.id });
    const { page } = await openPage(scripting.context);
    try {
      await signIn(page, stack.baseUrl, '/perangkat', operator);
      const link = page.getByRole('link', { name: `Cetak poster ${near.name}` });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(`/service-points/${near.id}/poster.pdf`);
      await page.getByRole('heading', { name: mobileName }).waitFor();
      expect(await page.getByRole('link', { name: `Cetak poster ${mobileName}` }).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  // Last of this stack: it works for seconds without a request, and a connection kept alive meanwhile may be closed by the server under the next one.
  it("prints an A4 poster for the door: the point's name, the prompt, a QR code of its kecamatan's page and that link in text, the hours", async () => {
    const pageUrl = `${PUBLIC_BASE_URL}/ketersediaan/${d1}`;
    // The poster is for staff of the point's office; a mobile unit has no door.
    expect((await fetch(`${stack.baseUrl}/service-points/${near.id}/poster.pdf`)).status).toBe(401);
    const mobile = await point({ kind: 'mobile-unit', name: `Mobil ${randomUUID().slice(0, 6)}` }, false);
    const refused = await office.operator.get(`/service-points/${mobile.id}/poster.pdf`);
    expect({ status: refused.status, field: refused.body.field }).toEqual({ status: 400, field: 'id' });

    const res = await fetch(`${stack.baseUrl}/service-points/${near.id}/poster.pdf`, { headers: { authorization: `Bearer ${office.operator.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const pdf = Buffer.from(await res.arrayBuffer());
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain(near.name);
    expect(text).toContain('Pindai untuk melihat apakah perekaman e-KTP tersedia hari ini');
    expect(text).toContain(pageUrl.replace('https://', ''));
    expect(text).toContain('Jam buka (WIB)');
    expect(text).toContain('Senin–Kamis: 08.00–15.00');
    expect(text).toContain('-- 1 of 1 --');

    // No QR decoder is installed: the code drawn on the page is compared, module by module, with the
    // QR code of the page's URL (rendered at 3 px per point, each module sampled at its centre).
    const scale = 3;
    const png = PNG.sync.read(await pdfPagePng(pdf, scale));
    const dark = (xPt: number, yPt: number) => png.data[(Math.round(yPt * scale) * png.width + Math.round(xPt * scale)) * 4] < 128;
    const expected = QRCode.create(pageUrl, POSTER_QR_OPTIONS).modules;
    const n = expected.size;
    const module = POSTER_QR_BOX.size / n;
    const drawn: string[] = [];
    const wanted: string[] = [];
    for (let row = -2; row < n + 2; row++) {
      let line = '';
      let want = '';
      for (let col = -2; col < n + 2; col++) {
        const inside = row >= 0 && col >= 0 && row < n && col < n;
        line += dark(POSTER_QR_BOX.x + (col + 0.5) * module, POSTER_QR_BOX.y + (row + 0.5) * module) ? '#' : '.';
        want += inside && expected.get(row, col) ? '#' : '.';
      }
      drawn.push(line);
      wanted.push(want);
    }
    // With two modules of the quiet zone around it, white.
    expect(drawn).toEqual(wanted);
  });
});

/** While the database is unreachable the page answers from the last good answer, marked, like the JSON. */
describe('the public page while the database is down', () => {
  const env: NodeJS.ProcessEnv = { PUBLIC_AVAILABILITY_CACHE_SECONDS: '1', DATABASE_CONNECT_TIMEOUT_MS: '2000' };
  const stack = new Stack(env);
  let postgres: TcpProxy;

  beforeAll(async () => {
    postgres = await TcpProxy.start(new URL(process.env.TEST_DATABASE_URL as string).host);
    env.DATABASE_URL = postgres.urlThrough(process.env.TEST_DATABASE_URL as string);
    await stack.start();
  });
  afterAll(async () => {
    await postgres?.restore();
    await stack.stop();
    await postgres?.close();
  });

  it('serves the last good page marked stale (no-cache, Warning 110), and a page never asked answers 503 with Retry-After', async () => {
    const office = await createOffice(stack, { users: false });
    const other = await createOffice(stack, { users: false });
    const name = `Kantor Kecamatan ${randomUUID().slice(0, 6)}`;
    const sp = expectOk(await stack.post('/service-points', { officeId: office.id, districtCode: office.districts[0], kind: 'kecamatan-office', name }), 201);
    await addRecordingSet(stack, sp.id);
    const good = await fetch(`${stack.baseUrl}/ketersediaan/${office.regencyCode}`);
    expect(good.status).toBe(200);
    const json = await stack.anonymous.get(`/availability?regency=${office.regencyCode}`);
    expect(json.status).toBe(200);

    await postgres.cut();
    try {
      // Past its max age (1 s) the remembered answer is served stale.
      const stale = await eventually(async () => {
        const r = await fetch(`${stack.baseUrl}/ketersediaan/${office.regencyCode}`, { signal: AbortSignal.timeout(30_000) });
        return r.status === 200 && r.headers.get('warning') ? r : undefined;
      }, 30_000, 'the stale page');
      expect(stale.headers.get('cache-control')).toBe('no-cache');
      expect(stale.headers.get('warning')).toMatch(/^110 /);
      const body = await stale.text();
      expect(body).toContain(name);
      expect(body).toContain('Data terbaru sedang tidak dapat dibaca');
      const staleJson = await stack.anonymous.get(`/availability?regency=${office.regencyCode}`);
      expect(staleJson.body.stale).toBe(true);
      expect(stale.headers.get('cache-control')).toBe(staleJson.headers.get('cache-control'));
      const never = await fetch(`${stack.baseUrl}/ketersediaan/${other.regencyCode}`, { signal: AbortSignal.timeout(30_000) });
      expect(never.status).toBe(503);
      expect(never.headers.get('retry-after')).toBeTruthy();
      expect(await never.text()).toContain('Coba lagi');
    } finally {
      await postgres.restore();
    }
  });
});
