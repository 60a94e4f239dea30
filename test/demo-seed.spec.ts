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
      env: { ...process.env, API_URL: stack.baseUrl },
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
  });
});
