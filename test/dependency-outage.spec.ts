import { randomUUID } from 'node:crypto';
import { addRecordingSet, createOffice, createServicePoint, OfficeFixture } from './support/fixtures';
import { ApiClient, eventually, HttpResult, Stack } from './support/stack';
import { proxyDependencies, TcpProxy } from './support/tcp-proxy';

/**
 * Postgres and Temporal taken away (a proxy in front of each refuses connections and drops the open
 * ones) while the API and the worker run: every route answers 503 with Retry-After, or from its cache,
 * never a 500 or a hang; when they come back everything answers again and nothing is lost or doubled.
 */
describe('when Postgres or Temporal is down', () => {
  const env: NodeJS.ProcessEnv = {
    TEMPORAL_CALL_TIMEOUT_MS: '3000',
    DATABASE_CONNECT_TIMEOUT_MS: '2000',
    WORKFLOW_START_GRACE_SECONDS: '1',
    REQUEST_TIMEOUT_MS: '6000',
    WORKFLOW_START_SWEEP_INTERVAL_MS: '300',
    // So that the answer cached before the cut is past its max age during it.
    PUBLIC_AVAILABILITY_CACHE_SECONDS: '1',
  };
  const stack = new Stack(env);
  let postgres: TcpProxy;
  let temporal: TcpProxy;
  let office: OfficeFixture;

  beforeAll(async () => {
    ({ postgres, temporal } = await proxyDependencies(env));
    await stack.start();
    office = await createOffice(stack);
  });
  afterAll(async () => {
    await postgres?.restore();
    await temporal?.restore();
    await stack.stop();
    await postgres?.close();
    await temporal?.close();
  });

  /** One request (to `base`, the stack's API by default); a hang fails the test (a generous limit, not a timing assertion). */
  async function call(
    who: ApiClient | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    base = stack.baseUrl,
  ): Promise<HttpResult> {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(who?.token ? { authorization: `Bearer ${who.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(45_000),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  }

  function expectUnavailable(res: HttpResult, code: string) {
    expect({ status: res.status, code: res.body?.code }).toEqual({ status: 503, code });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  }

  /** Repeats a request (same X-Request-Id) while it answers 503, as a client honouring Retry-After would. */
  function untilServed(send: () => Promise<HttpResult>, what: string): Promise<HttpResult> {
    return eventually(
      async () => {
        const res = await send();
        return res.status === 503 ? undefined : res;
      },
      60_000,
      what,
    );
  }

  async function openCase(): Promise<{ id: string; workflowId: string; deviceId: string }> {
    const sp = await createServicePoint(stack, office);
    const device = (await addRecordingSet(stack, sp.id)).camera;
    const opened = await office.operator.post('/repairs', { deviceId: device.id, description: 'Kamera mati' });
    expect(opened.status).toBe(201);
    return { id: opened.body.id, workflowId: opened.body.workflowId, deviceId: device.id };
  }

  async function timeline(caseId: string): Promise<Array<{ seq: number; event: string }>> {
    const { rows } = await stack.db.query(`SELECT seq, event FROM timeline_entries WHERE subject_id = $1 ORDER BY seq`, [caseId]);
    return rows;
  }

  it('answers 503 with Retry-After while Temporal is unreachable, starts without it, and does a retried action once when it is back', async () => {
    const c = await openCase();
    const spare = (await addRecordingSet(stack, (await createServicePoint(stack, office)).id)).camera;
    await eventually(async () => (await timeline(c.id)).length === 1, 30_000, 'the reported event');

    await temporal.cut();
    const requestId = `triage-${randomUUID()}`;
    const triage = (base = stack.baseUrl) =>
      call(office.operator2, 'POST', `/repairs/${c.id}/triage`, { assessment: 'needs-repair' }, { 'x-request-id': requestId }, base);
    expectUnavailable(await triage(), 'temporal_unavailable');
    const create = await call(office.operator, 'POST', '/repairs', { deviceId: spare.id, description: 'Kamera cadangan mati' });
    expectUnavailable(create, 'temporal_unavailable');
    // The case is stored with its start staged: it will be opened once Temporal is back.
    expect(create.body.pending).toBe(true);
    const health = await call(undefined, 'GET', '/health');
    expect({ status: health.status, body: health.body }).toEqual({ status: 503, body: { status: 'down' } });

    // A second API process starting now (an office's server rebooting while Temporal restarts) comes up and answers.
    const second = new Stack(env);
    const starting = second.start({ worker: false });
    try {
      await eventually(async () => (await call(undefined, 'GET', '/health', undefined, {}, second.baseUrl)).status === 503, 60_000, 'the second API to answer');
      expectUnavailable(await triage(second.baseUrl), 'temporal_unavailable');

      await temporal.restore();
      await starting;
      const done = await untilServed(() => triage(second.baseUrl), 'the triage once Temporal is back');
      expect({ status: done.status, state: done.body.status }).toEqual({ status: 200, state: 'triaged' });
    } finally {
      await starting.catch(() => undefined);
      await second.stop();
    }
    // The same request again, to either API, is the same action, not a second one.
    const again = await untilServed(() => triage(), 'the repeated triage');
    expect({ status: again.status, state: again.body.status }).toEqual({ status: 200, state: 'triaged' });
    await eventually(async () => (await timeline(c.id)).length === 2, 30_000, 'the triaged event');
    expect(await timeline(c.id)).toEqual([
      { seq: 1, event: 'reported' },
      { seq: 2, event: 'triaged' },
    ]);
    // The create that could not reach Temporal is opened by the worker's sweeper, once: the device's one open case.
    await eventually(async () => (await timeline(create.body.id)).length === 1, 30_000, 'the staged case to be opened');
    const reported = await call(office.operator, 'POST', '/repairs', { deviceId: spare.id, description: 'Kamera cadangan mati' });
    expect([reported.status, reported.body.code, reported.body.repairCaseId]).toEqual([409, 'repair_already_open', create.body.id]);
    expect((await call(undefined, 'GET', '/health')).body).toEqual({ status: 'up' });
  });

  it('answers from its cache, or 503 with Retry-After, while Postgres is unreachable, and loses nothing across the cut', async () => {
    const other = await createOffice(stack, { users: false });
    const asked = await call(undefined, 'GET', `/availability?regency=${office.regencyCode}`);
    expect({ status: asked.status, stale: asked.body.stale }).toEqual({ status: 200, stale: false });

    // A small workload: three cases, each taken through its steps by a client that retries on 503.
    const cases = await Promise.all([openCase(), openCase(), openCase()]);
    const steps: Array<[ApiClient, string, unknown]> = [
      [office.operator2, 'triage', { assessment: 'needs-repair' }],
      [office.operator2, 'request-repair', { channel: 'ministry' }],
      [office.operator2, 'mark-repaired', { note: 'Diganti' }],
      [office.manager, 'verify', { working: true }],
    ];
    let cut!: () => void;
    const cutDone = new Promise<void>((resolve) => (cut = resolve));
    const firstStepDone: Array<Promise<void>> = [];
    const workload = cases.map((c) => {
      let stepped!: () => void;
      firstStepDone.push(new Promise<void>((resolve) => (stepped = resolve)));
      return (async () => {
        const answers: number[] = [];
        for (const [i, [who, action, body]] of steps.entries()) {
          // The second step is sent while Postgres is cut: it must wait it out, not fail for good.
          if (i === 1) await cutDone;
          const requestId = `${action}-${randomUUID()}`;
          const res = await untilServed(async () => {
            const r = await call(who, 'POST', `/repairs/${c.id}/${action}`, body, { 'x-request-id': requestId });
            answers.push(r.status);
            return r;
          }, `${action} of ${c.id}`);
          expect({ action, status: res.status }).toEqual({ action, status: 200 });
          if (i === 0) stepped();
        }
        return answers;
      })();
    });
    await Promise.all(firstStepDone);

    await postgres.cut();
    cut();
    // Within its max age the cached answer is simply fresh; past it, it is served stale.
    const cached = await eventually(async () => {
      const r = await call(undefined, 'GET', `/availability?regency=${office.regencyCode}`);
      if (r.status !== 200) throw new Error(`availability answered ${r.status}`);
      return r.body.stale ? r : undefined;
    }, 30_000, 'the stale answer');
    expect(cached.body.asOf).toBe(asked.body.asOf);
    expect(cached.headers.get('warning')).toMatch(/^110 /);
    expect(cached.body.servicePoints).toEqual(asked.body.servicePoints);
    expectUnavailable(await call(undefined, 'GET', `/availability?regency=${other.regencyCode}`), 'database_unavailable');
    expectUnavailable(await call(undefined, 'POST', '/auth/login', { username: 'admin', password: 'whatever-it-is' }), 'database_unavailable');
    expectUnavailable(await call(office.operator, 'GET', `/repairs?officeId=${office.id}`), 'database_unavailable');
    const health = await call(undefined, 'GET', '/health');
    expect({ status: health.status, body: health.body }).toEqual({ status: 503, body: { status: 'down' } });

    await postgres.restore();
    const answers = await Promise.all(workload);
    // Every client met the outage at its second step and got through by retrying.
    for (const a of answers) expect(a).toContain(503);
    expect(answers.flat().filter((s) => s !== 200 && s !== 503)).toEqual([]);

    await eventually(async () => (await call(undefined, 'GET', '/health')).status === 200, 30_000, '/health up');
    expect((await stack.login(process.env.TEST_ADMIN_USERNAME as string, process.env.TEST_ADMIN_PASSWORD as string)).token).toBeTruthy();
    const fresh = await eventually(async () => {
      const r = await call(undefined, 'GET', `/availability?regency=${other.regencyCode}`);
      return r.status === 200 ? r : undefined;
    }, 30_000, 'a new availability query');
    expect(fresh.body.stale).toBe(false);
    for (const c of cases) {
      await eventually(async () => (await timeline(c.id)).length === 5, 30_000, `the timeline of ${c.id}`);
      expect((await timeline(c.id)).map((t) => t.seq)).toEqual([1, 2, 3, 4, 5]);
      const { rows } = await stack.db.query(`SELECT status FROM repair_cases WHERE device_id = $1`, [c.deviceId]);
      expect(rows).toEqual([{ status: 'closed' }]);
      const description = await stack.temporal.workflow.getHandle(c.workflowId).describe();
      expect(description.status.name).toBe('COMPLETED');
    }
  });

  it('answers 503, not hang, when the database stops answering in the middle of a conversation', async () => {
    const c = await openCase();
    // Connections the API holds open in its pool stay open and carry nothing more.
    expect((await call(office.operator, 'GET', `/repairs/${c.id}`)).status).toBe(200);
    await postgres.freeze();
    try {
      const stalled = await Promise.all([1, 2, 3].map(() => call(office.operator, 'GET', `/repairs/${c.id}`)));
      for (const res of stalled) {
        expect(res.status).toBe(503);
        expect(['dependency_timeout', 'database_unavailable']).toContain(res.body.code);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    } finally {
      await postgres.restore();
    }
    await eventually(async () => (await call(office.operator, 'GET', `/repairs/${c.id}`)).status === 200, 60_000, 'the database answering again');
  });

  it('answers 503, not hang, while Postgres and Temporal accept connections but never answer', async () => {
    const c = await openCase();
    await postgres.hang();
    await temporal.hang();
    try {
      // The pool's connect timeout and the Temporal deadline end these, not the client's patience.
      expectUnavailable(await call(undefined, 'POST', '/auth/login', { username: 'admin', password: 'whatever-it-is' }), 'database_unavailable');
      expectUnavailable(await call(office.operator, 'GET', `/repairs/${c.id}`), 'database_unavailable');
      const health = await call(undefined, 'GET', '/health');
      expect({ status: health.status, body: health.body }).toEqual({ status: 503, body: { status: 'down' } });
    } finally {
      await postgres.restore();
    }
    try {
      const triage = await call(office.operator2, 'POST', `/repairs/${c.id}/triage`, { assessment: 'fix-on-site' });
      expectUnavailable(triage, 'temporal_unavailable');
    } finally {
      await temporal.restore();
    }
    await eventually(async () => (await call(undefined, 'GET', '/health')).status === 200, 60_000, '/health up');
  });
});
