import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { createOffice, createServicePoint, addRecordingSet, OfficeFixture } from './support/fixtures';
import { eventually, Stack } from './support/stack';

type Line = Record<string, unknown> & { msg?: string; level?: string; requestId?: string; actor?: string; service?: string };

/**
 * The processes' logs (issue 16): JSON lines (LOG_FORMAT=json), every line of a request with its
 * request id and actor, the worker's activity lines with their workflow and activity, and no
 * credential in any line, of either process.
 */
describe('structured logs', () => {
  const stack = new Stack({ LOG_FORMAT: 'json', LOG_LEVEL: 'debug' }, {}, { keepAllOutput: true });
  let office: OfficeFixture;
  const secrets: string[] = [];

  beforeAll(async () => {
    await stack.start();
    office = await createOffice(stack);
    secrets.push(process.env.TEST_ADMIN_PASSWORD as string, process.env.TEST_AUTH_TOKEN_SECRET as string, stack.admin.token as string);
  });
  afterAll(() => stack.stop());

  /** Every line so far, parsed; a line that is not JSON fails the test. */
  function lines(): Array<Line & { process: 'api' | 'worker' }> {
    return stack.lines().map(({ process, line }) => {
      try {
        return { ...(JSON.parse(line) as Line), process };
      } catch {
        throw new Error(`not a JSON line from the ${process}: ${line}`);
      }
    });
  }

  it('keeps passwords, tokens, API keys, cookies and secrets out of every line, and each request’s lines share its id and actor', async () => {
    // A user signs in with a password, uses the token as a bearer token, changes the password with a
    // wrong current one (a warning inside the request), and is refused a route (a warning in the guard).
    const username = `log.${randomUUID().slice(0, 8)}`;
    const password = `Pw-${randomUUID()}`;
    expect((await stack.post('/users', { username, displayName: 'Pengguna log', role: 'operator', password, officeId: office.id })).status).toBe(201);
    const login = await stack.anonymous.post('/auth/login', { username, password });
    expect(login.status).toBe(200);
    const token: string = login.body.token;
    secrets.push(password, token);
    const user = stack.client(token);

    const wrongPassword = `Wrong-${randomUUID()}`;
    const newPassword = `New-${randomUUID()}`;
    secrets.push(wrongPassword, newPassword);
    const changeId = `logs-change-${randomUUID()}`;
    const change = await user.http('POST', '/auth/password', { currentPassword: wrongPassword, newPassword }, { 'x-request-id': changeId });
    expect(change.status).toBeGreaterThanOrEqual(400);
    const refusedId = `logs-refused-${randomUUID()}`;
    expect((await user.http('GET', '/users', undefined, { 'x-request-id': refusedId })).status).toBe(403);

    // An API key, in its header and as a bearer token; a token in a query string; a session cookie.
    const created = await stack.post('/api-keys', { name: `Kunci log ${randomUUID().slice(0, 6)}`, officeId: office.id, role: 'operator' });
    expect(created.status).toBe(201);
    const key: string = created.body.key;
    secrets.push(key);
    const keyId = `logs-key-${randomUUID()}`;
    expect((await stack.client(undefined, { 'x-api-key': key, 'x-request-id': keyId }).get('/auth/me')).status).toBe(200);
    expect((await stack.client(key).get('/auth/me')).status).toBe(200);
    const queryToken = `qs-${randomUUID()}`;
    secrets.push(queryToken);
    await user.get(`/auth/me?token=${queryToken}&access_token=${queryToken}`);
    await stack.client(undefined, { cookie: `ektp_session=${token}` }).get('/auth/me');
    // A webhook's signing secret, shown once in its answer.
    const hook = await stack.post('/webhooks', { officeId: office.id, url: 'http://127.0.0.1:9/hook', eventTypes: ['outage.opened'], allowHttp: true, allowPrivateTargets: true });
    expect(hook.status).toBe(201);
    secrets.push(hook.body.secret);

    const all = await eventually(async () => {
      const l = lines();
      return l.some((x) => x.requestId === keyId && x.msg?.includes('/auth/me')) ? l : undefined;
    }, 30_000, 'the requests’ lines');

    // No credential anywhere (the raw lines, not only the parsed fields).
    const raw = stack.lines().map((l) => l.line).join('\n');
    for (const secret of secrets) expect(raw.includes(secret)).toBe(false);
    // (An API key's public prefix names it as the actor; the key itself is 43 characters after ektp_k_.)
    expect(raw).not.toMatch(/ektp_[sk]_[A-Za-z0-9_-]{20,}/);
    expect(raw).not.toMatch(/whsec_[A-Za-z0-9_-]{20,}/);

    // A request's lines: its warning and its request line share its id and name the actor.
    const changeLines = all.filter((l) => l.requestId === changeId);
    expect(changeLines.map((l) => l.msg)).toEqual(expect.arrayContaining([expect.stringContaining('wrong current password'), expect.stringMatching(/^POST \/auth\/password 4\d\d$/)]));
    for (const l of changeLines) expect(l).toMatchObject({ service: 'api', actor: username, officeId: office.id });
    const refusedLines = all.filter((l) => l.requestId === refusedId);
    expect(refusedLines.map((l) => l.msg)).toEqual(expect.arrayContaining([expect.stringContaining('refused GET /users'), 'GET /users 403']));
    for (const l of refusedLines) expect(l).toMatchObject({ actor: username });
    // No line of another request carries these ids (a kept-alive connection does not mix them up).
    expect(all.filter((l) => l.msg?.includes('wrong current password')).every((l) => l.requestId === changeId)).toBe(true);
    expect(all.filter((l) => l.msg?.includes('refused GET /users') && l.actor === username).every((l) => l.requestId === refusedId)).toBe(true);
    // The API key's request is the key's, by its prefix.
    expect(all.find((l) => l.requestId === keyId && l.msg === 'GET /auth/me 200')?.actor).toMatch(/^apikey:/);
    // The query string's token is censored in the request line.
    expect(all.some((l) => l.msg?.startsWith('GET /auth/me?token=[Redacted]&access_token=[Redacted]'))).toBe(true);
    // Nest's route mapping is summed up, not listed.
    expect(all.filter((l) => l.context === 'RouterExplorer')).toEqual([]);
  });

  it('tags the worker’s lines of an activity with the workflow, its run and the activity, which the request’s start line names', async () => {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const requestId = `logs-repair-${randomUUID()}`;
    const opened = await office.operator.http('POST', '/repairs', { deviceId: devices.camera.id, description: 'Kamera tidak menyala' }, { 'x-request-id': requestId });
    expect(opened.status).toBe(201);
    const workflowId = await eventually(async () => {
      const { rows } = await stack.db.query(`SELECT workflow_id FROM repair_cases WHERE id = $1`, [opened.body.id]);
      return rows[0]?.workflow_id as string | undefined;
    }, 30_000, 'the case’s workflow id');
    const activityLine = await eventually(
      async () => lines().find((l) => l.process === 'worker' && l.workflowId === workflowId && typeof l.activityType === 'string'),
      30_000,
      'a worker line of the case’s activity',
    );
    expect(activityLine).toMatchObject({ service: 'worker', workflowId, workflowRunId: expect.any(String), activityType: expect.any(String) });
    // The request's own lines lead there: the API's line of the start carries the request's id and the workflow's.
    expect(lines().find((l) => l.process === 'api' && l.requestId === requestId && l.workflowId === workflowId)).toMatchObject({ context: 'TemporalClient', actor: expect.stringMatching(/^ope\./) });
    if (process.env.TEST_SHOW_LOGS) process.stderr.write(`${JSON.stringify(activityLine)}\n`);
  });

  it('writes JSON lines under NODE_ENV=production, readable lines without colour codes otherwise, and JSON when pino-pretty is not installed', () => {
    const logging = path.resolve(__dirname, '..', 'dist', 'src', 'common', 'logging.js');
    // A process of its own, its output a pipe (not a terminal), as under a service manager.
    const run = (env: NodeJS.ProcessEnv, withoutPretty = false) => {
      const block = withoutPretty
        ? `const M = require('node:module'); const r = M._resolveFilename; M._resolveFilename = function (n, ...a) { if (n === 'pino-pretty') throw Object.assign(new Error('absent'), { code: 'MODULE_NOT_FOUND' }); return r.call(this, n, ...a); };`
        : '';
      const script = `${block} const { createLogger } = require(${JSON.stringify(logging)}); createLogger(require(${JSON.stringify(path.resolve(__dirname, '..', 'dist', 'src', 'config', 'app-config.js'))}).loadConfig(), 'api').info({ context: 'Uji' }, 'satu baris');`;
      const base = { ...process.env };
      delete base.NODE_ENV;
      delete base.LOG_FORMAT;
      const out = spawnSync(process.execPath, ['-e', script], { env: { ...base, ...env }, encoding: 'utf8' });
      expect(out.status).toBe(0);
      return out.stdout.trim();
    };
    expect(JSON.parse(run({ NODE_ENV: 'production' }))).toMatchObject({ level: 'info', service: 'api', context: 'Uji', msg: 'satu baris', time: expect.any(String) });
    expect(JSON.parse(run({ NODE_ENV: 'development', LOG_FORMAT: 'json' }))).toMatchObject({ msg: 'satu baris' });
    const pretty = run({ NODE_ENV: 'development' });
    expect(pretty).toMatch(/INFO.*\[api Uji\] satu baris/);
    expect(pretty).not.toMatch(/\x1b\[/);
    expect(() => JSON.parse(pretty)).toThrow();
    expect(JSON.parse(run({ NODE_ENV: 'development' }, true))).toMatchObject({ msg: 'satu baris' });
  });
});
