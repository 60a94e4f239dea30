import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ESCALATION_STATUSES } from '../workflows/escalation.messages';
import { OUTAGE_KINDS, OUTAGE_STATUSES } from '../workflows/outage.messages';
import { REPAIR_STATUSES } from '../workflows/repair.messages';
import { ROLES } from '../src/auth/user.entity';
import { DEVICE_KINDS } from '../src/registry/device.entity';
import { addRecordingSet, createOffice, createServicePoint, createUser, setPolicy } from './support/fixtures';
import { eventually, Stack } from './support/stack';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: boolean | Schema;
};
type Operation = {
  summary?: string;
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  'x-access'?: { public?: boolean; roles?: string[] };
};
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

// text/html: the public page residents open (/ketersediaan), whose errors are pages too.
const FILE_TYPES = ['application/pdf', 'text/csv', 'text/html'];

/**
 * The OpenAPI document is what the browser app's client is typed from: every operation says what
 * it answers, and the answers the API really gives fit what the document says.
 */
describe('the OpenAPI document', () => {
  const stack = new Stack();
  let doc: Doc;
  let operations: Array<{ key: string; path: string; method: string; op: Operation }>;

  /** A schema with its $ref and allOf resolved into one object schema. */
  function resolve(schema: Schema | undefined, depth = 0): Schema {
    if (!schema || depth > 20) return {};
    if (schema.$ref) {
      const target = doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
      if (!target) throw new Error(`${schema.$ref} is not in components.schemas`);
      return resolve({ ...target, nullable: schema.nullable ?? target.nullable }, depth + 1);
    }
    if (schema.allOf) {
      const parts = schema.allOf.map((s) => resolve(s, depth + 1));
      // One part: a named schema (an enum, say) with this property's description beside it.
      if (parts.length === 1) return { ...parts[0], nullable: schema.nullable ?? parts[0].nullable };
      return {
        type: 'object',
        properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
        required: parts.flatMap((p) => p.required ?? []),
      };
    }
    return schema;
  }

  function successSchema(method: string, path: string): Schema {
    const op = doc.paths[path][method];
    const ok = Object.entries(op.responses).find(([status]) => status.startsWith('2'));
    return resolve(ok?.[1].content?.['application/json']?.schema);
  }

  /** Every field of the real value is declared, with a fitting type; nested objects and arrays too. */
  function drift(value: unknown, schema: Schema, at: string, problems: string[], depth = 0): void {
    const s = resolve(schema);
    if (value === null) {
      if (!s.nullable) problems.push(`${at} is null, but the schema does not say nullable`);
      return;
    }
    if (s.enum && !s.enum.includes(value)) problems.push(`${at} = ${JSON.stringify(value)} is not in its enum ${JSON.stringify(s.enum)}`);
    const type = Array.isArray(value) ? 'array' : typeof value;
    const fits: Record<string, string[]> = {
      string: ['string'],
      integer: ['number'],
      number: ['number'],
      boolean: ['boolean'],
      array: ['array'],
      object: ['object'],
    };
    if (s.type && !fits[s.type]?.includes(type)) problems.push(`${at} is a ${type}, the schema says ${s.type}`);
    if (s.type === 'integer' && typeof value === 'number' && !Number.isInteger(value)) problems.push(`${at} = ${value} is not an integer`);
    if (depth > 4) return;
    if (Array.isArray(value) && s.items) value.slice(0, 3).forEach((v, i) => drift(v, s.items!, `${at}[${i}]`, problems, depth + 1));
    if (s.oneOf) {
      const tries = s.oneOf.map((alt) => {
        const found: string[] = [];
        drift(value, alt, at, found, depth);
        return found;
      });
      if (tries.every((t) => t.length > 0)) problems.push(...tries[0]);
      return;
    }
    if (type === 'object' && s.properties) {
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        const declared = s.properties[key];
        if (declared) drift(v, declared, `${at}.${key}`, problems, depth + 1);
        else if (!s.additionalProperties) problems.push(`${at}.${key} is in the answer but not in the schema`);
      }
      for (const key of s.required ?? []) if (!(key in (value as object))) problems.push(`${at}.${key} is required by the schema but missing`);
    }
  }

  function expectFits(method: string, path: string, body: unknown): void {
    const schema = successSchema(method, path);
    expect(schema.properties).toBeDefined();
    const problems: string[] = [];
    drift(body, schema, `${method.toUpperCase()} ${path}`, problems);
    expect(problems).toEqual([]);
  }

  beforeAll(async () => {
    await stack.start();
    doc = (await stack.anonymous.get('/docs-json')).body;
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, path, method, op })),
    );
  });
  afterAll(() => stack.stop());

  it('is what the web app is typed from: the committed web/src/lib/api-schema.d.ts matches it', () => {
    // openapi-typescript is loaded by Node itself (Jest cannot require its ES modules on Node 20).
    const cli = path.resolve(__dirname, '..', 'dist', 'src', 'cli', 'write-api-types.js');
    const run = spawnSync(process.execPath, [cli, stack.baseUrl, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('gives every operation a summary, a success answer with its schema (or file type, or no body) and the errors its access rule implies', () => {
    expect(operations.length).toBeGreaterThan(60);
    const problems: string[] = [];
    for (const { key, path: route, op } of operations) {
      if (!op.summary?.trim()) problems.push(`${key}: no summary`);
      // Each {name} of the route is a declared path parameter (a typed client needs it to build the URL).
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      for (const name of route.match(/(?<={)\w+(?=})/g) ?? []) if (!declared.includes(name)) problems.push(`${key}: path parameter ${name} not declared`);
      const successes = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      if (successes.length === 0) problems.push(`${key}: no 2xx answer`);
      for (const [status, answer] of successes) {
        if (status === '204') {
          if (answer.content) problems.push(`${key}: 204 with a body`);
          continue;
        }
        const types = Object.keys(answer.content ?? {});
        const json = answer.content?.['application/json']?.schema;
        if (json) {
          const schema = resolve(json);
          if (!schema.properties && schema.type !== 'array') problems.push(`${key}: ${status} schema declares no properties`);
        } else if (!types.some((t) => FILE_TYPES.includes(t))) problems.push(`${key}: ${status} has no schema and no file content type`);
      }
      const errors = Object.keys(op.responses ?? {}).filter((s) => /^[45]\d\d$/.test(s));
      if (!op['x-access']?.public) {
        for (const s of ['401', '403']) if (!errors.includes(s)) problems.push(`${key}: not public but no ${s}`);
      }
      if ((op.parameters?.length || op.requestBody) && !errors.includes('400')) problems.push(`${key}: takes input but declares no 400`);
      for (const s of errors) {
        const schema = op.responses[s].content?.['application/json']?.schema;
        if (key.startsWith('GET /health') || route.startsWith('/ketersediaan')) continue;
        if (schema?.$ref !== '#/components/schemas/ErrorResponseDto') problems.push(`${key}: ${s} does not use the shared error schema`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('describes the validation error with its fields and rules', () => {
    const error = resolve({ $ref: '#/components/schemas/ErrorResponseDto' });
    expect(Object.keys(error.properties ?? {})).toEqual(expect.arrayContaining(['statusCode', 'code', 'message', 'errors']));
    const [fieldError] = (error.properties!.errors.items as { oneOf: Schema[] }).oneOf.map((s) => resolve(s));
    expect(Object.keys(fieldError.properties ?? {}).sort()).toEqual(['field', 'messages', 'rules']);
  });

  it('types the items of every list and gives statuses, kinds and roles as enums', () => {
    const lists = operations.filter(({ method, op }) => method === 'get' && (op.parameters ?? []).some((p) => (p as { name: string }).name === 'page'));
    expect(lists.length).toBeGreaterThan(10);
    for (const { key, path } of lists) {
      const page = successSchema('get', path);
      expect({ key, fields: Object.keys(page.properties ?? {}).sort() }).toEqual({ key, fields: expect.arrayContaining(['items', 'limit', 'page', 'total']) });
      expect({ key, items: resolve(page.properties!.items.items).properties }).toEqual({ key, items: expect.any(Object) });
    }
    const prop = (model: string, field: string) => resolve(doc.components.schemas[model]).properties?.[field]?.enum;
    expect(prop('RepairCaseView', 'status')).toEqual([...REPAIR_STATUSES]);
    expect(prop('EscalationView', 'status')).toEqual([...ESCALATION_STATUSES]);
    expect(prop('OutageView', 'status')).toEqual([...OUTAGE_STATUSES]);
    expect(prop('OutageView', 'kind')).toEqual([...OUTAGE_KINDS]);
    expect(prop('DeviceView', 'kind')).toEqual([...DEVICE_KINDS]);
    expect(prop('UserView', 'role')).toEqual([...ROLES]);
    expect(doc.paths['/escalations/{id}/letter.pdf'].get.responses['200'].content).toHaveProperty(['application/pdf']);
    expect(doc.paths['/tours/{id}/report.csv'].get.responses['200'].content).toHaveProperty(['text/csv']);
    for (const csv of ['/offices/{id}/coverage.csv', '/coverage.csv', '/coverage/provinces/{code}.csv']) expect(doc.paths[csv].get.responses['200'].content).toHaveProperty(['text/csv']);
  });

  it('declares every field the API really answers: a repair case, a list page, an outage, a letter, a user and auth/me', async () => {
    const office = await createOffice(stack);
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const opened = await office.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera perekaman tidak menyala' });
    expect(opened.status).toBe(201);
    expectFits('post', '/repairs', opened.body);

    const repair = await office.operator.get(`/repairs/${opened.body.id}`);
    expect(repair.status).toBe(200);
    expectFits('get', '/repairs/{id}', repair.body);
    // The check itself sees a field the document does not know, at the top and nested.
    const seen: string[] = [];
    const nested = { ...repair.body, surprise: 1, device: { ...repair.body.device, colour: 'grey' } };
    drift(nested, successSchema('get', '/repairs/{id}'), 'repair', seen);
    expect(seen).toEqual(['repair.device.colour is in the answer but not in the schema', 'repair.surprise is in the answer but not in the schema']);

    const page = await office.operator.get(`/repairs?officeId=${office.id}`);
    expect([page.status, page.body.items.length]).toEqual([200, 1]);
    expectFits('get', '/repairs', page.body);

    const triaged = await office.operator.post(`/repairs/${opened.body.id}/triage`, { assessment: 'needs-repair' });
    expect(triaged.status).toBe(200);
    expectFits('post', '/repairs/{id}/triage', triaged.body);

    const outage = await office.operator.post('/outages', {
      officeId: office.id,
      kind: 'network',
      startedAt: new Date(Date.now() - 3600_000).toISOString(),
      description: 'Jaringan terputus',
    });
    expect(outage.status).toBe(201);
    expectFits('post', '/outages', outage.body);
    const outageDetail = await office.operator.get(`/outages/${outage.body.id}`);
    expectFits('get', '/outages/{id}', outageDetail.body);

    const letter = await office.operator.post('/escalations', { repairCaseIds: [opened.body.id] });
    expect(letter.status).toBe(201);
    expectFits('post', '/escalations', letter.body);
    const letterDetail = await office.operator.get(`/escalations/${letter.body.id}`);
    expect(letterDetail.status).toBe(200);
    expectFits('get', '/escalations/{id}', letterDetail.body);

    const user = await createUser(stack, 'operator', { officeId: office.id });
    const userView = await stack.admin.get(`/users/${user.id}`);
    expect(userView.status).toBe(200);
    expectFits('get', '/users/{id}', userView.body);

    const me = await user.client.get('/auth/me');
    expect(me.status).toBe(200);
    expectFits('get', '/auth/me', me.body);

    const refused = await office.operator.post('/repairs', { deviceId: 'not-a-uuid', description: 'x' });
    expect(refused.status).toBe(400);
    const problems: string[] = [];
    drift(refused.body, { $ref: '#/components/schemas/ErrorResponseDto' }, 'POST /repairs 400', problems);
    // Answers Nest makes itself (an unknown API route, JSON that does not parse) carry a listed code too.
    const unknownRoute = await office.operator.get(`/repairs/${randomUUID()}/no-such-action`);
    expect([unknownRoute.status, unknownRoute.body.code]).toEqual([404, 'not_found']);
    drift(unknownRoute.body, { $ref: '#/components/schemas/ErrorResponseDto' }, 'GET unknown route 404', problems);
    const unparsable = await office.operator.http('POST', '/repairs', '{"deviceId":', { 'content-type': 'application/json' });
    expect([unparsable.status, unparsable.body.code]).toEqual([400, 'entity_parse_failed']);
    drift(unparsable.body, { $ref: '#/components/schemas/ErrorResponseDto' }, 'POST /repairs unparsable', problems);
    expect(problems).toEqual([]);
  });

  it('declares every field of the other answers too: registry, tours, actions, dashboard, inbox, audit, public availability, health and login', async () => {
    const office = await createOffice(stack);
    // Seconds-long deadlines, so a reminder lands in an inbox within the test.
    await setPolicy(stack, office.id, { triageSeconds: 1, repairSeconds: 600, verificationSeconds: 600, reminderIntervalSeconds: 1, approvalReminderSeconds: 1 });
    const kitPoint = await createServicePoint(stack, office, { kind: 'mobile-unit' });
    const kit = await addRecordingSet(stack, kitPoint.id);
    const fits = async (method: 'get' | 'post' | 'patch', path: string, url: string, client = office.manager, body?: unknown) => {
      const res = method === 'get' ? await client.get(url) : await client.http(method.toUpperCase(), url, body ?? {});
      expect({ url, status: res.status }).toEqual({ url, status: method === 'post' && !/\/(approve|resolve|edit|triage)$/.test(path) ? 201 : 200 });
      expectFits(method, path, res.body);
      return res.body;
    };
    await fits('get', '/offices/{id}', `/offices/${office.id}`);
    await fits('get', '/offices/{id}/sla-policy', `/offices/${office.id}/sla-policy`);
    await fits('get', '/service-points/{id}', `/service-points/${kitPoint.id}`);
    // Points with places, from a CSV import: one that cannot record (no devices), one 0.1° south that can.
    const imported = await office.operator.http(
      'POST',
      `/offices/${office.id}/service-points`,
      `name,kind,district_code,address,latitude,longitude,opening_hours\nTitik Skema A,kecamatan-office,${office.districts[0]},Jl. A,-0.1,111.5,mon-fri 08:00-15:00\nTitik Skema B,mpp-desk,${office.districts[0]},,-0.2,111.5,`,
      { 'content-type': 'text/csv' },
    );
    expect(imported.status).toBe(200);
    expectFits('post', '/offices/{id}/service-points', imported.body);
    await addRecordingSet(stack, imported.body.servicePoints[1].id);
    const placed = await fits('get', '/service-points/{id}', `/service-points/${imported.body.servicePoints[0].id}`);
    expect(placed.alternatives.map((a: { distanceKm: number }) => a.distanceKm)).toEqual([11.1]);
    await fits('get', '/devices/{id}', `/devices/${kit.pc.id}`);
    await fits('get', '/devices', `/devices?servicePointId=${kitPoint.id}`);
    await fits('get', '/regions/villages', `/regions/villages?district=${office.districts[0]}&limit=3`);

    const [village] = (await stack.db.query(`SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 LIMIT 1`, [office.regencyCode])).rows;
    const operatorId = (await office.operator.get('/auth/me')).body.id;
    const today = (await stack.db.query(`SELECT ((now() AT TIME ZONE 'Asia/Jakarta')::date + 30)::text AS d`)).rows[0].d;
    const planned = await office.operator.post('/tours', {
      officeId: office.id,
      name: `Jemput bola ${office.regencyCode}`,
      teamUserIds: [operatorId],
      kitServicePointId: kitPoint.id,
      stops: [{ villageCode: village.code, date: today, expectedResidents: 25 }],
    });
    expect(planned.status).toBe(201);
    expectFits('post', '/tours', planned.body);
    await fits('get', '/tours/{id}', `/tours/${planned.body.id}`);
    await fits('get', '/tours', `/tours?officeId=${office.id}`);
    await fits('get', '/tours/{id}/report', `/tours/${planned.body.id}/report`);
    await fits('post', '/tours/{id}/approve', `/tours/${planned.body.id}/approve`);
    await fits('get', '/offices/{id}/unrecorded-residents', `/offices/${office.id}/unrecorded-residents`);
    await fits('get', '/offices/{id}/coverage', `/offices/${office.id}/coverage`);
    await fits('get', '/offices/{id}/coverage', `/offices/${office.id}/coverage?district=${office.districts[0]}`);
    await fits('get', '/coverage', '/coverage', stack.admin);
    await fits('get', '/coverage/provinces/{code}', `/coverage/provinces/${office.regencyCode.slice(0, 2)}`, stack.admin);

    const outage = await office.operator.post('/outages', { officeId: office.id, kind: 'power', startedAt: new Date(Date.now() - 600_000).toISOString(), description: 'Listrik padam' });
    expect(outage.status).toBe(201);
    await fits('get', '/outages', `/outages?officeId=${office.id}`);
    await fits('post', '/outages/{id}/resolve', `/outages/${outage.body.id}/resolve`, office.operator);

    const breakdown = await office.operator.post('/repairs', { deviceId: kit.camera.id, description: 'Kamera tidak menyala' });
    expect(breakdown.status).toBe(201);
    const letter = await office.operator.post('/escalations', { repairCaseIds: [breakdown.body.id] });
    expect(letter.status).toBe(201);
    await fits('patch', '/escalations/{id}', `/escalations/${letter.body.id}`, office.operator, { subject: 'Permohonan perbaikan kamera perekaman' });
    await fits('get', '/escalations', `/escalations?officeId=${office.id}`);
    // Beranda, with a case and a letter that need the manager.
    const beranda = await fits('get', '/dashboard', '/dashboard');
    expect(beranda.needsYou.items.map((i: { kind: string }) => i.kind)).toEqual(expect.arrayContaining(['repair', 'escalation']));
    // The supervisors' views, with a device out of service (the camera).
    const province = office.regencyCode.slice(0, 2);
    const oversight = await fits('get', '/oversight/provinces/{code}', `/oversight/provinces/${province}`, stack.admin);
    expect(oversight.regencies.find((r: { officeId: string }) => r.officeId === office.id).longestOutOfService).toHaveLength(1);
    await fits('get', '/oversight/provinces/{code}/series', `/oversight/provinces/${province}/series?days=3`, stack.admin);
    await fits('get', '/oversight', '/oversight', stack.admin);
    await fits('get', '/oversight/letters-awaiting-reply', `/oversight/letters-awaiting-reply?province=${province}`, stack.admin);

    const inbox = await eventually(
      async () => {
        for (const client of [office.manager, office.operator]) if ((await client.get('/notifications')).body.total > 0) return client;
        return undefined;
      },
      30_000,
      'a reminder in an inbox',
    );
    await fits('get', '/notifications', '/notifications', inbox);
    await fits('get', '/audit', `/audit?officeId=${office.id}`);
    await fits('get', '/api-keys', '/api-keys', stack.admin);
    await fits('get', '/users', `/users?officeId=${office.id}`, stack.admin);
    const publicAnswer = await fits('get', '/availability', `/availability?regency=${office.regencyCode}&lat=-0.1&lon=111.5`, stack.anonymous);
    expect(publicAnswer.servicePoints.find((p: { name: string }) => p.name === 'Titik Skema A').recordInstead).toHaveLength(1);
    await fits('get', '/health', '/health', stack.anonymous);
    await fits('get', '/health/live', '/health/live', stack.anonymous);
    await fits('get', '/health/ready', '/health/ready', stack.anonymous);
    const user = await createUser(stack, 'operator', { officeId: office.id });
    const login = await stack.anonymous.post('/auth/login', { username: user.username, password: user.password });
    expect(login.status).toBe(200);
    expectFits('post', '/auth/login', login.body);
  });
});
