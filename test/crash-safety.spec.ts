import { randomUUID } from 'node:crypto';
import { addRecordingSet, createOffice, createServicePoint, OfficeFixture, setPolicy } from './support/fixtures';
import { eventually, HttpResult, Stack } from './support/stack';
import { TcpProxy } from './support/tcp-proxy';
import { addDays } from './support/days';

const HOUR = 3600;
const DAY = 24 * HOUR;
const ROUNDS = 2;
const PER_KIND = 6;

describe('creates cut off by a killed API', () => {
  // The sweeper looks often and soon: a start left behind is settled within seconds.
  const stack = new Stack({ WORKFLOW_START_GRACE_SECONDS: '1', WORKFLOW_START_SWEEP_INTERVAL_MS: '300' });
  let office: OfficeFixture;
  let operatorId: string;
  let kitId: string;
  let village: string;
  let today: string;

  beforeAll(async () => {
    await stack.start();
    office = await createOffice(stack, { minVillages: 2 });
    await setPolicy(stack, office.id, {
      triageSeconds: DAY,
      repairSeconds: DAY,
      verificationSeconds: DAY,
      reminderIntervalSeconds: DAY,
      approvalReminderSeconds: DAY,
      approvalSupervisorAfterSeconds: DAY,
      outageEscalationSeconds: 30 * DAY,
    });
    operatorId = (await office.operator.get('/auth/me')).body.id;
    const kit = await createServicePoint(stack, office, { kind: 'mobile-unit', name: 'Mobil perekaman keliling' });
    await addRecordingSet(stack, kit.id);
    kitId = kit.id;
    village = (
      await stack.db.query(`SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT 1`, [
        office.regencyCode,
      ])
    ).rows[0].code;
    today = (await stack.db.query(`SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date::text AS d`)).rows[0].d;
  });
  afterAll(() => stack.stop());

  const repair = (deviceId: string) => office.operator.post('/repairs', { deviceId, description: 'Rusak saat uji ketahanan' });
  const tour = (date: string) =>
    office.operator.post('/tours', {
      officeId: office.id,
      name: `Jemput bola ${date}`,
      teamUserIds: [operatorId],
      kitServicePointId: kitId,
      stops: [{ villageCode: village, date, expectedResidents: 10 }],
    });
  const outage = (servicePointId: string) =>
    office.operator.post('/outages', { officeId: office.id, kind: 'network', servicePointIds: [servicePointId], startedAt: new Date().toISOString(), description: 'Jaringan putus' });
  const escalation = (repairCaseId: string) => office.operator.post('/escalations', { repairCaseIds: [repairCaseId] });

  async function devices(count: number): Promise<string[]> {
    const ids: string[] = [];
    while (ids.length < count) {
      const sp = await createServicePoint(stack, office);
      ids.push(...Object.values(await addRecordingSet(stack, sp.id)).map((d) => d.id));
    }
    return ids.slice(0, count);
  }

  async function staged(): Promise<number> {
    const { rows } = await stack.db.query(`SELECT count(*)::int AS n FROM workflow_starts WHERE task_queue = $1`, [stack.taskQueue]);
    return rows[0].n;
  }

  async function hasWorkflow(workflowId: string): Promise<boolean> {
    return stack.temporal.workflow
      .getHandle(workflowId)
      .describe()
      .then(
        (d) => d.status.name === 'RUNNING',
        () => false,
      );
  }

  it('leaves every stored repair case, tour, outage and letter with its workflow, and frees what was not stored', async () => {
    const repairDevices = await devices(ROUNDS * PER_KIND);
    const places = await Promise.all(Array.from({ length: ROUNDS * PER_KIND }, () => createServicePoint(stack, office)));
    // Open cases for the letters to be about, one letter per case.
    const caseDevices = await devices(ROUNDS * PER_KIND);
    const cases: string[] = [];
    for (const d of caseDevices) {
      const res = await repair(d);
      expect(res.status).toBe(201);
      cases.push(res.body.id);
    }
    const days = Array.from({ length: ROUNDS * PER_KIND }, (_, i) => addDays(today, 10 + i));

    let leftBehind = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const slice = <T>(xs: T[]) => xs.slice(round * PER_KIND, (round + 1) * PER_KIND);
      const cutOff = (p: Promise<HttpResult>) => p.catch(() => ({ status: 0 }) as HttpResult);
      const burst = Promise.all([
        ...slice(repairDevices).map((d) => cutOff(repair(d))),
        ...slice(days).map((d) => cutOff(tour(d))),
        ...slice(places).map((p) => cutOff(outage(p.id))),
        ...slice(cases).map((c) => cutOff(escalation(c))),
      ]);
      // Killed while some objects are stored and their workflows not yet confirmed started (a start
      // is confirmed within milliseconds: polled closely, bounded by the burst itself).
      let answered = false;
      void burst.then(() => (answered = true));
      while (!answered && (await staged()) === 0) await new Promise((r) => setTimeout(r, 2));
      await stack.killApi();
      leftBehind += await staged();
      if (round === 0) {
        // The worker dies too, with the sweeper maybe in the middle of a start; the next one takes over.
        await stack.killWorker();
        await stack.startWorker();
      }
      await burst;
      await stack.startApi();
    }
    // At least one create was cut off between storing its rows and starting its workflow.
    expect(leftBehind).toBeGreaterThan(0);

    await eventually(async () => (await staged()) === 0, 30_000, 'the sweeper to settle every staged start');

    const stored = async (sql: string, ids: string[]) => (await stack.db.query(sql, [ids])).rows as Array<{ key: string; workflow_id: string }>;
    const storedCases = await stored(`SELECT device_id::text AS key, workflow_id FROM repair_cases WHERE device_id = ANY($1::uuid[])`, repairDevices);
    const storedTours = await stored(
      `SELECT s.scheduled_date::text AS key, t.workflow_id FROM tours t JOIN tour_stops s ON s.tour_id = t.id WHERE s.scheduled_date = ANY($1::date[]) AND t.kit_service_point_id = '${kitId}'`,
      days,
    );
    const storedOutages = await stored(
      `SELECT x.service_point_id::text AS key, o.workflow_id FROM outages o JOIN outage_service_points x ON x.outage_id = o.id WHERE x.service_point_id = ANY($1::uuid[])`,
      places.map((p) => p.id),
    );
    const storedLetters = await stored(
      `SELECT l.repair_case_id::text AS key, e.workflow_id FROM escalations e JOIN escalation_repair_cases l ON l.escalation_id = e.id WHERE l.repair_case_id = ANY($1::uuid[])`,
      cases,
    );
    for (const row of [...storedCases, ...storedTours, ...storedOutages, ...storedLetters]) {
      expect([row.workflow_id, await hasWorkflow(row.workflow_id)]).toEqual([row.workflow_id, true]);
    }

    // What was not stored left nothing behind: the device, the kit's day, the place and the case are free.
    // What was stored holds them, as a live object does.
    const fresh = async (keys: string[], rows: Array<{ key: string }>, create: (key: string) => Promise<HttpResult>, busy: string) => {
      for (const key of keys) {
        const res = await create(key);
        const held = rows.some((r) => r.key === key);
        expect([key, res.status, held ? res.body.code : 'created']).toEqual([key, held ? 409 : 201, held ? busy : 'created']);
      }
    };
    await fresh(repairDevices, storedCases, repair, 'repair_already_open');
    await fresh(days, storedTours, tour, 'kit_busy');
    await fresh(
      places.map((p) => p.id),
      storedOutages,
      outage,
      'outage_open',
    );
    await fresh(cases, storedLetters, escalation, 'escalation_open');
    expect(await staged()).toBe(0);
  });

  it('gives a tour and its kit day back when the workflow service refuses its start for good', async () => {
    const date = addDays(today, 60);
    const id = randomUUID();
    const workflowId = `tour-${id}`;
    // As a create would have stored it, but with a start Temporal can never accept (an unknown search attribute).
    await stack.db.query(
      `INSERT INTO tours (id, workflow_id, office_id, name, status, kit_service_point_id, kit_device_ids, planned_by)
       VALUES ($1, $2, $3, 'Tur yang tidak dapat dimulai', 'planned', $4, '{}', 'uji')`,
      [id, workflowId, office.id, kitId],
    );
    await stack.db.query(
      `INSERT INTO tour_stops (id, tour_id, office_id, position, village_code, kit_service_point_id, scheduled_date, planned_date, expected_residents)
       VALUES ($1, $2, $3, 1, $4, $5, $6, $6, 10)`,
      [randomUUID(), id, office.id, village, kitId, date],
    );
    await stack.db.query(
      `INSERT INTO workflow_starts (workflow_id, workflow_type, task_queue, args, search_attributes, subject_kind, subject_id)
       VALUES ($1, 'tourWorkflow', $2, '[]', $3, 'tour', $4)`,
      [workflowId, stack.taskQueue, JSON.stringify([{ name: 'NoSuchSearchAttribute', type: 'KEYWORD', value: 'x' }]), id],
    );
    expect((await tour(date)).body.code).toBe('kit_busy');

    await eventually(async () => (await stack.db.query(`SELECT 1 FROM tours WHERE id = $1`, [id])).rowCount === 0, 20_000, 'the tour to be given back');
    expect((await stack.db.query(`SELECT 1 FROM tour_stops WHERE tour_id = $1`, [id])).rowCount).toBe(0);
    expect((await stack.db.query(`SELECT 1 FROM workflow_starts WHERE workflow_id = $1`, [workflowId])).rowCount).toBe(0);
    expect(await hasWorkflow(workflowId)).toBe(false);
    // The trail says it was undone.
    const undone = await stack.db.query(`SELECT actor, office_id FROM audit_entries WHERE action = 'tour.given-back' AND target_id = $1`, [id]);
    expect(undone.rows).toEqual([{ actor: 'system', office_id: office.id }]);
    expect((await tour(date)).status).toBe(201);
  });
});

