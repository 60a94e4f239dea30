import { randomUUID } from 'node:crypto';
import { Mailbox } from './support/mailbox';
import { pdfText } from './support/pdf-text';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy } from './support/fixtures';
import { ApiClient, eventually, Stack } from './support/stack';

describe('escalation letters to the ministry', () => {
  const mailbox = new Mailbox();
  let stack: Stack;
  let office: OfficeFixture;
  let manager2: ApiClient;
  const ministry = `dirjen-${randomUUID().slice(0, 6)}@kemendagri.test`;

  beforeAll(async () => {
    await mailbox.start();
    stack = new Stack({ SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`, MAIL_FROM: 'Dinas Dukcapil <dukcapil@daerah.test>' });
    await stack.start();
    office = await createOffice(stack);
    const secretary = await createUser(stack, 'manager', { officeId: office.id });
    expect((await stack.http('PATCH', `/users/${secretary.id}`, { position: 'Sekretaris Dinas', nip: '198001012005011002' })).status).toBe(200);
    manager2 = secretary.client;
    expect(
      (await office.manager.http('PATCH', `/offices/${office.id}`, { address: 'Jl. Merdeka No. 1', ministryEmail: ministry, letterNumberPattern: '470/<seq>/Dukcapil/<year>' })).status,
    ).toBe(200);
  });
  afterAll(async () => {
    await stack.stop();
    await mailbox.stop();
  });

  async function brokenDevices(n: number) {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const kinds = ['camera', 'iris-scanner', 'fingerprint-scanner', 'pc'].slice(0, n);
    const cases = [];
    for (const kind of kinds) {
      const res = await office.operator.post('/repairs', { deviceId: devices[kind].id, description: `${kind} rusak` });
      expect(res.status).toBe(201);
      cases.push({ id: res.body.id, serial: devices[kind].serialNumber });
    }
    return cases;
  }

  it('drafts, takes changes, approves with a number, sends the PDF, follows up, records the reply and tells the repair cases', async () => {
    await setPolicy(stack, office.id, {
      triageSeconds: 3600,
      repairSeconds: 3600,
      verificationSeconds: 3600,
      reminderIntervalSeconds: 3600,
      approvalReminderSeconds: 3600,
      approvalSupervisorAfterSeconds: 7200,
      replyWaitSeconds: 4,
    });
    const cases = await brokenDevices(2);

    const drafted = await office.operator.post('/escalations', { repairCaseIds: cases.map((c) => c.id) });
    expect(drafted.status).toBe(201);
    const id = drafted.body.id;
    expect(drafted.body.status).toBe('drafted');
    expect(drafted.body.recipient).toBe('Direktur Jenderal Kependudukan dan Pencatatan Sipil, Kementerian Dalam Negeri');
    for (const c of cases) expect(drafted.body.body).toContain(c.serial);
    expect(drafted.body.body).toMatch(/^Dengan hormat,/);

    // Before approval there is no numbered letter, only a preview of the draft, marked as one.
    const auth = { headers: { authorization: `Bearer ${office.operator.token}` } };
    expect((await fetch(`${stack.baseUrl}/escalations/${id}/letter.pdf`, auth)).status).toBe(404);
    const preview = await fetch(`${stack.baseUrl}/escalations/${id}/draft.pdf`, auth);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect(preview.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(preview.headers.get('cache-control')).toBe('no-store');
    expect(preview.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    const previewText = (await pdfText(Buffer.from(await preview.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(previewText).toContain('KONSEP');
    expect(previewText).toContain('(diberi nomor saat disetujui)');
    expect(previewText).toContain(drafted.body.subject);
    for (const c of cases) expect(previewText).toContain(c.serial);

    // Four-eyes and roles: the operator cannot approve, nor can a manager who edited the draft.
    const byOperator = await office.operator.post(`/escalations/${id}/approve`);
    expect(byOperator.status).toBe(403);
    const changes = await office.manager.post(`/escalations/${id}/request-changes`, { comment: 'Tambahkan jumlah penduduk terdampak' });
    expect(changes.status).toBe(200);
    expect(changes.body.status).toBe('changes-requested');
    const tooEarly = await manager2.post(`/escalations/${id}/approve`);
    expect(tooEarly.status).toBe(409);
    const edited = await office.manager.http('PATCH', `/escalations/${id}`, { subject: 'Permohonan perbaikan perangkat perekaman KTP-el yang rusak' });
    expect(edited.status).toBe(200);
    expect(edited.body.status).toBe('drafted');
    const selfApproval = await office.manager.post(`/escalations/${id}/approve`);
    expect(selfApproval.status).toBe(403);
    expect(selfApproval.body.code).toBe('four_eyes');

    const approved = await manager2.post(`/escalations/${id}/approve`);
    expect(approved.status).toBe(200);
    const number: string = approved.body.letterNumber;
    expect(number).toMatch(new RegExp(`^470/\\d+/Dukcapil/${new Date().getUTCFullYear()}$`));
    // The managers' decisions reach the office's operators, who draft the letters: once each, with what was said.
    const decisions = async () =>
      (await office.operator.get(`/notifications?subjectId=${id}&limit=100`)).body.items
        .filter((n: { kind: string }) => n.kind === 'escalation-decision')
        .map((n: { title: string; body: string }) => [n.title, n.body])
        .sort();
    expect(await decisions()).toEqual([
      [`Surat eskalasi disetujui dengan nomor ${number}`, expect.stringContaining('Permohonan perbaikan perangkat perekaman KTP-el yang rusak')],
      ['Surat eskalasi perlu diperbaiki', expect.stringContaining('Tambahkan jumlah penduduk terdampak')],
    ]);

    const pdf = await fetch(`${stack.baseUrl}/escalations/${id}/letter.pdf`, { headers: { authorization: `Bearer ${office.operator.token}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    // Shown inline, in an <iframe> of the app's own pages only (no other site may frame it).
    expect(pdf.headers.get('content-disposition')).toMatch(/^inline; filename="Surat-.+\.pdf"$/);
    expect(pdf.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(pdf.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(pdf.headers.get('content-security-policy')).toContain("object-src 'self'");
    const bytes = Buffer.from(await pdf.arrayBuffer());
    // Lines wrap where the page ends; read the text as one run of words.
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain(number);
    expect(text).not.toContain('KONSEP');
    expect(text).toContain('Permohonan perbaikan perangkat perekaman KTP-el yang rusak');
    for (const c of cases) expect(text).toContain(c.serial);
    for (const label of ['Nomor', 'Sifat', 'Lampiran', 'Perihal', 'Kepada Yth.']) expect(text).toContain(label);
    // Approved by the secretary: signed on behalf of the Kepala Dinas, with her own name and NIP.
    expect(text).toContain('a.n. Kepala Dinas Kependudukan dan Pencatatan Sipil');
    expect(text).toContain('Sekretaris Dinas');
    expect(text).toContain('NIP. 198001012005011002');

    // The e-mail reaches the ministry once, with the PDF attached.
    const mail = await eventually(async () => mailbox.received.find((m) => m.subject?.startsWith(number)), 30_000, 'the letter e-mail');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain(ministry);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].contentType).toBe('application/pdf');
    expect(Buffer.compare(mail.attachments[0].content, bytes)).toBe(0);

    // No reply within the policy's seconds: a follow-up citing the first letter waits for approval.
    const followUp = await eventually(async () => {
      const e = (await office.operator.get(`/escalations/${id}`)).body;
      return e.round === 2 && e.status === 'drafted' ? e : undefined;
    }, 30_000, 'the follow-up draft');
    expect(followUp.subject).toMatch(/^Susulan: /);
    expect(followUp.body).toContain(`Nomor ${number}`);
    const second = await office.manager.post(`/escalations/${id}/approve`);
    expect(second.status).toBe(200);
    expect(second.body.letterNumber).not.toBe(number);
    await eventually(async () => mailbox.received.filter((m) => m.subject?.includes('Susulan')).length === 1, 30_000, 'the follow-up e-mail');

    const reply = await office.operator.post(`/escalations/${id}/reply`, {
      receivedAt: new Date().toISOString(),
      reference: 'B-123/Dukcapil/XI/2026',
      summary: 'Perangkat pengganti dikirim minggu depan',
    });
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe('closed');
    const detail = await eventually(async () => {
      const e = (await office.operator.get(`/escalations/${id}`)).body;
      return e.status === 'closed' ? e : undefined;
    }, 30_000, 'the closed escalation');
    expect(detail.letters.map((l: { round: number }) => l.round)).toEqual([1, 2]);
    expect(detail.letters.every((l: { dispatchedAt: string | null }) => l.dispatchedAt)).toBe(true);
    expect(detail.replyReference).toBe('B-123/Dukcapil/XI/2026');

    // The repair cases show their escalation and the reply in their timelines.
    for (const c of cases) {
      const repair = (await office.operator.get(`/repairs/${c.id}`)).body;
      expect(repair.escalations.map((e: { id: string }) => e.id)).toEqual([id]);
      const events = repair.timeline.map((t: { event: string }) => t.event);
      expect(events).toEqual(expect.arrayContaining(['escalation-drafted', 'escalation-approved', 'escalation-dispatched', 'escalation-answered']));
    }
    // Each letter was sent exactly once.
    expect(mailbox.received.filter((m) => m.subject?.startsWith(number))).toHaveLength(1);
  });

  it('starts an escalation by itself when repair cases stall, gathers them into one letter and reminds the manager, then supervisors', async () => {
    const stalled = await createOffice(stack);
    const supervisor = await createUser(stack, 'supervisor', { provinceCode: stalled.regencyCode.slice(0, 2) });
    await setPolicy(stack, stalled.id, {
      triageSeconds: 3600,
      repairSeconds: 3600,
      verificationSeconds: 3600,
      reminderIntervalSeconds: 3600,
      escalationThresholdSeconds: 2,
      approvalReminderSeconds: 1,
      approvalSupervisorAfterSeconds: 2,
      replyWaitSeconds: 3600,
    });
    const sp = await createServicePoint(stack, stalled);
    const devices = await addRecordingSet(stack, sp.id);
    const opened = await Promise.all(
      ['camera', 'pc'].map((kind) => stalled.operator.post('/repairs', { deviceId: devices[kind].id, description: `${kind} rusak` })),
    );
    const caseIds = opened.map((o) => o.body.id).sort();
    // A third case is repaired in time and stays out of the letter.
    const quick = (await stalled.operator.post('/repairs', { deviceId: devices['card-reader'].id, description: 'Kabel longgar' })).body;
    await stalled.operator.post(`/repairs/${quick.id}/triage`, { assessment: 'fix-on-site' });
    await stalled.operator.post(`/repairs/${quick.id}/mark-repaired`, {});

    const letter = await eventually(async () => {
      const items = (await stalled.manager.get(`/escalations?officeId=${stalled.id}`)).body.items;
      if (items.length !== 1) return undefined;
      const detail = (await stalled.manager.get(`/escalations/${items[0].id}`)).body;
      // The page reads the letter and its cases one after the other: a case joining in between shows
      // in the list before its line in the text, so both are waited for.
      return detail.repairCaseIds.length === 2 && ['camera', 'pc'].every((kind) => detail.body.includes(devices[kind].serialNumber)) ? detail : undefined;
    }, 30_000, 'one escalation with both stalled cases');
    expect(letter).toMatchObject({ source: 'repair-stalled', draftedBy: 'system', status: 'drafted' });
    expect([...letter.repairCaseIds].sort()).toEqual(caseIds);
    for (const kind of ['camera', 'pc']) expect(letter.body).toContain(devices[kind].serialNumber);
    expect(letter.body).not.toContain(devices['card-reader'].serialNumber);
    const workflow = await stack.temporal.workflow.getHandle(letter.workflowId).describe();
    expect(workflow.status.name).toBe('RUNNING');

    // Waiting for approval: the manager is reminded, and once it has waited long enough the supervisor too.
    await eventually(async () => (await stalled.manager.get(`/notifications?subjectId=${letter.id}`)).body.total >= 1, 30_000, 'a reminder to the manager');
    await eventually(async () => (await supervisor.client.get(`/notifications?subjectId=${letter.id}`)).body.total >= 1, 30_000, 'a reminder to the supervisor');
    expect((await stalled.operator.get(`/notifications?subjectId=${letter.id}`)).body.total).toBe(0);

    const approved = await stalled.manager.post(`/escalations/${letter.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.letterNumber).toMatch(/^470\/1\//);
    for (const id of caseIds) {
      const repair = (await stalled.operator.get(`/repairs/${id}`)).body;
      expect(repair.escalations).toEqual([expect.objectContaining({ id: letter.id, letterNumber: approved.body.letterNumber })]);
    }

    // RECORD_HISTORIES=1: the history of the case that started the letter as its child, replayed by test/replay.spec.ts.
    if (process.env.RECORD_HISTORIES === '1') {
      for (const id of caseIds) {
        expect((await stalled.operator.post(`/repairs/${id}/cancel`, { reason: 'Rekaman riwayat untuk uji replay' })).status).toBe(200);
        const handle = stack.temporal.workflow.getHandle(`repair-${id}`);
        await handle.result();
        const started = ((await handle.fetchHistory()).events ?? []).some((e) => e.startChildWorkflowExecutionInitiatedEventAttributes);
        if (started) await stack.recordHistory(`repair-${id}`, 'repair-workflow-v6-escalate-stalled.json');
      }
    }
  });

  it('withdraws a rejected follow-up but keeps waiting, and a reply during a follow-up closes it for good', async () => {
    const chased = await createOffice(stack);
    const approver = (await createUser(stack, 'manager', { officeId: chased.id })).client;
    await setPolicy(stack, chased.id, {
      triageSeconds: 3600, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600,
      approvalReminderSeconds: 3600, approvalSupervisorAfterSeconds: 7200, replyWaitSeconds: 2,
    });
    const sp = await createServicePoint(stack, chased);
    const devices = await addRecordingSet(stack, sp.id);
    const repair = (await chased.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera rusak' })).body;
    const id = (await chased.operator.post('/escalations', { repairCaseIds: [repair.id] })).body.id;
    expect((await approver.post(`/escalations/${id}/approve`)).status).toBe(200);
    const roundOf = async (round: number) =>
      eventually(async () => {
        const e = (await chased.operator.get(`/escalations/${id}`)).body;
        return e.round === round && e.status === 'drafted' ? e : undefined;
      }, 30_000, `follow-up round ${round}`);

    await roundOf(2);
    const withdrawn = await approver.post(`/escalations/${id}/reject`, { reason: 'Tunggu sebentar lagi' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('awaiting-reply');
    // Still chased: the next follow-up comes after the wait.
    await roundOf(3);
    const reply = await chased.operator.post(`/escalations/${id}/reply`, { receivedAt: new Date().toISOString(), reference: 'R-9', summary: 'Sedang diproses' });
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe('closed');
    await new Promise((r) => setTimeout(r, 3000));
    const after = (await chased.operator.get(`/escalations/${id}`)).body;
    expect(after).toMatchObject({ status: 'closed', round: 3, replyReference: 'R-9' });
    expect(after.letters.map((l: { round: number }) => l.round)).toEqual([1]);
    const handle = stack.temporal.workflow.getHandle(after.workflowId);
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    // RECORD_HISTORIES=1: the history replayed by test/replay.spec.ts (follow-ups, one rejected, then the reply).
    await stack.recordHistory(after.workflowId, 'escalation-workflow-v5-follow-up-rejected-replied.json');
  });

  it('escalates a case whose repair failed verification, counting the threshold again', async () => {
    const office2 = await createOffice(stack);
    await setPolicy(stack, office2.id, {
      triageSeconds: 3600, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600,
      escalationThresholdSeconds: 3, approvalReminderSeconds: 3600, approvalSupervisorAfterSeconds: 7200, replyWaitSeconds: 3600,
    });
    const sp = await createServicePoint(stack, office2);
    const devices = await addRecordingSet(stack, sp.id);
    const repair = (await office2.operator.post('/repairs', { deviceId: devices.pc.id, description: 'PC mati' })).body;
    await office2.operator.post(`/repairs/${repair.id}/triage`, { assessment: 'fix-on-site' });
    await office2.operator.post(`/repairs/${repair.id}/mark-repaired`, {});
    await new Promise((r) => setTimeout(r, 3500));
    expect((await office2.manager.get(`/escalations?officeId=${office2.id}`)).body.total).toBe(0);
    expect((await office2.operator2.post(`/repairs/${repair.id}/verify`, { working: false })).body.status).toBe('triaged');
    const letter = await eventually(async () => (await office2.manager.get(`/escalations?officeId=${office2.id}`)).body.items[0], 30_000, 'the escalation');
    expect(letter.source).toBe('repair-stalled');
  });

  it('gives twenty letters approved at once twenty distinct consecutive numbers', async () => {
    const other = await createOffice(stack);
    const approver = (await createUser(stack, 'manager', { officeId: other.id })).client;
    const sp = await createServicePoint(stack, other);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const device = await other.operator.post('/devices', { servicePointId: sp.id, kind: 'camera', serialNumber: `N-${randomUUID().slice(0, 12)}`, owner: 'central' });
      const repair = await other.operator.post('/repairs', { deviceId: device.body.id, description: 'Kamera rusak' });
      ids.push((await other.operator.post('/escalations', { repairCaseIds: [repair.body.id] })).body.id);
    }
    const approvals = await Promise.all(ids.map((id) => approver.post(`/escalations/${id}/approve`)));
    expect(approvals.map((a) => a.status)).toEqual(ids.map(() => 200));
    const seqs = approvals.map((a) => Number(/^470\/(\d+)\//.exec(a.body.letterNumber)![1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => seqs[0] + i));
    expect(seqs[0]).toBe(1);
    const { rows } = await stack.db.query(`SELECT count(DISTINCT number)::int AS n FROM escalation_letters WHERE office_id = $1`, [other.id]);
    expect(rows[0].n).toBe(20);
  });

  it('refuses bad input naming the field, other offices\' cases, and a second open escalation of a case', async () => {
    const [c] = await brokenDevices(1);
    const empty = await office.operator.post('/escalations', { repairCaseIds: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('repairCaseIds');
    const foreign = await createOffice(stack);
    const foreignCase = await office.operator.post('/escalations', { repairCaseIds: [randomUUID()] });
    expect(foreignCase.status).toBe(400);
    expect((await foreign.operator.post('/escalations', { repairCaseIds: [c.id] })).status).toBe(400);
    const first = await office.operator.post('/escalations', { repairCaseIds: [c.id] });
    expect(first.status).toBe(201);
    const again = await office.operator.post('/escalations', { repairCaseIds: [c.id] });
    expect(again.status).toBe(409);
    expect(again.body.escalationId).toBe(first.body.id);
    const noReason = await office.manager.post(`/escalations/${first.body.id}/reject`, {});
    expect(noReason.status).toBe(400);
    const rejected = await manager2.post(`/escalations/${first.body.id}/reject`, { reason: 'Sudah ditangani lewat telepon' });
    expect({ status: rejected.status, body: rejected.body }).toMatchObject({ status: 200, body: { status: 'rejected' } });
    expect((await foreign.manager.post(`/escalations/${first.body.id}/approve`)).status).toBe(404);

    // A decision is a person's: an integration key with the manager role cannot approve.
    const [c2] = await brokenDevices(1);
    const draft = (await office.operator.post('/escalations', { repairCaseIds: [c2.id] })).body;
    const key = (await stack.post('/api-keys', { name: 'integrasi', officeId: office.id, role: 'manager' })).body.key;
    const byKey = await stack.client(key).post(`/escalations/${draft.id}/approve`);
    expect(byKey.status).toBe(403);
    expect(byKey.body.code).toBe('person_required');
  });
});
