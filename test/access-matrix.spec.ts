import { randomUUID } from 'node:crypto';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy } from './support/fixtures';
import { ApiClient, eventually, Stack } from './support/stack';

type Role = 'operator' | 'manager' | 'supervisor' | 'admin';
const ALL: Role[] = ['operator', 'manager', 'supervisor', 'admin'];
const OFFICE_STAFF: Role[] = ['operator', 'manager'];
const REGISTRY_WRITERS: Role[] = ['operator', 'manager', 'admin'];

/**
 * The intended policy, route by route. The route table comes from the running API's OpenAPI
 * document; a route missing here (or a rule that differs) fails the suite.
 */
const EXPECTED: Record<string, Role[] | 'public'> = {
  'GET /health': 'public',
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'POST /auth/login': 'public',
  'POST /auth/logout': ALL,
  'GET /auth/me': ALL,
  'PATCH /auth/me': ALL,
  'POST /auth/password': ALL,
  'POST /users': ['admin'],
  'GET /users': ['admin', 'manager'],
  'GET /users/{id}': ['admin', 'manager'],
  'PATCH /users/{id}': ['admin'],
  'POST /api-keys': ['admin'],
  'GET /api-keys': ['admin'],
  'DELETE /api-keys/{id}': ['admin'],
  'GET /audit': ['manager', 'supervisor', 'admin'],
  'GET /regions/provinces': ALL,
  'GET /regions/regencies': ALL,
  'GET /regions/districts': ALL,
  'GET /regions/villages': ALL,
  'POST /offices': ['admin'],
  'GET /offices': ALL,
  'GET /offices/{id}': ALL,
  'PATCH /offices/{id}': ['admin', 'manager'],
  'DELETE /offices/{id}': ['admin'],
  'GET /offices/{id}/sla-policy': ALL,
  'PUT /offices/{id}/sla-policy': ['admin'],
  'GET /offices/{id}/calendar': ALL,
  'GET /offices/{id}/calendar/working-week': ALL,
  'PUT /offices/{id}/calendar/working-week': ['admin', 'manager'],
  'DELETE /offices/{id}/calendar/working-week': ['admin', 'manager'],
  'GET /offices/{id}/calendar/days-off': ALL,
  'PUT /offices/{id}/calendar/days-off/{date}': ['admin', 'manager'],
  'DELETE /offices/{id}/calendar/days-off/{date}': ['admin', 'manager'],
  'GET /calendar/national-days-off': ALL,
  'PUT /calendar/national-days-off/{date}': ['admin'],
  'DELETE /calendar/national-days-off/{date}': ['admin'],
  'POST /service-points': REGISTRY_WRITERS,
  'GET /service-points': ALL,
  'GET /service-points/{id}': ALL,
  'PATCH /service-points/{id}': REGISTRY_WRITERS,
  'DELETE /service-points/{id}': REGISTRY_WRITERS,
  'POST /offices/{id}/service-points': REGISTRY_WRITERS,
  'POST /devices': REGISTRY_WRITERS,
  'GET /devices': ALL,
  'GET /devices/{id}': ALL,
  'PATCH /devices/{id}': REGISTRY_WRITERS,
  'DELETE /devices/{id}': REGISTRY_WRITERS,
  'POST /repairs': OFFICE_STAFF,
  'GET /repairs': ALL,
  'GET /repairs/{id}': ALL,
  'POST /repairs/{id}/triage': OFFICE_STAFF,
  'POST /repairs/{id}/request-repair': OFFICE_STAFF,
  'POST /repairs/{id}/mark-repaired': OFFICE_STAFF,
  'POST /repairs/{id}/verify': OFFICE_STAFF,
  'POST /repairs/{id}/cancel': OFFICE_STAFF,
  'POST /escalations': OFFICE_STAFF,
  'GET /escalations': ALL,
  'GET /escalations/{id}': ALL,
  'GET /escalations/{id}/letter.pdf': ALL,
  'GET /escalations/{id}/draft.pdf': ALL,
  'PATCH /escalations/{id}': OFFICE_STAFF,
  'POST /escalations/{id}/approve': ['manager'],
  'POST /escalations/{id}/reject': ['manager'],
  'POST /escalations/{id}/request-changes': ['manager'],
  'POST /escalations/{id}/reply': OFFICE_STAFF,
  'POST /escalations/{id}/withdraw': ['manager'],
  'POST /offices/{id}/unrecorded-residents': OFFICE_STAFF,
  'GET /offices/{id}/unrecorded-residents': ALL,
  'POST /tours': OFFICE_STAFF,
  'GET /tours': ALL,
  'GET /tours/planning-calendar': OFFICE_STAFF,
  'GET /tours/planning-team': OFFICE_STAFF,
  'GET /tours/{id}': ALL,
  'GET /tours/{id}/report': ALL,
  'GET /tours/{id}/report.csv': ALL,
  'POST /tours/{id}/approve': ['manager'],
  'POST /tours/{id}/reject': ['manager'],
  'POST /tours/{id}/cancel': OFFICE_STAFF,
  'POST /tours/{id}/kit-failure': OFFICE_STAFF,
  'POST /tours/{id}/stops/{stopId}/check-in': OFFICE_STAFF,
  'POST /tours/{id}/stops/{stopId}/complete': OFFICE_STAFF,
  'POST /tours/{id}/stops/{stopId}/skip': OFFICE_STAFF,
  'POST /tours/{id}/stops/{stopId}/reschedule': OFFICE_STAFF,
  'POST /tours/{id}/stops/{stopId}/batches': OFFICE_STAFF,
  'GET /offices/{id}/coverage': ALL,
  'GET /offices/{id}/coverage.csv': ALL,
  'GET /coverage': ['supervisor', 'admin'],
  'GET /dashboard': ALL,
  'GET /coverage.csv': ['supervisor', 'admin'],
  'GET /coverage/provinces/{code}': ['supervisor', 'admin'],
  'GET /coverage/provinces/{code}.csv': ['supervisor', 'admin'],
  'GET /oversight': ['supervisor', 'admin'],
  'GET /oversight/letters-awaiting-reply': ['supervisor', 'admin'],
  'GET /oversight/provinces/{code}': ['supervisor', 'admin'],
  'GET /oversight/provinces/{code}/series': ['supervisor', 'admin'],
  'POST /outages': OFFICE_STAFF,
  'GET /outages': ALL,
  'GET /outages/{id}': ALL,
  'POST /outages/{id}/resolve': OFFICE_STAFF,
  'POST /outages/{id}/print-progress': OFFICE_STAFF,
  'POST /outages/{id}/overtime': OFFICE_STAFF,
  'GET /availability': 'public',
  'GET /ketersediaan': 'public',
  'GET /ketersediaan/{code}': 'public',
  'GET /service-points/{id}/poster.pdf': ALL,
  'GET /notifications': ALL,
  'POST /notifications/read-all': ALL,
  'POST /notifications/{id}/read': ALL,
  'GET /notification-preferences': ALL,
  'PUT /notification-preferences': ALL,
  'GET /webhooks/event-types': ['admin', 'manager'],
  'POST /webhooks': ['admin', 'manager'],
  'GET /webhooks': ['admin', 'manager'],
  'GET /webhooks/{id}': ['admin', 'manager'],
  'PATCH /webhooks/{id}': ['admin', 'manager'],
  'DELETE /webhooks/{id}': ['admin', 'manager'],
  'POST /webhooks/{id}/rotate-secret': ['admin', 'manager'],
  'GET /webhooks/{id}/deliveries': ['admin', 'manager'],
  'GET /webhooks/{id}/deliveries/{deliveryId}': ['admin', 'manager'],
  'POST /webhooks/{id}/deliveries/{deliveryId}/redeliver': ['admin', 'manager'],
};

