import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { findFreePort } from '../src/common/free-port';
import { loadConfig } from '../src/config/app-config';
import { refuseMetrics } from '../src/metrics/metrics-access';
import { addRecordingSet, createOffice, createServicePoint, OfficeFixture, setPolicy } from './support/fixtures';
import { eventually, Stack } from './support/stack';
import { TcpProxy } from './support/tcp-proxy';

type Sample = { name: string; labels: Record<string, string>; value: number };

/** Prometheus text format → samples (comments skipped). */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

/** The value of the one sample with that name and (at least) these labels; 0 when there is none. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${found.length} samples`);
  return found[0]?.value ?? 0;
}

/** A stand-in for Node's request: only what refuseMetrics reads. */
function request(remoteAddress: string, authorization?: string): IncomingMessage {
  return { headers: authorization ? { authorization } : {}, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe('who may read /metrics', () => {
  it('with METRICS_TOKEN: only its bearer, from anywhere', () => {
    const config = loadConfig({ NODE_ENV: 'production', METRICS_TOKEN: 'scrape-token-1234567890' });
    expect(refuseMetrics(config, request('10.0.0.9', 'Bearer scrape-token-1234567890'))).toBeUndefined();
    expect(refuseMetrics(config, request('127.0.0.1'))).toMatchObject({ status: 401, code: 'authentication_required' });
    expect(refuseMetrics(config, request('127.0.0.1', 'Bearer scrape-token-123456789'))).toMatchObject({ status: 401, code: 'invalid_token' });
  });

  it('without it: the loopback address only, and nobody in production', () => {
    const development = loadConfig({ NODE_ENV: 'development' });
    expect(refuseMetrics(development, request('127.0.0.1'))).toBeUndefined();
    expect(refuseMetrics(development, request('::1'))).toBeUndefined();
    expect(refuseMetrics(development, request('192.168.1.20'))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(refuseMetrics(loadConfig({ NODE_ENV: 'production' }), request('127.0.0.1'))).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('Prometheus metrics of the API and the worker', () => {
  const token = `metrics-${randomUUID()}`;
  const env: NodeJS.ProcessEnv = { METRICS_TOKEN: token, METRICS_CACHE_SECONDS: '1' };
  // The worker reaches Postgres through a proxy the last test cuts; the API directly.
  const apiEnv: NodeJS.ProcessEnv = {};
  const stack = new Stack(env, apiEnv);
  let office: OfficeFixture;
  let workerUrl = '';
  let postgres: TcpProxy;

  const scrape = async (base: string, authorization: string | null = `Bearer ${token}`) => {
    const res = await fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} });
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  };
  const samplesOf = async (base: string) => {
    const res = await scrape(base);
    expect(res.status).toBe(200);
    return parse(res.text);
  };

  beforeAll(async () => {
    const port = await findFreePort();
    env.WORKER_METRICS_PORT = String(port);
    workerUrl = `http://127.0.0.1:${port}`;
    const database = process.env.TEST_DATABASE_URL as string;
    postgres = await TcpProxy.start(new URL(database).host);
    env.DATABASE_URL = postgres.urlThrough(database);
    apiEnv.DATABASE_URL = database;
    await stack.start();
    office = await createOffice(stack);
  });
  afterAll(async () => {
    await stack.stop();
    await postgres?.close();
  });

  it('refuses the API\'s /metrics without the token or with another, in the API\'s error shape', async () => {
    const none = await scrape(stack.baseUrl, null);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.text)).toMatchObject({ statusCode: 401, code: 'authentication_required' });
    const wrong = await scrape(stack.baseUrl, `Bearer ${token}x`);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.text)).toMatchObject({ code: 'invalid_token' });
  });

  it('counts and times HTTP requests by route pattern and status, never by the raw URL', async () => {
    const id = randomUUID();
    const route = { method: 'GET', route: '/repairs/:id', status_code: '404' };
    const before = await samplesOf(stack.baseUrl);
    expect((await stack.get(`/repairs/${id}`)).status).toBe(404);
    const after = await samplesOf(stack.baseUrl);
    expect(valueOf(after, 'http_requests_total', route)).toBe(valueOf(before, 'http_requests_total', route) + 1);
    expect(valueOf(after, 'http_request_duration_seconds_count', route)).toBe(valueOf(before, 'http_request_duration_seconds_count', route) + 1);
    expect(valueOf(after, 'http_request_duration_seconds_bucket', { ...route, le: '+Inf' })).toBe(valueOf(after, 'http_request_duration_seconds_count', route));
    expect(after.some((s) => Object.values(s.labels).some((v) => v.includes(id)))).toBe(false);
    // A path no route has is one series, whatever the path.
    const unmatched = { method: 'GET', route: '(unmatched)', status_code: '404' };
    expect((await stack.get(`/no-such-thing-${id}/x.json`)).status).toBe(404);
    expect(valueOf(await samplesOf(stack.baseUrl), 'http_requests_total', unmatched)).toBe(valueOf(after, 'http_requests_total', unmatched) + 1);
    // Node's own process metrics are there too.
    expect(valueOf(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect((await scrape(stack.baseUrl)).type).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('moves the domain gauges with the read model: an open repair case, then a stalled one, and the service point that cannot record', async () => {
    await setPolicy(stack, office.id, { triageSeconds: 1, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600 });
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const before = await samplesOf(stack.baseUrl);
    expect(valueOf(before, 'ektp_read_model_up')).toBe(1);
    const open = valueOf(before, 'ektp_repair_cases_open', { status: 'reported' });
    const stalled = valueOf(before, 'ektp_repair_cases_stalled', { status: 'reported' });
    const unable = valueOf(before, 'ektp_service_points_unable_to_record');

    const opened = await office.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera mati' });
    expect(opened.status).toBe(201);
    await eventually(
      async () => {
        const now = await samplesOf(stack.baseUrl);
        return (
          valueOf(now, 'ektp_repair_cases_open', { status: 'reported' }) === open + 1 &&
          valueOf(now, 'ektp_repair_cases_stalled', { status: 'reported' }) === stalled + 1 &&
          valueOf(now, 'ektp_service_points_unable_to_record') === unable + 1
        );
      },
      30_000,
      'the repair case in the gauges, then past its triage deadline',
    );
    const now = await samplesOf(stack.baseUrl);
    // Every bucket of the letters and every status of the outboxes is a series, zero or not.
    for (const waiting of ['approval', 'reply']) {
      for (const age of ['0-1d', '1-3d', '3-7d', '7-14d', '14d+']) {
        expect(now.some((s) => s.name === 'ektp_letters_waiting' && s.labels.waiting_for === waiting && s.labels.age === age)).toBe(true);
      }
    }
    for (const name of ['ektp_batches_unacknowledged', 'ektp_notification_emails', 'ektp_webhook_deliveries', 'ektp_print_backlog_remaining']) {
      expect(now.some((s) => s.name === name)).toBe(true);
    }
  });

  it('answers the worker\'s liveness and readiness on its metrics port', async () => {
    const live = await fetch(`${workerUrl}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'up' });
    const ready = await eventually(async () => {
      const res = await fetch(`${workerUrl}/health/ready`);
      return res.status === 200 ? res.json() : undefined;
    }, 30_000, 'the worker to be ready');
    expect(ready).toEqual({ status: 'up', worker: 'RUNNING', temporal: 'up', database: 'up' });
    expect((await fetch(`${workerUrl}/nothing`)).status).toBe(404);
  });

  it('serves the worker\'s metrics with the Temporal SDK\'s, behind the same token, and they move as workflows run', async () => {
    const refused = await scrape(workerUrl, null);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text)).toMatchObject({ code: 'authentication_required' });

    const counter = 'temporal_workflow_task_execution_latency_seconds_count';
    const tasks = (samples: Sample[]) => samples.filter((s) => s.name === counter).reduce((n, s) => n + s.value, 0);
    const before = await samplesOf(workerUrl);
    expect(valueOf(before, 'process_resident_memory_bytes', { process: 'worker' })).toBeGreaterThan(0);
    expect(before.some((s) => s.name === 'temporal_worker_task_slots_available')).toBe(true);
    expect(before.some((s) => s.name === 'temporal_num_pollers')).toBe(true);

    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    expect((await office.operator.post('/repairs', { deviceId: devices.pc.id, description: 'PC tidak menyala' })).status).toBe(201);
    await eventually(async () => tasks(await samplesOf(workerUrl)) > tasks(before), 30_000, 'workflow tasks in the SDK metrics');
  });

  it('says the worker is not ready while its Postgres is away, and ready again once it is back, alive all along', async () => {
    await postgres.cut();
    try {
      const down = await eventually(async () => {
        const res = await fetch(`${workerUrl}/health/ready`);
        return res.status === 503 ? { body: await res.json(), retryAfter: res.headers.get('retry-after') } : undefined;
      }, 30_000, 'the worker to say it is not ready');
      expect(down.body).toEqual({ status: 'down', worker: 'RUNNING', temporal: 'up', database: 'down' });
      expect(down.retryAfter).toBe('5');
      expect((await fetch(`${workerUrl}/health/live`)).status).toBe(200);
    } finally {
      await postgres.restore();
    }
    await eventually(async () => (await fetch(`${workerUrl}/health/ready`)).status === 200, 30_000, 'the worker to be ready again');
  });
});
