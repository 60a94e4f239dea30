import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy } from './support/fixtures';
import { eventually, Stack } from './support/stack';

const ROOT = path.resolve(__dirname, '..');

/** `npm run cli -- …` against the run's database and Temporal server; never throws, reports how it ended. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS,
    NODE_ENV: 'test',
    ...env,
  };
  for (const [k, v] of Object.entries(base)) if (v === undefined) delete base[k];
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'dist/src/cli/cli.js'), ...args], { env: base, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('admin CLI (npm run cli)', () => {
  const stack = new Stack();
  let office: OfficeFixture;

  beforeAll(async () => {
    await stack.start();
    office = await createOffice(stack);
    await setPolicy(stack, office.id, {
      triageSeconds: 3600, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600,
      approvalReminderSeconds: 3600, approvalSupervisorAfterSeconds: 7200, replyWaitSeconds: 3600,
    });
  });
  afterAll(() => stack.stop());

  const auditOf = async (action: string, targetId: string) =>
    (await stack.db.query(`SELECT actor, actor_kind, office_id, summary FROM audit_entries WHERE action = $1 AND target_id = $2`, [action, targetId])).rows;

  it('lists users, by office and role, as text and JSON', async () => {
    const listed = await cli(['users:list', '--office', office.id, '--json']);
    expect(listed.code).toBe(0);
    const users = JSON.parse(listed.stdout) as Array<{ username: string; role: string; active: boolean }>;
    expect(users.map((u) => u.role).sort()).toEqual(['manager', 'operator', 'operator']);
    const managers = await cli(['users:list', '--office', office.id, '--role', 'manager']);
    expect(managers.stdout.trim().split('\n')).toHaveLength(1);
    expect(managers.stdout).toMatch(/\tmanager\tactive\t/);

    const bad = await cli(['users:list', '--role', 'boss']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--role must be one of operator, manager, supervisor, admin: boss');
  });

  it('deactivates a user: signed out at once, logins refused, audited; a second time changes nothing', async () => {
    const person = await createUser(stack, 'operator', { officeId: office.id });
    expect((await person.client.get('/auth/me')).status).toBe(200);
    const done = await cli(['user:deactivate', '--username', person.username]);
    expect(done).toMatchObject({ code: 0 });
    expect(done.stdout).toContain(`deactivated ${person.username}; 1 session(s) ended`);
    expect((await person.client.get('/auth/me')).status).toBe(401);
    expect((await stack.anonymous.post('/auth/login', { username: person.username, password: person.password })).status).toBe(401);
    const entries = await auditOf('user.deactivate-cli', person.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'system', actor_kind: 'system', office_id: office.id, summary: { username: person.username, via: 'npm run cli' } });

    const again = await cli(['user:deactivate', '--username', person.username]);
    expect(again.stdout).toContain('was already inactive');
    expect(await auditOf('user.deactivate-cli', person.id)).toHaveLength(1);
    expect((await cli(['users:list', '--office', office.id, '--inactive', '--json'])).stdout).toContain(person.username);
    expect((await cli(['users:list', '--office', office.id, '--json'])).stdout).not.toContain(person.username);

    const missing = await cli(['user:deactivate', '--username', `nobody.${randomUUID().slice(0, 8)}`]);
    expect(missing.code).toBe(1);
  });

  it("sets an office's time zone, audited, and refuses a zone that is not Indonesia's", async () => {
    const zoned = await createOffice(stack, { users: false });
    const bad = await cli(['office:set-zone', '--office', zoned.id, '--zone', 'Asia/Singapore']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--zone must be one of Asia/Jakarta, Asia/Makassar, Asia/Jayapura: Asia/Singapore');
    expect((await stack.get(`/offices/${zoned.id}`)).body.timeZone).toBe('Asia/Jakarta');

    const set = await cli(['office:set-zone', '--office', zoned.id, '--zone', 'Asia/Jayapura']);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('Asia/Jakarta -> Asia/Jayapura');
    expect((await stack.get(`/offices/${zoned.id}`)).body.timeZone).toBe('Asia/Jayapura');
    expect((await auditOf('office.set-zone-cli', zoned.id))[0].summary).toMatchObject({ from: 'Asia/Jakarta', to: 'Asia/Jayapura' });
  });

  it("shows a repair case's workflow: Temporal's description and the workflow's own state", async () => {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const repair = (await office.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera rusak' })).body;
    const shown = await cli(['workflow:show', '--repair', repair.id]);
    expect(shown.code).toBe(0);
    const out = JSON.parse(shown.stdout);
    expect(out).toMatchObject({ repairCaseId: repair.id, status: 'RUNNING', taskQueue: stack.taskQueue, readModelStatus: repair.status });
    expect(out.runId).toEqual(expect.any(String));
    expect(out.state.status).toBe(repair.status);
    expect(out.stateError).toBeUndefined();

    const unknown = await cli(['workflow:show', '--repair', randomUUID()]);
    expect(unknown.code).toBe(1);
    expect((await cli(['workflow:show', '--repair', 'not-a-uuid'])).stderr).toContain('--repair must be a uuid: not-a-uuid');
  });

  it('renders again the PDF of an approved letter whose rendering failed, once, audited; and shows the letter workflow', async () => {
    const sp = await createServicePoint(stack, office);
    const devices = await addRecordingSet(stack, sp.id);
    const repair = (await office.operator.post('/repairs', { deviceId: devices.pc.id, description: 'PC mati' })).body;
    const id = (await office.operator.post('/escalations', { repairCaseIds: [repair.id] })).body.id as string;

    // Not approved yet: nothing to retry.
    const early = await cli(['letter:retry', '--letter', id]);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('not approved');

    expect((await office.manager.post(`/escalations/${id}/approve`)).status).toBe(200);
    const { rows } = await stack.db.query(`SELECT number, pdf_sha256 FROM escalation_letters WHERE escalation_id = $1 AND round = 1`, [id]);
    const rendered = rows[0].pdf_sha256 as string;
    await eventually(async () => (await office.operator.get(`/escalations/${id}`)).body.status === 'awaiting-reply', 30_000, 'the letter to be handed over');

    const shown = JSON.parse((await cli(['workflow:show', '--letter', id])).stdout);
    expect(shown).toMatchObject({ escalationId: id, status: 'RUNNING', readModelStatus: 'awaiting-reply' });
    expect(shown.state.status).toBe('awaiting-reply');

    // What a rendering that failed leaves behind: the number issued, no PDF, the letter not yet sent.
    await stack.db.query(`UPDATE escalation_letters SET pdf = NULL, pdf_sha256 = NULL WHERE escalation_id = $1 AND round = 1`, [id]);
    await stack.db.query(`UPDATE escalations SET status = 'approved' WHERE id = $1`, [id]);
    const retried = await cli(['letter:retry', '--letter', id]);
    expect(retried.code).toBe(0);
    expect(retried.stdout).toContain(`letter ${rows[0].number}: PDF rendered`);
    const after = await stack.db.query(`SELECT pdf_sha256, length(pdf) AS bytes FROM escalation_letters WHERE escalation_id = $1 AND round = 1`, [id]);
    expect(after.rows[0].pdf_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(after.rows[0].bytes).toBeGreaterThan(1000);
    expect(rendered).toMatch(/^[0-9a-f]{64}$/);
    const entries = await auditOf('letter.retry-render-cli', id);
    expect(entries).toHaveLength(1);
    expect(entries[0].summary).toMatchObject({ number: rows[0].number, round: 1, rendered: true, via: 'npm run cli' });

    // Run again: the PDF is there; nothing rendered, nothing audited twice.
    const again = await cli(['letter:retry', '--letter', id]);
    expect(again.stdout).toContain('already has its PDF');
    expect(await auditOf('letter.retry-render-cli', id)).toHaveLength(1);
  });

  it("finds npm start's embedded database by itself (DATA_DIR/dev-services.json), and says so when none runs", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ektp-cli-'));
    try {
      const none = await cli(['users:list'], { DATABASE_URL: undefined, DATA_DIR: dataDir });
      expect(none.code).toBe(1);
      expect(none.stderr).toContain(`DATABASE_URL is not set, and no \`npm start\` with an embedded Postgres is running for ${dataDir}`);
      // As the development servers' helper records it (a live pid: this test's own).
      fs.writeFileSync(path.join(dataDir, 'dev-services.json'), JSON.stringify({ pid: process.pid, databaseUrl: process.env.TEST_DATABASE_URL }));
      const found = await cli(['users:list', '--office', office.id, '--json'], { DATABASE_URL: undefined, DATA_DIR: dataDir });
      expect(found.code).toBe(0);
      expect(JSON.parse(found.stdout).length).toBeGreaterThanOrEqual(3);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
