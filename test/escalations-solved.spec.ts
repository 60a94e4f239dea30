import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy } from './support/fixtures';
import { ApiClient, eventually, Stack } from './support/stack';

/** Issue 13, part 4: letters stop when the problem is solved, and a manager can withdraw one. */
describe('escalation letters stop when the problem is solved', () => {
  const stack = new Stack();
  beforeAll(() => stack.start());
  afterAll(() => stack.stop());

  const HOUR = 3600;
  async function officeWith(replyWaitSeconds: number, outageEscalationSeconds = HOUR) {
    const office = await createOffice(stack);
    const manager2 = (await createUser(stack, 'manager', { officeId: office.id })).client;
    await setPolicy(stack, office.id, {
      triageSeconds: HOUR,
      repairSeconds: HOUR,
      verificationSeconds: HOUR,
      reminderIntervalSeconds: HOUR,
      approvalReminderSeconds: HOUR,
      approvalSupervisorAfterSeconds: 2 * HOUR,
      replyWaitSeconds,
      outageEscalationSeconds,
    });
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    return { office, manager2, devices };
  }

  async function report(office: OfficeFixture, deviceId: string): Promise<string> {
    const res = await office.operator.post('/repairs', { deviceId, description: 'Perangkat rusak' });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  /** Repaired on site and verified by another person: the case is closed. */
  async function repair(office: OfficeFixture, caseId: string): Promise<void> {
    expect((await office.operator.post(`/repairs/${caseId}/triage`, { assessment: 'fix-on-site' })).status).toBe(200);
    expect((await office.operator.post(`/repairs/${caseId}/mark-repaired`, {})).status).toBe(200);
    expect((await office.operator2.post(`/repairs/${caseId}/verify`, { working: true })).status).toBe(200);
    await eventually(async () => (await office.operator.get(`/repairs/${caseId}`)).body.status === 'closed' || undefined, 30_000, 'the case closed');
  }

  const events = (e: { timeline: Array<{ event: string }> }) => e.timeline.map((t) => t.event);

  async function solvedNotices(client: ApiClient, escalationId: string) {
    const res = await client.get(`/notifications?subjectId=${escalationId}&limit=100`);
    expect(res.status).toBe(200);
    return (res.body.items as Array<{ kind: string; title: string; body: string }>).filter((n) => n.kind === 'escalation-solved');
  }

  it('drafts no follow-up once every repair case is closed, tells each manager once, and waits to be withdrawn', async () => {
    const { office, manager2, devices } = await officeWith(2);
    const caseIds = [await report(office, devices.camera.id), await report(office, devices.pc.id)];
    const drafted = await office.operator.post('/escalations', { repairCaseIds: caseIds });
    expect(drafted.status).toBe(201);
    const id = drafted.body.id;
    // Both devices are repaired before the ministry answers.
    for (const c of caseIds) await repair(office, c);
    expect((await office.manager.post(`/escalations/${id}/approve`)).status).toBe(200);

    // The reply does not come in time, but there is nothing left to chase: no follow-up.
    const solved = await eventually(async () => {
      const e = (await office.manager.get(`/escalations/${id}`)).body;
      // The cases closing marks it solved at once, before the approved letter is sent: wait for both.
      return e.solvedAt && e.status === 'awaiting-reply' ? e : undefined;
    }, 30_000, 'the escalation found solved');
    expect(solved).toMatchObject({ status: 'awaiting-reply', round: 1 });
    expect(solved.letters).toHaveLength(1);
    // Several reply waits later: still no follow-up, the check recorded once.
    await new Promise((r) => setTimeout(r, 5000));
    const later = (await office.manager.get(`/escalations/${id}`)).body;
    expect({ round: later.round, status: later.status, letters: later.letters.length }).toEqual({ round: 1, status: 'awaiting-reply', letters: 1 });
    expect(events(later)).not.toContain('follow-up-drafted');
    expect(events(later).filter((e) => e === 'problem-solved')).toHaveLength(1);
    const entry = later.timeline.find((t: { event: string }) => t.event === 'problem-solved');
    expect(entry).toMatchObject({ actor: 'system', fromStatus: 'awaiting-reply', toStatus: 'awaiting-reply' });
    expect(entry.note).toContain('2 kasus perbaikan sudah selesai');

    // Each manager is told once, in Bahasa Indonesia; the operators are not.
    for (const m of [office.manager, manager2]) {
      const notices = await solvedNotices(m, id);
      expect(notices).toHaveLength(1);
      expect(notices[0].title).toBe('Masalah dalam surat eskalasi sudah selesai');
      expect(notices[0].body).toContain('Surat susulan tidak akan dibuat lagi');
    }
    expect(await solvedNotices(office.operator, id)).toHaveLength(0);
    const { rows } = await stack.db.query(`SELECT count(*)::int AS n FROM notifications WHERE subject_id = $1 AND kind = 'escalation-solved'`, [id]);
    expect(rows[0].n).toBe(2);

    // The repair cases tell it in their timelines.
    for (const c of caseIds) expect(events((await office.operator.get(`/repairs/${c}`)).body)).toContain('escalation-problem-solved');

    // It waits to be closed: by the ministry's reply or a manager's withdrawal.
    const handle = stack.temporal.workflow.getHandle(later.workflowId);
    expect((await handle.describe()).status.name).toBe('RUNNING');
    expect(later.allowedActions).toEqual(['reply', 'withdraw']);
    const withdrawn = await manager2.post(`/escalations/${id}/withdraw`, { reason: 'Kedua perangkat sudah diperbaiki' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', solved: true });
    await eventually(async () => ((await handle.describe()).status.name === 'COMPLETED') || undefined, 30_000, 'the workflow to complete');
    // RECORD_HISTORIES=1: the history replayed by test/replay.spec.ts (found solved, no follow-up, withdrawn).
    await stack.recordHistory(later.workflowId, 'escalation-workflow-v5-solved-withdrawn.json');
  });

  it('an outage’s letter: resolving the outage tells the managers at once, and no follow-up is drafted', async () => {
    const { office, manager2 } = await officeWith(2, 60);
    // Down since yesterday, past the hour-long threshold: the letter is drafted at once.
    const outage = await office.operator.post('/outages', {
      officeId: office.id,
      kind: 'power',
      startedAt: new Date(Date.now() - 24 * 3600_000).toISOString(),
      description: 'Listrik padam di seluruh kantor',
    });
    expect(outage.status).toBe(201);
    const letterId = await eventually(async () => (await office.manager.get(`/outages/${outage.body.id}`)).body.escalations[0]?.id as string | undefined, 30_000, 'the outage letter');
    expect((await office.manager.get(`/escalations/${letterId}`)).body).toMatchObject({ source: 'outage', status: 'drafted', solvedAt: null });
    expect((await office.operator.post(`/outages/${outage.body.id}/resolve`, {})).status).toBe(200);
    const solvedDraft = await eventually(async () => {
      const e = (await office.manager.get(`/escalations/${letterId}`)).body;
      return e.solvedAt ? e : undefined;
    }, 30_000, 'the letter marked solved');
    expect(solvedDraft.status).toBe('drafted');
    const notices = await solvedNotices(manager2, letterId);
    expect(notices).toHaveLength(1);
    expect(notices[0].body).toContain('gangguan sudah pulih');

    expect((await office.manager.post(`/escalations/${letterId}/approve`)).status).toBe(200);
    const after = await eventually(async () => {
      const e = (await office.manager.get(`/escalations/${letterId}`)).body;
      return events(e).includes('problem-solved') ? e : undefined;
    }, 30_000, 'the workflow’s own check');
    await new Promise((r) => setTimeout(r, 3000));
    const later = (await office.manager.get(`/escalations/${letterId}`)).body;
    expect({ round: later.round, status: later.status }).toEqual({ round: 1, status: 'awaiting-reply' });
    expect(events(later)).not.toContain('follow-up-drafted');
    expect(after.timeline.find((t: { event: string }) => t.event === 'problem-solved').details.outageIds).toEqual([outage.body.id]);
    expect(await solvedNotices(office.manager, letterId)).toHaveLength(1);
    // The outage's timeline tells it too.
    expect(events((await office.manager.get(`/outages/${outage.body.id}`)).body)).toContain('escalation-problem-solved');
  });

  it('withdraws an escalation before a reply: a manager only, with a reason, recorded in the timeline and audit; refused after a reply', async () => {
    const { office, manager2, devices } = await officeWith(HOUR);
    const caseId = await report(office, devices.camera.id);
    // Drafted by the manager who withdraws it: four-eyes does not apply to withdrawing.
    const drafted = await office.manager.post('/escalations', { repairCaseIds: [caseId] });
    expect(drafted.status).toBe(201);
    const id = drafted.body.id;
    expect(drafted.body.allowedActions).toContain('withdraw');

    const byOperator = await office.operator.post(`/escalations/${id}/withdraw`, { reason: 'Sudah diperbaiki' });
    expect(byOperator.status).toBe(403);
    const noReason = await office.manager.post(`/escalations/${id}/withdraw`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.length).toBeGreaterThan(0);
    expect(noReason.body.errors.every((e: { field: string }) => e.field === 'reason')).toBe(true);
    const blank = await office.manager.post(`/escalations/${id}/withdraw`, { reason: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0].field).toBe('reason');
    // Nothing changed by the refusals.
    expect((await office.manager.get(`/escalations/${id}`)).body).toMatchObject({ status: 'drafted', withdrawalReason: null });

    const withdrawn = await office.manager.post(`/escalations/${id}/withdraw`, { reason: 'Teknisi daerah sudah memperbaiki kamera' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const detail = await eventually(async () => {
      const e = (await office.operator.get(`/escalations/${id}`)).body;
      return e.status === 'withdrawn' ? e : undefined;
    }, 30_000, 'the withdrawn escalation');
    expect(detail).toMatchObject({ withdrawalReason: 'Teknisi daerah sudah memperbaiki kamera', allowedActions: [] });
    expect(detail.timeline[detail.timeline.length - 1]).toMatchObject({
      event: 'withdrawn',
      fromStatus: 'drafted',
      toStatus: 'withdrawn',
      actor: office.manager.username,
      note: 'Teknisi daerah sudah memperbaiki kamera',
    });
    const audit = await stack.get(`/audit?targetId=${id}&action=escalation.withdrawn`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ actor: office.manager.username, actorKind: 'user', officeId: office.id, targetType: 'escalation' });
    expect(audit.body.items[0].summary.note).toBe('Teknisi daerah sudah memperbaiki kamera');
    expect((await stack.temporal.workflow.getHandle(detail.workflowId).describe()).status.name).toBe('COMPLETED');
    // Ended: nothing more is taken, and the case may be escalated again.
    expect((await manager2.post(`/escalations/${id}/approve`)).status).toBe(409);
    expect((await office.manager.post(`/escalations/${id}/withdraw`, { reason: 'Lagi' })).status).toBe(409);
    expect((await office.operator.post('/escalations', { repairCaseIds: [caseId] })).status).toBe(201);

    // Once the ministry has replied it is closed, and withdrawing is refused.
    const other = await report(office, devices.pc.id);
    const answered = (await office.operator.post('/escalations', { repairCaseIds: [other] })).body;
    expect((await office.manager.post(`/escalations/${answered.id}/approve`)).status).toBe(200);
    await eventually(async () => (await office.operator.get(`/escalations/${answered.id}`)).body.status === 'awaiting-reply' || undefined, 30_000, 'the letter sent');
    const reply = await office.operator.post(`/escalations/${answered.id}/reply`, { receivedAt: new Date().toISOString(), reference: 'B-7/2026', summary: 'Perangkat dikirim' });
    expect(reply.status).toBe(200);
    const late = await office.manager.post(`/escalations/${answered.id}/withdraw`, { reason: 'Sudah dijawab' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('invalid_transition');
    expect((await office.manager.get(`/escalations/${answered.id}`)).body).toMatchObject({ status: 'closed', withdrawalReason: null });
  });

  it('writes a follow-up from the facts of its day: a case repaired since the last letter named as repaired, days out of service counted to that day', async () => {
    const { office, devices } = await officeWith(3);
    const repaired = await report(office, devices.camera.id);
    const broken = await report(office, devices.pc.id);
    // The PC broke five days ago (the office's clock), the camera today.
    await stack.db.query(`UPDATE repair_cases SET opened_at = now() - interval '5 days' WHERE id = $1`, [broken]);
    const id = (await office.operator.post('/escalations', { repairCaseIds: [repaired, broken] })).body.id;
    const first = (await office.operator.get(`/escalations/${id}`)).body;
    expect(first.body).toContain(devices.camera.serialNumber);
    expect(first.body).toContain(devices.pc.serialNumber);
    // The camera is repaired after the first letter was written.
    await repair(office, repaired);
    expect((await office.manager.post(`/escalations/${id}/approve`)).status).toBe(200);

    const followUp = await eventually(async () => {
      const e = (await office.operator.get(`/escalations/${id}`)).body;
      return e.round === 2 ? e : undefined;
    }, 30_000, 'the follow-up draft');
    expect(followUp.solvedAt).toBeNull();
    expect(followUp.subject).toMatch(/^Susulan: /);
    const zone = (await office.manager.get(`/offices/${office.id}`)).body.timeZone as string;
    const tanggal = (d: Date) => new Intl.DateTimeFormat('id-ID', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' }).format(d);
    const body: string = followUp.body;
    const [repairedPart, brokenPart] = body.split('sampai hari ini masih rusak');
    expect(brokenPart).toBeDefined();
    // The camera: named as repaired (today), not among the broken.
    expect(repairedPart).toContain(`nomor seri ${devices.camera.serialNumber}`);
    expect(repairedPart).toContain(`sudah diperbaiki dan berfungsi kembali sejak ${tanggal(new Date())}`);
    expect(brokenPart).not.toContain(devices.camera.serialNumber);
    // The PC: still broken, five days counted to the day of the follow-up.
    expect(brokenPart).toContain(`nomor seri ${devices.pc.serialNumber}`);
    expect(brokenPart).toContain(`rusak sejak ${tanggal(new Date(Date.now() - 5 * 86_400_000))} (5 hari)`);
  });
});
