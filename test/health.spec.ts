import { MIGRATIONS } from '../src/database/data-source';
import { eventually, HttpResult, Stack } from './support/stack';
import { proxyDependencies, TcpProxy } from './support/tcp-proxy';

/**
 * /health/live answers as long as the process does; /health/ready names the dependency that is
 * down (Postgres, Temporal, or migrations not applied), with 503 and Retry-After.
 */
describe('liveness and readiness of the API', () => {
  const env: NodeJS.ProcessEnv = { TEMPORAL_CALL_TIMEOUT_MS: '3000', DATABASE_CONNECT_TIMEOUT_MS: '2000' };
  const stack = new Stack(env);
  let postgres: TcpProxy;
  let temporal: TcpProxy;

  beforeAll(async () => {
    ({ postgres, temporal } = await proxyDependencies(env));
    // The API alone: the worker's own health is on its metrics port.
    await stack.start({ worker: false });
  });
  afterAll(async () => {
    await postgres?.restore();
    await temporal?.restore();
    await stack.stop();
    await postgres?.close();
    await temporal?.close();
  });

  /** One request; a hang fails the test (a generous limit, not a timing assertion). */
  async function get(path: string, base = stack.baseUrl): Promise<HttpResult> {
    const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) });
    return { status: res.status, body: await res.json(), headers: res.headers };
  }

  function expectNotReady(res: HttpResult, checks: Record<string, string>) {
    expect({ status: res.status, body: res.body }).toEqual({ status: 503, body: { status: 'down', checks } });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.headers.get('cache-control')).toBe('no-store');
  }

  it('is live and ready while everything answers', async () => {
    expect((await get('/health/live')).body).toEqual({ status: 'up' });
    const ready = await get('/health/ready');
    expect({ status: ready.status, body: ready.body }).toEqual({ status: 200, body: { status: 'up', checks: { database: 'up', temporal: 'up', migrations: 'up' } } });
    expect((await get('/health')).body).toEqual({ status: 'up' });
  });

  it('stays live while Postgres is cut, and is not ready, naming the database', async () => {
    await postgres.cut();
    try {
      const live = await get('/health/live');
      expect({ status: live.status, body: live.body }).toEqual({ status: 200, body: { status: 'up' } });
      expectNotReady(await get('/health/ready'), { database: 'down', temporal: 'up', migrations: 'unknown' });
      expect((await get('/health')).status).toBe(503);
    } finally {
      await postgres.restore();
    }
    await eventually(async () => (await get('/health/ready')).status === 200, 30_000, 'ready again once Postgres is back');
  });

  it('is not ready while Temporal is cut, naming it', async () => {
    await temporal.cut();
    try {
      expect((await get('/health/live')).status).toBe(200);
      expectNotReady(await get('/health/ready'), { database: 'up', temporal: 'down', migrations: 'up' });
    } finally {
      await temporal.restore();
    }
    await eventually(async () => (await get('/health/ready')).status === 200, 30_000, 'ready again once Temporal is back');
  });

  it('is not ready while a migration of this build is not applied', async () => {
    // A database of this file's own (the run's is shared): its newest migration taken back, as if
    // the API had been upgraded without running the migrations.
    const own = new Stack({ TEMPORAL_CALL_TIMEOUT_MS: '3000' });
    await own.start({ worker: false, ownDatabase: true });
    try {
      const last = MIGRATIONS[MIGRATIONS.length - 1];
      const name = new last().name ?? last.name;
      const { rows } = await own.db.query(`DELETE FROM migrations WHERE name = $1 RETURNING id, timestamp, name`, [name]);
      expect(rows).toHaveLength(1);
      try {
        expectNotReady(await get('/health/ready', own.baseUrl), { database: 'up', temporal: 'up', migrations: 'down' });
        expect((await get('/health/live', own.baseUrl)).status).toBe(200);
      } finally {
        await own.db.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [rows[0].id, rows[0].timestamp, rows[0].name]);
      }
      expect((await get('/health/ready', own.baseUrl)).status).toBe(200);
    } finally {
      await own.stop();
    }
  });
});
