import { CentralServer } from './support/central';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy } from './support/fixtures';
import { Mailbox } from './support/mailbox';
import { ApiClient, eventually, HttpResult, Stack } from './support/stack';
import { addDays, packet } from './support/days';
import { TourState, tourWorkflowId } from '../workflows/tour.messages';

const HOUR = 3600;
const DAY = 24 * HOUR;

describe('village recording tours (jemput bola) with offline batches', () => {
  const centre = new CentralServer();
  const mailbox = new Mailbox();
  let stack: Stack;
  let today: string;

  beforeAll(async () => {
    await Promise.all([centre.start(), mailbox.start()]);
    stack = new Stack({
      CENTRAL_INGEST_URL: centre.url,
      CENTRAL_RETRY_INITIAL_MS: '100',
      CENTRAL_RETRY_MAX_MS: '400',
      TOUR_HISTORY_LIMIT: '400',
      BATCH_MAX_BYTES: String(64 * 1024),
      SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
      MAIL_FROM: 'Dinas Dukcapil <dukcapil@daerah.test>',
    });
    await stack.start();
    today = (await stack.db.query(`SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date::text AS d`)).rows[0].d;
  });
  afterAll(async () => {
    await stack.stop();
    await Promise.all([centre.stop(), mailbox.stop()]);
  });

  interface Setup {
    office: OfficeFixture;
    operatorId: string;
    kitId: string;
    kit: Record<string, { id: string; serialNumber: string }>;
    villages: string[];
  }

  async function setup(policy: Partial<Parameters<typeof setPolicy>[2]> = {}, villages = 4): Promise<Setup> {
    const office = await createOffice(stack, { minVillages: villages });
    await setPolicy(stack, office.id, {
      triageSeconds: HOUR,
      repairSeconds: DAY,
      verificationSeconds: HOUR,
      reminderIntervalSeconds: HOUR,
      approvalReminderSeconds: HOUR,
      approvalSupervisorAfterSeconds: DAY,
      ...policy,
    });
    const kitPoint = await createServicePoint(stack, office, { kind: 'mobile-unit', name: 'Mobil perekaman keliling' });
    const kit = await addRecordingSet(stack, kitPoint.id);
    const rows = await stack.db.query(
      `SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT $2`,
      [office.regencyCode, villages],
    );
    const operatorId = (await office.operator.get('/auth/me')).body.id;
    return { office, operatorId, kitId: kitPoint.id, kit, villages: rows.rows.map((r: { code: string }) => r.code) };
  }

  function plan(s: Setup, stops: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) {
    return s.office.operator.post('/tours', {
      officeId: s.office.id,
      name: `Jemput bola ${s.office.regencyCode}`,
      teamUserIds: [s.operatorId],
      kitServicePointId: s.kitId,
      stops,
      ...extra,
    });
  }

  async function tour(client: ApiClient, id: string) {
    const res = await client.get(`/tours/${id}`);
    expect(res.status).toBe(200);
    return res.body;
  }

  async function stopsWhere(client: ApiClient, id: string, ok: (stops: any[]) => boolean, what: string) {
    return eventually(async () => {
      const t = await tour(client, id);
      return ok(t.stops) ? t : undefined;
    }, 30_000, what);
  }

  /** Until the stops are notified both in the read model and in the workflow's own view (which check-in consults). */
  async function notified(client: ApiClient, id: string, which: (i: number) => boolean = () => true) {
    return eventually(async () => {
      const t = await tour(client, id);
      const state: any = await stack.temporal.workflow.getHandle(`tour-${id}`).query('state');
      const ok = t.stops.every((x: any, i: number) => !which(i) || (x.status === 'notified' && state.stops.find((y: any) => y.id === x.id)?.status === 'notified'));
      return ok ? t : undefined;
    }, 30_000, 'villages notified');
  }

  function upload(client: ApiClient, tourId: string, stopId: string, p: { content: Buffer; sha256: string }, meta: { residents: number; serial: string; sha256?: string }) {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(p.content)]), 'paket-rekam.bin');
    form.set('sha256', meta.sha256 ?? p.sha256);
    form.set('residentsCount', String(meta.residents));
    form.set('deviceSerial', meta.serial);
    form.set('capturedAt', new Date().toISOString());
    return client.http('POST', `/tours/${tourId}/stops/${stopId}/batches`, form);
  }

  function expectOk(res: HttpResult, status = 200) {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  it("keeps an approval reminder due outside the office's working hours for its next working morning", async () => {
    const s = await setup({ approvalReminderSeconds: 1 });
    // The office keeps its own week and is closed today and tomorrow: a reminder due now waits.
    const daysOff = [today, addDays(today, 1)];
    expectOk(await s.office.manager.put(`/offices/${s.office.id}/calendar/working-week`, { workingDays: [1, 2, 3, 4, 5, 6, 7], dayStart: '08:00', dayEnd: '16:00' }));
    for (const d of daysOff) expectOk(await s.office.manager.put(`/offices/${s.office.id}/calendar/days-off/${d}`, { name: 'Libur kantor' }));
    const planned = expectOk(await plan(s, [{ villageCode: s.villages[0], date: addDays(today, 4), expectedResidents: 25 }]), 201);
    const handle = stack.temporal.workflow.getHandle(tourWorkflowId(planned.id));
    const state = await eventually(async () => {
      const st = await handle.query<TourState>('state');
      return st.nextReminderAt ? st : undefined;
    }, 20_000, 'the reminder kept for working hours');
    // The first working morning after the days off (or a national holiday after them), at 08:00 WIB.
    const at = new Date(state.nextReminderAt as string);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    expect(local.slice(0, 10) > daysOff[1]).toBe(true);
    expect(local.slice(11)).toBe('08:00');
    expect(state.remindersSent).toBe(0);
    const inbox = await s.office.manager.get(`/notifications?subjectId=${planned.id}`);
    expect(inbox.body.items.filter((n: { kind: string }) => n.kind === 'tour-reminder')).toHaveLength(0);
    // Approved meanwhile, it owes no reminder.
    expect(expectOk(await s.office.manager.post(`/tours/${planned.id}/approve`)).status).toBe('approved');
    const after = await handle.query<TourState>('state');
    expect([after.status, after.remindersSent, after.nextReminderAt]).toEqual(['approved', 0, undefined]);
    expectOk(await s.office.manager.post(`/tours/${planned.id}/cancel`, { reason: 'Selesai diuji' }));
  });

  it('plans from imported targets, is approved after reminders, notifies the villages, and every batch reaches the centre exactly once', async () => {
    const s = await setup({ approvalReminderSeconds: 1 });
    const [a, b, c] = s.villages;
    const csv = `village_code,unrecorded,required_total\n${a},120,900\n${b},75,640\n${c},33,410\n`;
    const imported = expectOk(await s.office.operator.http('POST', `/offices/${s.office.id}/unrecorded-residents`, csv, { 'content-type': 'text/csv' }));
    expect(imported).toMatchObject({ imported: 3, villageCount: 3, totalUnrecorded: 228 });

    const planned = expectOk(
      await plan(s, [
        { villageCode: a, date: today },
        { villageCode: b, date: addDays(today, 1), contactName: 'Haji Lalu Sahnan', contactEmail: 'kades@desa-b.test' },
        { villageCode: c, date: addDays(today, 2), expectedResidents: 40 },
      ]),
      201,
    );
    expect(planned.status).toBe('planned');
    expect(planned.stops.map((x: any) => x.expectedResidents)).toEqual([120, 75, 40]);
    const [stopA, stopB, stopC] = planned.stops;

    // The manager is reminded while the plan waits; the planner cannot approve it, the manager can.
    await eventually(async () => {
      const inbox = await s.office.manager.get('/notifications');
      return inbox.body.items.some((n: any) => n.kind === 'tour-reminder' && n.subjectId === planned.id) || undefined;
    }, 20_000, 'approval reminder');
    expect((await s.office.operator.post(`/tours/${planned.id}/approve`)).status).toBe(403);
    expect(expectOk(await s.office.manager.post(`/tours/${planned.id}/approve`)).status).toBe('approved');

    // Every stop is within the 3-day lead time: every village head is told, by e-mail where an address is known.
    const told = await notified(s.office.operator, planned.id);
    expect(told.stops.map((x: any) => x.notifiedFor)).toEqual([today, addDays(today, 1), addDays(today, 2)]);
    const mail = await eventually(async () => mailbox.received.find((m) => (m.to as any)?.text?.includes('kades@desa-b.test')), 10_000, 'notice e-mail');
    expect(mail.subject).toMatch(/^Pemberitahuan perekaman KTP-el keliling/);
    expect(mail.text).toContain('Haji Lalu Sahnan');
    const notices = (await stack.db.query(`SELECT stop_id, kind, channel FROM tour_notices WHERE tour_id = $1 ORDER BY id`, [planned.id])).rows;
    expect(notices).toHaveLength(3);
    expect(notices.find((n: any) => n.stop_id === stopB.id).channel).toBe('email');
    expect(notices.filter((n: any) => n.channel === 'manual')).toHaveLength(2);
    const teamInbox = await s.office.operator.get('/notifications');
    expect(teamInbox.body.items.filter((n: any) => n.kind === 'tour-village-notice' && n.subjectId === planned.id)).toHaveLength(3);

    // Stop A: the centre is down for the first attempts.
    expect(expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${stopA.id}/check-in`)).status).toBe('in-progress');
    centre.refuseNext(3);
    const p1 = packet();
    const p2 = packet(4096);
    const b1 = expectOk(await upload(s.office.operator, planned.id, stopA.id, p1, { residents: 48, serial: s.kit.camera.serialNumber }), 201);
    expect(b1.status).toMatch(/received|sent|acknowledged/);
    // The same packet sent again (a retried upload) is the same batch.
    const again = expectOk(await upload(s.office.operator, planned.id, stopA.id, p1, { residents: 48, serial: s.kit.camera.serialNumber }), 201);
    expect(again.id).toBe(b1.id);
    expectOk(await upload(s.office.operator2, planned.id, stopA.id, p2, { residents: 52, serial: s.kit.pc.serialNumber }), 201);

    // A packet damaged on the way is refused and stored nowhere.
    const damaged = packet();
    const bad = await upload(s.office.operator, planned.id, stopA.id, damaged, { residents: 5, serial: s.kit.pc.serialNumber, sha256: packet().sha256 });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('sha256');
    const stored = await stack.db.query(`SELECT count(*)::int AS n FROM tour_batches WHERE tour_id = $1`, [planned.id]);
    expect(stored.rows[0].n).toBe(2);
    // A device outside the kit, or a missing file, names the field.
    const outsider = await upload(s.office.operator, planned.id, stopA.id, packet(), { residents: 5, serial: 'BUKAN-KIT-1' });
    expect([outsider.status, outsider.body.field]).toEqual([400, 'deviceSerial']);
    const blank = new FormData();
    const p0 = packet();
    blank.set('file', new Blob([new Uint8Array(p0.content)]), 'paket.bin');
    blank.set('sha256', p0.sha256);
    blank.set('residentsCount', '');
    blank.set('deviceSerial', s.kit.pc.serialNumber);
    blank.set('capturedAt', new Date().toISOString());
    const noCount = await s.office.operator.http('POST', `/tours/${planned.id}/stops/${stopA.id}/batches`, blank);
    expect([noCount.status, noCount.body.errors?.[0]?.field]).toEqual([400, 'residentsCount']);
    const tooBig = await upload(s.office.operator, planned.id, stopA.id, packet(65 * 1024), { residents: 5, serial: s.kit.pc.serialNumber });
    expect(tooBig.status).toBe(413);
    const noFile = await s.office.operator.http('POST', `/tours/${planned.id}/stops/${stopA.id}/batches`, { sha256: p0.sha256, residentsCount: 1, deviceSerial: s.kit.pc.serialNumber, capturedAt: new Date().toISOString() });
    expect([noFile.status, noFile.body.field]).toEqual([400, 'file']);
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM tour_batches WHERE tour_id = $1`, [planned.id])).rows[0].n).toBe(2);

    expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${stopA.id}/complete`));
    await stopsWhere(s.office.operator, planned.id, (st) => st[0].status === 'completed', 'stop A completed once its batches are acknowledged');
    expect(centre.refused).toBeGreaterThanOrEqual(3);

    // Stop B: the centre rejects one packet; it is flagged for re-recording at the next stop still to come (C).
    expect((await upload(s.office.operator, planned.id, stopB.id, packet(), { residents: 1, serial: s.kit.pc.serialNumber })).status).toBe(409);
    expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${stopB.id}/check-in`));
    const p3 = packet();
    const p4 = packet();
    centre.rejectChecksum(p4.sha256, 'sidik jari tidak terbaca pada 6 rekaman');
    expectOk(await upload(s.office.operator, planned.id, stopB.id, p3, { residents: 30, serial: s.kit['fingerprint-scanner'].serialNumber }), 201);
    const rejected = expectOk(await upload(s.office.operator, planned.id, stopB.id, p4, { residents: 6, serial: s.kit['fingerprint-scanner'].serialNumber }), 201);
    expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${stopB.id}/complete`));
    const afterB = await stopsWhere(s.office.operator, planned.id, (st) => st[1].status === 'completed', 'stop B completed with one batch rejected and flagged');
    expect(afterB.stops[2].reRecordings).toEqual([{ batchId: rejected.id, residentsCount: 6, villageCode: b, reason: 'sidik jari tidak terbaca pada 6 rekaman' }]);

    // Stop C, then the tour is completed.
    expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${stopC.id}/check-in`));
    const p5 = packet();
    expectOk(await upload(s.office.operator, planned.id, stopC.id, p5, { residents: 39, serial: s.kit.camera.serialNumber }), 201);
    expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${stopC.id}/complete`));
    await eventually(async () => (await tour(s.office.operator, planned.id)).status === 'completed' || undefined, 30_000, 'tour completed');

    // Exactly once at the centre, with matching checksums; the counts add up in the report.
    for (const p of [p1, p2, p3, p5]) {
      const d = centre.accepted.get(p.sha256);
      expect(d?.sha256OfBody).toBe(p.sha256);
    }
    expect(centre.rejected.has(p4.sha256)).toBe(true);
    const atCentre = [...centre.accepted.values()].filter((d) => [p1, p2, p3, p5].some((p) => p.sha256 === d.idempotencyKey));
    expect(atCentre).toHaveLength(4);
    const report = expectOk(await s.office.manager.get(`/tours/${planned.id}/report`));
    expect(report.totals).toEqual({ target: 235, recorded: 48 + 52 + 30 + 39, awaitingSync: 0, rejected: 6, batches: { received: 0, sent: 0, acknowledged: 4, rejected: 1 } });
    expect(report.allSynced).toBe(true);
    expect(report.villages.map((v: any) => [v.villageCode, v.target, v.recorded])).toEqual([
      [a, 120, 100],
      [b, 75, 30],
      [c, 40, 39],
    ]);
    const recordedAtCentre = atCentre.reduce((n, d) => n + d.residents, 0);
    expect(recordedAtCentre).toBe(report.totals.recorded);
    const csvReport = await s.office.manager.get(`/tours/${planned.id}/report.csv`);
    expect(csvReport.status).toBe(200);
    expect(csvReport.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = String(csvReport.body).trim().split('\r\n');
    expect(lines[0]).toBe('urutan,kode_desa,desa,kecamatan,tanggal,status_singgah,target,terekam_diterima_pusat,menunggu_sinkron,ditolak_rekam_ulang,jumlah_batch,batch_diterima,batch_ditolak');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe(',,JUMLAH,,,,235,169,0,6,5,4,1');

    const t = await tour(s.office.manager, planned.id);
    const events = t.timeline.map((e: any) => e.event);
    for (const e of ['planned', 'reminder', 'approved', 'village-notice-scheduled', 'stop-checked-in', 'batch-received', 'batch-acknowledged', 'batch-rejected', 'stop-finished', 'completed']) {
      expect(events).toContain(e);
    }
    // Coverage: the imported counts less what the tour recorded (a village cannot go below zero).
    const coverage = expectOk(await s.office.manager.get(`/offices/${s.office.id}/coverage`));
    expect(coverage).toMatchObject({ villagesCounted: 3, requiredTotal: 1950, notYetRecorded: 20 + 45 + 0, recorded: 1950 - 65, recordedByToursSinceImport: 100 + 30 + 33 });
    expect(coverage.trend[coverage.trend.length - 1]).toEqual({ date: today, recordedByTours: 169, notYetRecorded: 65 });
    const listed = expectOk(await s.office.manager.get(`/tours?status=completed&officeId=${s.office.id}`));
    expect(listed.items.map((x: any) => x.id)).toEqual([planned.id]);
    // RECORD_HISTORIES=1: the history replayed by test/replay.spec.ts (reminded, approved, batches synced by child workflows, completed).
    await stack.temporal.workflow.getHandle(`tour-${planned.id}`).result();
    await stack.recordHistory(`tour-${planned.id}`, 'tour-workflow-v4-batches-completed.json');
  });

  it('refuses a bad plan and a bad import with the field and the rule, and books a kit one stop a day', async () => {
    const s = await setup();
    const [a, b] = s.villages;
    const elsewhere = (
      await stack.db.query(`SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code <> $1 LIMIT 1`, [s.office.regencyCode])
    ).rows[0].code;
    const cases: Array<[Array<Record<string, unknown>>, string]> = [
      [[{ villageCode: elsewhere, date: today, expectedResidents: 5 }], 'stops.0.villageCode'],
      [[{ villageCode: a, date: addDays(today, -1), expectedResidents: 5 }], 'stops.0.date'],
      [[{ villageCode: a, date: today, expectedResidents: 5 }, { villageCode: b, date: today, expectedResidents: 5 }], 'stops.1.date'],
      [[{ villageCode: a, date: today }], 'stops.0.expectedResidents'],
      [[{ villageCode: a, date: '2026-02-30', expectedResidents: 5 }], 'stops.0.date'],
    ];
    for (const [stops, field] of cases) {
      const res = await plan(s, stops);
      expect([res.status, res.body.field ?? res.body.errors?.[0]?.field]).toEqual([400, field]);
    }
    const shape = await plan(s, [{ villageCode: 'desa', date: 'besok', expectedResidents: -1 }]);
    expect(shape.status).toBe(400);
    expect(shape.body.errors.map((e: any) => e.field).sort()).toEqual(['stops.0.date', 'stops.0.expectedResidents', 'stops.0.villageCode']);
    const notMobile = await createServicePoint(stack, s.office);
    const wrongKit = await plan(s, [{ villageCode: a, date: today, expectedResidents: 5 }], { kitServicePointId: notMobile.id });
    expect([wrongKit.status, wrongKit.body.field]).toEqual([400, 'kitServicePointId']);
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM tours WHERE office_id = $1`, [s.office.id])).rows[0].n).toBe(0);

    // One kit, one stop a day, across tours.
    const first = expectOk(await plan(s, [{ villageCode: a, date: addDays(today, 5), expectedResidents: 10 }]), 201);
    const clash = await plan(s, [{ villageCode: b, date: addDays(today, 6), expectedResidents: 10 }, { villageCode: b, date: addDays(today, 5), expectedResidents: 10 }]);
    expect([clash.status, clash.body.code, clash.body.field]).toEqual([409, 'kit_busy', 'stops.1.date']);
    const second = expectOk(await plan(s, [{ villageCode: b, date: addDays(today, 6), expectedResidents: 10 }]), 201);
    const moveOnto = await s.office.operator.post(`/tours/${second.id}/stops/${second.stops[0].id}/reschedule`, { date: addDays(today, 5) });
    expect([moveOnto.status, moveOnto.body.code]).toEqual([409, 'kit_busy']);
    const past = await s.office.operator.post(`/tours/${second.id}/stops/${second.stops[0].id}/reschedule`, { date: addDays(today, -2) });
    expect([past.status, past.body.field]).toEqual([400, 'date']);
    expectOk(await s.office.operator.post(`/tours/${second.id}/stops/${second.stops[0].id}/reschedule`, { date: addDays(today, 7) }));
    expect((await tour(s.office.operator, second.id)).stops[0].date).toBe(addDays(today, 7));
    if (process.env.RECORD_HISTORIES === '1') {
      // The history replayed by test/replay.spec.ts: a stop rescheduled (once refused), then the tour cancelled.
      expectOk(await s.office.operator.post(`/tours/${second.id}/cancel`, { reason: 'Rekaman riwayat untuk uji replay' }));
      await stack.temporal.workflow.getHandle(`tour-${second.id}`).result();
      await stack.recordHistory(`tour-${second.id}`, 'tour-workflow-v3-rescheduled-cancelled.json');
    }
    // Nothing happens before approval and the planner is not their own approver.
    const early = await s.office.operator.post(`/tours/${first.id}/stops/${first.stops[0].id}/check-in`);
    expect([early.status, early.body.code]).toEqual([409, 'invalid_transition']);

    // The import names the line and the column; nothing is imported from a file with an error.
    const badCsv = `kode_desa,belum_rekam\n${a},10\n${elsewhere},5\n${b},banyak\n`;
    const refused = await s.office.operator.http('POST', `/offices/${s.office.id}/unrecorded-residents`, badCsv, { 'content-type': 'text/csv' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: any) => [e.line, e.field])).toEqual([
      [3, 'village_code'],
      [4, 'unrecorded'],
    ]);
    expect((await s.office.operator.get(`/offices/${s.office.id}/unrecorded-residents`)).body.villageCount).toBe(0);
  });

  it('a kit failure opens a repair case and moves the remaining stops by the policy, re-notifying the villages', async () => {
    const s = await setup({ tourKitFailurePolicy: 'shift-days', tourKitShiftDays: 2 });
    const planned = expectOk(
      await plan(s, [
        { villageCode: s.villages[0], date: today, expectedResidents: 20 },
        { villageCode: s.villages[1], date: addDays(today, 1), expectedResidents: 20 },
        { villageCode: s.villages[2], date: addDays(today, 2), expectedResidents: 20 },
      ]),
      201,
    );
    expectOk(await s.office.manager.post(`/tours/${planned.id}/approve`));
    await notified(s.office.operator, planned.id);
    expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${planned.stops[0].id}/check-in`));

    const outside = await s.office.operator.post(`/tours/${planned.id}/kit-failure`, { deviceId: planned.kitServicePointId, description: 'bukan perangkat kit' });
    expect([outside.status, outside.body.field]).toEqual([400, 'deviceId']);
    const failed = expectOk(await s.office.operator.post(`/tours/${planned.id}/kit-failure`, { deviceId: s.kit.camera.id, description: 'Kamera mati setelah kehujanan' }));
    const repair = expectOk(await s.office.operator.get(`/repairs/${failed.repairCaseId}`));
    expect(repair.deviceId).toBe(s.kit.camera.id);
    expect(repair.description).toContain('Kamera mati setelah kehujanan');
    await stack.temporal.workflow.getHandle(`repair-${failed.repairCaseId}`).describe();
    await eventually(async () => (await s.office.operator.get(`/devices/${s.kit.camera.id}`)).body.status === 'broken' || undefined, 15_000, 'device broken');

    // The stop under way stays; the two still to come move two days, and their villages hear of it at once.
    // The same breakdown reported again (a retry, a colleague) links the same case and moves nothing again.
    const again = expectOk(await s.office.operator2.post(`/tours/${planned.id}/kit-failure`, { deviceId: s.kit.camera.id, description: 'Kamera mati' }));
    expect(again.repairCaseId).toBe(failed.repairCaseId);
    const moved = await stopsWhere(s.office.operator, planned.id, (st) => st[1].notifiedFor === addDays(today, 3) && st[2].notifiedFor === addDays(today, 4), 're-notified');
    expect(moved.stops.map((x: any) => [x.status, x.date])).toEqual([
      ['checked-in', today],
      ['notified', addDays(today, 3)],
      ['notified', addDays(today, 4)],
    ]);
    const kinds = (await stack.db.query(`SELECT kind, count(*)::int AS n FROM tour_notices WHERE tour_id = $1 GROUP BY kind ORDER BY kind`, [planned.id])).rows;
    expect(kinds).toEqual([
      { kind: 'rescheduled', n: 2 },
      { kind: 'scheduled', n: 3 },
    ]);

    // A day that passes without a check-in at a stop reminds the team and the managers, once for that day.
    // (Time cannot pass in a test: the stop's day is moved into the past in the read model.)
    await stack.db.query(`UPDATE tour_stops SET scheduled_date = scheduled_date - 5 WHERE id = $1`, [planned.stops[2].id]);
    expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${planned.stops[0].id}/complete`));
    const overdue = await eventually(async () => {
      const inbox = await s.office.manager.get(`/notifications?subjectId=${planned.id}`);
      const found = inbox.body.items.filter((n: any) => n.kind === 'tour-stop-overdue');
      return found.length > 0 ? found : undefined;
    }, 20_000, 'an overdue-stop reminder');
    expect(overdue).toHaveLength(1);
    expect((await s.office.operator.get(`/notifications?subjectId=${planned.id}`)).body.items.filter((n: any) => n.kind === 'tour-stop-overdue')).toHaveLength(1);
    expect(moved.timeline.find((e: any) => e.event === 'kit-failure').details.repairCaseId).toBe(failed.repairCaseId);
    if (process.env.RECORD_HISTORIES === '1') {
      // The history replayed by test/replay.spec.ts: a kit failure that started a repair case as a child workflow.
      expectOk(await s.office.operator.post(`/tours/${planned.id}/cancel`, { reason: 'Rekaman riwayat untuk uji replay' }));
      await stack.temporal.workflow.getHandle(`tour-${planned.id}`).result();
      await stack.recordHistory(`tour-${planned.id}`, 'tour-workflow-v3-kit-failure.json');
    }
  });

  it('waits for the repair when the policy says so, then picks the tour up again', async () => {
    const s = await setup({ tourKitFailurePolicy: 'wait-for-repair', reminderIntervalSeconds: 1 });
    const verifier = await createUser(stack, 'operator', { officeId: s.office.id });
    const planned = expectOk(
      await plan(s, [
        { villageCode: s.villages[0], date: today, expectedResidents: 20 },
        { villageCode: s.villages[1], date: addDays(today, 1), expectedResidents: 20 },
      ]),
      201,
    );
    expectOk(await s.office.manager.post(`/tours/${planned.id}/approve`));
    await notified(s.office.operator, planned.id);
    const failed = expectOk(await s.office.operator.post(`/tours/${planned.id}/kit-failure`, { deviceId: s.kit['iris-scanner'].id, description: 'Pemindai iris tidak menyala' }));
    expect(failed.onHold).toBe(true);
    const held = await stopsWhere(s.office.operator, planned.id, (st) => st.every((x) => x.notifiedFor === null), 'villages told of the postponement');
    expect(held.onHold).toBe(true);
    const refused = await s.office.operator.post(`/tours/${planned.id}/stops/${planned.stops[0].id}/check-in`);
    expect([refused.status, refused.body.code]).toEqual([409, 'invalid_transition']);

    // Repaired on site and verified by someone else: the tour resumes, the villages are told the new dates.
    expectOk(await s.office.operator.post(`/repairs/${failed.repairCaseId}/triage`, { assessment: 'fix-on-site' }));
    expectOk(await s.office.operator.post(`/repairs/${failed.repairCaseId}/mark-repaired`, {}));
    expectOk(await verifier.client.post(`/repairs/${failed.repairCaseId}/verify`, { working: true }));
    const resumed = await eventually(async () => {
      const t = await tour(s.office.operator, planned.id);
      return !t.onHold && t.stops.every((x: any) => x.status === 'notified') ? t : undefined;
    }, 30_000, 'tour resumed');
    // The first remaining stop is no earlier than tomorrow; spacing is kept.
    expect(resumed.stops.map((x: any) => x.date)).toEqual([addDays(today, 1), addDays(today, 2)]);
    const kinds = (await stack.db.query(`SELECT kind FROM tour_notices WHERE tour_id = $1 ORDER BY id`, [planned.id])).rows.map((r: any) => r.kind);
    expect(kinds).toEqual(['scheduled', 'scheduled', 'postponed', 'postponed', 'scheduled', 'scheduled']);
    expect(resumed.timeline.map((e: any) => e.event)).toContain('kit-repaired');
  });

  it("keeps each office's packets its own, and refuses an upload to another office's stop before reading it", async () => {
    const [mine, theirs] = await Promise.all([setup(), setup()]);
    const checkedIn = async (s: Setup) => {
      const planned = expectOk(await plan(s, [{ villageCode: s.villages[0], date: today, expectedResidents: 10 }]), 201);
      expectOk(await s.office.manager.post(`/tours/${planned.id}/approve`));
      await notified(s.office.operator, planned.id);
      expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${planned.stops[0].id}/check-in`));
      return { tourId: planned.id as string, stopId: planned.stops[0].id as string };
    };
    const [a, b] = await Promise.all([checkedIn(mine), checkedIn(theirs)]);
    const shared = packet();
    const first = expectOk(await upload(mine.office.operator, a.tourId, a.stopId, shared, { residents: 3, serial: mine.kit.pc.serialNumber }), 201);
    // The same bytes from another office: a batch of its own, and nothing about the first office's.
    const second = await upload(theirs.office.operator, b.tourId, b.stopId, shared, { residents: 3, serial: theirs.kit.pc.serialNumber });
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.id);
    expect(JSON.stringify(second.body)).not.toContain(first.id);

    // Another office's stop answers 404 before the upload is read: even a packet over the size limit
    // is not taken in (it would answer 413 once read).
    const intruder = await upload(theirs.office.operator, a.tourId, a.stopId, packet(65 * 1024), { residents: 1, serial: theirs.kit.pc.serialNumber });
    expect(intruder.status).toBe(404);
    const small = await upload(theirs.office.operator, a.tourId, a.stopId, packet(), { residents: 1, serial: mine.kit.pc.serialNumber });
    expect(small.status).toBe(404);
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM tour_batches WHERE tour_id = $1`, [a.tourId])).rows[0].n).toBe(1);
  });

  it('cancelling tells the villages not yet visited', async () => {
    const s = await setup();
    const planned = expectOk(
      await plan(s, [
        { villageCode: s.villages[0], date: today, expectedResidents: 20, contactEmail: 'kades@desa-x.test' },
        { villageCode: s.villages[1], date: addDays(today, 1), expectedResidents: 20 },
        { villageCode: s.villages[2], date: addDays(today, 30), expectedResidents: 20 },
      ]),
      201,
    );
    expectOk(await s.office.manager.post(`/tours/${planned.id}/approve`));
    await notified(s.office.operator, planned.id, (i) => i < 2);
    expect((await tour(s.office.operator, planned.id)).stops[2].status).toBe('planned'); // 30 days away: not yet told
    expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${planned.stops[0].id}/skip`, { reason: 'Jalan putus karena banjir' }));
    const cancelled = expectOk(await s.office.operator.post(`/tours/${planned.id}/cancel`, { reason: 'Anggaran perjalanan dialihkan' }));
    expect(cancelled.status).toBe('cancelled');
    await eventually(async () => {
      const rows = (await stack.db.query(`SELECT stop_id, kind FROM tour_notices WHERE tour_id = $1 AND kind = 'cancelled' ORDER BY stop_id`, [planned.id])).rows;
      return rows.length === 2 ? rows : undefined;
    }, 20_000, 'cancellation notices');
    const t = await tour(s.office.operator, planned.id);
    expect(t.stops.map((x: any) => x.status)).toEqual(['skipped', 'cancelled', 'cancelled']);
    expect(t.lastComment).toBe('Anggaran perjalanan dialihkan');
    await eventually(async () => mailbox.received.find((m) => (m.to as any)?.text?.includes('kades@desa-x.test') && /^Pembatalan/.test(m.subject ?? '')), 10_000, 'cancellation e-mail');
    await stack.temporal.workflow.getHandle(`tour-${planned.id}`).result();
    // RECORD_HISTORIES=1: the history replayed by test/replay.spec.ts (a stop skipped, the tour cancelled).
    await stack.recordHistory(`tour-${planned.id}`, 'tour-workflow-v3-skip-cancel.json');
    const again = await s.office.operator.post(`/tours/${planned.id}/cancel`, { reason: 'lagi' });
    expect(again.status).toBe(409);
  });

  it('a 60-stop tour with several batches per stop finishes through continue-as-new', async () => {
    const s = await setup({ tourNoticeLeadSeconds: 90 * DAY }, 60);
    const stops = s.villages.map((villageCode, i) => ({ villageCode, date: addDays(today, i), expectedResidents: 10 }));
    const planned = expectOk(await plan(s, stops), 201);
    expectOk(await s.office.manager.post(`/tours/${planned.id}/approve`));
    await notified(s.office.operator, planned.id);
    let residents = 0;
    for (const stop of planned.stops) {
      expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${stop.id}/check-in`));
      const results = await Promise.all(
        [3, 4].map((n) => upload(s.office.operator, planned.id, stop.id, packet(512), { residents: n, serial: s.kit.camera.serialNumber })),
      );
      for (const r of results) expectOk(r, 201);
      residents += 7;
      expectOk(await s.office.operator.post(`/tours/${planned.id}/stops/${stop.id}/complete`));
    }
    await eventually(async () => (await tour(s.office.operator, planned.id)).status === 'completed' || undefined, 60_000, 'long tour completed');
    const report = expectOk(await s.office.operator.get(`/tours/${planned.id}/report`));
    expect(report.totals.recorded).toBe(residents);
    expect(report.totals.batches.acknowledged).toBe(120);
    // Continued as new at least once, and no run's history grew past the limit by much.
    const runs: number[] = [];
    for await (const wf of stack.temporal.workflow.list({ query: `WorkflowId = 'tour-${planned.id}'` })) runs.push(wf.historyLength);
    expect(runs.length).toBeGreaterThan(1);
    expect(Math.max(...runs)).toBeLessThan(400 + 150);
  });
});
