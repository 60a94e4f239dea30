import { addRecordingSet, createOffice, createServicePoint, OfficeFixture } from './support/fixtures';
import { eventually, Stack } from './support/stack';

describe('repair cases over HTTP', () => {
  const stack = new Stack();
  let office: OfficeFixture;

  beforeAll(async () => {
    await stack.start();
    office = await createOffice(stack);
  });
  afterAll(() => stack.stop());

  async function brokenDevice(kind = 'camera') {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    return { sp, device: devices[kind] };
  }

  it('takes a case from report to verified repair, with device status, availability and timeline following it', async () => {
    const { sp, device } = await brokenDevice('iris-scanner');
    // A working service point in the same kecamatan, where residents should be sent meanwhile.
    const neighbour = await createServicePoint(stack, office, { districtCode: sp.districtCode, kind: 'mpp-desk' });
    await addRecordingSet(stack, neighbour.id);
    expect((await stack.get(`/service-points/${sp.id}`)).body.canRecord).toBe(true);

    const opened = await office.operator.post('/repairs', { deviceId: device.id, description: 'Pemindai iris tidak menyala' });
    expect(opened.status).toBe(201);
    const id = opened.body.id;
    expect(opened.body.status).toBe('reported');

    const reported = await eventually(async () => {
      const r = await stack.get(`/repairs/${id}`);
      return r.body.timeline.length === 1 ? r.body : undefined;
    }, 30_000, 'the reported event');
    expect(reported.device.status).toBe('broken');
    expect(reported.servicePoint.canRecord).toBe(false);
    expect(reported.alternatives.map((a: { id: string }) => a.id)).toContain(neighbour.id);
    expect(reported.alternatives[0].sameDistrict).toBe(true);
    expect(reported.deadlineAt).not.toBeNull();

    const triaged = await office.operator2.post(`/repairs/${id}/triage`, { assessment: 'needs-repair', note: 'Perlu diganti' });
    expect(triaged.status).toBe(200);
    expect(triaged.body.status).toBe('triaged');

    const requested = await office.operator2.post(`/repairs/${id}/request-repair`, { channel: 'ministry' });
    expect(requested.body.status).toBe('awaiting-repair');
    expect((await stack.get(`/devices/${device.id}`)).body.status).toBe('in-repair');

    const repaired = await office.operator2.post(`/repairs/${id}/mark-repaired`, { note: 'Diganti oleh teknisi pusat' });
    expect(repaired.body.status).toBe('repaired');
    expect((await stack.get(`/devices/${device.id}`)).body.status).toBe('active');
    expect((await stack.get(`/service-points/${sp.id}`)).body.canRecord).toBe(true);

    const verified = await office.manager.post(`/repairs/${id}/verify`, { working: true });
    expect(verified.status).toBe(200);
    expect(verified.body.status).toBe('closed');

    const detail = (await stack.get(`/repairs/${id}`)).body;
    expect(detail.status).toBe('closed');
    expect(detail.closedAt).not.toBeNull();
    expect(detail.timeline.map((t: { event: string }) => t.event)).toEqual(['reported', 'triaged', 'repair-requested', 'repaired', 'verified']);
    // Who did what, as the signed-in users (not anything the caller claims).
    expect(detail.timeline.map((t: { actor: string }) => t.actor)).toEqual([
      office.operator.username,
      office.operator2.username,
      office.operator2.username,
      office.operator2.username,
      office.manager.username,
    ]);
    expect(detail.timeline.map((t: { seq: number }) => t.seq)).toEqual([1, 2, 3, 4, 5]);

    const closedList = await stack.get(`/repairs?status=closed&officeId=${office.id}`);
    expect(closedList.body.items.map((c: { id: string }) => c.id)).toContain(id);

    // The workflow finished and carries its search attributes for the Temporal Web UI.
    const handle = stack.temporal.workflow.getHandle(detail.workflowId);
    const description = await handle.describe();
    expect(description.status.name).toBe('COMPLETED');
    const attrs = description.typedSearchAttributes;
    expect(attrs.getAll().find((p) => p.key.name === 'CaseStatus')?.value).toBe('closed');
    expect(attrs.getAll().find((p) => p.key.name === 'OfficeId')?.value).toBe(office.id);
    expect(attrs.getAll().find((p) => p.key.name === 'DeviceId')?.value).toBe(device.id);
  });

  it('keeps a service point down since its device broke while the case moves on without the device changing', async () => {
    const { sp, device } = await brokenDevice('fingerprint-scanner');
    const id = (await office.operator.post('/repairs', { deviceId: device.id, description: 'Pemindai sidik jari mati' })).body.id;
    const availabilityOf = async () => {
      const p = (await stack.get(`/service-points/${sp.id}`)).body;
      return { canRecord: p.canRecord, recordDownSince: p.recordDownSince, availabilityChangedAt: p.availabilityChangedAt };
    };
    const eventsRecorded = (n: number) =>
      eventually(async () => ((await stack.get(`/repairs/${id}`)).body.timeline.length === n ? true : undefined), 30_000, `${n} events`);
    await eventsRecorded(1);
    const down = await availabilityOf();
    expect(down.canRecord).toBe(false);
    expect(down.recordDownSince).not.toBeNull();

    // Triage leaves the device broken: the point is down since the report, not since the triage.
    expect((await office.operator2.post(`/repairs/${id}/triage`, { assessment: 'needs-repair' })).status).toBe(200);
    await eventsRecorded(2);
    expect(await availabilityOf()).toEqual(down);
    // Sent for repair, the device is in repair, still not working: still down since the report.
    expect((await office.operator2.post(`/repairs/${id}/request-repair`, { channel: 'ministry' })).status).toBe(200);
    await eventsRecorded(3);
    expect((await stack.get(`/devices/${device.id}`)).body.status).toBe('in-repair');
    expect(await availabilityOf()).toEqual(down);
  });

  it('fixes on site, and sends a case that fails verification back to triage', async () => {
    const { device } = await brokenDevice('fingerprint-scanner');
    const id = (await office.operator.post('/repairs', { deviceId: device.id, description: 'Kabel longgar' })).body.id;
    await office.operator.post(`/repairs/${id}/triage`, { assessment: 'fix-on-site' });
    expect((await office.operator.post(`/repairs/${id}/mark-repaired`, {})).body.status).toBe('repaired');
    // Four-eyes: whoever marked it repaired cannot also verify it.
    const selfVerify = await office.operator.post(`/repairs/${id}/verify`, { working: true });
    expect(selfVerify.status).toBe(403);
    expect(selfVerify.body.code).toBe('four_eyes');
    expect(selfVerify.body.message).toContain(office.operator.username);
    expect((await stack.get(`/repairs/${id}`)).body.status).toBe('repaired');
    const failed = await office.operator2.post(`/repairs/${id}/verify`, { working: false, note: 'Masih gagal membaca' });
    expect(failed.body.status).toBe('triaged');
    expect((await stack.get(`/devices/${device.id}`)).body.status).toBe('broken');
    const cancelled = await office.operator.post(`/repairs/${id}/cancel`, { reason: 'Laporan ganda' });
    expect(cancelled.body.status).toBe('cancelled');
    const events = (await stack.get(`/repairs/${id}`)).body.timeline.map((t: { event: string }) => t.event);
    expect(events).toEqual(['reported', 'triaged', 'fixed-on-site', 'verification-failed', 'cancelled']);
    // RECORD_HISTORIES=1: the history replayed by test/replay.spec.ts (four-eyes on verification).
    await stack.temporal.workflow.getHandle(`repair-${id}`).result();
    await stack.recordHistory(`repair-${id}`, 'repair-workflow-v6-four-eyes.json');
  });

  it('answers a retried action (same X-Request-Id) with the first answer and does it once', async () => {
    const { device } = await brokenDevice('card-reader');
    const id = (await office.operator.post('/repairs', { deviceId: device.id, description: 'Pembaca kartu rusak' })).body.id;
    const key = { 'x-request-id': `retry-${id}` };
    const first = await office.operator.http('POST', `/repairs/${id}/triage`, { assessment: 'needs-repair' }, key);
    const again = await office.operator.http('POST', `/repairs/${id}/triage`, { assessment: 'needs-repair' }, key);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body.seq).toBe(first.body.seq);
    const events = (await stack.get(`/repairs/${id}`)).body.timeline.map((t: { event: string }) => t.event);
    expect(events.filter((e: string) => e === 'triaged')).toHaveLength(1);
    // A new request id is a new action: triaging twice is refused.
    expect((await office.operator.post(`/repairs/${id}/triage`, { assessment: 'needs-repair' })).status).toBe(409);
  });

  it('refuses actions that do not fit the current state with 409 and a readable reason', async () => {
    const { device } = await brokenDevice();
    const id = (await office.operator.post('/repairs', { deviceId: device.id, description: 'Kamera buram' })).body.id;

    const verify = await office.operator.post(`/repairs/${id}/verify`, { working: true });
    expect(verify.status).toBe(409);
    expect(verify.body.message).toMatch(/Cannot verify a repair case that is reported/);

    const request = await office.operator.post(`/repairs/${id}/request-repair`, { channel: 'vendor' });
    expect(request.status).toBe(409);
    expect(request.body.message).toMatch(/allowed only when triaged/);

    await office.operator.post(`/repairs/${id}/cancel`, { reason: 'Salah perangkat' });
    const afterEnd = await office.operator.post(`/repairs/${id}/triage`, { assessment: 'fix-on-site' });
    expect(afterEnd.status).toBe(409);
    expect(afterEnd.body.message).toMatch(/cancelled/);

    const timeline = (await stack.get(`/repairs/${id}`)).body.timeline;
    expect(timeline.map((t: { event: string }) => t.event)).toEqual(['reported', 'cancelled']);
  });

  it('answers 400 naming the field for bad input, and changes nothing', async () => {
    const before = await stack.db.query('SELECT count(*)::int AS n FROM repair_cases');

    const badId = await office.operator.post('/repairs', { deviceId: 'not-a-uuid', description: 'Rusak' });
    expect(badId.status).toBe(400);
    expect(badId.body.errors.map((e: { field: string }) => e.field)).toContain('deviceId');

    const noDescription = await office.operator.post('/repairs', { deviceId: '6f1c7a52-7c59-4f0e-9a53-3b0f1f1b2a10' });
    expect(noDescription.status).toBe(400);
    expect(noDescription.body.errors.map((e: { field: string }) => e.field)).toContain('description');

    const unknownDevice = await office.operator.post('/repairs', { deviceId: '6f1c7a52-7c59-4f0e-9a53-3b0f1f1b2a10', description: 'Rusak total' });
    expect(unknownDevice.status).toBe(400);
    expect(unknownDevice.body.field).toBe('deviceId');

    const extra = await office.operator.post('/repairs', { deviceId: '6f1c7a52-7c59-4f0e-9a53-3b0f1f1b2a10', description: 'Rusak total', status: 'closed' });
    expect(extra.status).toBe(400);
    expect(extra.body.errors.map((e: { field: string }) => e.field)).toContain('status');

    const { device } = await brokenDevice();
    const id = (await office.operator.post('/repairs', { deviceId: device.id, description: 'Kamera mati' })).body.id;
    const badTriage = await office.operator.post(`/repairs/${id}/triage`, { assessment: 'maybe' });
    expect(badTriage.status).toBe(400);
    expect(badTriage.body.errors[0].field).toBe('assessment');
    const noReason = await office.operator.post(`/repairs/${id}/cancel`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('reason');

    const badPath = await stack.get('/repairs/not-a-uuid');
    expect(badPath.status).toBe(400);
    expect(badPath.body.errors[0].field).toBe('id');
    const missing = await office.operator.post('/repairs/6f1c7a52-7c59-4f0e-9a53-3b0f1f1b2a10/triage', { assessment: 'fix-on-site' });
    expect(missing.status).toBe(404);

    const after = await stack.db.query('SELECT count(*)::int AS n FROM repair_cases');
    expect(after.rows[0].n).toBe(before.rows[0].n + 1);
    expect((await stack.get(`/repairs/${id}`)).body.status).toBe('reported');
  });

  it('answers 409 naming the open case when a device already has one, even under concurrent requests', async () => {
    const { device } = await brokenDevice('signature-pad');
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () => office.operator.post('/repairs', { deviceId: device.id, description: 'Pena tidak merespons' })),
    );
    const created = attempts.filter((a) => a.status === 201);
    const refused = attempts.filter((a) => a.status === 409);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(4);
    for (const r of refused) {
      expect(r.body.repairCaseId).toBe(created[0].body.id);
      expect(r.body.message).toContain(created[0].body.id);
    }
    const again = await office.operator.post('/repairs', { deviceId: device.id, description: 'Pena tidak merespons' });
    expect(again.status).toBe(409);
    const { rows } = await stack.db.query('SELECT count(*)::int AS n FROM repair_cases WHERE device_id = $1', [device.id]);
    expect(rows[0].n).toBe(1);

    // Once the case ends, the device can have a new one.
    await office.operator.post(`/repairs/${created[0].body.id}/cancel`, { reason: 'Ternyata baterai' });
    const reopened = await office.operator.post('/repairs', { deviceId: device.id, description: 'Rusak lagi' });
    expect(reopened.status).toBe(201);
  });
});
