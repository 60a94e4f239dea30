import { randomUUID } from 'node:crypto';
import { addRecordingSet, createOffice, createServicePoint, OfficeFixture } from './support/fixtures';
import { eventually, Stack } from './support/stack';

describe('idempotency keys and the audit entry of a write', () => {
  const stack = new Stack();
  let office: OfficeFixture;

  beforeAll(async () => {
    await stack.start();
    office = await createOffice(stack);
  });
  afterAll(() => stack.stop());

  const auditCount = async (requestId: string) =>
    (await stack.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE request_id = $1 AND dedup_key IS NULL`, [requestId])).rows[0].n as number;

  async function openCase(kind = 'camera') {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const opened = await office.operator.post('/repairs', { deviceId: devices[kind].id, description: 'Rusak' });
    expect(opened.status).toBe(201);
    return { id: opened.body.id as string, sp, devices };
  }

  it('answers a retried final action with its first answer, also after the case moved on, and audits it once', async () => {
    const { id } = await openCase('pc');
    const triageKey = `triage-${randomUUID()}`;
    const triaged = await office.operator.http('POST', `/repairs/${id}/triage`, { assessment: 'fix-on-site', note: 'Kabel longgar' }, { 'x-request-id': triageKey });
    expect(triaged.status).toBe(200);
    expect((await office.operator.post(`/repairs/${id}/mark-repaired`, {})).body.status).toBe('repaired');
    const verifyKey = `verify-${randomUUID()}`;
    const verified = await office.manager.http('POST', `/repairs/${id}/verify`, { working: true }, { 'x-request-id': verifyKey });
    expect(verified.status).toBe(200);
    expect(verified.body.status).toBe('closed');

    // The client lost both answers and sends both again: the first answers come back, nothing acts twice.
    const verifiedAgain = await office.manager.http('POST', `/repairs/${id}/verify`, { working: true }, { 'x-request-id': verifyKey });
    expect(verifiedAgain.status).toBe(200);
    expect(verifiedAgain.body).toEqual(verified.body);
    expect(verifiedAgain.headers.get('idempotent-replayed')).toBe('true');
    const triagedAgain = await office.operator.http('POST', `/repairs/${id}/triage`, { assessment: 'fix-on-site', note: 'Kabel longgar' }, { 'x-request-id': triageKey });
    expect(triagedAgain.status).toBe(200);
    expect(triagedAgain.body.status).toBe('triaged');
    expect(triagedAgain.body.seq).toBe(triaged.body.seq);

    expect(await auditCount(verifyKey)).toBe(1);
    expect(await auditCount(triageKey)).toBe(1);
    const events = (await stack.get(`/repairs/${id}`)).body.timeline.map((t: { event: string }) => t.event);
    expect(events.filter((e: string) => e === 'verified')).toHaveLength(1);
  });

  it('refuses a key reused for another action or by another person, and does not do that action', async () => {
    const { id } = await openCase('camera');
    const key = `reuse-${randomUUID()}`;
    expect((await office.operator.http('POST', `/repairs/${id}/triage`, { assessment: 'needs-repair' }, { 'x-request-id': key })).status).toBe(200);

    const otherBody = await office.operator.http('POST', `/repairs/${id}/cancel`, { reason: 'Salah lapor' }, { 'x-request-id': key });
    expect(otherBody.status).toBe(422);
    expect(otherBody.body).toMatchObject({ code: 'idempotency_key_reused', field: 'X-Request-Id' });
    const otherPerson = await office.operator2.http('POST', `/repairs/${id}/triage`, { assessment: 'needs-repair' }, { 'x-request-id': key });
    expect(otherPerson.status).toBe(422);

    expect((await stack.get(`/repairs/${id}`)).body.status).toBe('triaged');
    expect(await auditCount(key)).toBe(1);
    const actions = (await stack.db.query(`SELECT action FROM audit_entries WHERE request_id = $1`, [key])).rows.map((r) => r.action);
    expect(actions).not.toContain('repair.cancel');
  });

  it('creates a registry object once for a retried create and answers the same object', async () => {
    const sp = await createServicePoint(stack, office);
    const key = `device-${randomUUID()}`;
    const body = { servicePointId: sp.id, kind: 'camera', serialNumber: `IDEM-${randomUUID().slice(0, 10)}`, owner: 'central' };
    const [a, b] = [await office.operator.http('POST', '/devices', body, { 'x-request-id': key }), await office.operator.http('POST', '/devices', body, { 'x-request-id': key })];
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    const rows = await stack.db.query(`SELECT id FROM devices WHERE serial_number = $1`, [body.serialNumber]);
    expect(rows.rows).toHaveLength(1);
    expect(await auditCount(key)).toBe(1);
    // A different body under a new key is a new action (and here a duplicate serial number).
    expect((await office.operator.post('/devices', body)).status).toBe(409);
  });

  it('never keeps a new API key secret for a retry, and still makes the key once', async () => {
    const key = `apikey-${randomUUID()}`;
    const body = { name: `integrasi ${randomUUID().slice(0, 6)}`, officeId: office.id, role: 'operator' };
    const first = await stack.admin.http('POST', '/api-keys', body, { 'x-request-id': key });
    expect(first.status).toBe(201);
    expect(first.body.key).toMatch(/^ektp_k_/);
    const again = await stack.admin.http('POST', '/api-keys', body, { 'x-request-id': key });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.key).toBe('[redacted]');
    const stored = await stack.db.query(`SELECT response::text AS r FROM idempotency_keys WHERE key = $1`, [key]);
    expect(stored.rows[0].r).not.toContain(first.body.key);
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM api_keys WHERE name = $1`, [body.name])).rows[0].n).toBe(1);
  });

  it('answers 409 while the first attempt of a key is still running, and 400 for a malformed key', async () => {
    const sp = await createServicePoint(stack, office);
    const body = { name: `Titik ${randomUUID().slice(0, 6)}` };
    const malformed = await office.operator.http('PATCH', `/service-points/${sp.id}`, body, { 'x-request-id': 'tidak boleh ada spasi' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.field).toBe('X-Request-Id');
    // A body nested without bound is refused before anything walks it, key or no key.
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const tooDeep = await office.operator.http('PATCH', `/service-points/${sp.id}`, deep, { 'x-request-id': `deep-${randomUUID()}` });
    expect([tooDeep.status, tooDeep.body.errors?.[0]?.rules]).toEqual([400, ['maxDepth']]);
    expect((await stack.get(`/service-points/${sp.id}`)).body.name).toBe(sp.name);

    // Parallel retries of one action: one carries it out, the others wait (409) or get its answer.
    const parallelKey = `parallel-${randomUUID()}`;
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => office.operator.http('PATCH', `/service-points/${sp.id}`, body, { 'x-request-id': parallelKey })),
    );
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(answers.every((a) => a.status === 200 || (a.status === 409 && a.body.code === 'request_in_progress'))).toBe(true);
    expect(await auditCount(parallelKey)).toBe(1);
  });

  it('keeps a change and its audit entry together: when the entry cannot be written the change is undone', async () => {
    const sp = await createServicePoint(stack, office);
    const [device] = Object.values(await addRecordingSet(stack, sp.id));
    const marker = `atomic-${randomUUID().slice(0, 8)}`;
    const fn = `refuse_${marker.replace(/-/g, '_')}`;
    // The audit trail refuses this one entry, as a full disk or a broken constraint would.
    await stack.db.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.summary::text LIKE '%${marker}%' THEN RAISE EXCEPTION 'audit refused for the test'; END IF;
        RETURN NEW;
      END $$`);
    await stack.db.query(`CREATE TRIGGER trg_${fn} BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      const refused = await office.operator.patch(`/devices/${device.id}`, { model: marker });
      expect(refused.status).toBe(500);
      const office2 = await office.operator.patch(`/service-points/${sp.id}`, { name: marker });
      expect(office2.status).toBe(500);
    } finally {
      await stack.db.query(`DROP TRIGGER trg_${fn} ON audit_entries`);
      await stack.db.query(`DROP FUNCTION ${fn}()`);
    }
    expect((await stack.get(`/devices/${device.id}`)).body.model).not.toBe(marker);
    expect((await stack.get(`/service-points/${sp.id}`)).body.name).toBe(sp.name);
    // With the trail writable again the same change goes through, with its one entry.
    const key = `atomic-ok-${randomUUID()}`;
    expect((await office.operator.http('PATCH', `/devices/${device.id}`, { model: marker }, { 'x-request-id': key })).status).toBe(200);
    expect((await stack.get(`/devices/${device.id}`)).body.model).toBe(marker);
    expect(await eventually(async () => (await auditCount(key)) === 1)).toBe(true);
  });
});
