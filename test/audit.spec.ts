import { createHash, randomUUID } from 'node:crypto';
import * as nodeHttp from 'node:http';
import type { AddressInfo } from 'node:net';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy } from './support/fixtures';
import { eventually, Stack } from './support/stack';

interface Entry {
  actor: string;
  actorKind: string;
  officeId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: Record<string, any>;
  requestId: string | null;
  clientIp: string | null;
}

/** Routes whose service writes a richer entry of its own instead of the generic one. */
const AUDITED_BY_SERVICE: Record<string, string> = { 'POST /auth/login': 'auth.login', 'POST /auth/logout': 'auth.logout' };

describe('the audit trail', () => {
  const stack = new Stack();
  let office: OfficeFixture;

  beforeAll(async () => {
    await stack.start();
    office = await createOffice(stack);
  });
  afterAll(() => stack.stop());

  const entries = async (query: string): Promise<Entry[]> => {
    const res = await stack.get(`/audit?limit=100&${query}`);
    if (res.status !== 200) throw new Error(`audit: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.items;
  };

  it('records every kind of write in the route table, with actor, office, target, request id and address', async () => {
    const started = new Date().toISOString();
    const op = office.operator;
    const other = office.operator2;
    await setPolicy(stack, office.id, { triageSeconds: 1, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600 });

    // Registry writes.
    const sp = await createServicePoint(stack, office);
    const spare = await createServicePoint(stack, office, { kind: 'mpp-desk' });
    await op.patch(`/service-points/${spare.id}`, { name: `MPP ${randomUUID().slice(0, 6)}` });
    const devices = await addRecordingSet(stack, sp.id);
    const printer = (await op.post('/devices', { servicePointId: spare.id, kind: 'card-printer', serialNumber: `AU-${randomUUID().slice(0, 8)}`, owner: 'regional' })).body;
    await op.patch(`/devices/${printer.id}`, { model: 'Evolis' });
    expect((await op.delete(`/devices/${printer.id}`)).status).toBe(204);
    expect((await op.delete(`/service-points/${spare.id}`)).status).toBe(204);
    await office.manager.patch(`/offices/${office.id}`, { address: 'Jl. Merdeka 1' });
    const registry = `name,kind,district_code,latitude,longitude\nTitik Audit ${randomUUID().slice(0, 6)},mpp-desk,${office.districts[0]},-0.1,111.5\n`;
    expect((await op.http('POST', `/offices/${office.id}/service-points`, registry, { 'content-type': 'text/csv' })).status).toBe(200);
    const extraOffice = await createOffice(stack, { users: false });
    expect((await stack.delete(`/offices/${extraOffice.id}`)).status).toBe(204);

    // A repair case, with a request id of our own on one action.
    const opened = (await op.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera mati' })).body;
    const notification = await eventually(async () => (await op.get(`/notifications?subjectId=${opened.id}`)).body.items[0], 30_000, 'a reminder');
    await op.post(`/notifications/${notification.id}/read`);
    await other.post('/notifications/read-all');
    const requestId = `audit-${randomUUID()}`;
    const triaged = await op.http('POST', `/repairs/${opened.id}/triage`, { assessment: 'needs-repair' }, { 'x-request-id': requestId });
    expect(triaged.headers.get('x-request-id')).toBe(requestId);
    await op.post(`/repairs/${opened.id}/request-repair`, { channel: 'ministry' });
    await op.post(`/repairs/${opened.id}/mark-repaired`, {});
    await other.post(`/repairs/${opened.id}/verify`, { working: true });
    const second = (await op.post('/repairs', { deviceId: devices.pc.id, description: 'PC mati' })).body;
    await op.post(`/repairs/${second.id}/cancel`, { reason: 'Salah lapor' });

    // An escalation letter: drafted, sent back, edited, approved, answered; another one rejected, a third withdrawn.
    const stalled = (await op.post('/repairs', { deviceId: devices['iris-scanner'].id, description: 'Iris mati' })).body;
    const letter = (await op.post('/escalations', { repairCaseIds: [stalled.id] })).body;
    await office.manager.post(`/escalations/${letter.id}/request-changes`, { comment: 'Lengkapi data' });
    await op.patch(`/escalations/${letter.id}`, { subject: 'Permohonan perbaikan pemindai iris' });
    expect((await office.manager.post(`/escalations/${letter.id}/approve`)).status).toBe(200);
    await eventually(async () => (await op.get(`/escalations/${letter.id}`)).body.status === 'awaiting-reply', 30_000, 'the letter to go out');
    await op.post(`/escalations/${letter.id}/reply`, { receivedAt: new Date().toISOString(), reference: 'B-1', summary: 'Diterima' });
    const other2 = (await op.post('/repairs', { deviceId: devices['signature-pad'].id, description: 'Pena rusak' })).body;
    const letter2 = (await op.post('/escalations', { repairCaseIds: [other2.id] })).body;
    await office.manager.post(`/escalations/${letter2.id}/reject`, { reason: 'Tidak perlu' });
    // A third, about the same case once the second was rejected, withdrawn by a manager.
    const letter3 = (await op.post('/escalations', { repairCaseIds: [other2.id] })).body;
    expect((await office.manager.post(`/escalations/${letter3.id}/withdraw`, { reason: 'Sudah diperbaiki teknisi daerah' })).status).toBe(200);

    // A village tour: targets imported, planned, approved, run, rescheduled, skipped, a kit failure, cancelled; another rejected.
    const mobile = await createServicePoint(stack, office, { kind: 'mobile-unit' });
    const kit = await addRecordingSet(stack, mobile.id);
    const villages = (
      await stack.db.query(`SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT 3`, [office.regencyCode])
    ).rows.map((r: { code: string }) => r.code);
    const csv = `village_code,unrecorded\n${villages.map((v: string, i: number) => `${v},${10 + i}`).join('\n')}\n`;
    expect((await op.http('POST', `/offices/${office.id}/unrecorded-residents`, csv, { 'content-type': 'text/csv' })).status).toBe(200);
    const day = (n: number) => new Date(Date.now() + 7 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
    const me = (await op.get('/auth/me')).body.id;
    const planTour = (dates: number[]) =>
      op.post('/tours', { officeId: office.id, name: 'Tur audit', teamUserIds: [me], kitServicePointId: mobile.id, stops: dates.map((d, i) => ({ villageCode: villages[i], date: day(d) })) });
    const tour = (await planTour([0, 1, 2])).body;
    expect((await office.manager.post(`/tours/${tour.id}/approve`)).status).toBe(200);
    await eventually(async () => {
      const state: any = await stack.temporal.workflow.getHandle(`tour-${tour.id}`).query('state');
      return state.stops[0].status === 'notified' || undefined;
    }, 30_000, 'the first village notified');
    const [s0, s1, s2] = tour.stops.map((x: { id: string }) => x.id);
    expect((await op.post(`/tours/${tour.id}/stops/${s0}/check-in`)).status).toBe(200);
    const content = Buffer.from(`paket ${randomUUID()}`);
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(content)]), 'paket.bin');
    form.set('sha256', createHash('sha256').update(content).digest('hex'));
    form.set('residentsCount', '3');
    form.set('deviceSerial', kit.camera.serialNumber);
    form.set('capturedAt', new Date().toISOString());
    expect((await op.http('POST', `/tours/${tour.id}/stops/${s0}/batches`, form)).status).toBe(201);
    expect((await op.post(`/tours/${tour.id}/stops/${s0}/complete`)).status).toBe(200);
    expect((await op.post(`/tours/${tour.id}/stops/${s2}/reschedule`, { date: day(6) })).status).toBe(200);
    expect((await op.post(`/tours/${tour.id}/stops/${s1}/skip`, { reason: 'Jembatan putus' })).status).toBe(200);
    expect((await op.post(`/tours/${tour.id}/kit-failure`, { deviceId: kit.camera.id, description: 'Kamera mati' })).status).toBe(200);
    expect((await op.post(`/tours/${tour.id}/cancel`, { reason: 'Ditunda ke tahun depan' })).status).toBe(200);
    const refused = (await planTour([10])).body;
    expect((await office.manager.post(`/tours/${refused.id}/reject`, { reason: 'Anggaran belum tersedia' })).status).toBe(200);

    // A webhook endpoint on a loopback receiver (an admin's allowance), told about the outage below.
    const receiver = nodeHttp.createServer((req, res) => req.resume().on('end', () => res.end('ok')));
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const hook = (await stack.post('/webhooks', { officeId: office.id, url: hookUrl, eventTypes: ['outage.opened'], allowHttp: true, allowPrivateTargets: true })).body;

    // An outage that stopped printing: resolved with a backlog, overtime planned, printed down.
    expect((await op.post('/devices', { servicePointId: sp.id, kind: 'card-printer', serialNumber: `AP-${randomUUID().slice(0, 8)}`, owner: 'regional' })).status).toBe(201);
    const blocked = (await op.post('/outages', { officeId: office.id, kind: 'card-stock', startedAt: new Date().toISOString(), description: 'Blanko habis' })).body;
    expect((await op.post(`/outages/${blocked.id}/resolve`, { backlog: 10 })).status).toBe(200);
    const todayWib = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect((await office.manager.post(`/outages/${blocked.id}/overtime`, { date: todayWib, target: 10 })).status).toBe(200);
    expect((await op.post(`/outages/${blocked.id}/print-progress`, { date: todayWib, printed: 10 })).status).toBe(200);

    // The webhook: its delivery redelivered, the endpoint changed, its secret rotated, then deleted.
    const delivery = await eventually(async () => (await office.manager.get(`/webhooks/${hook.id}/deliveries`)).body.items.find((d: any) => d.status === 'delivered'), 30_000, 'the webhook delivered');
    expect((await office.manager.post(`/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`)).status).toBe(200);
    expect((await office.manager.patch(`/webhooks/${hook.id}`, { description: 'Dasbor provinsi' })).status).toBe(200);
    expect((await office.manager.post(`/webhooks/${hook.id}/rotate-secret`)).status).toBe(200);
    await eventually(async () => (await office.manager.get(`/webhooks/${hook.id}/deliveries/${delivery.id}`)).body.status === 'delivered', 30_000, 'the redelivery');
    expect((await office.manager.delete(`/webhooks/${hook.id}`)).status).toBe(200);
    await new Promise((r) => receiver.close(r));

    // The office's working calendar, and a national day off (far ahead, removed again: other suites read the calendar).
    expect((await office.manager.put(`/offices/${office.id}/calendar/working-week`, { workingDays: [1, 2, 3, 4, 5, 6], dayStart: '07:30', dayEnd: '15:00' })).status).toBe(200);
    expect((await office.manager.delete(`/offices/${office.id}/calendar/working-week`)).status).toBeLessThan(300);
    expect((await office.manager.put(`/offices/${office.id}/calendar/days-off/2098-08-17`, { name: 'Hari jadi kabupaten' })).status).toBe(200);
    expect((await office.manager.delete(`/offices/${office.id}/calendar/days-off/2098-08-17`)).status).toBeLessThan(300);
    const nationalDay = `2098-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
    expect((await stack.http('PUT', `/calendar/national-days-off/${nationalDay}`, { name: 'Cuti bersama uji audit' })).status).toBe(200);
    expect((await stack.http('DELETE', `/calendar/national-days-off/${nationalDay}`)).status).toBeLessThan(300);

    // Accounts and keys; a person's own e-mail address and how they are told.
    const person = await createUser(stack, 'operator', { officeId: office.id });
    await stack.http('PATCH', `/users/${person.id}`, { displayName: 'Nama Baru' });
    expect((await person.client.http('PATCH', '/auth/me', { email: `audit-${randomUUID().slice(0, 8)}@dukcapil-uji.test` })).status).toBe(200);
    expect((await person.client.http('PUT', '/notification-preferences', { kind: 'repair-reminder', channel: 'in-app' })).status).toBe(200);
    await person.client.post('/auth/password', { currentPassword: person.password, newPassword: `Baru-${randomUUID()}` });
    const key = (await stack.post('/api-keys', { name: 'audit', officeId: office.id, role: 'supervisor' })).body;
    await stack.delete(`/api-keys/${key.id}`);
    await person.client.post('/auth/logout');

    const audit: Entry[] = [];
    for (let page = 1; ; page++) {
      const res = (await stack.get(`/audit?limit=100&page=${page}&from=${encodeURIComponent(started)}`)).body;
      audit.push(...res.items);
      if (audit.length >= res.total || res.items.length === 0) break;
    }

    // Every write route of the API has at least one entry from this scenario.
    const doc = (await stack.anonymous.get('/docs-json')).body;
    const writes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => m !== 'get')
        .map((m) => ({ method: m.toUpperCase(), path })),
    );
    for (const w of writes) {
      const key = `${w.method} ${w.path}`;
      const pattern = new RegExp(`^${w.path.replace(/\{(id|stopId|deliveryId)\}/g, '[0-9a-f-]{36}').replace(/\{date\}/g, '\\d{4}-\\d{2}-\\d{2}')}$`);
      const found = AUDITED_BY_SERVICE[key]
        ? audit.some((e) => e.action === AUDITED_BY_SERVICE[key])
        : audit.some((e) => e.summary.method === w.method && pattern.test(e.summary.path));
      expect({ route: key, audited: found }).toEqual({ route: key, audited: true });
    }

    // The officer's action and the workflow's event carry the same person and request.
    const byTarget = await entries(`targetId=${opened.id}`);
    const http = byTarget.find((e) => e.action === 'repair.triage')!;
    const workflow = byTarget.find((e) => e.action === 'repair.triaged')!;
    expect(http).toMatchObject({ actor: op.username, actorKind: 'user', officeId: office.id, requestId });
    expect(http.clientIp).toBeTruthy();
    expect(http.summary.changes).toEqual({ assessment: 'needs-repair' });
    expect(workflow).toMatchObject({ actor: op.username, actorKind: 'user', officeId: office.id, requestId, targetType: 'repair' });
    const reminder = byTarget.find((e) => e.action === 'repair.reminder')!;
    expect(reminder).toMatchObject({ actor: 'system', actorKind: 'system' });
    expect(byTarget.filter((e) => e.action === 'repair.verified').map((e) => e.actor)).toEqual([other.username]);
    // Each workflow event appears once (its dedup key is unique in the table).
    const events = byTarget.filter((e) => e.summary.workflowId).map((e) => e.summary.seq);
    expect(new Set(events).size).toBe(events.length);

    // Credentials never reach the trail.
    const created = audit.find((e) => e.action === 'user.create' && e.targetId === person.id)!;
    expect(created.summary.changes.password).toBe('[redacted]');
    const changed = audit.find((e) => e.action === 'auth.change-password')!;
    expect(changed.summary.changes).toEqual({ currentPassword: '[redacted]', newPassword: '[redacted]' });
    // Nor do imported files and packets: they are summarised.
    const imported = audit.find((e) => e.action === 'office.import' && e.targetId === office.id)!;
    expect(imported.summary.changes).toEqual({ contentType: 'text/csv', bytes: Buffer.byteLength(csv), sha256: createHash('sha256').update(csv).digest('hex') });
    const uploaded = audit.find((e) => e.action === 'tour.upload-batch' && e.targetId === tour.id)!;
    expect(uploaded.summary.file).toEqual({ name: 'paket.bin', bytes: content.length });
    expect(audit.filter((e) => e.action === 'tour.village-notice' && e.targetId === tour.id).length).toBeGreaterThan(0);
    const deletion = audit.find((e) => e.action === 'device.remove' && e.targetId === printer.id)!;
    expect(deletion.officeId).toBe(office.id);
  });

  it('is append-only in the database itself', async () => {
    const [{ id }] = (await stack.db.query(`SELECT id FROM audit_entries ORDER BY id LIMIT 1`)).rows;
    await expect(stack.db.query(`UPDATE audit_entries SET actor = 'someone-else' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(stack.db.query(`DELETE FROM audit_entries WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(stack.db.query(`TRUNCATE audit_entries`)).rejects.toThrow(/append-only/);
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE id = $1`, [id])).rows[0].n).toBe(1);
  });

  it('shows managers their office, supervisors their area and admins everything; filters name the field when wrong', async () => {
    const elsewhere = await createOffice(stack);
    await elsewhere.operator.post('/service-points', { officeId: elsewhere.id, districtCode: elsewhere.districts[0], kind: 'mpp-desk', name: 'MPP lain' });

    const mine = (await office.manager.get('/audit?limit=100')).body.items as Entry[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.officeId === office.id)).toBe(true);
    expect((await office.manager.get(`/audit?officeId=${elsewhere.id}`)).body.items).toEqual([]);

    const supervisor = await createUser(stack, 'supervisor', { provinceCode: elsewhere.regencyCode.slice(0, 2) });
    const area = (await supervisor.client.get('/audit?limit=100')).body.items as Entry[];
    expect(area.some((e) => e.officeId === elsewhere.id)).toBe(true);
    expect(area.every((e) => e.officeId !== office.id || office.regencyCode.slice(0, 2) === elsewhere.regencyCode.slice(0, 2))).toBe(true);

    expect((await office.operator.get('/audit')).status).toBe(403);
    const byActor = (await stack.get(`/audit?actor=${elsewhere.operator.username}&action=service-point.create`)).body.items as Entry[];
    expect(byActor).toHaveLength(1);
    expect(byActor[0].officeId).toBe(elsewhere.id);
    const future = (await stack.get(`/audit?from=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`)).body.items;
    expect(future).toEqual([]);
    const bad = await stack.get('/audit?from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('from');
  });
});
