import { Worker } from '@temporalio/worker';
import * as http from 'node:http';
import * as path from 'node:path';
import { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { addRecordingSet, createOffice, createServicePoint, OfficeFixture } from './support/fixtures';
import { eventually, Stack } from './support/stack';

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

/**
 * A loopback OTLP/HTTP receiver: what the API and worker processes export (JSON, the exporter's
 * encoding) lands in `spans`.
 */
async function startReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; paths: string[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const paths: string[] = [];
  const value = (v: Record<string, unknown>) => v.stringValue ?? v.intValue ?? v.boolValue ?? v.doubleValue;
  const attrs = (list: Array<{ key: string; value: Record<string, unknown> }> = []) => Object.fromEntries(list.map((a) => [a.key, value(a.value)]));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      paths.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      const request = JSON.parse(body.toString('utf8'));
      for (const rs of request.resourceSpans ?? []) {
        const service = String(attrs(rs.resource?.attributes)['service.name']);
        for (const ss of rs.scopeSpans ?? []) {
          for (const s of ss.spans ?? []) {
            spans.push({ service, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId || undefined, name: s.name, kind: s.kind, attributes: attrs(s.attributes) });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, spans, paths, close: () => new Promise((r) => server.close(() => r())) };
}

describe('tracing (OpenTelemetry, OTLP/HTTP)', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let stack: Stack;
  let office: OfficeFixture;

  beforeAll(async () => {
    receiver = await startReceiver();
    // Both processes export to the receiver, every 200 ms (the batch processor's delay).
    stack = new Stack({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '200' });
    await stack.start();
    office = await createOffice(stack);
  });
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('runs one trace from POST /repairs through the workflow to its activities', async () => {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const opened = await office.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera tidak menyala' });
    expect(opened.status).toBe(201);

    // The API's server span of this request: the only POST /repairs of this file.
    const server = await eventually(
      async () => receiver.spans.find((s) => s.service === 'api' && s.kind === 2 && (s.attributes['http.target'] ?? s.attributes['url.path']) === '/repairs' && (s.attributes['http.method'] ?? s.attributes['http.request.method']) === 'POST'),
      30_000,
      'the server span of POST /repairs',
    );
    const trace = () => receiver.spans.filter((s) => s.traceId === server.traceId);
    const seenAll = () => receiver.spans.map((s) => `${s.service} ${s.name}${s.traceId === server.traceId ? ' (this trace)' : ''}`).join('; ');
    const traceHas = (what: string, wanted: string[]) =>
      eventually(
        async () => {
          const seen = trace().map((s) => `${s.service} ${s.name}`);
          return wanted.every((w) => seen.some((n) => n.startsWith(w))) ? seen : undefined;
        },
        60_000,
        what,
      ).catch((err: Error) => {
        throw new Error(`${err.message}; received: ${seenAll()}`);
      });
    // The start, and the workflow's first activity (it records the report), while the case is open.
    await traceHas('the start and the first activity in the same trace', ['api StartWorkflow:repairWorkflow', 'worker StartActivity:', 'worker RunActivity:']);
    // The workflow's own span ends (and is exported) when the workflow does: take the case to closed.
    await eventually(async () => (await stack.get(`/repairs/${opened.body.id}`)).body.timeline.length === 1, 30_000, 'the reported event');
    expect((await office.operator2.post(`/repairs/${opened.body.id}/triage`, { assessment: 'needs-repair', note: 'Perlu diganti' })).status).toBe(200);
    expect((await office.operator2.post(`/repairs/${opened.body.id}/request-repair`, { channel: 'ministry' })).status).toBe(200);
    expect((await office.operator2.post(`/repairs/${opened.body.id}/mark-repaired`, { note: 'Diganti' })).status).toBe(200);
    expect((await office.manager.post(`/repairs/${opened.body.id}/verify`, { working: true })).body.status).toBe('closed');
    await traceHas('the workflow run in the same trace', ['worker RunWorkflow:repairWorkflow']);

    // The chain of parents: the start is a child of the request, the workflow run of the start,
    // each activity's start of the workflow run and its run of that start.
    const spans = trace();
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const parent = (s: ReceivedSpan) => (s.parentSpanId ? byId.get(s.parentSpanId) : undefined);
    const start = spans.find((s) => s.name === 'StartWorkflow:repairWorkflow') as ReceivedSpan;
    const run = spans.find((s) => s.name === 'RunWorkflow:repairWorkflow') as ReceivedSpan;
    expect(parent(start)?.spanId).toBe(server.spanId);
    expect(parent(run)?.spanId).toBe(start.spanId);
    const activities = spans.filter((s) => s.name.startsWith('RunActivity:'));
    expect(activities.length).toBeGreaterThan(0);
    for (const activity of activities) {
      const scheduled = parent(activity) as ReceivedSpan;
      expect(scheduled.name).toBe(activity.name.replace('RunActivity:', 'StartActivity:'));
      expect(parent(scheduled)?.spanId).toBe(run.spanId);
    }
    expect(activities[0].attributes.temporalWorkflowId).toBe(opened.body.workflowId);

    // A traced workflow replays deterministically with the bundle (as after a worker restart).
    const history = await stack.temporal.workflow.getHandle(opened.body.workflowId).fetchHistory();
    expect(history.events?.[0].workflowExecutionStartedEventAttributes?.header?.fields?.['_tracer-data']).toBeDefined();
    await Worker.runReplayHistory(
      {
        workflowBundle: { codePath: path.resolve(__dirname, '..', 'dist', 'workflow-bundle.js') },
        sinks: { exporter: { export: { fn: () => undefined } } } as never,
      },
      history,
      opened.body.workflowId,
    );

    // OTLP/HTTP with JSON, to the standard path; probes are not traced.
    expect(receiver.paths.every((p) => p.startsWith('POST /v1/traces application/json'))).toBe(true);
    expect(receiver.spans.some((s) => s.service === 'api' && String(s.attributes['http.target'] ?? s.attributes['url.path']).startsWith('/health'))).toBe(false);
  });
});
