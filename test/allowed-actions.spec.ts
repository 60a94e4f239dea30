import { randomUUID } from 'node:crypto';
import { ESCALATION_ACTIONS } from '../workflows/escalation.messages';
import { OUTAGE_ACTIONS } from '../workflows/outage.messages';
import { REPAIR_ACTIONS } from '../workflows/repair.messages';
import { ESCALATION_ACTION_ROLES } from '../src/escalations/escalation-actions';
import { OUTAGE_ACTION_ROLES } from '../src/outages/outage-actions';
import { REPAIR_ACTION_ROLES } from '../src/repairs/repair-actions';
import { STOP_ACTION_ROLES, STOP_ACTIONS, TOUR_ACTION_ROLES, TOUR_ACTIONS } from '../src/tours/tour-actions';
import { CentralServer } from './support/central';
import { addDays, packet } from './support/days';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy } from './support/fixtures';
import { ApiClient, eventually, HttpResult, Stack } from './support/stack';

/** Everyone whose buttons differ: two of each staff role (for four-eyes), the read-only roles, and integrations. */
const WHO = ['operator', 'operator2', 'manager', 'manager2', 'supervisor', 'admin', 'apiKey', 'managerKey'] as const;
type Who = (typeof WHO)[number];
type Kind = 'repairs' | 'escalations' | 'outages';
type Seen = Record<Who, string[]>;

interface Team {
  office: OfficeFixture;
  people: Record<Who, ApiClient>;
  /** An operator of another office. */
  stranger: ApiClient;
}

const HOUR = 3600;

