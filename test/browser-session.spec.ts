import { randomUUID } from 'node:crypto';
import { createOffice, createUser, UserFixture } from './support/fixtures';
import { ApiClient, eventually, Stack } from './support/stack';

/** One Set-Cookie line, split into its value and attributes (names lower-cased). */
interface SetCookie {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
}

function setCookies(headers: Headers): Record<string, SetCookie> {
  const out: Record<string, SetCookie> = {};
  for (const line of headers.getSetCookie()) {
    const [pair, ...attrs] = line.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const attributes: Record<string, string | true> = {};
    for (const a of attrs) {
      const i = a.indexOf('=');
      attributes[(i < 0 ? a : a.slice(0, i)).toLowerCase()] = i < 0 ? true : a.slice(i + 1);
    }
    out[pair.slice(0, eq)] = { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
  }
  return out;
}

const cleared = (c: SetCookie | undefined) => !!c && c.value === '' && new Date(String(c.attributes.expires)).getTime() < Date.now();

describe('browser sessions: session cookie, CSRF, security headers', () => {
  // Behind a proxy on loopback, so a test can say the request came over HTTPS (X-Forwarded-Proto).
  const stack = new Stack({ TRUST_PROXY: 'loopback' });
  let officeId: string;
  let districtCode: string;
  let operator: UserFixture;

  beforeAll(async () => {
    await stack.start({ worker: false });
    const office = await createOffice(stack, { users: false });
    officeId = office.id;
    districtCode = office.districts[0];
    operator = await createUser(stack, 'operator', { officeId });
  });
  afterAll(() => stack.stop());

  /** Signs in like the browser app and returns a client that sends only the cookies it was given. */
  async function browserLogin(on: Stack, user: UserFixture, headers: Record<string, string> = {}) {
    const res = await on.anonymous.http('POST', '/auth/login', { username: user.username, password: user.password }, headers);
    expect(res.status).toBe(200);
    const cookies = setCookies(res.headers);
    const cookie = `ektp_session=${cookies.ektp_session.value}; ektp_csrf=${cookies.ektp_csrf.value}`;
    return { res, cookies, csrf: cookies.ektp_csrf.value, browser: (extra: Record<string, string> = {}) => on.client(undefined, { cookie, ...extra }) };
  }

  const newServicePoint = () => ({ officeId, districtCode, kind: 'kecamatan-office', name: `Titik ${randomUUID().slice(0, 8)}` });
  const servicePointsNamed = async (name: string) =>
    (await stack.db.query(`SELECT id FROM service_points WHERE name = $1`, [name])).rows.length;

  it('sets the session in an httpOnly SameSite=Strict cookie with a readable CSRF companion, Secure only over HTTPS', async () => {
    const { res, cookies } = await browserLogin(stack, operator);
    // The JSON answer is unchanged: integrations keep using the bearer token.
    expect(res.body).toMatchObject({ tokenType: 'Bearer', token: expect.stringMatching(/^ektp_s_/), user: { username: operator.username } });
    const session = cookies.ektp_session;
    const csrf = cookies.ektp_csrf;
    expect(session.value).toBe(res.body.token);
    expect(session.attributes).toMatchObject({ path: '/', samesite: 'Strict', httponly: true });
    expect(csrf.attributes).toMatchObject({ path: '/', samesite: 'Strict' });
    expect(csrf.attributes.httponly).toBeUndefined();
    expect(csrf.value).not.toContain(res.body.token);
    for (const c of [session, csrf]) {
      expect(c.attributes.secure).toBeUndefined();
      // Both end with the session (8 hours by default), not with the browser or later.
      const expires = new Date(String(c.attributes.expires)).getTime();
      expect(expires).toBeLessThanOrEqual(new Date(res.body.expiresAt).getTime() + 1000);
      expect(expires).toBeGreaterThan(Date.now() + 7 * 3600_000);
      expect(Number(c.attributes['max-age'])).toBeLessThanOrEqual(8 * 3600);
      expect(Number(c.attributes['max-age'])).toBeGreaterThan(7 * 3600);
    }

    const overHttps = await browserLogin(stack, operator, { 'x-forwarded-proto': 'https' });
    expect(overHttps.cookies.ektp_session.attributes).toMatchObject({ secure: true, httponly: true, samesite: 'Strict' });
    expect(overHttps.cookies.ektp_csrf.attributes).toMatchObject({ secure: true, samesite: 'Strict' });
  });

  it('authenticates a read by the cookie alone', async () => {
    const { browser } = await browserLogin(stack, operator);
    const me = await browser().get('/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: operator.username, kind: 'user' });
    expect((await browser().get(`/service-points?officeId=${officeId}`)).status).toBe(200);
  });

  it('refuses a cookie write without the CSRF token, with a wrong one or from another site, and audits the refusal', async () => {
    const { browser, csrf } = await browserLogin(stack, operator);
    const sessionId = (await stack.db.query(`SELECT id FROM auth_tokens WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [operator.id])).rows[0].id;
    const attempts: Array<[string, Record<string, string>]> = [
      ['no token', {}],
      ['a wrong token', { 'x-csrf-token': `${csrf.slice(0, -2)}xx` }],
      ['the token of another session', { 'x-csrf-token': (await browserLogin(stack, operator)).csrf }],
      ['a cross-site Origin', { 'x-csrf-token': csrf, origin: 'http://evil.example' }],
      ['another port of this host', { 'x-csrf-token': csrf, origin: 'http://127.0.0.1:1' }],
      ['an opaque Origin', { 'x-csrf-token': csrf, origin: 'null' }],
      ['Sec-Fetch-Site cross-site', { 'x-csrf-token': csrf, 'sec-fetch-site': 'cross-site' }],
    ];
    for (const [what, headers] of attempts) {
      const body = newServicePoint();
      const refused = await browser(headers).post('/service-points', body);
      expect({ what, status: refused.status, code: refused.body.code }).toEqual({ what, status: 403, code: 'csrf_failed' });
      expect(await servicePointsNamed(body.name)).toBe(0);
    }
    const { rows } = await stack.db.query(
      `SELECT actor, target_type AS "targetType", summary FROM audit_entries WHERE action = 'auth.csrf-refused' AND target_id = $1`,
      [sessionId],
    );
    expect(rows).toHaveLength(attempts.length);
    expect(rows[0]).toMatchObject({ actor: operator.username, targetType: 'session', summary: { method: 'POST', path: '/service-points' } });

    // The right token, from the app's own origin (or with no Origin at all), is a normal write.
    const body = newServicePoint();
    const origin = new URL(stack.baseUrl).origin;
    const made = await browser({ 'x-csrf-token': csrf, origin, 'sec-fetch-site': 'same-origin' }).post('/service-points', body);
    expect(made.status).toBe(201);
    expect((await browser({ 'x-csrf-token': csrf }).post('/service-points', newServicePoint())).status).toBe(201);
    const { rows: written } = await stack.db.query(`SELECT actor FROM audit_entries WHERE action = 'service-point.create' AND target_id = $1`, [made.body.id]);
    expect(written).toEqual([{ actor: operator.username }]);
  });

  it('refuses a login posted from another site', async () => {
    const crossSite = await stack.anonymous.http('POST', '/auth/login', { username: operator.username, password: operator.password }, { origin: 'http://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.code).toBe('csrf_failed');
    expect(crossSite.headers.getSetCookie()).toEqual([]);
    const fetchSite = await stack.anonymous.http('POST', '/auth/login', { username: operator.username, password: operator.password }, { 'sec-fetch-site': 'cross-site' });
    expect(fetchSite.status).toBe(403);
    const { rows } = await stack.db.query(`SELECT actor FROM audit_entries WHERE action = 'auth.csrf-refused' AND target_id = $1`, [operator.username]);
    expect(rows).toEqual([{ actor: 'anonymous' }, { actor: 'anonymous' }]);
    // From the app's own page it signs in.
    const sameSite = await stack.anonymous.http('POST', '/auth/login', { username: operator.username, password: operator.password }, { origin: new URL(stack.baseUrl).origin });
    expect(sameSite.status).toBe(200);
  });

  it('leaves bearer-token and API-key writes as they were: no CSRF token, any Origin', async () => {
    const foreign = { origin: 'http://integration.example' };
    const bearer = stack.client(operator.client.token, foreign);
    expect((await bearer.post('/service-points', newServicePoint())).status).toBe(201);
    const key = (await stack.post('/api-keys', { name: `integrasi ${randomUUID().slice(0, 6)}`, officeId, role: 'operator' })).body.key;
    const integration = stack.client(undefined, { 'x-api-key': key, ...foreign });
    expect((await integration.post('/service-points', newServicePoint())).status).toBe(201);
    // A header credential wins over a cookie sent along with it, so no CSRF token is asked for.
    const { browser } = await browserLogin(stack, operator);
    expect((await browser({ authorization: `Bearer ${operator.client.token}` }).post('/service-points', newServicePoint())).status).toBe(201);
  });

  it('signs out by cookie: the session ends, both cookies are cleared, the old cookie answers 401 and is cleared again', async () => {
    const { browser, csrf } = await browserLogin(stack, operator);
    expect((await browser().post('/auth/logout')).body.code).toBe('csrf_failed');
    const out = await browser({ 'x-csrf-token': csrf }).post('/auth/logout');
    expect(out.status).toBe(204);
    const cookies = setCookies(out.headers);
    expect(cleared(cookies.ektp_session)).toBe(true);
    expect(cleared(cookies.ektp_csrf)).toBe(true);
    expect(cookies.ektp_session.attributes).toMatchObject({ path: '/', httponly: true, samesite: 'Strict' });

    const after = await browser().get('/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('invalid_token');
    expect(cleared(setCookies(after.headers).ektp_session)).toBe(true);
    expect(cleared(setCookies(after.headers).ektp_csrf)).toBe(true);
    // The same for a write: 401, not a CSRF refusal.
    expect((await browser({ 'x-csrf-token': csrf }).post('/service-points', newServicePoint())).status).toBe(401);
  });

  it('answers an expired session cookie with 401 and clears it', async () => {
    const shortLived = new Stack({ AUTH_TOKEN_TTL_SECONDS: '2' });
    await shortLived.start({ worker: false });
    try {
      const { browser, cookies } = await browserLogin(shortLived, operator);
      expect(Number(cookies.ektp_session.attributes['max-age'])).toBeLessThanOrEqual(2);
      const expired = await eventually(async () => {
        const res = await browser().get('/auth/me');
        return res.status === 401 ? res : undefined;
      }, 30_000, 'the session to expire');
      expect(expired.body.code).toBe('invalid_token');
      expect(cleared(setCookies(expired.headers).ektp_session)).toBe(true);
    } finally {
      await shortLived.stop();
    }
  });

  it('serves /docs under a strict CSP that fits plain HTTP on a LAN: same-origin scripts only, nothing inline', async () => {
    for (const path of ['/docs', '/docs/']) {
      const page = await fetch(`${stack.baseUrl}${path}`);
      expect(page.status).toBe(200);
      const csp = page.headers.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives).not.toHaveProperty('upgrade-insecure-requests');
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['style-src']).toEqual(["'self'"]);
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(directives['frame-ancestors']).toEqual(["'self'"]);
      expect(page.headers.get('strict-transport-security')).toBeNull();
      expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');

      const html = await page.text();
      expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThanOrEqual(3);
      for (const [, attrs, inline] of scripts) {
        expect(inline.trim()).toBe('');
        const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
        expect(src).toMatch(/^\/docs\//);
        const asset = await fetch(new URL(src!, `${stack.baseUrl}${path}`));
        expect({ src, status: asset.status }).toEqual({ src, status: 200 });
        await asset.arrayBuffer();
      }
      for (const [, href] of html.matchAll(/<link\b[^>]*href="([^"]+)"/gi)) {
        expect(href).toMatch(/^\/docs\//);
        const asset = await fetch(new URL(href, stack.baseUrl));
        expect({ href, status: asset.status }).toEqual({ href, status: 200 });
        await asset.arrayBuffer();
      }
    }
    // The generated init script carries the document itself: nothing is fetched from elsewhere.
    const init = await (await fetch(`${stack.baseUrl}/docs/swagger-ui-init.js`)).text();
    expect(init).toContain('"openapi"');
    expect(init).toContain('"validatorUrl": null');

    // Over HTTPS (behind the trusted proxy) the browser is told to stay on HTTPS.
    const secure = await fetch(`${stack.baseUrl}/docs`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect(secure.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    await secure.arrayBuffer();
  });
});
