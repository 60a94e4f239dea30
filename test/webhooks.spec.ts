import { createHmac, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { emitTimelineWebhooks, webhookEventId } from '../src/webhooks/webhook-events';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture } from './support/fixtures';
import { eventually, HttpResult, Stack } from './support/stack';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** A webhook receiver on loopback: answers each request with the next scripted status (then `then`). */
class Receiver {
  readonly requests: Received[] = [];
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answered = this.script.shift() ?? this.then;
      this.requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
      res.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'not now');
    });
  });

  constructor(
    private script: number[] = [],
    public then = 200,
  ) {}

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/ektp`;
  }

  stop(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
}

/** How a receiver verifies a delivery: HMAC-SHA256 over `timestamp + "." + body`, compared in constant time in real code. */
function signatureOf(secret: string, r: Received): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${r.headers['x-ektp-timestamp']}.${r.body}`).digest('hex');
}

describe('signed webhooks', () => {
  // Attempts a few hundred ms apart, given up after 10 s: the retry and the failure fit in the test.
  const stack = new Stack({ WEBHOOK_RETRY_INITIAL_MS: '200', WEBHOOK_RETRY_MAX_MS: '400', WEBHOOK_RETRY_FOR_SECONDS: '10', WEBHOOK_DISPATCH_INTERVAL_MS: '200', WEBHOOK_PRUNE_INTERVAL_MS: '500' });
  let office: OfficeFixture;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    await stack.start();
    office = await createOffice(stack);
    await createServicePoint(stack, office);
  });
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.stop()));
    await stack.stop();
  });

  function expectOk(res: HttpResult, status = 200) {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async function receiver(script: number[] = [], then = 200) {
    const r = await new Receiver(script, then).start();
    receivers.push(r);
    return r;
  }

  /** An endpoint on a loopback receiver: only an admin may allow http:// and private targets. */
  async function register(r: Receiver, eventTypes: string[], officeId = office.id) {
    return expectOk(await stack.post('/webhooks', { officeId, url: r.url, eventTypes, description: 'Penerima uji', allowHttp: true, allowPrivateTargets: true }), 201);
  }

  async function deliveredLog(endpointId: string, n: number) {
    return eventually(async () => {
      const page = expectOk(await stack.get(`/webhooks/${endpointId}/deliveries`));
      return page.items.length >= n && page.items.every((d: any) => d.status !== 'pending') && page.items;
    }, 60_000, 'the deliveries to settle');
  }

  it('delivers an event on the third attempt after two 500s, signed with the secret shown at creation, and logs the attempts; rotation changes the signature', async () => {
    const r = await receiver([500, 500], 200);
    const endpoint = await register(r, ['outage.opened', 'outage.resolved']);
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect(endpoint).toMatchObject({ officeId: office.id, eventTypes: ['outage.opened', 'outage.resolved'], enabled: true, secretHint: endpoint.secret.slice(0, 10) });
    // Never shown again.
    expect(expectOk(await stack.get(`/webhooks/${endpoint.id}`)).secret).toBeUndefined();

    const outage = expectOk(
      await office.operator.post('/outages', { officeId: office.id, kind: 'central-system', startedAt: new Date().toISOString(), description: 'Sistem pusat tidak dapat diakses' }),
      201,
    );
    const [delivery] = await deliveredLog(endpoint.id, 1);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200, series: 1, eventType: 'outage.opened' });
    expect(r.requests.map((q) => q.answered)).toEqual([500, 500, 200]);
    // One event: the same id, type and body in every attempt.
    expect(new Set(r.requests.map((q) => q.headers['x-ektp-event-id'])).size).toBe(1);
    expect(new Set(r.requests.map((q) => q.body)).size).toBe(1);
    const last = r.requests[2];
    expect(last.headers['x-ektp-signature']).toBe(signatureOf(endpoint.secret, last));
    expect(last.headers['x-ektp-event-type']).toBe('outage.opened');
    const event = JSON.parse(last.body);
    expect(event).toMatchObject({ id: delivery.eventId, type: 'outage.opened', officeId: office.id, data: { outageId: outage.id, event: 'reported', status: 'open' } });
    expect(last.headers['x-ektp-event-id']).toBe(event.id);

    const detail = expectOk(await stack.get(`/webhooks/${endpoint.id}/deliveries/${delivery.id}`));
    expect(detail.attemptLog.map((a: any) => [a.attempt, a.statusCode])).toEqual([
      [3, 200],
      [2, 500],
      [1, 500],
    ]);

    // A new secret signs what follows; the old one no longer verifies it.
    const rotated = expectOk(await stack.post(`/webhooks/${endpoint.id}/rotate-secret`));
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect(rotated).toMatchObject({ id: endpoint.id, secretRotatedAt: expect.any(String) });
    expect(expectOk(await stack.get(`/webhooks/${endpoint.id}`))).toMatchObject({ secretHint: rotated.secret.slice(0, 10), secretRotatedAt: rotated.secretRotatedAt });
    expectOk(await office.operator.post(`/outages/${outage.id}/resolve`, {}));
    const log = await deliveredLog(endpoint.id, 2);
    expect(log.map((d: any) => d.eventType)).toEqual(['outage.resolved', 'outage.opened']);
    const resolved = r.requests[3];
    expect(JSON.parse(resolved.body).type).toBe('outage.resolved');
    expect(resolved.headers['x-ektp-signature']).toBe(signatureOf(rotated.secret, resolved));
    expect(resolved.headers['x-ektp-signature']).not.toBe(signatureOf(endpoint.secret, resolved));
    expect(r.requests).toHaveLength(4);

    // The write was audited, without the secret.
    const audit = await stack.db.query(`SELECT action, summary FROM audit_entries WHERE target_id = $1 ORDER BY id`, [endpoint.id]);
    expect(audit.rows.map((a: any) => a.action)).toEqual(expect.arrayContaining(['webhook.create', 'webhook.rotate-secret']));
    expect(JSON.stringify(audit.rows)).not.toContain(endpoint.secret);
  });

  it('follows a repair case and the letter about it, each event signed and carrying what its documented schema names', async () => {
    const r = await receiver();
    const types = ['repair.opened', 'escalation.awaiting-approval', 'escalation.approved', 'repair.cancelled'];
    const endpoint = await register(r, types);
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const repair = expectOk(await office.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera perekaman mati' }), 201);
    const letter = expectOk(await office.operator.post('/escalations', { repairCaseIds: [repair.id] }), 201);
    const approved = expectOk(await office.manager.post(`/escalations/${letter.id}/approve`));
    expectOk(await office.operator.post(`/repairs/${repair.id}/cancel`, { reason: 'Perangkat diganti dari gudang' }));

    const log = await deliveredLog(endpoint.id, 4);
    expect(log.map((d: any) => [d.eventType, d.status]).sort()).toEqual(types.map((t) => [t, 'delivered']).sort());
    expect(r.requests).toHaveLength(4);
    // Each body is the documented WebhookEvent, its data the schema GET /webhooks/event-types names for its type.
    const doc = (await stack.anonymous.get('/docs-json')).body;
    const schemas = doc.components.schemas;
    const dataSchema = Object.fromEntries(expectOk(await stack.get('/webhooks/event-types')).map((t: any) => [t.type, t.dataSchema]));
    const fits = (value: Record<string, unknown>, schema: { properties: Record<string, unknown>; required?: string[] }) => ({
      missing: (schema.required ?? []).filter((k) => !(k in value)),
      unknown: Object.keys(value).filter((k) => !(k in schema.properties)),
    });
    const events: Record<string, any> = {};
    for (const q of r.requests) {
      expect(q.headers['x-ektp-signature']).toBe(signatureOf(endpoint.secret, q));
      const event = JSON.parse(q.body);
      expect([event.type, fits(event, schemas.WebhookEvent)]).toEqual([event.type, { missing: [], unknown: [] }]);
      expect([event.type, fits(event.data, schemas[dataSchema[event.type]])]).toEqual([event.type, { missing: [], unknown: [] }]);
      expect(event).toMatchObject({ type: q.headers['x-ektp-event-type'], id: q.headers['x-ektp-event-id'], officeId: office.id });
      events[event.type] = event;
    }
    expect(events['repair.opened'].data).toMatchObject({ event: 'reported', status: 'reported', actor: office.operator.username });
    expect(events['repair.cancelled'].data).toMatchObject({ event: 'cancelled', status: 'cancelled', note: 'Perangkat diganti dari gudang' });
    for (const t of ['repair.opened', 'repair.cancelled']) expect(Object.values(events[t].data)).toContain(repair.id);
    expect(Object.values(events['escalation.awaiting-approval'].data)).toContain(letter.id);
    expect(events['escalation.approved'].data).toMatchObject({ event: 'approved', details: expect.objectContaining({ letterNumber: approved.letterNumber }) });
  });

  it('marks a delivery failed once the retry window is over, and redelivers it (same event id, a new series)', async () => {
    const r = await receiver([], 503);
    const endpoint = await register(r, ['*']);
    const outage = expectOk(
      await office.operator.post('/outages', { officeId: office.id, kind: 'power', startedAt: new Date().toISOString(), description: 'Listrik padam di kantor' }),
      201,
    );
    const [failed] = await deliveredLog(endpoint.id, 1);
    expect(failed).toMatchObject({ status: 'failed', eventType: 'outage.opened', lastStatusCode: 503 });
    expect(failed.attempts).toBeGreaterThan(1);
    expect(failed.attempts).toBe(r.requests.length);

    r.then = 200;
    const again = expectOk(await stack.post(`/webhooks/${endpoint.id}/deliveries/${failed.id}/redeliver`));
    expect(again).toMatchObject({ status: 'pending', series: 2, attempts: 0 });
    const [done] = await deliveredLog(endpoint.id, 1);
    expect(done).toMatchObject({ id: failed.id, status: 'delivered', series: 2, attempts: 1, eventId: failed.eventId });
    const last = r.requests[r.requests.length - 1];
    expect([last.answered, last.headers['x-ektp-event-id'], JSON.parse(last.body).data.outageId]).toEqual([200, failed.eventId, outage.id]);
    const detail = expectOk(await stack.get(`/webhooks/${endpoint.id}/deliveries/${failed.id}`));
    expect(detail.attemptLog[0]).toMatchObject({ series: 2, attempt: 1, statusCode: 200 });
    expectOk(await stack.http('PATCH', `/webhooks/${endpoint.id}`, { enabled: false }));
  });

  it('gives a happening retried one event id, one event and one delivery per endpoint', async () => {
    const r = await receiver();
    const endpoint = await register(r, ['outage.opened']);
    const workflowId = `outage-retry-${endpoint.id}`;
    const happening = {
      workflowId,
      seq: 1,
      subjectType: 'outage',
      subjectId: endpoint.id,
      officeId: office.id,
      event: 'reported',
      toStatus: 'open',
      actor: 'system',
      details: {},
    };
    // The read model's transaction as a retried activity runs it: twice, the same happening.
    // (Outside an activity the deliveries go to the configured task queue: this file's worker's.)
    // Its prepared statements go to the pg client the transaction's query runner answers: here the test's pool.
    const m = { query: async (sql: string, params?: unknown[]) => (await stack.db.query(sql, params)).rows, queryRunner: { isReleased: false, connect: async () => stack.db } } as any;
    const before = process.env.TEMPORAL_TASK_QUEUE;
    process.env.TEMPORAL_TASK_QUEUE = stack.taskQueue;
    try {
      await emitTimelineWebhooks(m, happening);
      await emitTimelineWebhooks(m, happening);
    } finally {
      if (before === undefined) delete process.env.TEMPORAL_TASK_QUEUE;
      else process.env.TEMPORAL_TASK_QUEUE = before;
    }
    const id = webhookEventId(`${workflowId}:1`, 'outage.opened');
    const events = await stack.db.query(`SELECT id FROM webhook_events WHERE id = $1`, [id]);
    expect(events.rows).toHaveLength(1);
    // One delivery per matching endpoint (the first test's endpoint wants outage.opened of this office too).
    const deliveries = await stack.db.query(`SELECT endpoint_id FROM webhook_deliveries WHERE event_id = $1`, [id]);
    expect(deliveries.rows.filter((d: any) => d.endpoint_id === endpoint.id)).toHaveLength(1);
    expect(new Set(deliveries.rows.map((d: any) => d.endpoint_id)).size).toBe(deliveries.rows.length);
    await deliveredLog(endpoint.id, 1);
    expect(r.requests.map((q) => q.headers['x-ektp-event-id'])).toEqual([id]);
  });

  it('removes events past their retention (90 days) with their deliveries, but not one still being delivered nor a recent one', async () => {
    const hook = await register(await receiver(), ['outage.opened']);
    const event = async (daysAgo: number, status: 'delivered' | 'pending') => {
      const id = randomUUID();
      await stack.db.query(
        `INSERT INTO webhook_events (id, type, office_id, occurred_at, body, created_at) VALUES ($1, 'outage.opened', $2, now() - make_interval(days => $3), '{}', now() - make_interval(days => $3))`,
        [id, office.id, daysAgo],
      );
      // Started already (started_series = series): the dispatcher leaves it to its workflow.
      await stack.db.query(
        `INSERT INTO webhook_deliveries (event_id, endpoint_id, task_queue, status, series, started_series, created_at) VALUES ($1, $2, 'elsewhere', $3, 1, 1, now() - make_interval(days => $4))`,
        [id, hook.id, status, daysAgo],
      );
      return id;
    };
    const old = await event(100, 'delivered');
    const stillGoing = await event(100, 'pending');
    const recent = await event(10, 'delivered');
    const exists = async (id: string) => (await stack.db.query(`SELECT count(*)::int AS n FROM webhook_events WHERE id = $1`, [id])).rows[0].n === 1;
    await eventually(async () => !(await exists(old)), 30_000, 'the old event removed');
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE event_id = $1`, [old])).rows[0].n).toBe(0);
    expect({ stillGoing: await exists(stillGoing), recent: await exists(recent) }).toEqual({ stillGoing: true, recent: true });
  });

  it('refuses loopback, private, link-local and metadata targets without the admin’s allowance, naming the field', async () => {
    for (const url of ['https://127.0.0.1/hook', 'https://localhost:8443/hook', 'https://10.1.2.3/hook', 'https://172.20.0.5/', 'https://192.168.1.10/', 'https://100.64.0.1/', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/hook', 'https://[fd00::1]/', 'https://[::ffff:127.0.0.1]/', 'https://0.0.0.0/']) {
      for (const caller of [office.manager, stack.admin]) {
        const res = await caller.post('/webhooks', { officeId: office.id, url, eventTypes: ['*'] });
        expect([url, res.status, res.body.code, res.body.field]).toEqual([url, 400, 'webhook_target_refused', 'url']);
      }
    }
    // http:// only where an admin allowed it; the allowances are the admin's alone.
    const plain = await office.manager.post('/webhooks', { officeId: office.id, url: 'http://example.com/hook', eventTypes: ['*'] });
    expect([plain.status, plain.body.code, plain.body.field]).toEqual([400, 'invalid_input', 'url']);
    const allowance = await office.manager.post('/webhooks', { officeId: office.id, url: 'https://127.0.0.1/hook', eventTypes: ['*'], allowPrivateTargets: true });
    expect([allowance.status, allowance.body.field]).toEqual([403, 'allowPrivateTargets']);
    const badType = await office.manager.post('/webhooks', { officeId: office.id, url: 'https://127.0.0.1/hook', eventTypes: ['repair.exploded'] });
    expect([badType.status, badType.body.code, badType.body.errors?.[0]?.field]).toEqual([400, 'validation_failed', 'eventTypes']);
    // Nothing was stored.
    const stored = await stack.db.query(`SELECT count(*)::int AS n FROM webhook_endpoints WHERE office_id = $1 AND url LIKE 'https://%'`, [office.id]);
    expect(stored.rows[0].n).toBe(0);
  });

  it('lets a manager register endpoints for their own office only, and see only those', async () => {
    const other = await createOffice(stack, { users: false });
    const r = await receiver();
    const theirs = await register(r, ['repair.opened'], other.id);
    const refused = await office.manager.post('/webhooks', { officeId: other.id, url: 'https://example.com/hook', eventTypes: ['*'] });
    expect([refused.status, refused.body.code, refused.body.field]).toEqual([400, 'invalid_input', 'officeId']);
    const national = await office.manager.post('/webhooks', { url: 'https://example.com/hook', eventTypes: ['*'] });
    expect([national.status, national.body.field]).toEqual([400, 'officeId']);
    expect((await office.manager.get(`/webhooks/${theirs.id}`)).status).toBe(404);
    expect((await office.manager.post(`/webhooks/${theirs.id}/rotate-secret`)).status).toBe(404);
    // A public address (no DNS needed here) for their own office is theirs to register and change.
    const own = expectOk(await office.manager.post('/webhooks', { officeId: office.id, url: 'https://93.184.216.34/hook', eventTypes: ['tour.completed'] }), 201);
    expect(own).toMatchObject({ officeId: office.id, allowHttp: false, allowPrivateTargets: false, createdBy: office.manager.username });
    expectOk(await office.manager.patch(`/webhooks/${own.id}`, { description: 'Dasbor provinsi', eventTypes: ['tour.completed', 'tour.approved'] }));
    const listed = expectOk(await office.manager.get('/webhooks?limit=100'));
    expect(listed.items.map((w: any) => w.id)).toContain(own.id);
    expect(listed.items.every((w: any) => w.officeId === office.id)).toBe(true);
    expect(expectOk(await office.manager.delete(`/webhooks/${own.id}`))).toEqual({ id: own.id, deleted: true });
    expect((await office.manager.get(`/webhooks/${own.id}`)).status).toBe(404);
    // An operator may not manage webhooks at all.
    expect((await office.operator.get('/webhooks')).status).toBe(403);
    const supervisor = await createUser(stack, 'supervisor');
    expect((await supervisor.client.get('/webhooks')).status).toBe(403);
  });
});