describe('allowed actions: the buttons a person may press now', () => {
  const centre = new CentralServer();
  let stack: Stack;
  let otherOffice: OfficeFixture;
  let today: string;

  beforeAll(async () => {
    await centre.start();
    stack = new Stack({ CENTRAL_INGEST_URL: centre.url, CENTRAL_RETRY_INITIAL_MS: '100', CENTRAL_RETRY_MAX_MS: '400' });
    await stack.start();
    otherOffice = await createOffice(stack);
    today = (await stack.db.query(`SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date::text AS d`)).rows[0].d;
  });
  afterAll(async () => {
    await stack?.stop();
    await centre.stop();
  });

  async function team(policy: Partial<Parameters<typeof setPolicy>[2]> = {}): Promise<Team> {
    const office = await createOffice(stack);
    await setPolicy(stack, office.id, {
      triageSeconds: HOUR,
      repairSeconds: HOUR,
      verificationSeconds: HOUR,
      reminderIntervalSeconds: HOUR,
      approvalReminderSeconds: HOUR,
      approvalSupervisorAfterSeconds: 2 * HOUR,
      replyWaitSeconds: HOUR,
      outageEscalationSeconds: HOUR,
      backlogStallSeconds: HOUR,
      ...policy,
    });
    const key = async (role: string) => {
      const res = await stack.post('/api-keys', { name: `integrasi ${role} ${randomUUID().slice(0, 6)}`, officeId: office.id, role });
      expect(res.status).toBe(201);
      return stack.client(undefined, { 'x-api-key': res.body.key });
    };
    const [manager2, supervisor, apiKey, managerKey] = await Promise.all([
      createUser(stack, 'manager', { officeId: office.id }),
      createUser(stack, 'supervisor', { provinceCode: office.regencyCode.slice(0, 2) }),
      key('operator'),
      key('manager'),
    ]);
    return {
      office,
      people: {
        operator: office.operator,
        operator2: office.operator2,
        manager: office.manager,
        manager2: manager2.client,
        supervisor: supervisor.client,
        admin: stack.admin,
        apiKey,
        managerKey,
      },
      stranger: otherOffice.operator,
    };
  }

  /** What each person is offered, read from the object itself and from its list; another office gets 404. */
  async function offered(t: Team, kind: Kind, id: string): Promise<Seen> {
    const seen = await Promise.all(
      WHO.map(async (who) => {
        const [detail, list] = await Promise.all([t.people[who].get(`/${kind}/${id}`), t.people[who].get(`/${kind}?officeId=${t.office.id}&limit=100`)]);
        expect([who, detail.status]).toEqual([who, 200]);
        expect([who, list.status]).toEqual([who, 200]);
        const item = list.body.items.find((i: { id: string }) => i.id === id);
        expect([who, item?.allowedActions]).toEqual([who, detail.body.allowedActions]);
        return [who, detail.body.allowedActions as string[]] as const;
      }),
    );
    expect((await t.stranger.get(`/${kind}/${id}`)).status).toBe(404);
    return Object.fromEntries(seen) as Seen;
  }

  const REPAIR_REQUESTS: Record<string, (c: ApiClient, id: string) => Promise<HttpResult>> = {
    triage: (c, id) => c.post(`/repairs/${id}/triage`, { assessment: 'fix-on-site' }),
    'request-repair': (c, id) => c.post(`/repairs/${id}/request-repair`, { channel: 'ministry' }),
    'mark-repaired': (c, id) => c.post(`/repairs/${id}/mark-repaired`, {}),
    verify: (c, id) => c.post(`/repairs/${id}/verify`, { working: true }),
    cancel: (c, id) => c.post(`/repairs/${id}/cancel`, { reason: 'uji tombol' }),
  };
  const ESCALATION_REQUESTS: Record<string, (c: ApiClient, id: string) => Promise<HttpResult>> = {
    edit: (c, id) => c.patch(`/escalations/${id}`, { subject: `Perihal ${randomUUID().slice(0, 6)}` }),
    approve: (c, id) => c.post(`/escalations/${id}/approve`),
    reject: (c, id) => c.post(`/escalations/${id}/reject`, { reason: 'Tidak perlu' }),
    'request-changes': (c, id) => c.post(`/escalations/${id}/request-changes`, { comment: 'Lengkapi data' }),
    reply: (c, id) => c.post(`/escalations/${id}/reply`, { receivedAt: new Date(Date.now() - 60_000).toISOString(), reference: 'B/123/2026', summary: 'Perangkat dikirim' }),
    withdraw: (c, id) => c.post(`/escalations/${id}/withdraw`, { reason: 'Sudah diperbaiki' }),
  };
  const outageRequests = (): Record<string, (c: ApiClient, id: string) => Promise<HttpResult>> => ({
    resolve: (c, id) => c.post(`/outages/${id}/resolve`, {}),
    'print-progress': (c, id) => c.post(`/outages/${id}/print-progress`, { date: today, printed: 1 }),
    overtime: (c, id) => c.post(`/outages/${id}/overtime`, { date: today, target: 1 }),
  });

  /** Every action a person is NOT offered is refused by the server (403/409) and changes nothing. */
  async function refusesUnlisted(t: Team, kind: Kind, id: string, seen: Seen, requests: Record<string, (c: ApiClient, id: string) => Promise<HttpResult>>) {
    const before = (await stack.get(`/${kind}/${id}`)).body;
    const wrong: string[] = [];
    for (const who of WHO) {
      for (const action of Object.keys(requests).filter((a) => !seen[who].includes(a))) {
        const res = await requests[action](t.people[who], id);
        if (res.status !== 403 && res.status !== 409) wrong.push(`${who} ${action}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    // Another office's operator: not found, or not their role's route at all.
    for (const action of Object.keys(requests)) {
      const res = await requests[action](t.stranger, id);
      if (res.status !== 404 && res.status !== 403) wrong.push(`another office ${action}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
    const after = (await stack.get(`/${kind}/${id}`)).body;
    expect([after.status, after.timeline.length]).toEqual([before.status, before.timeline.length]);
  }

  /** Performs an action the person is offered; it must succeed. */
  async function perform(t: Team, kind: Kind, id: string, who: Who, action: string, requests: Record<string, (c: ApiClient, id: string) => Promise<HttpResult>>) {
    const detail = await t.people[who].get(`/${kind}/${id}`);
    expect([who, detail.body.allowedActions]).toEqual([who, expect.arrayContaining([action])]);
    const res = await requests[action](t.people[who], id);
    expect([who, action, res.status, res.body?.code]).toEqual([who, action, 200, undefined]);
    return res.body;
  }

  const everyone = (actions: string[]): Seen => ({ ...staff(actions), supervisor: [], admin: [] });
  const staff = (actions: string[]) => ({ operator: actions, operator2: actions, manager: actions, manager2: actions, apiKey: actions, managerKey: actions });
  const nobody = (): Seen => everyone([]);

  it('publishes the same roles for each action as the routes enforce', async () => {
    const doc = (await stack.anonymous.get('/docs-json')).body;
    const roles = (method: string, path: string) => doc.paths[path]?.[method]?.['x-access']?.roles;
    for (const a of REPAIR_ACTIONS) expect([a, roles('post', `/repairs/{id}/${a}`)]).toEqual([a, REPAIR_ACTION_ROLES[a]]);
    for (const a of ESCALATION_ACTIONS) {
      const route = a === 'edit' ? roles('patch', '/escalations/{id}') : roles('post', `/escalations/{id}/${a}`);
      expect([a, route]).toEqual([a, ESCALATION_ACTION_ROLES[a]]);
    }
    for (const a of OUTAGE_ACTIONS) expect([a, roles('post', `/outages/{id}/${a}`)]).toEqual([a, OUTAGE_ACTION_ROLES[a]]);
    for (const a of TOUR_ACTIONS) expect([a, roles('post', `/tours/{id}/${a}`)]).toEqual([a, TOUR_ACTION_ROLES[a]]);
    for (const a of STOP_ACTIONS) {
      const path = a === 'upload-batch' ? '/tours/{id}/stops/{stopId}/batches' : `/tours/{id}/stops/{stopId}/${a}`;
      expect([a, roles('post', path)]).toEqual([a, STOP_ACTION_ROLES[a]]);
    }
  });

  it('walks a repair case: triage and cancel first, verify only for someone other than the repairer, nothing once closed', async () => {
    const t = await team();
    const sp = await createServicePoint(stack, t.office);
    const devices = await addRecordingSet(stack, sp.id);
    const opened = await t.people.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera tidak menyala' });
    expect(opened.status).toBe(201);
    expect(opened.body.allowedActions).toEqual(['triage', 'cancel']);
    const id = opened.body.id;
    // The report reaches the timeline soon after the answer; refusals are then seen to add nothing to it.
    await eventually(async () => (await stack.get(`/repairs/${id}`)).body.timeline.length === 1, 30_000, 'the report in the timeline');

    let seen = await offered(t, 'repairs', id);
    expect(seen).toEqual(everyone(['triage', 'cancel']));
    await refusesUnlisted(t, 'repairs', id, seen, REPAIR_REQUESTS);

    await perform(t, 'repairs', id, 'operator', 'triage', REPAIR_REQUESTS);
    seen = await offered(t, 'repairs', id);
    expect(seen).toEqual(everyone(['request-repair', 'mark-repaired', 'cancel']));
    await refusesUnlisted(t, 'repairs', id, seen, REPAIR_REQUESTS);

    // Marked repaired by operator A: A may not verify; B and the managers may; an API key never (a person is needed).
    await perform(t, 'repairs', id, 'operator', 'mark-repaired', REPAIR_REQUESTS);
    seen = await offered(t, 'repairs', id);
    expect(seen).toEqual({
      ...everyone(['verify', 'cancel']),
      operator: ['cancel'],
      apiKey: ['cancel'],
      managerKey: ['cancel'],
    });
    await refusesUnlisted(t, 'repairs', id, seen, REPAIR_REQUESTS);

    // B finds it still broken: back to triage, then the integration asks the ministry for the repair.
    const failed = await t.people.operator2.post(`/repairs/${id}/verify`, { working: false });
    expect([failed.status, failed.body.status]).toEqual([200, 'triaged']);
    await perform(t, 'repairs', id, 'apiKey', 'request-repair', REPAIR_REQUESTS);
    seen = await offered(t, 'repairs', id);
    expect(seen).toEqual(everyone(['mark-repaired', 'cancel']));
    await refusesUnlisted(t, 'repairs', id, seen, REPAIR_REQUESTS);

    // Now the manager marks it repaired: operator A may verify this time, the manager may not.
    await perform(t, 'repairs', id, 'manager', 'mark-repaired', REPAIR_REQUESTS);
    seen = await offered(t, 'repairs', id);
    expect(seen).toEqual({ ...everyone(['verify', 'cancel']), manager: ['cancel'], apiKey: ['cancel'], managerKey: ['cancel'] });
    await refusesUnlisted(t, 'repairs', id, seen, REPAIR_REQUESTS);

    const closed = await perform(t, 'repairs', id, 'operator', 'verify', REPAIR_REQUESTS);
    expect(closed.status).toBe('closed');
    seen = await offered(t, 'repairs', id);
    expect(seen).toEqual(nobody());
    await refusesUnlisted(t, 'repairs', id, seen, REPAIR_REQUESTS);
  });

  it('every action a repair case offers in every state succeeds when taken', async () => {
    const t = await team();
    const sp = await createServicePoint(stack, t.office);
    const devices = [...Object.values(await addRecordingSet(stack, sp.id)), ...Object.values(await addRecordingSet(stack, sp.id))];
    const toState: Record<string, Array<[Who, string]>> = {
      reported: [],
      triaged: [['operator', 'triage']],
      'awaiting-repair': [['operator', 'triage'], ['operator', 'request-repair']],
      repaired: [['operator', 'triage'], ['operator', 'mark-repaired']],
    };
    // Each (state, offered action) on a case of its own, taken by the people offered it in turn.
    let turn = 0;
    const forks: Array<{ state: string; action: string; deviceId: string }> = [];
    for (const [state, offeredThere] of Object.entries({
      reported: ['triage', 'cancel'],
      triaged: ['request-repair', 'mark-repaired', 'cancel'],
      'awaiting-repair': ['mark-repaired', 'cancel'],
      repaired: ['verify', 'cancel'],
    })) {
      for (const action of offeredThere) forks.push({ state, action, deviceId: devices[forks.length].id });
    }
    for (const [i, { state, action, deviceId }] of forks.entries()) {
      const opened = await t.people.operator.post('/repairs', { deviceId, description: `Rusak ${i}` });
      expect(opened.status).toBe(201);
      for (const [who, step] of toState[state]) await perform(t, 'repairs', opened.body.id, who, step, REPAIR_REQUESTS);
      const seen = await offered(t, 'repairs', opened.body.id);
      const offeredTo = WHO.filter((who) => seen[who].includes(action));
      expect([state, action, offeredTo.length > 0]).toEqual([state, action, true]);
      await perform(t, 'repairs', opened.body.id, offeredTo[turn++ % offeredTo.length], action, REPAIR_REQUESTS);
    }
  });

  it('walks a letter: only managers who neither drafted nor edited it decide, reply once it is sent, nothing once closed', async () => {
    const t = await team();
    const sp = await createServicePoint(stack, t.office);
    const devices = await addRecordingSet(stack, sp.id);
    const repair = await t.people.operator.post('/repairs', { deviceId: devices.pc.id, description: 'PC mati' });
    const drafted = await t.people.operator.post('/escalations', { repairCaseIds: [repair.body.id] });
    expect(drafted.status).toBe(201);
    const id = drafted.body.id;

    let seen = await offered(t, 'escalations', id);
    expect(seen).toEqual({
      ...everyone(['edit']),
      manager: ['edit', 'approve', 'reject', 'request-changes', 'withdraw'],
      manager2: ['edit', 'approve', 'reject', 'request-changes', 'withdraw'],
    });
    await refusesUnlisted(t, 'escalations', id, seen, ESCALATION_REQUESTS);

    await perform(t, 'escalations', id, 'manager', 'request-changes', ESCALATION_REQUESTS);
    seen = await offered(t, 'escalations', id);
    expect(seen).toEqual({ ...everyone(['edit']), manager: ['edit', 'reject', 'withdraw'], manager2: ['edit', 'reject', 'withdraw'] });
    await refusesUnlisted(t, 'escalations', id, seen, ESCALATION_REQUESTS);

    // The manager edits it: now one of its drafters, so only the other manager may decide.
    await perform(t, 'escalations', id, 'manager', 'edit', ESCALATION_REQUESTS);
    seen = await offered(t, 'escalations', id);
    // Withdrawing sends nothing: four-eyes does not apply, so the editing manager may still withdraw it.
    expect(seen).toEqual({ ...everyone(['edit']), manager: ['edit', 'withdraw'], manager2: ['edit', 'approve', 'reject', 'request-changes', 'withdraw'] });
    await refusesUnlisted(t, 'escalations', id, seen, ESCALATION_REQUESTS);

    await perform(t, 'escalations', id, 'manager2', 'approve', ESCALATION_REQUESTS);
    await eventually(async () => (await stack.get(`/escalations/${id}`)).body.status === 'awaiting-reply', 30_000, 'the letter to go out');
    seen = await offered(t, 'escalations', id);
    expect(seen).toEqual({ ...everyone(['reply']), manager: ['reply', 'withdraw'], manager2: ['reply', 'withdraw'] });
    await refusesUnlisted(t, 'escalations', id, seen, ESCALATION_REQUESTS);

    await perform(t, 'escalations', id, 'operator2', 'reply', ESCALATION_REQUESTS);
    seen = await offered(t, 'escalations', id);
    expect(seen).toEqual(nobody());
    await refusesUnlisted(t, 'escalations', id, seen, ESCALATION_REQUESTS);
  });

  it('a follow-up letter is the system’s draft: every manager may decide on it, and the reply can still be recorded', async () => {
    const t = await team({ replyWaitSeconds: 2 });
    const sp = await createServicePoint(stack, t.office);
    const devices = await addRecordingSet(stack, sp.id);
    const repair = await t.people.operator.post('/repairs', { deviceId: devices.pc.id, description: 'PC mati' });
    // Drafted by an integration: its key is a drafter, and can never decide anyway.
    const drafted = await t.people.managerKey.post('/escalations', { repairCaseIds: [repair.body.id] });
    expect(drafted.status).toBe(201);
    const id = drafted.body.id;
    let seen = await offered(t, 'escalations', id);
    expect(seen).toEqual({
      ...everyone(['edit']),
      manager: ['edit', 'approve', 'reject', 'request-changes', 'withdraw'],
      manager2: ['edit', 'approve', 'reject', 'request-changes', 'withdraw'],
    });

    await perform(t, 'escalations', id, 'manager', 'approve', ESCALATION_REQUESTS);
    await eventually(async () => {
      const e = (await stack.get(`/escalations/${id}`)).body;
      return e.status === 'drafted' && e.round === 2;
    }, 30_000, 'the follow-up letter');
    seen = await offered(t, 'escalations', id);
    expect(seen).toEqual({
      ...everyone(['edit', 'reply']),
      manager: ['edit', 'approve', 'reject', 'request-changes', 'reply', 'withdraw'],
      manager2: ['edit', 'approve', 'reject', 'request-changes', 'reply', 'withdraw'],
    });
    await refusesUnlisted(t, 'escalations', id, seen, ESCALATION_REQUESTS);

    await perform(t, 'escalations', id, 'apiKey', 'reply', ESCALATION_REQUESTS);
    expect(await offered(t, 'escalations', id)).toEqual(nobody());
  });

  it('walks an outage: resolve and overtime while open, print progress while recovering, nothing once closed', async () => {
    const t = await team();
    const hq = await createServicePoint(stack, t.office, { kind: 'office-hq', name: 'Kantor Dinas' });
    await addRecordingSet(stack, hq.id);
    expect((await stack.post('/devices', { servicePointId: hq.id, kind: 'card-printer', serialNumber: `PR-${randomUUID().slice(0, 10)}`, owner: 'regional' })).status).toBe(201);
    const created = await t.people.operator.post('/outages', {
      officeId: t.office.id,
      kind: 'server-blocked',
      startedAt: new Date(Date.now() - 24 * 3600_000).toISOString(),
      description: 'Server diblokir kementerian',
    });
    expect(created.status).toBe(201);
    expect(created.body.allowedActions).toEqual(['resolve', 'overtime']);
    const id = created.body.id;
    const requests = outageRequests();

    let seen = await offered(t, 'outages', id);
    expect(seen).toEqual(everyone(['resolve', 'overtime']));
    await refusesUnlisted(t, 'outages', id, seen, requests);

    const resolved = await t.people.apiKey.post(`/outages/${id}/resolve`, { backlog: 5 });
    expect([resolved.status, resolved.body.status]).toEqual([200, 'recovering']);
    seen = await offered(t, 'outages', id);
    expect(seen).toEqual(everyone(['print-progress', 'overtime']));
    await refusesUnlisted(t, 'outages', id, seen, requests);

    await perform(t, 'outages', id, 'managerKey', 'overtime', requests);
    const done = await t.people.operator2.post(`/outages/${id}/print-progress`, { date: today, printed: 5 });
    expect([done.status, done.body.status]).toEqual([200, 'closed']);
    seen = await offered(t, 'outages', id);
    expect(seen).toEqual(nobody());
    await refusesUnlisted(t, 'outages', id, seen, requests);
  });
  describe('tours', () => {
    interface TourSeen {
      tour: string[];
      stops: string[][];
    }

    async function tourTeam(policy: Partial<Parameters<typeof setPolicy>[2]> = {}) {
      // Every stop of these tours (up to three days ahead) is within the notice lead time, whatever the hour.
      const t = await team({ tourNoticeLeadSeconds: 6 * 24 * HOUR, ...policy });
      const kitPoint = await createServicePoint(stack, t.office, { kind: 'mobile-unit', name: 'Mobil perekaman keliling' });
      const kit = await addRecordingSet(stack, kitPoint.id);
      const villages = (
        await stack.db.query(`SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code LIMIT 3`, [t.office.regencyCode])
      ).rows.map((r: { code: string }) => r.code);
      const operatorId = (await t.people.operator.get('/auth/me')).body.id;
      const officeToday = (await stack.db.query(`SELECT (now() AT TIME ZONE time_zone)::date::text AS d FROM offices WHERE id = $1`, [t.office.id])).rows[0].d;
      const plan = async (planner: Who) => {
        const res = await t.people[planner].post('/tours', {
          officeId: t.office.id,
          name: `Jemput bola ${randomUUID().slice(0, 6)}`,
          teamUserIds: [operatorId],
          kitServicePointId: kitPoint.id,
          stops: villages.map((villageCode: string, i: number) => ({ villageCode, date: addDays(officeToday, i), expectedResidents: 50 })),
        });
        expect([res.status, res.body.code]).toEqual([201, undefined]);
        return res.body as { id: string; stops: Array<{ id: string }>; allowedActions: string[] };
      };
      return { ...t, kit, plan };
    }

    /** The tour's and each stop's buttons, as each person reads the tour; another office gets 404. */
    async function tourOffered(t: Team, id: string): Promise<Record<Who, TourSeen>> {
      const seen = await Promise.all(
        WHO.map(async (who) => {
          const res = await t.people[who].get(`/tours/${id}`);
          expect([who, res.status]).toEqual([who, 200]);
          return [who, { tour: res.body.allowedActions, stops: res.body.stops.map((s: { allowedActions: string[] }) => s.allowedActions) }] as const;
        }),
      );
      expect((await t.stranger.get(`/tours/${id}`)).status).toBe(404);
      return Object.fromEntries(seen) as Record<Who, TourSeen>;
    }

    /** The tour's staff (operators, managers, integrations) see `tour` and `stops` except where `only` says otherwise; supervisors and admins nothing. */
    const tourSeen = (tour: string[], stops: string[][], only: Partial<Record<Who, string[]>> = {}): Record<Who, TourSeen> => {
      const none = { tour: [], stops: stops.map(() => []) };
      const all = (who: Who) => ({ tour: only[who] ?? tour, stops });
      return {
        operator: all('operator'),
        operator2: all('operator2'),
        manager: all('manager'),
        manager2: all('manager2'),
        apiKey: all('apiKey'),
        managerKey: all('managerKey'),
        supervisor: none,
        admin: none,
      };
    };

    async function refused(res: Promise<HttpResult>, what: string, statuses = [403, 409]) {
      const r = await res;
      expect([what, statuses.includes(r.status)]).toEqual([what, true]);
    }

    function upload(client: ApiClient, tourId: string, stopId: string, serial: string) {
      const p = packet();
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array(p.content)]), 'paket-rekam.bin');
      form.set('sha256', p.sha256);
      form.set('residentsCount', '12');
      form.set('deviceSerial', serial);
      form.set('capturedAt', new Date().toISOString());
      return client.http('POST', `/tours/${tourId}/stops/${stopId}/batches`, form);
    }

    it('walks a tour: only another signed-in manager approves, check-in once told and one stop at a time, skip only without batches, no check-in or upload while an outage holds it', async () => {
      const t = await tourTeam();
      // The manager plans it: they may reject it, not approve it; the other manager may do both; an API key never decides.
      const planned = await t.plan('manager');
      expect(planned.allowedActions).toEqual(['reject', 'cancel']);
      const id = planned.id;
      const [s0, s1, s2] = planned.stops.map((s) => s.id);
      const notYetTold = [['skip', 'reschedule'], ['skip', 'reschedule'], ['skip', 'reschedule']];
      expect(await tourOffered(t, id)).toEqual(
        tourSeen(['cancel'], notYetTold, { manager: ['reject', 'cancel'], manager2: ['approve', 'reject', 'cancel'] }),
      );
      await refused(t.people.manager.post(`/tours/${id}/approve`), 'the planner approves');
      await refused(t.people.managerKey.post(`/tours/${id}/approve`), 'an API key approves');
      await refused(t.people.managerKey.post(`/tours/${id}/reject`, { reason: 'uji tombol' }), 'an API key rejects');
      await refused(t.people.operator.post(`/tours/${id}/approve`), 'an operator approves');
      await refused(t.people.supervisor.post(`/tours/${id}/cancel`, { reason: 'uji tombol' }), 'a supervisor cancels');
      await refused(t.people.operator.post(`/tours/${id}/stops/${s0}/check-in`), 'check-in before approval');
      await refused(t.stranger.post(`/tours/${id}/cancel`, { reason: 'uji tombol' }), 'another office cancels', [404]);
      expect((await stack.get(`/tours/${id}`)).body.status).toBe('planned');

      const approved = await t.people.manager2.post(`/tours/${id}/approve`);
      expect([approved.status, approved.body.status]).toEqual([200, 'approved']);
      // Every village is told; check-in waits for that (the workflow's own view too).
      await eventually(async () => {
        const d = (await stack.get(`/tours/${id}`)).body;
        const state: any = await stack.temporal.workflow.getHandle(`tour-${id}`).query('state');
        return d.stops.every((s: any) => s.status === 'notified') && state.stops.every((s: any) => s.status === 'notified');
      }, 30_000, 'villages notified');
      const told = [['check-in', 'skip', 'reschedule'], ['check-in', 'skip', 'reschedule'], ['check-in', 'skip', 'reschedule']];
      expect(await tourOffered(t, id)).toEqual(tourSeen(['cancel', 'kit-failure'], told));
      await refused(t.people.manager2.post(`/tours/${id}/approve`), 'approving twice');

      // Checked in at the first stop: the kit is there, no check-in elsewhere; batches go up there.
      const checkedIn = await t.people.operator.post(`/tours/${id}/stops/${s0}/check-in`);
      expect([checkedIn.status, checkedIn.body.status]).toEqual([200, 'in-progress']);
      await eventually(async () => (await stack.get(`/tours/${id}`)).body.stops[0].status === 'checked-in', 30_000, 'the check-in read');
      expect(await tourOffered(t, id)).toEqual(tourSeen(['cancel', 'kit-failure'], [['complete', 'skip', 'upload-batch'], ['skip', 'reschedule'], ['skip', 'reschedule']]));
      await refused(t.people.operator2.post(`/tours/${id}/stops/${s1}/check-in`), 'a second check-in');
      await refused(t.people.operator.post(`/tours/${id}/stops/${s0}/reschedule`, { date: addDays(today, 5) }), 'rescheduling a stop under way');

      // A batch uploaded: the stop is completed, not skipped.
      const batch = await upload(t.people.apiKey, id, s0, t.kit.camera.serialNumber);
      expect(batch.status).toBe(201);
      await eventually(async () => (await stack.get(`/tours/${id}`)).body.stops[0].batchCount === 1, 30_000, 'the batch read');
      expect(await tourOffered(t, id)).toEqual(tourSeen(['cancel', 'kit-failure'], [['complete', 'upload-batch'], ['skip', 'reschedule'], ['skip', 'reschedule']]));
      await refused(t.people.operator.post(`/tours/${id}/stops/${s0}/skip`, { reason: 'uji tombol' }), 'skipping a stop with batches');

      // An outage stops recording over the office: the tour is held; no new batch, no check-in (the stops to come are postponed).
      const outage = await t.people.operator.post('/outages', {
        officeId: t.office.id,
        kind: 'central-system',
        startedAt: new Date(Date.now() - 60_000).toISOString(),
        description: 'SIAK pusat tidak dapat dihubungi',
      });
      expect(outage.status).toBe(201);
      await eventually(async () => (await stack.get(`/tours/${id}`)).body.heldBy.length === 1, 30_000, 'the tour held');
      const held = await tourOffered(t, id);
      expect(held).toEqual(tourSeen(['cancel', 'kit-failure'], [['complete'], ['skip', 'reschedule'], ['skip', 'reschedule']]));
      const refusal = await upload(t.people.operator, id, s0, t.kit.camera.serialNumber);
      expect([refusal.status, refusal.body.code]).toEqual([409, 'tour_held_by_outage']);

      // Completed and cancelled: nothing is offered to anyone any more.
      expect((await t.people.operator.post(`/tours/${id}/stops/${s0}/complete`)).status).toBe(200);
      expect((await t.people.managerKey.post(`/tours/${id}/cancel`, { reason: 'Musim hujan' })).status).toBe(200);
      await eventually(async () => (await stack.get(`/tours/${id}`)).body.status === 'cancelled', 30_000, 'the tour cancelled');
      expect(await tourOffered(t, id)).toEqual(tourSeen([], [[], [], []]));
      await refused(t.people.operator.post(`/tours/${id}/stops/${s2}/skip`, { reason: 'uji tombol' }), 'skipping in a cancelled tour');
    });

    it('an operator’s plan: either manager approves it; while the kit is in repair no stop is checked in at', async () => {
      const t = await tourTeam({ tourKitFailurePolicy: 'wait-for-repair' });
      const planned = await t.plan('operator');
      const id = planned.id;
      expect(planned.allowedActions).toEqual(['cancel']);
      const seen = await tourOffered(t, id);
      expect([seen.manager.tour, seen.manager2.tour, seen.managerKey.tour]).toEqual([['approve', 'reject', 'cancel'], ['approve', 'reject', 'cancel'], ['cancel']]);

      expect((await t.people.manager.post(`/tours/${id}/approve`)).status).toBe(200);
      await eventually(async () => (await stack.get(`/tours/${id}`)).body.stops.every((s: any) => s.status === 'notified'), 30_000, 'villages notified');
      const failed = await t.people.operator2.post(`/tours/${id}/kit-failure`, { deviceId: t.kit.camera.id, description: 'Kamera mati setelah kehujanan' });
      expect(failed.status).toBe(200);
      await eventually(async () => (await stack.get(`/tours/${id}`)).body.onHold === true, 30_000, 'the tour on hold');
      const onHold = await tourOffered(t, id);
      expect(onHold).toEqual(tourSeen(['cancel', 'kit-failure'], onHold.operator.stops));
      for (const stop of onHold.operator.stops) expect(stop).toEqual(['skip', 'reschedule']);
      await refused(t.people.operator.post(`/tours/${id}/stops/${planned.stops[0].id}/check-in`), 'check-in while the kit is in repair');
    });
  });
});
