import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { outageWorkflowId, printProgressUpdate, resolveOutageUpdate } from '../workflows/outage.messages';
import { repairWorkflowId, triageUpdate } from '../workflows/repair.messages';
import { addRecordingSet, createOffice, createServicePoint, OfficeFixture, setPolicy } from './support/fixtures';
import { eventually, HttpResult, Stack } from './support/stack';
import { addDays } from './support/days';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** The two strings that wedged workflows: a NUL, and a high surrogate with no partner. */
const POISON = { nul: 'catatan\u0000racun', surrogate: 'catatan x\ud800y racun' } as const;
const KINDS = Object.keys(POISON) as Array<keyof typeof POISON>;

function fieldsOf(res: HttpResult): string[] {
  return (res.body?.errors ?? []).map((e: { field: string }) => e.field);
}

/** A 400 in the validation shape, naming the field. */
function expectRefused(res: HttpResult, field: string, rule = 'isSafeText'): void {
  if (res.status !== 400) throw new Error(`expected 400 naming ${field}, got ${res.status}: ${JSON.stringify(res.body)}`);
  expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
  expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rules: [rule] })]));
}

function expectOk(res: HttpResult, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

describe('input that cannot poison a workflow', () => {
  let stack: Stack;
  let today: string;

  beforeAll(async () => {
    stack = await new Stack().start();
    today = (await stack.db.query(`SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date::text AS d`)).rows[0].d;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function office(): Promise<{ office: OfficeFixture; devices: Record<string, { id: string; serialNumber: string }>; kitId: string; kit: Record<string, { id: string; serialNumber: string }> }> {
    const o = await createOffice(stack, { minVillages: 3 });
    await setPolicy(stack, o.id, { triageSeconds: DAY, repairSeconds: DAY, verificationSeconds: DAY, reminderIntervalSeconds: DAY, approvalReminderSeconds: DAY });
    const point = await createServicePoint(stack, o);
    const kitPoint = await createServicePoint(stack, o, { kind: 'mobile-unit', name: 'Mobil keliling' });
    return { office: o, devices: await addRecordingSet(stack, point.id), kitId: kitPoint.id, kit: await addRecordingSet(stack, kitPoint.id) };
  }

  async function auditCount(targetId: string, action?: string): Promise<number> {
    const { rows } = await stack.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE target_id = $1 AND ($2::text IS NULL OR action = $2)`, [targetId, action ?? null]);
    return rows[0].n;
  }

  async function timeline(subjectId: string): Promise<Array<{ seq: number; event: string; note: string | null }>> {
    const { rows } = await stack.db.query(`SELECT seq, event, note FROM timeline_entries WHERE subject_id = $1 ORDER BY seq`, [subjectId]);
    return rows;
  }

  it('refuses NUL and unpaired surrogates in every free-text field of repair cases, devices and outages, naming the field, and changes nothing', async () => {
    const { office: o, devices } = await office();
    const op = o.operator;
    for (const kind of KINDS) {
      const bad = POISON[kind];
      // Opening a case: no row, no workflow.
      expectRefused(await op.post('/repairs', { deviceId: devices.camera.id, description: `Kamera ${bad}` }), 'description');
      // A device's model: the row stays as it was.
      expectRefused(await op.patch(`/devices/${devices.pc.id}`, { model: `Model ${bad} X` }), 'model');
      // An outage's description.
      expectRefused(await op.post('/outages', { officeId: o.id, kind: 'network', startedAt: new Date().toISOString(), description: bad }), 'description');
    }
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM repair_cases WHERE device_id = $1`, [devices.camera.id])).rows[0].n).toBe(0);
    expect((await stack.db.query(`SELECT model FROM devices WHERE id = $1`, [devices.pc.id])).rows[0].model).toBeNull();
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM outages WHERE office_id = $1`, [o.id])).rows[0].n).toBe(0);
    expect(await auditCount(devices.pc.id)).toBe(1); // its registration only

    const opened = expectOk(await op.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera tidak terdeteksi' }), 201);
    await eventually(async () => (await timeline(opened.id)).length === 1, 20_000, 'the report on the timeline');
    for (const kind of KINDS) {
      const bad = POISON[kind];
      expectRefused(await op.post(`/repairs/${opened.id}/triage`, { assessment: 'needs-repair', note: bad }), 'note');
      expectRefused(await op.post(`/repairs/${opened.id}/cancel`, { reason: bad }), 'reason');
    }
    expect(await auditCount(opened.id, 'repair.triage')).toBe(0);
    // The case takes its next actions at once: nothing waits on a poisoned write.
    expect(expectOk(await op.post(`/repairs/${opened.id}/triage`, { assessment: 'needs-repair', note: 'Perlu perbaikan vendor' })).status).toBe('triaged');
    for (const kind of KINDS) expectRefused(await op.post(`/repairs/${opened.id}/request-repair`, { channel: 'vendor', note: POISON[kind] }), 'note');
    expect(expectOk(await op.post(`/repairs/${opened.id}/request-repair`, { channel: 'vendor' })).status).toBe('awaiting-repair');
    expect(expectOk(await op.post(`/repairs/${opened.id}/cancel`, { reason: 'Diganti perangkat baru' })).status).toBe('cancelled');
    const events = await timeline(opened.id);
    expect(events.map((e) => e.event)).toEqual(['reported', 'triaged', 'repair-requested', 'cancelled']);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    await stack.temporal.workflow.getHandle(opened.workflowId ?? repairWorkflowId(opened.id)).result();
  });

  it('refuses them in letters, tours, a CSV cell, a multipart field and a query parameter', async () => {
    const { office: o, devices, kitId, kit } = await office();
    const op = o.operator;
    const mgr = o.manager;
    const caseA = expectOk(await op.post('/repairs', { deviceId: devices.pc.id, description: 'PC mati total' }), 201);
    for (const kind of KINDS) {
      expectRefused(await op.post('/escalations', { repairCaseIds: [caseA.id], subject: `Permohonan ${POISON[kind]} perbaikan` }), 'subject');
    }
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM escalations WHERE office_id = $1`, [o.id])).rows[0].n).toBe(0);
    const letter = expectOk(await op.post('/escalations', { repairCaseIds: [caseA.id] }), 201);
    for (const kind of KINDS) {
      const bad = POISON[kind];
      expectRefused(await op.patch(`/escalations/${letter.id}`, { subject: `Permohonan ${bad} perbaikan` }), 'subject');
      expectRefused(await op.patch(`/escalations/${letter.id}`, { attachments: ['Berita acara', bad] }), 'attachments.1');
      expectRefused(await mgr.post(`/escalations/${letter.id}/request-changes`, { comment: bad }), 'comment');
      expectRefused(await mgr.post(`/escalations/${letter.id}/reject`, { reason: bad }), 'reason');
      expectRefused(await op.post(`/escalations/${letter.id}/reply`, { receivedAt: new Date().toISOString(), reference: 'B/1/2026', summary: bad }), 'summary');
    }
    expect(expectOk(await mgr.post(`/escalations/${letter.id}/request-changes`, { comment: 'Lengkapi nomor seri' })).status).toBe('changes-requested');

    // A tour: planned, its stop skipped with a poisoned reason, a poisoned kit failure, a poisoned cancellation.
    const villages = (
      await stack.db.query(`SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT 2`, [o.regencyCode])
    ).rows.map((r: { code: string }) => r.code);
    const operatorId = (await op.get('/auth/me')).body.id;
    const tour = expectOk(
      await op.post('/tours', {
        officeId: o.id,
        name: 'Jemput bola uji',
        teamUserIds: [operatorId],
        kitServicePointId: kitId,
        stops: villages.map((villageCode: string, i: number) => ({ villageCode, date: addDays(today, 10 + i), expectedResidents: 10 })),
      }),
      201,
    );
    const [stop] = tour.stops;
    await eventually(async () => (await timeline(tour.id)).length === 1, 20_000, 'the plan on the timeline');
    const tourAudit = await auditCount(tour.id);
    for (const kind of KINDS) {
      const bad = POISON[kind];
      expectRefused(await op.post(`/tours/${tour.id}/stops/${stop.id}/skip`, { reason: bad }), 'reason');
      expectRefused(await op.post(`/tours/${tour.id}/kit-failure`, { deviceId: kit.camera.id, description: bad }), 'description');
      expectRefused(await op.post(`/tours/${tour.id}/cancel`, { reason: bad }), 'reason');
      expectRefused(await mgr.post(`/tours/${tour.id}/reject`, { reason: bad }), 'reason');
    }
    // A multipart field (multer parses it before the pipe sees it). A lone surrogate cannot travel in
    // UTF-8 (the sender writes U+FFFD), so the other unsafe characters stand in for it here.
    for (const bad of [POISON.nul, 'kamera\u0007bel']) {
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array([1, 2, 3])]), 'paket.bin');
      form.set('sha256', '0'.repeat(64));
      form.set('residentsCount', '3');
      form.set('deviceSerial', bad);
      form.set('capturedAt', new Date().toISOString());
      expectRefused(await op.http('POST', `/tours/${tour.id}/stops/${stop.id}/batches`, form), 'deviceSerial');
    }
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM tour_batches WHERE tour_id = $1`, [tour.id])).rows[0].n).toBe(0);
    expect(await auditCount(tour.id)).toBe(tourAudit);
    // The tour still takes its next action.
    expect(expectOk(await mgr.post(`/tours/${tour.id}/reject`, { reason: 'Jadwal bentrok dengan pemilu' })).status).toBe('rejected');

    // A CSV cell: refused by line and column, nothing imported.
    for (const bad of ['\u0000', '\u001b']) {
      const csv = `village_code,unrecorded\n${villages[0]},12${bad}0\n`;
      const res = await op.http('POST', `/offices/${o.id}/unrecorded-residents`, csv, { 'content-type': 'text/csv' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('invalid_csv');
      expect(res.body.errors[0]).toMatchObject({ line: 2, column: villages[0].length + 4 });
    }
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM unrecorded_residents WHERE office_id = $1`, [o.id])).rows[0].n).toBe(0);

    // Query parameters and route parameters: no control character at all.
    expectRefused(await op.get(`/offices?q=${encodeURIComponent(POISON.nul)}`), 'q');
    expectRefused(await op.get(`/devices?serial=${encodeURIComponent('FP\tX')}`), 'serial');
    expectRefused(await op.get(`/repairs/${encodeURIComponent(`${caseA.id}\u0000`)}`), 'id');
    // A lone surrogate cannot be written in a URL: its percent-encoding decodes to U+FFFD, which is text.
    expect((await op.get('/offices?q=%ED%A0%80')).status).toBe(200);
  });

  it('answers 4xx, never 500, to hostile shapes, numbers, dates and nulls', async () => {
    const { office: o, devices } = await office();
    const op = o.operator;
    const opened = expectOk(await op.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera mati' }), 201);

    // JSON nested 3,000 levels: refused before any DTO code walks it.
    const deep = '{"a":'.repeat(3000) + '1' + '}'.repeat(3000);
    const deepRes = await op.http('POST', `/repairs/${opened.id}/triage`, deep);
    expect(deepRes.status).toBe(400);
    expect(deepRes.body.errors[0].rules).toEqual(['maxDepth']);
    const deepArray = await op.http('POST', `/repairs/${opened.id}/triage`, `{"assessment":"needs-repair","note":${'['.repeat(100)}${']'.repeat(100)}}`);
    expect([deepArray.status, deepArray.body.errors[0].rules]).toEqual([400, ['maxDepth']]);

    // Numbers that reach SQL.
    expectRefused(await op.get('/repairs?page=1e20'), 'page', 'max');
    expectRefused(await op.get('/repairs?page=-1'), 'page', 'min');
    const letter = expectOk(await op.post('/escalations', { repairCaseIds: [opened.id] }), 201);
    expectRefused(await op.get(`/escalations/${letter.id}/letter.pdf?round=1e10`), 'round', 'max');

    // Dates out of any sane range, and days that do not exist.
    expectRefused(await stack.get('/audit?from=-271821-04-20T00:00:00Z'), 'from', 'dateRange');
    expectRefused(await stack.get('/audit?to=1900-01-01T00:00:00Z'), 'to', 'dateRange');
    expectRefused(await op.post('/outages', { officeId: o.id, kind: 'network', startedAt: '1999-12-31T08:00:00+07:00', description: 'Jaringan putus' }), 'startedAt', 'dateRange');
    expectRefused(await op.post(`/escalations/${letter.id}/reply`, { receivedAt: '2300-01-01T00:00:00Z', reference: 'B/1', summary: 'Jawaban' }), 'receivedAt', 'dateRange');
    expect((await stack.get('/audit?from=2020-01-01T00:00:00Z')).status).toBe(200);

    // null where a field is optional but not nullable: named; the policy row is unchanged.
    const before = (await stack.db.query(`SELECT * FROM sla_policies WHERE office_id = $1`, [o.id])).rows[0];
    const policy = { triageSeconds: 60, repairSeconds: 60, verificationSeconds: 60, reminderIntervalSeconds: 60 };
    expectRefused(await stack.http('PUT', `/offices/${o.id}/sla-policy`, { ...policy, replyWaitSeconds: null }), 'replyWaitSeconds', 'isNotNull');
    expectRefused(await op.patch(`/devices/${devices.pc.id}`, { model: null }), 'model', 'isNotNull');
    expect((await stack.db.query(`SELECT * FROM sla_policies WHERE office_id = $1`, [o.id])).rows[0]).toEqual(before);
    // …while a field that is deliberately nullable still takes null (a supervisor for the whole country).
    const sup = expectOk(await stack.post('/users', { username: `sup.${randomUUID().slice(0, 8)}`, displayName: 'Pengawas', role: 'supervisor', provinceCode: '61', password: `Pw-${randomUUID()}` }), 201);
    expect(expectOk(await stack.http('PATCH', `/users/${sup.id}`, { provinceCode: null })).provinceCode).toBeNull();

    // Keys that reach object internals are unknown keys, at any depth.
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const res = await op.http('POST', `/repairs/${opened.id}/triage`, `{"assessment":"needs-repair","${key}":{"x":1}}`);
      expectRefused(res, key, 'whitelistValidation');
    }
    const nested = await op.http('POST', '/tours', `{"officeId":"${o.id}","stops":[{"__proto__":{"isAdmin":true}}]}`);
    expectRefused(nested, 'stops.0.__proto__', 'whitelistValidation');
    expect(fieldsOf(await op.post(`/repairs/${opened.id}/triage`, { assessment: 'needs-repair', bogus: 1 }))).toEqual(['bogus']);

    // Nothing of that reached the case; it takes its next action.
    expect(await auditCount(opened.id, 'repair.triage')).toBe(0);
    expect(expectOk(await op.post(`/repairs/${opened.id}/triage`, { assessment: 'fix-on-site' })).status).toBe('triaged');
  });

  it('bounds every whole number a request DTO takes', () => {
    // Loaded in a node process of its own (the compiled app, as the API runs it): every DTO's rules
    // are registered by the controllers' imports. A number without a maximum would reach SQL unbounded.
    const script = `
      require('./dist/src/app.module');
      const storage = require('class-validator').getMetadataStorage();
      const unbounded = [];
      for (const [target, rules] of storage.validationMetadatas) {
        if (target.name === 'AppConfig') continue;
        const names = new Map();
        for (const r of rules) names.set(r.propertyName, [...(names.get(r.propertyName) || []), r.name]);
        for (const [p, n] of names) if ((n.includes('isInt') || n.includes('isNumber')) && !n.includes('max')) unbounded.push(target.name + '.' + p);
      }
      console.log(JSON.stringify({ classes: storage.validationMetadatas.size, unbounded }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8' }).trim().split('\n').pop() as string);
    expect(out.classes).toBeGreaterThan(20);
    expect(out.unbounded).toEqual([]);
  });

  it('stores the worst strings sent straight to a workflow, and the case goes on to its end', async () => {
    const { office: o, devices } = await office();
    const opened = expectOk(await o.operator.post('/repairs', { deviceId: devices['iris-scanner'].id, description: 'Iris tidak terbaca' }), 201);
    const handle = stack.temporal.workflow.getHandle(repairWorkflowId(opened.id));
    // Past the API: NUL, lone surrogates of both halves, and other control characters.
    const worst = 'a\u0000b\ud800c\udfffd\u0007e';
    const state = await handle.executeUpdate(triageUpdate, { args: [{ actor: 'integrasi.uji', assessment: 'fix-on-site', note: worst }] });
    expect(state.status).toBe('triaged');
    const events = await eventually(async () => {
      const t = await timeline(opened.id);
      return t.length === 2 ? t : undefined;
    }, 20_000, 'the triage on the timeline');
    expect(events[1]).toMatchObject({ seq: 2, event: 'triaged', note: 'a\uFFFDb\uFFFDc\uFFFDd\u0007e' });
    const audit = (await stack.db.query(`SELECT summary FROM audit_entries WHERE target_id = $1 AND action = 'repair.triaged'`, [opened.id])).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0].summary.note).toBe('a\uFFFDb\uFFFDc\uFFFDd\u0007e');
    // The read model followed, and the case finishes (four eyes: another operator verifies).
    expect((await o.operator.get(`/repairs/${opened.id}`)).body.status).toBe('triaged');
    expectOk(await o.operator.post(`/repairs/${opened.id}/mark-repaired`, { note: 'Kabel diganti' }));
    expect(expectOk(await o.operator2.post(`/repairs/${opened.id}/verify`, { working: true })).status).toBe('closed');
    expect((await handle.result()).status).toBe('closed');
    expect((await timeline(opened.id)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('refuses an Update whose write the database refuses for its data at once, and the outage takes its next action and ends', async () => {
    const { office: o } = await office();
    const printerPoint = await createServicePoint(stack, o, { name: 'Ruang cetak' });
    expectOk(await stack.post('/devices', { servicePointId: printerPoint.id, kind: 'card-printer', serialNumber: `CP-${randomUUID().slice(0, 8)}`, owner: 'regional' }), 201);
    const outage = expectOk(await o.operator.post('/outages', { officeId: o.id, kind: 'power', startedAt: new Date(Date.now() - 60_000).toISOString(), description: 'Listrik padam' }), 201);
    expect(expectOk(await o.operator.post(`/outages/${outage.id}/resolve`, { backlog: 5 })).status).toBe('recovering');
    const handle = stack.temporal.workflow.getHandle(outageWorkflowId(outage.id));
    // A day Postgres cannot read (the workflow's own check is its shape only), sent past the API:
    // refused at once, not retried forever, and named.
    const refused = await handle
      .executeUpdate(printProgressUpdate, { args: [{ actor: 'integrasi.uji', role: 'operator', date: '2026-02-30', printed: 5 }] })
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (refused as WorkflowUpdateFailedError).cause as ApplicationFailure;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    expect(cause.type).toBe('InvalidInput');
    expect(cause.message).toMatch(/could not be recorded and was not taken: The database refused the data/);
    // The workflow's state is as it was, and the timeline holds nothing it does not know of.
    const state = await handle.query<{ status: string; backlogRemaining: number }>('state');
    expect([state.status, state.backlogRemaining]).toEqual(['recovering', 5]);
    const before = await timeline(outage.id);
    expect(before.map((e) => e.event)).toEqual(['reported', 'resolved']);
    // The API refuses that day itself; the next real progress closes the outage.
    expectRefused(await o.operator.post(`/outages/${outage.id}/print-progress`, { date: '2026-02-30', printed: 5 }), 'date', 'isDay');
    expectOk(await o.operator.post(`/outages/${outage.id}/print-progress`, { date: today, printed: 5 }));
    expect((await handle.result()).status).toBe('closed');
    expect((await timeline(outage.id)).map((e) => e.event)).toEqual(['reported', 'resolved', 'print-progress', 'closed']);
    // RECORD_HISTORIES=1: the history replayed by test/replay.spec.ts (a refused Update, then the outage's end).
    await stack.recordHistory(handle.workflowId, 'outage-workflow-v4-refuse-unrecordable.json');
  });

  it('keeps an outage open and waiting when the write of its resolution is refused, so a later resolution still ends it', async () => {
    const { office: o } = await office();
    await createServicePoint(stack, o, { name: 'Titik padam' });
    const outage = expectOk(await o.operator.post('/outages', { officeId: o.id, kind: 'power', startedAt: new Date(Date.now() - 60_000).toISOString(), description: 'Listrik padam' }), 201);
    const handle = stack.temporal.workflow.getHandle(outageWorkflowId(outage.id));
    // A backlog no integer column holds, sent past the API: the resolution moves the workflow on
    // before its write is refused, and the workflow must come back to waiting, not end.
    const refused = await handle
      .executeUpdate(resolveOutageUpdate, { args: [{ actor: 'integrasi.uji', role: 'operator', resolvedAt: new Date().toISOString(), backlog: 2 ** 40 }] })
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(((refused as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe('InvalidInput');
    const state = await handle.query<{ status: string }>('state');
    expect(state.status).toBe('open');
    expect((await handle.describe()).status.name).toBe('RUNNING');
    expect(expectOk(await o.operator.post(`/outages/${outage.id}/resolve`, { backlog: 0 })).status).toBe('closed');
    expect((await handle.result()).status).toBe('closed');
    expect((await timeline(outage.id)).map((e) => e.event)).toEqual(['reported', 'resolved']);
    // RECORD_HISTORIES=1: the history replayed by test/replay.spec.ts (a local activity's write refused, then resolved).
    await stack.recordHistory(handle.workflowId, 'outage-workflow-v4-refused-resolution.json');
  });

  it('keeps a letter waiting for its decision when the write of a rejection is refused, so it can still be decided', async () => {
    const { office: o, devices } = await office();
    const opened = expectOk(await o.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera mati' }), 201);
    const letter = expectOk(await o.operator.post('/escalations', { repairCaseIds: [opened.id] }), 201);
    await eventually(async () => (await timeline(letter.id)).length === 1, 30_000, 'the draft recorded');
    const marker = `tolak-${randomUUID().slice(0, 8)}`;
    const fn = `refuse_${marker.replace(/-/g, '_')}`;
    // The timeline refuses this one entry for its data, as a broken constraint would.
    await stack.db.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.note LIKE '%${marker}%' THEN RAISE EXCEPTION 'refused for the test' USING ERRCODE = 'check_violation'; END IF;
        RETURN NEW;
      END $$`);
    await stack.db.query(`CREATE TRIGGER trg_${fn} BEFORE INSERT ON timeline_entries FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      const refused = await o.manager.post(`/escalations/${letter.id}/reject`, { reason: `Ditolak ${marker}` });
      expect([refused.status, refused.body.code]).toEqual([400, 'invalid_input']);
      expect(refused.body.message).toMatch(/could not be recorded and was not taken/);
    } finally {
      await stack.db.query(`DROP TRIGGER trg_${fn} ON timeline_entries`);
      await stack.db.query(`DROP FUNCTION ${fn}()`);
    }
    const handle = stack.temporal.workflow.getHandle(`escalation-${letter.id}`);
    expect((await handle.describe()).status.name).toBe('RUNNING');
    expect((await o.manager.get(`/escalations/${letter.id}`)).body.status).toBe('drafted');
    expect(expectOk(await o.manager.post(`/escalations/${letter.id}/reject`, { reason: 'Tidak diperlukan' })).status).toBe('rejected');
    expect((await handle.result()).status).toBe('rejected');
    expect((await timeline(letter.id)).map((e) => e.event)).toEqual(['drafted', 'rejected']);
  });
});