describe('a create while the API cannot reach the workflow service', () => {
  let proxy: TcpProxy;
  let stack: Stack;

  beforeAll(async () => {
    // The API reaches Temporal through a connection the test can cut; the worker directly.
    proxy = await TcpProxy.start(process.env.TEST_TEMPORAL_ADDRESS as string);
    stack = new Stack({ WORKFLOW_START_GRACE_SECONDS: '1', WORKFLOW_START_SWEEP_INTERVAL_MS: '300' }, { TEMPORAL_ADDRESS: proxy.address });
    await stack.start();
  });
  afterAll(async () => {
    await stack.stop();
    await proxy.close();
  });

  it('answers 503 saying the case is stored and will be opened, and the worker opens it', async () => {
    const office = await createOffice(stack);
    await setPolicy(stack, office.id, { triageSeconds: DAY, repairSeconds: DAY, verificationSeconds: DAY, reminderIntervalSeconds: DAY });
    const sp = await createServicePoint(stack, office);
    const { camera } = await addRecordingSet(stack, sp.id);

    await proxy.cut();
    const res = await office.operator.post('/repairs', { deviceId: camera.id, description: 'Kamera tidak menyala' });
    await proxy.restore();
    expect([res.status, res.body.code, res.body.pending]).toEqual([503, 'temporal_unavailable', true]);
    expect(res.body.message).toContain(`repair case ${res.body.id} is stored and will be opened`);

    const workflowId = `repair-${res.body.id}`;
    await eventually(
      () =>
        stack.temporal.workflow
          .getHandle(workflowId)
          .describe()
          .then((d) => d.status.name === 'RUNNING'),
      30_000,
      'the sweeper to start the case',
    );
    await eventually(async () => (await stack.db.query(`SELECT 1 FROM workflow_starts WHERE workflow_id = $1`, [workflowId])).rowCount === 0, 30_000, 'the staged start to be removed');
    // The case is the device's one open case, and it works.
    const again = await office.operator.post('/repairs', { deviceId: camera.id, description: 'Kamera masih tidak menyala' });
    expect([again.status, again.body.code, again.body.repairCaseId]).toEqual([409, 'repair_already_open', res.body.id]);
    // The API's own connection comes back within its reconnect backoff; until then it answers 503.
    const triaged = await eventually(async () => {
      const r = await office.operator.http('POST', `/repairs/${res.body.id}/triage`, { assessment: 'fix-on-site' }, { 'x-request-id': `triage-${res.body.id}` });
      return r.status === 503 ? undefined : r;
    }, 30_000, 'the API to reach Temporal again');
    expect([triaged.status, triaged.body.status]).toEqual([200, 'triaged']);
  });
});
