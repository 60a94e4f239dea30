import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { DEMO_REGENCIES } from './support/fixtures';
import { Stack } from './support/stack';

const run = promisify(execFile);

describe('the demo seed', () => {
  const stack = new Stack();
  beforeAll(() => stack.start({ worker: false }));
  afterAll(() => stack.stop());

  const seed = () =>
    run(process.execPath, [path.resolve(__dirname, '..', 'dist', 'src', 'cli', 'seed-demo.js')], {
      env: { ...process.env, API_URL: stack.baseUrl, SEED_ADMIN_USERNAME: process.env.TEST_ADMIN_USERNAME, SEED_ADMIN_PASSWORD: process.env.TEST_ADMIN_PASSWORD },
    });

  it('loads the five regencies of the field stories with a recording set in every kecamatan, once', async () => {
    const first = await seed();
    expect(first.stdout).toContain('Kabupaten Sintang (61.05)');

    for (const regency of DEMO_REGENCIES) {
      const { rows } = await stack.db.query(
        `SELECT o.id,
                (SELECT count(*)::int FROM districts d WHERE d.regency_code = o.regency_code) AS districts,
                (SELECT count(*)::int FROM service_points sp WHERE sp.office_id = o.id AND sp.kind = 'kecamatan-office') AS kecamatan_points,
                (SELECT count(*)::int FROM service_points sp WHERE sp.office_id = o.id AND NOT sp.can_record) AS cannot_record,
                (SELECT count(*)::int FROM service_points sp WHERE sp.office_id = o.id AND sp.kind = 'office-hq' AND sp.can_print) AS printing_hq
           FROM offices o WHERE o.regency_code = $1`,
        [regency],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].kecamatan_points).toBe(rows[0].districts);
      expect(rows[0].cannot_record).toBe(0);
      expect(rows[0].printing_hq).toBe(1);
    }

    const devicesBefore = (await stack.db.query(`SELECT count(*)::int AS n FROM devices WHERE serial_number LIKE 'DEMO-%'`)).rows[0].n;
    const second = await seed();
    expect(second.stdout).toContain('0 devices added');
    const devicesAfter = (await stack.db.query(`SELECT count(*)::int AS n FROM devices WHERE serial_number LIKE 'DEMO-%'`)).rows[0].n;
    expect(devicesAfter).toBe(devicesBefore);

    // The printed demo accounts work, each within its own office (the passwords are from the latest run).
    const creds = [...second.stdout.matchAll(/^ {2}(\S+)\s+(operator|manager|supervisor)\s+(\S+)/gm)].map((m) => ({ username: m[1], role: m[2], password: m[3] }));
    expect(creds.filter((c) => c.role === 'operator')).toHaveLength(DEMO_REGENCIES.length);
    expect(creds.filter((c) => c.role === 'manager')).toHaveLength(DEMO_REGENCIES.length);
    const sintangOperator = creds.find((c) => c.username === 'operator.6105');
    expect(sintangOperator).toBeDefined();
    const client = await stack.login(sintangOperator!.username, sintangOperator!.password);
    const offices = (await client.get('/offices')).body.items;
    expect(offices.map((o: { regencyCode: string }) => o.regencyCode)).toEqual(['61.05']);
  });
});
