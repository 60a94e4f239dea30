import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { parseArgs } from 'node:util';
import { generatePassword } from '../auth/secrets';
import { createUserRecord } from '../auth/user-records';
import { ROLES, type Role } from '../auth/user.entity';
import { DomainError } from '../common/domain-errors';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { runMigrations } from '../database/prepare-database';

const USAGE = `usage: npm run cli -- user:create --username <name> --role <${ROLES.join('|')}>
                        [--name "<display name>"] [--office <office uuid> | --regency <code, e.g. 61.05>]
                        [--province <code>] [--nip <18 digits>] [--password-env <VARIABLE>]
The password is read from the named environment variable, or generated and printed once.
Needs DATABASE_URL.`;

/** `npm run cli -- <command>`: administration that needs no running API (creating the first admin). */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'user:create') {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
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
    strict: true,
  });
  if (!values.username || !values.role || !(ROLES as readonly string[]).includes(values.role)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set');
  let password: string;
  let generated = false;
  if (values['password-env']) {
    const fromEnv = process.env[values['password-env']];
    if (!fromEnv) throw new Error(`the environment variable ${values['password-env']} is empty`);
    password = fromEnv;
  } else {
    password = generatePassword();
    generated = true;
  }

  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL, 2)).initialize();
  try {
    await runMigrations(db);
    let officeId = values.office;
    if (!officeId && values.regency) {
      const [office] = await db.query(`SELECT id FROM offices WHERE regency_code = $1`, [values.regency]);
      if (!office) throw new Error(`no office for regency ${values.regency}`);
      officeId = office.id;
    }
    const user = await db.transaction(async (m) => {
      const created = await createUserRecord(m, {
        username: values.username as string,
        displayName: values.name ?? values.username ?? '',
        role: values.role as Role,
        officeId: officeId ?? null,
        provinceCode: values.province ?? null,
        nip: values.nip ?? null,
        password,
      });
      await m.query(
        `INSERT INTO audit_entries (actor, actor_kind, office_id, action, target_type, target_id, summary)
         VALUES ('system', 'system', $1, 'user.create-cli', 'user', $2, $3)`,
        [created.officeId, created.id, JSON.stringify({ username: created.username, role: created.role, via: 'npm run cli' })],
      );
      return created;
    });
    console.log(`created ${user.role} ${user.username} (${user.id})`);
    if (generated) console.log(`password (shown once): ${password}`);
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof DomainError ? `${err.message}` : err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
