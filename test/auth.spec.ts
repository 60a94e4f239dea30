import { execFile, spawn } from 'node:child_process';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { createOffice, createUser, OfficeFixture } from './support/fixtures';
import { Stack } from './support/stack';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');

describe('sign-in, sessions, API keys and hardening', () => {
  // Tight login throttling, and the API behind a proxy on loopback so each test can act from its own address.
  const stack = new Stack({ LOGIN_SLOWDOWN_AFTER: '2', LOGIN_LOCKOUT_AFTER: '4', LOGIN_IP_LOCKOUT_AFTER: '5', TRUST_PROXY: 'loopback' });
  let office: OfficeFixture;

  beforeAll(async () => {
    await stack.start({ worker: false });
    office = await createOffice(stack);
  });
  afterAll(() => stack.stop());

  const from = (address: string) => stack.client(undefined, { 'x-forwarded-for': address });

  it('signs in with a password, tells the user who they are, and signs out for good', async () => {
    const user = await createUser(stack, 'operator', { officeId: office.id });
    const login = await from('10.1.0.1').post('/auth/login', { username: user.username.toUpperCase(), password: user.password });
    expect(login.status).toBe(200);
    expect(login.body.tokenType).toBe('Bearer');
    expect(new Date(login.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 3600_000);
    const session = stack.client(login.body.token);
    const me = await session.get('/auth/me');
    expect(me.body).toMatchObject({ username: user.username, role: 'operator', officeId: office.id, kind: 'user' });

    // Only a keyed hash of the token is stored: HMAC under the server's secret, not a plain digest.
    const stored = await stack.db.query(`SELECT token_hash FROM auth_tokens WHERE user_id = $1`, [user.id]);
    const hashes = stored.rows.map((r: { token_hash: string }) => r.token_hash);
    expect(hashes).toContain(createHmac('sha256', process.env.TEST_AUTH_TOKEN_SECRET!).update(login.body.token).digest('hex'));
    expect(hashes).not.toContain(createHash('sha256').update(login.body.token).digest('hex'));

    expect((await session.post('/auth/logout')).status).toBe(204);
    const after = await session.get('/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('invalid_token');
    expect(after.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('answers a wrong password and an unknown user alike, and audits both', async () => {
    const user = await createUser(stack, 'manager', { officeId: office.id });
    const wrong = await from('10.2.0.1').post('/auth/login', { username: user.username, password: 'not-the-password-1' });
    const unknown = await from('10.2.0.1').post('/auth/login', { username: `nobody.${randomUUID().slice(0, 6)}`, password: 'not-the-password-1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    const { rows } = await stack.db.query(`SELECT action, summary FROM audit_entries WHERE action = 'auth.login-failed' AND summary->>'username' = $1`, [user.username]);
    expect(rows).toHaveLength(1);
    expect(rows[0].summary.reason).toBe('wrong password');
  });

  it('refuses an expired token', async () => {
    const shortLived = new Stack({ AUTH_TOKEN_TTL_SECONDS: '2' });
    await shortLived.start({ worker: false });
    try {
      const user = await createUser(stack, 'operator', { officeId: office.id });
      const client = await shortLived.login(user.username, user.password);
      expect((await client.get('/auth/me')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 2500));
      const expired = await client.get('/auth/me');
      expect(expired.status).toBe(401);
      expect(expired.body.code).toBe('invalid_token');
    } finally {
      await shortLived.stop();
    }
  });

  it('slows and then refuses repeated failures for one account, even with the right password, and logs them', async () => {
    const user = await createUser(stack, 'operator', { officeId: office.id });
    for (let i = 0; i < 4; i++) {
      const res = await from(`10.3.0.${i + 1}`).post('/auth/login', { username: user.username, password: `wrong-password-${i}` });
      expect(res.status).toBe(401);
    }
    const locked = await from('10.3.1.1').post('/auth/login', { username: user.username, password: user.password });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('too_many_attempts');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const { rows } = await stack.db.query(
      `SELECT action, count(*)::int AS n FROM audit_entries WHERE summary->>'username' = $1 GROUP BY action ORDER BY action`,
      [user.username],
    );
    expect(rows).toEqual([
      { action: 'auth.login-failed', n: 4 },
      { action: 'auth.login-refused', n: 1 },
    ]);
    // Other accounts are not affected.
    const other = await createUser(stack, 'operator', { officeId: office.id });
    expect((await from('10.3.1.1').post('/auth/login', { username: other.username, password: other.password })).status).toBe(200);
  });

  it('counts attempts sent all at once, so a burst cannot slip past the lockout', async () => {
    const user = await createUser(stack, 'operator', { officeId: office.id });
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => from(`10.6.${i}.1`).post('/auth/login', { username: user.username, password: `wrong-password-${i}` })),
    );
    const judged = burst.filter((r) => r.status !== 429);
    expect(judged.length).toBeLessThanOrEqual(4);
    expect(burst.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(16);
  });

  it('counts guesses from one address sent all at once, so a burst of many accounts cannot slip past the address limit', async () => {
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) => from('10.8.0.1').post('/auth/login', { username: `tebak${i}.${randomUUID().slice(0, 4)}`, password: 'password-guess-1' })),
    );
    // At most LOGIN_IP_LOCKOUT_AFTER (5) are judged; every other one is refused without a password check.
    expect(burst.filter((r) => r.status === 401).length).toBeLessThanOrEqual(5);
    expect(burst.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(35);
  });

  it('throttles and audits wrong current passwords on a password change', async () => {
    const user = await createUser(stack, 'manager', { officeId: office.id });
    const session = stack.client(user.client.token, { 'x-forwarded-for': '10.7.0.1' });
    for (let i = 0; i < 4; i++) {
      const wrong = await session.post('/auth/password', { currentPassword: `not-it-${i}-xxxxxx`, newPassword: `Baru-${randomUUID()}` });
      expect(wrong.status).toBe(400);
      expect(wrong.body.field).toBe('currentPassword');
    }
    const refused = await session.post('/auth/password', { currentPassword: user.password, newPassword: `Baru-${randomUUID()}` });
    expect(refused.status).toBe(429);
    const { rows } = await stack.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'auth.password-change-failed' AND actor = $1`, [user.username]);
    expect(rows[0].n).toBe(4);
  });

  it('refuses an address that tries many accounts, while other addresses sign in', async () => {
    const user = await createUser(stack, 'operator', { officeId: office.id });
    for (let i = 0; i < 5; i++) {
      expect((await from('10.4.0.9').post('/auth/login', { username: `guess${i}.${randomUUID().slice(0, 4)}`, password: 'password-guess-1' })).status).toBe(401);
    }
    expect((await from('10.4.0.9').post('/auth/login', { username: user.username, password: user.password })).status).toBe(429);
    expect((await from('10.4.0.10').post('/auth/login', { username: user.username, password: user.password })).status).toBe(200);
  });

  it('issues API keys shown once, scoped to an office and a role, and revocable', async () => {
    const created = await stack.post('/api-keys', { name: 'SIAK kecamatan', officeId: office.id, role: 'operator' });
    expect(created.status).toBe(201);
    const key: string = created.body.key;
    expect(key).toMatch(/^ektp_k_/);
    const listed = await stack.get(`/api-keys?officeId=${office.id}`);
    expect(JSON.stringify(listed.body)).not.toContain(key);
    expect(listed.body.items[0].keyHash).toBeUndefined();
    expect(listed.body.items[0].prefix).toBe(key.slice(0, listed.body.items[0].prefix.length));
    const stored = await stack.db.query(`SELECT key_hash FROM api_keys WHERE id = $1`, [created.body.id]);
    expect(stored.rows[0].key_hash).toBe(createHmac('sha256', process.env.TEST_AUTH_TOKEN_SECRET!).update(key).digest('hex'));

    const integration = stack.client(undefined, { 'x-api-key': key });
    const me = await integration.get('/auth/me');
    expect(me.body).toMatchObject({ kind: 'api-key', role: 'operator', officeId: office.id });
    const offices = await integration.get('/offices');
    expect(offices.body.items.map((o: { id: string }) => o.id)).toEqual([office.id]);
    expect((await integration.post('/offices', { regencyCode: '11.01', name: 'X' })).status).toBe(403);
    // The same key as a bearer token works too; its writes are recorded under its prefix.
    const bearer = stack.client(key);
    const sp = await bearer.post('/service-points', { officeId: office.id, districtCode: office.districts[0], kind: 'mobile-unit', name: `Unit ${randomUUID().slice(0, 6)}` });
    expect(sp.status).toBe(201);
    const audit = await stack.get(`/audit?targetId=${sp.body.id}`);
    expect(audit.body.items[0]).toMatchObject({ actor: `apikey:${created.body.prefix}`, actorKind: 'api-key', action: 'service-point.create' });

    expect((await stack.delete(`/api-keys/${created.body.id}`)).status).toBe(200);
    const revoked = await integration.get('/auth/me');
    expect(revoked.status).toBe(401);
  });

  it('ends the sessions of a deactivated user and refuses their login', async () => {
    const user = await createUser(stack, 'operator', { officeId: office.id });
    const patched = await stack.http('PATCH', `/users/${user.id}`, { active: false });
    expect(patched.status).toBe(200);
    expect(patched.body.sessionsEnded).toBe(1);
    expect((await user.client.get('/auth/me')).status).toBe(401);
    expect((await from('10.5.0.1').post('/auth/login', { username: user.username, password: user.password })).status).toBe(401);
  });

  it('lets users change their own password, which ends their other sessions', async () => {
    const user = await createUser(stack, 'manager', { officeId: office.id });
    const second = await stack.login(user.username, user.password);
    const weak = await user.client.post('/auth/password', { currentPassword: user.password, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.field).toBe('newPassword');
    const changed = await user.client.post('/auth/password', { currentPassword: user.password, newPassword: `Baru-${randomUUID()}` });
    expect(changed.status).toBe(200);
    expect(changed.body.sessionsEnded).toBe(1);
    expect((await user.client.get('/auth/me')).status).toBe(200);
    expect((await second.get('/auth/me')).status).toBe(401);
  });

  it('validates new accounts naming the field, and changes nothing', async () => {
    const before = (await stack.db.query('SELECT count(*)::int AS n FROM users')).rows[0].n;
    const weak = await stack.post('/users', { username: 'lemah.satu', displayName: 'Lemah', role: 'operator', officeId: office.id, password: 'aaaaaaaaaaaa' });
    expect(weak.status).toBe(400);
    expect(weak.body.field).toBe('password');
    const noOffice = await stack.post('/users', { username: 'tanpa.kantor', displayName: 'Tanpa', role: 'manager', password: `Pw-${randomUUID()}` });
    expect(noOffice.status).toBe(400);
    expect(noOffice.body.field).toBe('officeId');
    const badName = await stack.post('/users', { username: 'Bad Name', displayName: 'X', role: 'admin', password: `Pw-${randomUUID()}` });
    expect(badName.status).toBe(400);
    expect(badName.body.errors[0].field).toBe('username');
    const reserved = await stack.post('/users', { username: 'system', displayName: 'X', role: 'admin', password: `Pw-${randomUUID()}` });
    expect(reserved.status).toBe(400);
    const existing = await createUser(stack, 'operator', { officeId: office.id });
    const dup = await stack.post('/users', { username: existing.username, displayName: 'X', role: 'operator', officeId: office.id, password: `Pw-${randomUUID()}` });
    expect(dup.status).toBe(409);
    expect(dup.body.field).toBe('username');
    expect((await stack.db.query('SELECT count(*)::int AS n FROM users')).rows[0].n).toBe(before + 1);
  });

  it('creates an admin from the command line who can sign in', async () => {
    const username = `cli.${randomUUID().slice(0, 8)}`;
    const out = await run(process.execPath, [path.join(ROOT, 'dist/src/cli/cli.js'), 'user:create', '--username', username, '--role', 'admin', '--name', 'Admin CLI'], {
      env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL },
    });
    const password = /password \(shown once\): (\S+)/.exec(out.stdout)?.[1];
    expect(password).toBeDefined();
    const admin = await stack.login(username, password!);
    expect((await admin.get('/auth/me')).body.role).toBe('admin');
  });

  it('refuses to start without a strong token secret outside development', async () => {
    const start = (env: NodeJS.ProcessEnv) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, [path.join(ROOT, 'dist/src/main.js')], {
          env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS, PORT: '0', ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (c) => (output += c));
        child.stderr.on('data', (c) => (output += c));
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.on('exit', (code) => {
          clearTimeout(timer);
          resolve({ code, output });
        });
      });
    const missing = await start({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: '' });
    expect(missing.code).not.toBe(0);
    expect(missing.output).toMatch(/AUTH_TOKEN_SECRET is required/);
    const weak = await start({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: 'changeme-changeme-changeme-changeme' });
    expect(weak.code).not.toBe(0);
    expect(weak.output).toMatch(/AUTH_TOKEN_SECRET/);
  });

  it('sends security headers, keeps CORS closed, limits bodies and never leaks internals in errors', async () => {
    const res = await stack.get('/auth/me');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBeTruthy();
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-request-id')).toBeTruthy();

    const preflight = await fetch(`${stack.baseUrl}/offices`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();

    const big = await stack.post('/offices', { regencyCode: '11.01', name: 'x'.repeat(200_000) });
    expect(big.status).toBe(413);
    expect(JSON.stringify(big.body)).not.toMatch(/at \w+ \(|node_modules/);
    const malformed = await stack.admin.http('POST', '/offices', '{"regencyCode": ');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).not.toMatch(/at \w+ \(|node_modules|Unexpected end/);
    const oversizedPage = await stack.get('/devices?limit=1000');
    expect(oversizedPage.status).toBe(400);
    expect(oversizedPage.body.errors[0].field).toBe('limit');
  });
});
