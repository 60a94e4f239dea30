import 'reflect-metadata';
import { Connection, WorkflowClient } from '@temporalio/client';
import * as os from 'node:os';
import { DataSource, EntityManager } from 'typeorm';
import { parseArgs } from 'node:util';
import { generatePassword } from '../auth/secrets';
import { createUserRecord, revokeSessions } from '../auth/user-records';
import { ROLES, type Role } from '../auth/user.entity';
import { DomainError } from '../common/domain-errors';
import { OFFICE_TIME_ZONES } from '../common/time-zones';
import { AppConfig, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { runMigrations } from '../database/prepare-database';
import { ensureLetterPdf } from '../escalations/escalation-read-model.service';
import { readDevServices } from './dev-services';

const USAGE = `usage: npm run cli -- <command> [options]

  user:create --username <name> --role <${ROLES.join('|')}>
              [--name "<display name>"] [--office <office uuid> | --regency <code, e.g. 61.05>]
              [--province <code>] [--nip <18 digits>] [--password-env <VARIABLE>]
      The password is read from the named environment variable, or generated and printed once.
  users:list [--role <role>] [--office <office uuid>] [--inactive] [--json]
  user:deactivate --username <name>
      Signs the person out everywhere and refuses their logins; their history stays.
  office:set-zone --office <office uuid> --zone <${OFFICE_TIME_ZONES.join('|')}>
  workflow:show --repair <case uuid> | --letter <escalation uuid>
      The workflow's execution (Temporal describe: status, pending activities and their last failure)
      and its state (the workflow's "state" query), as JSON.
  letter:retry --letter <escalation uuid>
      A letter stuck in "approved" because its PDF failed to render: renders it again now; the
      workflow's next retry then sends it.

Needs DATABASE_URL, or a running \`npm start\` with its embedded Postgres (found under DATA_DIR);
workflow:show also TEMPORAL_ADDRESS (or npm start's dev server). Every change is in the audit trail.`;

type Values = Record<string, string | boolean | undefined>;

class UsageError extends Error {}

/** Who made a change from the command line, as the audit trail records it. */
function cliActor(): { via: string; osUser: string } {
  let osUser = 'unknown';
  try {
    osUser = os.userInfo().username;
  } catch {
    /* no passwd entry (a container's arbitrary uid) */
  }
  return { via: 'npm run cli', osUser };
}

async function audit(m: EntityManager, officeId: string | null, action: string, targetType: string, targetId: string, summary: Record<string, unknown>): Promise<void> {
  await m.query(
    `INSERT INTO audit_entries (actor, actor_kind, office_id, action, target_type, target_id, summary)
     VALUES ('system', 'system', $1, $2, $3, $4, $5)`,
    [officeId, action, targetType, targetId, JSON.stringify({ ...summary, ...cliActor() })],
  );
}

/** DATABASE_URL, or the embedded Postgres of an `npm start` running with the same DATA_DIR. */
function databaseUrl(config: AppConfig): string {
  if (config.DATABASE_URL) return config.DATABASE_URL;
  const running = readDevServices(config.DATA_DIR)?.databaseUrl;
  if (running) return running;
  throw new Error(`DATABASE_URL is not set, and no \`npm start\` with an embedded Postgres is running for ${config.DATA_DIR}`);
}

function temporalAddress(config: AppConfig): string {
  if (config.TEMPORAL_ADDRESS) return config.TEMPORAL_ADDRESS;
  const running = readDevServices(config.DATA_DIR)?.temporalAddress;
  if (running) return running;
  throw new Error(`TEMPORAL_ADDRESS is not set, and no \`npm start\` with a Temporal dev server is running for ${config.DATA_DIR}`);
}

async function withDatabase<T>(config: AppConfig, use: (db: DataSource) => Promise<T>): Promise<T> {
  const db = await new DataSource(dataSourceOptions(databaseUrl(config), 2)).initialize();
  try {
    await runMigrations(db);
    return await use(db);
  } finally {
    await db.destroy();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function required(values: Values, name: string, pattern?: RegExp, rule?: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  if (pattern && !pattern.test(value)) throw new UsageError(`--${name} ${rule ?? 'is not valid'}: ${value}`);
  return value;
}

const COMMANDS: Record<string, { options: Record<string, { type: 'string' | 'boolean' }>; run: (values: Values, config: AppConfig) => Promise<number> }> = {
  'user:create': {
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      office: { type: 'string' },
      regency: { type: 'string' },
      province: { type: 'string' },
      nip: { type: 'string' },
      'password-env': { type: 'string' },
    },
    run: createUser,
  },
  'users:list': {
    options: { role: { type: 'string' }, office: { type: 'string' }, inactive: { type: 'boolean' }, json: { type: 'boolean' } },
    run: listUsers,
  },
  'user:deactivate': { options: { username: { type: 'string' } }, run: deactivateUser },
  'office:set-zone': { options: { office: { type: 'string' }, zone: { type: 'string' } }, run: setOfficeZone },
  'workflow:show': { options: { repair: { type: 'string' }, letter: { type: 'string' } }, run: showWorkflow },
  'letter:retry': { options: { letter: { type: 'string' } }, run: retryLetter },
};

/** `npm run cli -- <command>`: administration that needs no running API. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const spec = command ? COMMANDS[command] : undefined;
  if (!spec) {
    console.error(USAGE);
    return 2;
  }
  let values: Values;
  try {
    values = parseArgs({ args: rest, options: spec.options, strict: true }).values as Values;
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await spec.run(values, loadConfig());
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}

async function createUser(values: Values, config: AppConfig): Promise<number> {
  const username = required(values, 'username');
  const role = required(values, 'role') as Role;
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}: ${role}`);
  let password: string;
  let generated = false;
  const passwordEnv = values['password-env'] as string | undefined;
  if (passwordEnv) {
    const fromEnv = process.env[passwordEnv];
    if (!fromEnv) throw new Error(`the environment variable ${passwordEnv} is empty`);
    password = fromEnv;
  } else {
    password = generatePassword();
    generated = true;
  }
  return withDatabase(config, async (db) => {
    let officeId = values.office as string | undefined;
    if (!officeId && values.regency) {
      const [office] = await db.query(`SELECT id FROM offices WHERE regency_code = $1`, [values.regency]);
      if (!office) throw new Error(`no office for regency ${values.regency}`);
      officeId = office.id;
    }
    const user = await db.transaction(async (m) => {
      const created = await createUserRecord(m, {
        username,
        displayName: (values.name as string | undefined) ?? username,
        role,
        officeId: officeId ?? null,
        provinceCode: (values.province as string | undefined) ?? null,
        nip: (values.nip as string | undefined) ?? null,
        password,
      });
      await audit(m, created.officeId, 'user.create-cli', 'user', created.id, { username: created.username, role: created.role });
      return created;
    });
    console.log(`created ${user.role} ${user.username} (${user.id})`);
    if (generated) console.log(`password (shown once): ${password}`);
    return 0;
  });
}

async function listUsers(values: Values, config: AppConfig): Promise<number> {
  const role = values.role as string | undefined;
  if (role !== undefined && !(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}: ${role}`);
  const office = values.office as string | undefined;
  if (office !== undefined && !UUID.test(office)) throw new UsageError(`--office must be an office's uuid: ${office}`);
  return withDatabase(config, async (db) => {
    const rows: Array<{ id: string; username: string; display_name: string; role: string; office: string | null; province_code: string | null; active: boolean }> =
      await db.query(
        `SELECT u.id, u.username, u.display_name, u.role, o.name AS office, u.province_code, u.active
           FROM users u LEFT JOIN offices o ON o.id = u.office_id
          WHERE ($1::text IS NULL OR u.role = $1) AND ($2::uuid IS NULL OR u.office_id = $2) AND ($3::boolean OR u.active)
          ORDER BY u.username`,
        [role ?? null, office ?? null, values.inactive === true],
      );
    if (values.json) {
      console.log(JSON.stringify(rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name, role: r.role, office: r.office, provinceCode: r.province_code, active: r.active })), null, 2));
      return 0;
    }
    for (const r of rows) {
      const where = r.office ?? (r.province_code ? `province ${r.province_code}` : r.role === 'supervisor' ? 'national' : '');
      console.log([r.username, r.role, r.active ? 'active' : 'inactive', where, r.display_name].join('\t'));
    }
    console.error(`${rows.length} user(s)`);
    return 0;
  });
}

async function deactivateUser(values: Values, config: AppConfig): Promise<number> {
  const username = required(values, 'username').toLowerCase();
  return withDatabase(config, async (db) => {
    const result = await db.transaction(async (m) => {
      const [user] = await m.query(`SELECT id, office_id, role, active FROM users WHERE username = $1 FOR UPDATE`, [username]);
      if (!user) return undefined;
      if (!user.active) return { user, sessionsEnded: 0, changed: false };
      if (user.role === 'admin') {
        const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM users WHERE role = 'admin' AND active AND id <> $1`, [user.id]);
        if (count === 0) throw new Error(`${username} is the last active admin; create another admin first`);
      }
      await m.query(`UPDATE users SET active = false, updated_at = now() WHERE id = $1`, [user.id]);
      const sessionsEnded = await revokeSessions(m, user.id);
      await audit(m, user.office_id, 'user.deactivate-cli', 'user', user.id, { username, sessionsEnded });
      return { user, sessionsEnded, changed: true };
    });
    if (!result) {
      console.error(`no user ${username}`);
      return 1;
    }
    console.log(result.changed ? `deactivated ${username}; ${result.sessionsEnded} session(s) ended` : `${username} was already inactive`);
    return 0;
  });
}

async function setOfficeZone(values: Values, config: AppConfig): Promise<number> {
  const officeId = required(values, 'office', UUID, "must be an office's uuid");
  const zone = required(values, 'zone');
  if (!(OFFICE_TIME_ZONES as readonly string[]).includes(zone)) throw new UsageError(`--zone must be one of ${OFFICE_TIME_ZONES.join(', ')}: ${zone}`);
  return withDatabase(config, async (db) => {
    const result = await db.transaction(async (m) => {
      const [office] = await m.query(`SELECT id, name, time_zone FROM offices WHERE id = $1 FOR UPDATE`, [officeId]);
      if (!office) return undefined;
      if (office.time_zone === zone) return { office, changed: false };
      await m.query(`UPDATE offices SET time_zone = $2, updated_at = now() WHERE id = $1`, [officeId, zone]);
      await audit(m, officeId, 'office.set-zone-cli', 'office', officeId, { from: office.time_zone, to: zone });
      return { office, changed: true };
    });
    if (!result) {
      console.error(`no office ${officeId}`);
      return 1;
    }
    console.log(
      result.changed
        ? `${result.office.name}: ${result.office.time_zone} -> ${zone} (the worker moves its digest schedule at its next reconciliation)`
        : `${result.office.name} is already in ${zone}`,
    );
    return 0;
  });
}

/** The workflow id of a repair case or a letter (escalation), from the read model. */
async function workflowOf(db: DataSource, values: Values): Promise<{ kind: 'repair' | 'letter'; id: string; workflowId: string; status: string } | undefined> {
  if ((values.repair === undefined) === (values.letter === undefined)) throw new UsageError('give one of --repair <case uuid> or --letter <escalation uuid>');
  const kind = values.repair !== undefined ? 'repair' : 'letter';
  const id = required(values, kind, UUID, 'must be a uuid');
  const table = kind === 'repair' ? 'repair_cases' : 'escalations';
  const [row] = await db.query(`SELECT workflow_id, status FROM ${table} WHERE id = $1`, [id]);
  return row ? { kind, id, workflowId: row.workflow_id, status: row.status } : undefined;
}

async function showWorkflow(values: Values, config: AppConfig): Promise<number> {
  const found = await withDatabase(config, (db) => workflowOf(db, values));
  if (!found) {
    console.error(`no ${values.repair !== undefined ? 'repair case' : 'letter'} ${values.repair ?? values.letter}`);
    return 1;
  }
  const connection = await Connection.connect({ address: temporalAddress(config), connectTimeout: config.TEMPORAL_CALL_TIMEOUT_MS });
  try {
    const client = new WorkflowClient({ connection, namespace: config.TEMPORAL_NAMESPACE });
    const handle = client.getHandle(found.workflowId);
    const description = await handle.describe();
    const raw = description.raw;
    let state: unknown;
    let stateError: string | undefined;
    try {
      // Answered by a worker: bounded, so that a stopped worker does not hang the command.
      state = await connection.withDeadline(Date.now() + config.TEMPORAL_CALL_TIMEOUT_MS, () => handle.query('state'));
    } catch (err) {
      stateError = `no answer to the state query (is a worker running?): ${(err as Error).message}`;
    }
    const out = {
      [found.kind === 'repair' ? 'repairCaseId' : 'escalationId']: found.id,
      readModelStatus: found.status,
      workflowId: description.workflowId,
      runId: description.runId,
      type: description.type,
      status: description.status.name,
      taskQueue: description.taskQueue,
      startTime: description.startTime.toISOString(),
      closeTime: description.closeTime?.toISOString() ?? null,
      historyLength: description.historyLength,
      pendingActivities: (raw.pendingActivities ?? []).map((a) => ({
        activityType: a.activityType?.name,
        state: a.state,
        attempt: a.attempt,
        lastFailure: a.lastFailure?.message ?? null,
        nextAttemptScheduleTime: a.nextAttemptScheduleTime?.seconds ? new Date(Number(a.nextAttemptScheduleTime.seconds) * 1000).toISOString() : null,
      })),
      state: state ?? null,
      ...(stateError ? { stateError } : {}),
    };
    console.log(JSON.stringify(out, null, 2));
    return 0;
  } finally {
    await connection.close();
  }
}

async function retryLetter(values: Values, config: AppConfig): Promise<number> {
  const escalationId = required(values, 'letter', UUID, "must be a letter's (escalation's) uuid");
  return withDatabase(config, async (db) => {
    const [letter] = await db.query(
      `SELECT e.status, e.round, e.office_id, l.number, l.pdf_sha256, u.display_name, u.nip
         FROM escalations e
         LEFT JOIN escalation_letters l ON l.escalation_id = e.id AND l.round = e.round
         LEFT JOIN users u ON u.username = l.approved_by
        WHERE e.id = $1`,
      [escalationId],
    );
    if (!letter) {
      console.error(`no letter ${escalationId}`);
      return 1;
    }
    // The read model says `approved` only once the letter was issued; while issuing (numbering and
    // rendering) is still being retried, it still says what it said before the approval.
    if (!['drafted', 'changes-requested', 'approved'].includes(letter.status)) {
      console.error(`letter ${escalationId} is ${letter.status}, not waiting to be sent: nothing to retry`);
      return 1;
    }
    if (!letter.number) {
      console.error(`letter ${escalationId} is not approved (no number issued): nothing to retry (see workflow:show --letter ${escalationId})`);
      return 1;
    }
    if (letter.pdf_sha256) {
      console.log(`letter ${letter.number} already has its PDF; the workflow sends it at its next attempt (see workflow:show --letter ${escalationId})`);
      return 0;
    }
    const stored = await ensureLetterPdf(db, escalationId, letter.round, { name: letter.display_name ?? '', nip: letter.nip ?? null });
    await db.transaction((m) => audit(m, letter.office_id, 'letter.retry-render-cli', 'escalation', escalationId, { number: letter.number, round: letter.round, rendered: stored }));
    console.log(`letter ${letter.number}: PDF rendered; the workflow sends it at its next attempt`);
    return 0;
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof DomainError ? `${err.message}` : err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
