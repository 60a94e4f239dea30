/**
 * Not part of `npm test`: counts the round trips the hot path makes to Postgres, through a proxy
 * that decodes the wire protocol in front of the API and another in front of the worker.
 *
 *   npm run build && DATABASE_URL=… TEMPORAL_CLI_PATH=… npx jest --runInBand \
 *     --testMatch '<rootDir>/test/measure/round-trips.measure.ts'
 *
 * Prints, per action, the number of round trips, how many ran as named prepared statements, and
 * each statement's first words.
 */
import { randomUUID } from 'node:crypto';
import { addRecordingSet, createOffice, createServicePoint, OfficeFixture } from '../support/fixtures';
import { PgWireCounter, RoundTrip, tripsOf } from '../support/pg-wire-counter';
import { eventually, Stack } from '../support/stack';

describe('round trips of the hot path', () => {
  const env: NodeJS.ProcessEnv = {};
  const apiEnv: NodeJS.ProcessEnv = {};
  const stack = new Stack(env, apiEnv);
  let api: PgWireCounter;
  let worker: PgWireCounter;
  let office: OfficeFixture;

  beforeAll(async () => {
    const url = process.env.TEST_DATABASE_URL as string;
    api = await PgWireCounter.start(url);
    worker = await PgWireCounter.start(url);
    env.DATABASE_URL = worker.urlThrough(url);
    apiEnv.DATABASE_URL = api.urlThrough(url);
    await stack.start();
    office = await createOffice(stack);
  });
  afterAll(async () => {
    await stack.stop();
    await api?.close();
    await worker?.close();
  });

  function show(what: string, trips: RoundTrip[]): void {
    const lines = trips.map((t) => `    ${t.prepared.length ? '[prepared] ' : ''}${t.statements.map((s) => s.replace(/\s+/g, ' ').slice(0, 90)).join(' | ')}`);
    process.stdout.write(`ROUND_TRIPS ${what}: ${trips.length} (${trips.filter((t) => t.prepared.length).length} prepared)\n${lines.join('\n')}\n`);
  }

  async function lastSeq(id: string, atLeast: number): Promise<void> {
    await eventually(async () => {
      const { rows } = await stack.db.query(`SELECT last_seq FROM repair_cases WHERE id = $1`, [id]);
      return rows[0]?.last_seq >= atLeast;
    });
  }

  async function openAndTriage(deviceId: string, measure: boolean): Promise<void> {
    const apiMark = api.mark();
    const workerMark = worker.mark();
    const opened = await office.operator.http('POST', '/repairs', { deviceId, description: 'Pemindai tidak menyala' }, { 'x-request-id': randomUUID() });
    expect(opened.status).toBe(201);
    const apiTrips = apiMark.since();
    await lastSeq(opened.body.id, 1);
    if (measure) {
      show('POST /repairs (API, with X-Request-Id)', apiTrips);
      show('first event recordRepairEvent (worker)', tripsOf(workerMark.since(), opened.body.id).filter((t) => !t.statements.some((s) => /deadline_at = \$3|planned/i.test(s))));
    }
    const triageMark = worker.mark();
    const apiTriage = api.mark();
    const triaged = await office.operator2.http('POST', `/repairs/${opened.body.id}/triage`, { assessment: 'needs-repair' }, { 'x-request-id': randomUUID() });
    expect(triaged.status).toBe(200);
    await lastSeq(opened.body.id, 2);
    if (measure) {
      show('POST /repairs/:id/triage (API)', apiTriage.since());
      show('triage event, device status unchanged (worker)', tripsOf(triageMark.since(), opened.body.id));
    }
    // An officer's case page, what the benchmark's A probes.
    const apiPage = api.mark();
    const page = await office.operator.http('GET', `/repairs/${opened.body.id}`, undefined, { 'x-request-id': randomUUID() });
    expect(page.status).toBe(200);
    expect(page.body.timeline.length).toBeGreaterThanOrEqual(2);
    if (measure) show('GET /repairs/:id (API)', apiPage.since());
  }

  it('counts them', async () => {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    // Warm-up: pools connected, statements prepared.
    await openAndTriage(devices['camera'].id, false);
    await openAndTriage(devices['pc'].id, true);
  });
});