interface Route {
  key: string;
  method: string;
  path: string;
  access?: { public?: boolean; roles?: Role[] };
}

describe('access control over every route', () => {
  const stack = new Stack();
  let routes: Route[];
  let a: OfficeFixture;
  let b: OfficeFixture;
  let clients: Record<Role, ApiClient>;
  let supervisorElsewhere: ApiClient;

  beforeAll(async () => {
    await stack.start();
    const doc = (await stack.anonymous.get('/docs-json')).body;
    routes = Object.entries(doc.paths as Record<string, Record<string, { 'x-access'?: Route['access'] }>>).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, access: op['x-access'] })),
    );
    [a, b] = await Promise.all([createOffice(stack), createOffice(stack)]);
    const provinceOf = (o: OfficeFixture) => o.regencyCode.slice(0, 2);
    // A supervisor over office A's province, and one over a province with neither office.
    const others = await stack.db.query(`SELECT code FROM provinces WHERE code <> ALL($1) ORDER BY code LIMIT 1`, [[provinceOf(a), provinceOf(b)]]);
    const [supervisor, elsewhere] = await Promise.all([
      createUser(stack, 'supervisor', { provinceCode: provinceOf(a) }),
      createUser(stack, 'supervisor', { provinceCode: others.rows[0].code }),
    ]);
    supervisorElsewhere = elsewhere.client;
    clients = { operator: a.operator, manager: a.manager, supervisor: supervisor.client, admin: stack.admin };
  });
  afterAll(() => stack.stop());

  it('has a rule for every route, and the rule is the intended one', () => {
    expect(routes.length).toBeGreaterThanOrEqual(Object.keys(EXPECTED).length);
    for (const route of routes) {
      const expected = EXPECTED[route.key];
      if (expected === undefined) throw new Error(`${route.key} has no expected rule in this test: add one`);
      if (!route.access) throw new Error(`${route.key} has no @Access or @Public rule`);
      if (expected === 'public') expect({ route: route.key, public: route.access.public }).toEqual({ route: route.key, public: true });
      else expect({ route: route.key, roles: [...(route.access.roles ?? [])].sort() }).toEqual({ route: route.key, roles: [...expected].sort() });
    }
    expect(routes.map((r) => r.key).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const concrete = (path: string) => path.replace(/\{(id|stopId|deliveryId)\}/g, () => randomUUID());

  it('answers 401 without a token, or with a forged one, on every route that is not public', async () => {
    const forged = stack.client(`ektp_s_${randomUUID()}`);
    for (const route of routes.filter((r) => !r.access?.public)) {
      const path = concrete(route.path);
      const none = await stack.anonymous.http(route.method, path, route.method === 'GET' ? undefined : {});
      expect({ route: route.key, status: none.status, code: none.body?.code }).toEqual({ route: route.key, status: 401, code: 'authentication_required' });
      const bad = await forged.http(route.method, path, route.method === 'GET' ? undefined : {});
      expect({ route: route.key, status: bad.status }).toEqual({ route: route.key, status: 401 });
    }
  });

  it('lets exactly the roles of each rule through, and answers 403 to the others', async () => {
    for (const route of routes.filter((r) => !r.access?.public)) {
      for (const role of ALL) {
        // Logging out ends the session; use a fresh one for that route.
        let client = clients[role];
        if (route.key === 'POST /auth/logout') {
          client = role === 'admin' ? await stack.login(process.env.TEST_ADMIN_USERNAME!, process.env.TEST_ADMIN_PASSWORD!) : (await createUser(stack, role, role === 'supervisor' ? {} : { officeId: a.id })).client;
        }
        const res = await client.http(route.method, concrete(route.path), route.method === 'GET' ? undefined : {});
        const allowed = (route.access?.roles ?? []).includes(role);
        if (allowed) {
          expect({ route: route.key, role, passed: ![401, 403].includes(res.status) || res.body?.code === 'four_eyes' }).toEqual({ route: route.key, role, passed: true });
        } else {
          expect({ route: route.key, role, status: res.status, code: res.body?.code }).toEqual({ route: route.key, role, status: 403, code: 'forbidden' });
        }
      }
    }
  });

  it("answers another office's objects with 404 on every id-taking route, exactly like missing ones, and changes nothing", async () => {
    // Office B's objects: a service point, a device, a repair case with a reminder, its people.
    await setPolicy(stack, b.id, { triageSeconds: 1, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600 });
    const sp = await createServicePoint(stack, b);
    const devices = await addRecordingSet(stack, sp.id);
    const spare = (await b.operator.post('/devices', { servicePointId: sp.id, kind: 'card-printer', serialNumber: `X-${randomUUID().slice(0, 10)}`, owner: 'regional' })).body;
    const repair = (await b.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera rusak' })).body;
    const notification = await eventually(async () => (await b.operator.get(`/notifications?subjectId=${repair.id}`)).body.items[0], 30_000, 'a reminder');
    const managerB = (await stack.get(`/users?officeId=${b.id}&role=manager`)).body.items[0];
    const key = (await stack.post('/api-keys', { name: 'integrasi B', officeId: b.id, role: 'operator' })).body;
    // A tour planned in office B (it waits for approval, so nothing moves during the snapshot).
    const mobile = await createServicePoint(stack, b, { kind: 'mobile-unit' });
    await addRecordingSet(stack, mobile.id);
    const village = (await stack.db.query(`SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 LIMIT 1`, [b.regencyCode])).rows[0].code;
    const operatorB = (await b.operator.get('/auth/me')).body.id;
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const tour = (
      await b.operator.post('/tours', { officeId: b.id, name: 'Tur B', teamUserIds: [operatorB], kitServicePointId: mobile.id, stops: [{ villageCode: village, date: tomorrow, expectedResidents: 9 }] })
    ).body;
    expect(tour.stops).toHaveLength(1);
    const outage = (await b.operator.post('/outages', { officeId: b.id, kind: 'card-stock', startedAt: new Date().toISOString(), description: 'Blanko habis' })).body;
    expect(outage.status).toBe('open');
    const secondRepair = (await b.operator.post('/repairs', { deviceId: devices.pc.id, description: 'PC rusak' })).body;
    const escalation = (await b.operator.post('/escalations', { repairCaseIds: [secondRepair.id] })).body;
    // A webhook endpoint of office B (a public address: nothing is delivered to it here).
    const webhook = (await stack.post('/webhooks', { officeId: b.id, url: 'https://93.184.216.34/hook', eventTypes: ['tour.completed'] })).body;
    expect(webhook.secret).toBeDefined();
    const managerB2 = await createUser(stack, 'manager', { officeId: b.id });
    await managerB2.client.post(`/escalations/${escalation.id}/approve`);
    // Let it settle (dispatched, awaiting the reply) before taking the snapshot.
    await eventually(async () => (await b.operator.get(`/escalations/${escalation.id}`)).body.status === 'awaiting-reply', 30_000, 'the letter to go out');
    // …and the second case's first reminder (the next one is an hour away).
    await eventually(async () => (await b.operator.get(`/notifications?subjectId=${secondRepair.id}`)).body.items[0], 30_000, 'the second reminder');

    const objectFor: Record<string, string> = {
      offices: b.id,
      'service-points': sp.id,
      devices: spare.id,
      repairs: repair.id,
      users: managerB.id,
      notifications: notification.id,
      'api-keys': key.id,
      escalations: escalation.id,
      tours: tour.id,
      outages: outage.id,
      webhooks: webhook.id,
    };
    const validBody: Record<string, unknown> = {
      'PATCH /offices/{id}': { name: 'Diambil alih' },
      'PUT /offices/{id}/sla-policy': { triageSeconds: 5, repairSeconds: 5, verificationSeconds: 5, reminderIntervalSeconds: 5 },
      'PUT /offices/{id}/calendar/working-week': { workingDays: [1, 2, 3], dayStart: '09:00', dayEnd: '12:00' },
      'PUT /offices/{id}/calendar/days-off/{date}': { name: 'Diambil alih' },
      'PATCH /service-points/{id}': { name: 'Diambil alih' },
      'PATCH /devices/{id}': { model: 'Diambil alih' },
      'PATCH /users/{id}': { displayName: 'Diambil alih' },
      'POST /repairs/{id}/triage': { assessment: 'fix-on-site' },
      'POST /repairs/{id}/request-repair': { channel: 'vendor' },
      'POST /repairs/{id}/mark-repaired': {},
      'POST /repairs/{id}/verify': { working: true },
      'POST /repairs/{id}/cancel': { reason: 'Diambil alih' },
      'POST /notifications/{id}/read': {},
      'PATCH /escalations/{id}': { subject: 'Diambil alih oleh kantor lain' },
      'POST /escalations/{id}/approve': {},
      'POST /escalations/{id}/reject': { reason: 'Diambil alih' },
      'POST /escalations/{id}/withdraw': { reason: 'Diambil alih' },
      'POST /escalations/{id}/request-changes': { comment: 'Diambil alih' },
      'POST /escalations/{id}/reply': { receivedAt: new Date().toISOString(), reference: 'X-1', summary: 'Diambil alih' },
      'POST /outages/{id}/resolve': { backlog: 3 },
      'POST /outages/{id}/print-progress': { date: new Date().toISOString().slice(0, 10), printed: 1 },
      'POST /outages/{id}/overtime': { date: new Date().toISOString().slice(0, 10), target: 5 },
      'POST /tours/{id}/reject': { reason: 'Diambil alih' },
      'POST /tours/{id}/cancel': { reason: 'Diambil alih' },
      'POST /tours/{id}/kit-failure': { deviceId: randomUUID(), description: 'Diambil alih' },
      'POST /tours/{id}/stops/{stopId}/skip': { reason: 'Diambil alih' },
      'POST /tours/{id}/stops/{stopId}/reschedule': { date: tomorrow },
      'POST /tours/{id}/stops/{stopId}/batches': { sha256: 'a'.repeat(64), residentsCount: 1, deviceSerial: 'X-1', capturedAt: new Date().toISOString() },
      'POST /offices/{id}/unrecorded-residents': 'village_code,unrecorded',
      'POST /offices/{id}/service-points': 'name,latitude,longitude',
      'DELETE /service-points/{id}': undefined,
      'DELETE /devices/{id}': undefined,
      'DELETE /offices/{id}': undefined,
      'DELETE /api-keys/{id}': undefined,
    };
    const snapshot = async () =>
      JSON.stringify(
        (
          await stack.db.query(
            `SELECT (SELECT row_to_json(o) FROM offices o WHERE id = $1) AS office,
                    (SELECT json_agg(sp ORDER BY sp.id) FROM service_points sp WHERE office_id = $1) AS sps,
                    (SELECT json_agg(d ORDER BY d.id) FROM devices d WHERE office_id = $1) AS devices,
                    (SELECT json_agg(c ORDER BY c.id) FROM repair_cases c WHERE office_id = $1) AS cases,
                    (SELECT count(*) FROM timeline_entries WHERE office_id = $1 AND event <> 'reminder') AS events,
                    (SELECT json_agg(n.read_at) FROM notifications n WHERE office_id = $1) AS reads,
                    (SELECT json_agg(u ORDER BY u.id) FROM users u WHERE office_id = $1) AS users,
                    (SELECT json_agg(k.revoked_at) FROM api_keys k WHERE office_id = $1) AS keys,
                    (SELECT json_agg(e ORDER BY e.id) FROM escalations e WHERE office_id = $1) AS escalations,
                    (SELECT json_agg(t ORDER BY t.id) FROM tours t WHERE office_id = $1) AS tours,
                    (SELECT json_agg(s ORDER BY s.id) FROM tour_stops s WHERE office_id = $1) AS stops,
                    (SELECT count(*) FROM tour_batches WHERE office_id = $1) AS batches,
                    (SELECT count(*) FROM unrecorded_residents WHERE office_id = $1) AS unrecorded,
                    (SELECT json_agg(o ORDER BY o.id) FROM outages o WHERE office_id = $1) AS outages,
                    (SELECT json_agg(w ORDER BY w.id) FROM webhook_endpoints w WHERE office_id = $1) AS webhooks,
                    (SELECT json_agg(d ORDER BY d.day) FROM office_days_off d WHERE office_id = $1) AS days_off,
                    (SELECT row_to_json(w) FROM office_working_weeks w WHERE office_id = $1) AS working_week`,
            [b.id],
          )
        ).rows[0],
      );
    const before = await snapshot();

    const outsiders: Array<[string, ApiClient]> = [
      ['operator of A', a.operator],
      ['manager of A', a.manager],
      ['supervisor of another province', supervisorElsewhere],
    ];
    let checked = 0;
    for (const route of routes.filter((r) => r.path.includes('{id}'))) {
      const resource = route.path.split('/')[1];
      const id = objectFor[resource];
      if (!id) throw new Error(`no office-B object for ${route.key}: add one to this test`);
      const body = route.method === 'GET' ? undefined : route.key in validBody ? validBody[route.key] : {};
      for (const [who, client] of outsiders) {
        const role = who.startsWith('operator') ? 'operator' : who.startsWith('manager') ? 'manager' : 'supervisor';
        if (!(route.access?.roles ?? []).includes(role)) continue; // refused by role already (previous test)
        const headers: Record<string, string> = typeof body === 'string' ? { 'content-type': 'text/csv' } : {};
        const res = await client.http(route.method, route.path.replace('{id}', id).replace('{stopId}', tour.stops[0].id).replace('{deliveryId}', randomUUID()).replace('{date}', '2099-01-05'), body, headers);
        const missing = await client.http(route.method, route.path.replace('{id}', randomUUID()).replace('{stopId}', randomUUID()).replace('{deliveryId}', randomUUID()).replace('{date}', '2099-01-05'), body, headers);
        expect({ route: route.key, who, status: res.status }).toEqual({ route: route.key, who, status: 404 });
        expect({ route: route.key, who, body: { ...res.body, id: undefined, message: undefined } }).toEqual({
          route: route.key,
          who,
          body: { ...missing.body, id: undefined, message: undefined },
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
    // Lists do not leak either.
    expect((await a.operator.get(`/repairs?officeId=${b.id}`)).body.items).toEqual([]);
    expect((await a.operator.get(`/devices?officeId=${b.id}`)).body.total).toBe(0);
    expect((await a.operator.get(`/tours?officeId=${b.id}`)).body.total).toBe(0);
    expect((await supervisorElsewhere.get('/offices')).body.items.map((o: { id: string }) => o.id)).not.toContain(b.id);
    // Nor do writes that name another office's objects in the body.
    const foreignOpen = await a.operator.post('/repairs', { deviceId: devices.pc.id, description: 'Bukan milik kami' });
    expect(foreignOpen.status).toBe(400);
    expect(foreignOpen.body.field).toBe('deviceId');
    const foreignPoint = await a.operator.post('/service-points', { officeId: b.id, districtCode: b.districts[0], kind: 'mpp-desk', name: 'Titik asing' });
    expect(foreignPoint.status).toBe(400);
    expect(foreignPoint.body.field).toBe('officeId');

    expect(await snapshot()).toBe(before);
    // The workflow of office B's case was never reached: its history holds no update from outsiders.
    const history = await stack.temporal.workflow.getHandle(repair.workflowId).fetchHistory();
    expect((history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toHaveLength(0);
  });

  it('lets a supervisor read the offices of their province and nothing else, and change nothing', async () => {
    const offices = (await clients.supervisor.get('/offices?limit=100')).body.items.map((o: { regencyCode: string }) => o.regencyCode);
    expect(offices).toContain(a.regencyCode);
    expect(offices.every((code: string) => code.startsWith(a.regencyCode.slice(0, 3)))).toBe(true);
    expect((await clients.supervisor.get(`/offices/${a.id}`)).status).toBe(200);
    const write = await clients.supervisor.http('PATCH', `/offices/${a.id}`, { name: 'X' });
    expect(write.status).toBe(403);
  });
});
