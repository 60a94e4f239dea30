import { randomUUID } from 'node:crypto';
import { createOffice, createUser } from './support/fixtures';
import { Stack } from './support/stack';

const DAY = 86_400;

/** What the admin pages rely on beyond the registry's and accounts' own tests. */
describe('the administration API: policy defaults and user filters', () => {
  const stack = new Stack();
  beforeAll(() => stack.start({ worker: false }));
  afterAll(() => stack.stop());

  it('answers an SLA policy with the default of every field beside it, before and after the office sets its own', async () => {
    const office = await createOffice(stack, { users: false });
    const defaults = {
      triageSeconds: DAY,
      repairSeconds: 14 * DAY,
      verificationSeconds: 2 * DAY,
      reminderIntervalSeconds: DAY,
      escalationThresholdSeconds: 30 * DAY,
      approvalReminderSeconds: DAY,
      approvalSupervisorAfterSeconds: 3 * DAY,
      replyWaitSeconds: 14 * DAY,
      tourNoticeLeadSeconds: 3 * DAY,
      tourKitFailurePolicy: 'wait-for-repair',
      tourKitShiftDays: 7,
      tourOutagePolicy: 'hold',
      outageEscalationSeconds: 3 * DAY,
      backlogStallSeconds: 2 * DAY,
      // Every step counts elapsed time and warns nobody until an admin says otherwise.
      triageClock: 'elapsed',
      repairClock: 'elapsed',
      verificationClock: 'elapsed',
      reminderClock: 'elapsed',
      approvalReminderClock: 'elapsed',
      replyWaitClock: 'elapsed',
      triageWarnShare: null,
      triageWarnBeforeSeconds: null,
      repairWarnShare: null,
      repairWarnBeforeSeconds: null,
      verificationWarnShare: null,
      verificationWarnBeforeSeconds: null,
      replyWaitWarnShare: null,
      replyWaitWarnBeforeSeconds: null,
    };
    const before = await stack.get(`/offices/${office.id}/sla-policy`);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ officeId: office.id, isDefault: true, ...defaults, defaults });

    const set = await stack.admin.put(`/offices/${office.id}/sla-policy`, { triageSeconds: 90, repairSeconds: 10 * DAY, verificationSeconds: 2 * DAY, reminderIntervalSeconds: 3600 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ isDefault: false, triageSeconds: 90, repairSeconds: 10 * DAY, replyWaitSeconds: 14 * DAY, defaults });
    // The defaults stay the defaults: the office's values are beside them, not in them.
    const after = await stack.get(`/offices/${office.id}/sla-policy`);
    expect(after.body.defaults).toEqual(defaults);
    expect(after.body.repairSeconds).toBe(10 * DAY);

    // A refused policy names its field and changes nothing.
    const bad = await stack.admin.put(`/offices/${office.id}/sla-policy`, { triageSeconds: 90, repairSeconds: 367 * DAY, verificationSeconds: 2 * DAY, reminderIntervalSeconds: 3600 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['repairSeconds']);
    expect((await stack.get(`/offices/${office.id}/sla-policy`)).body.repairSeconds).toBe(10 * DAY);
  });

  it('lists users by part of their name or username and by whether they are active, within what the caller may see', async () => {
    const office = await createOffice(stack, { users: false });
    const tag = randomUUID().slice(0, 6);
    const made = [];
    for (const name of [`Ani ${tag}`, `Budi ${tag}`, 'Citra Lain']) {
      const username = `op.${randomUUID().slice(0, 8)}`;
      const res = await stack.post('/users', { username, displayName: name, role: 'operator', officeId: office.id, password: `Pw-${randomUUID()}` });
      expect(res.status).toBe(201);
      made.push(res.body);
    }
    expect((await stack.admin.patch(`/users/${made[1].id}`, { active: false })).status).toBe(200);

    const byName = await stack.get(`/users?q=${tag}&limit=100`);
    expect(byName.body.items.map((u: { id: string }) => u.id).sort()).toEqual([made[0].id, made[1].id].sort());
    const byUsername = await stack.get(`/users?q=${made[2].username.toUpperCase()}`);
    expect(byUsername.body.items.map((u: { id: string }) => u.id)).toEqual([made[2].id]);
    const activeOnly = await stack.get(`/users?q=${tag}&active=true`);
    expect(activeOnly.body.items.map((u: { id: string }) => u.id)).toEqual([made[0].id]);
    const inactiveOnly = await stack.get(`/users?officeId=${office.id}&active=false`);
    expect(inactiveOnly.body).toMatchObject({ total: 1, items: [{ id: made[1].id, active: false }] });
    // A LIKE wildcard is a plain character here.
    expect((await stack.get(`/users?q=%25&officeId=${office.id}`)).body.total).toBe(0);

    // A manager lists their own office's people only, with the same filters.
    const manager = await createUser(stack, 'manager', { officeId: office.id });
    const other = await createOffice(stack, { users: false });
    await stack.post('/users', { username: `op.${randomUUID().slice(0, 8)}`, displayName: `Dewi ${tag}`, role: 'operator', officeId: other.id, password: `Pw-${randomUUID()}` });
    const mine = await manager.client.get(`/users?q=${tag}&limit=100`);
    expect(mine.body.items.map((u: { id: string }) => u.id).sort()).toEqual([made[0].id, made[1].id].sort());

    const bad = await stack.get('/users?active=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('active');
  });
});
