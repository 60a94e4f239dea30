/**
 * `npm run build && node dist/bench/coverage.bench.js [RUNS=20]` — what the coverage answers cost at
 * the country's size: an office in every one of the 514 regencies, a count imported for every one of
 * the 83,762 villages, and one tour per office that stopped in a fifth of its villages with three
 * batches each (about 17,000 stops and 50,000 batches, most acknowledged, some rejected).
 *
 * On a fresh throwaway database (DATABASE_URL's server, else an embedded Postgres under .data/bench),
 * migrated and loaded with the regions, it times the queries behind each answer, RUNS times after a
 * warm-up: the national roll-up per province, a province per regency, an office per kecamatan, one
 * kecamatan's villages, and for reference the office totals and trend of UnrecordedResidentsService.
 * Prints p50, p95 and max per answer and the machine, then one `BENCH_RESULT {json}` line.
 * KEEP_BENCH_DATABASE=1 keeps the database afterwards (for EXPLAIN).
 */
import 'reflect-metadata';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { OfficeScope } from '../src/auth/principal';
import { projectRoot } from '../src/common/project-root';
import { CoverageService, sumFigures } from '../src/coverage/coverage.service';
import { dataSourceOptions } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-database';
import { createScratchDatabase } from '../src/database/scratch-database';
import { UnrecordedResidentsService } from '../src/tours/unrecorded-residents.service';

const ROOT = projectRoot();
const log = (m: string) => console.error(`[bench] ${m}`);
const WARMUP = 3;

function runs(argv = process.argv.slice(2), env = process.env): number {
  const arg = argv.map((a) => /^(?:--)?runs=(\d+)$/i.exec(a)).find(Boolean);
  if (argv.some((a) => !/^(?:--)?runs=\d+$/i.test(a))) throw new Error('the only option is RUNS=<n>');
  const value = Number(arg?.[1] ?? env.RUNS ?? 20);
  if (!Number.isInteger(value) || value < 1) throw new Error(`RUNS must be a positive integer, got ${value}`);
  return value;
}

/** The country, as rows: offices, counts, one tour per office with its stops and batches. */
async function seed(db: DataSource): Promise<void> {
  await db.query(`INSERT INTO offices (regency_code, name) SELECT code, 'Dinas Dukcapil ' || name FROM regencies`);
  await db.query(
    `INSERT INTO unrecorded_residents (office_id, village_code, unrecorded, required_total, imported_by, imported_at)
     SELECT o.id, v.code, 50 + (abs(hashtext(v.code)) % 400), 1500 + (abs(hashtext(v.code || 'w')) % 3000), 'bench', now() - interval '30 days'
       FROM villages v JOIN offices o ON o.regency_code = left(v.code, 5)`,
  );
  // A few villages without a required total, as imports may leave it out.
  await db.query(`UPDATE unrecorded_residents SET required_total = NULL WHERE abs(hashtext(village_code)) % 50 = 0`);
  await db.query(
    `INSERT INTO service_points (office_id, district_code, kind, name)
     SELECT o.id, (SELECT min(d.code) FROM districts d WHERE d.regency_code = o.regency_code), 'mobile-unit', 'Mobil keliling'
       FROM offices o`,
  );
  await db.query(
    `INSERT INTO tours (id, workflow_id, office_id, name, status, kit_service_point_id, kit_device_ids, planned_by)
     SELECT gen_random_uuid(), 'bench-tour-' || o.id, o.id, 'Jemput bola', 'completed', sp.id, '{}', 'bench'
       FROM offices o JOIN service_points sp ON sp.office_id = o.id`,
  );
  await db.query(
    `INSERT INTO tour_stops (id, tour_id, office_id, position, village_code, kit_service_point_id, scheduled_date, planned_date, expected_residents, status)
     SELECT gen_random_uuid(), t.id, t.office_id, x.position, x.code, t.kit_service_point_id,
            current_date - 400 + x.position, current_date - 400 + x.position, 50, 'completed'
       FROM tours t
       JOIN offices o ON o.id = t.office_id
       JOIN LATERAL (SELECT v.code, row_number() OVER (ORDER BY v.code)::int AS position
                       FROM villages v WHERE left(v.code, 5) = o.regency_code AND abs(hashtext(v.code || 's')) % 5 = 0) x ON true`,
  );
  await db.query(
    `INSERT INTO tour_batches (id, tour_id, stop_id, office_id, sha256, size_bytes, residents_count, device_serial, captured_at, status, acknowledged_at, uploaded_by)
     SELECT gen_random_uuid(), s.tour_id, s.id, s.office_id, md5(s.id::text || n) || md5(n || s.id::text), 2048, 5 + (abs(hashtext(s.id::text || n)) % 40), 'BENCH-1',
            now() - interval '10 days', CASE WHEN n = 3 AND abs(hashtext(s.id::text)) % 10 = 0 THEN 'rejected' ELSE 'acknowledged' END,
            CASE WHEN n = 3 AND abs(hashtext(s.id::text)) % 10 = 0 THEN NULL ELSE now() - interval '10 days' + n * interval '1 day' END, 'bench'
       FROM tour_stops s CROSS JOIN generate_series(1, 3) AS n`,
  );
  await db.query('ANALYZE');
}

interface Figures {
  p50: number;
  p95: number;
  max: number;
}

async function time(what: string, n: number, fn: () => Promise<unknown>): Promise<Figures> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
  const f = { p50: at(0.5), p95: at(0.95), max: ms[ms.length - 1] };
  console.log(`${what.padEnd(52)} p50 ${f.p50.toFixed(1).padStart(7)} ms   p95 ${f.p95.toFixed(1).padStart(7)} ms   max ${f.max.toFixed(1).padStart(7)} ms`);
  return f;
}

async function main(): Promise<void> {
  const n = runs();
  const stops: Array<() => Promise<void>> = [];
  try {
    let adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) {
      const server = await startEmbeddedPostgres(path.join(ROOT, '.data', 'bench'), 'postgres', log);
      stops.push(() => server.stop());
      adminUrl = server.url;
    }
    const scratch = await createScratchDatabase(adminUrl, 'ektp_bench_coverage', ROOT);
    // KEEP_BENCH_DATABASE=1 leaves it for EXPLAIN and the like (its name is logged).
    if (!process.env.KEEP_BENCH_DATABASE) stops.push(() => scratch.drop());
    log(`database ${scratch.name} ready; region import ${scratch.importSummary}`);
    const db = new DataSource(dataSourceOptions(scratch.url, 4));
    await db.initialize();
    stops.push(() => db.destroy());

    const seeded = Date.now();
    await seed(db);
    const [size] = await db.query(
      `SELECT (SELECT count(*) FROM offices)::int AS offices, (SELECT count(*) FROM unrecorded_residents)::int AS villages,
              (SELECT count(*) FROM tour_stops)::int AS stops, (SELECT count(*) FROM tour_batches)::int AS batches`,
    );
    log(`seeded ${JSON.stringify(size)} in ${Date.now() - seeded} ms`);

    const coverage = new CoverageService(db);
    const residents = new UnrecordedResidentsService(db);
    const all = OfficeScope.all();
    // The biggest regency by villages, and its biggest kecamatan.
    const [office] = await db.query(
      `SELECT o.id, o.regency_code, left(o.regency_code, 2) AS province FROM offices o
        ORDER BY (SELECT count(*) FROM unrecorded_residents u WHERE u.office_id = o.id) DESC LIMIT 1`,
    );
    const [district] = await db.query(`SELECT district_code AS code FROM villages WHERE code LIKE $1 || '.%' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [office.regency_code]);
    const provinceOffices = (await db.query(`SELECT id FROM offices WHERE regency_code LIKE $1 || '.%'`, [office.province])).map((r: { id: string }) => r.id);
    log(`office ${office.regency_code}, kecamatan ${district.code}, province ${office.province} (${provinceOffices.length} offices); ${n} runs each`);

    const results = {
      national: await time('GET /coverage (38 provinces, 83,762 villages)', n, () => coverage.national(all)),
      nationalScoped: await time(`GET /coverage as the supervisor of ${office.province}`, n, () => coverage.national(OfficeScope.of(provinceOffices))),
      province: await time(`GET /coverage/provinces/${office.province}`, n, () => coverage.forProvince(office.province, all)),
      office: await time(`per kecamatan of ${office.regency_code}`, n, () => coverage.forOffice(office.id, all)),
      district: await time(`per kecamatan + villages of ${district.code}`, n, () => coverage.forOffice(office.id, all, district.code)),
      officeTotals: await time(`office totals and trend (existing), ${office.regency_code}`, n, () => residents.coverage(office.id, all)),
    };
    // The breakdown adds up to the office totals (computed apart, village by village), and the country to its offices.
    const totals = await residents.coverage(office.id, all);
    const perDistrict = sumFigures((await coverage.forOffice(office.id, all)).districts);
    const pick = (f: { requiredTotal: number | null; recorded: number | null; notYetRecorded: number; recordedByToursSinceImport: number }) =>
      JSON.stringify([f.requiredTotal, f.recorded, f.notYetRecorded, f.recordedByToursSinceImport]);
    if (pick(totals) !== pick(perDistrict)) throw new Error(`per kecamatan ${pick(perDistrict)} differs from the office totals ${pick(totals)}`);
    const check = await coverage.national(all);
    const [sum] = await db.query(`SELECT sum(unrecorded)::int AS n FROM unrecorded_residents`);
    if (check.totals.notYetRecorded + check.totals.recordedByToursSinceImport !== sum.n) throw new Error('the national roll-up does not add up to the imported counts');
    log(`national: ${check.provinces.length} provinces, ${check.totals.villagesCounted} villages counted, ${check.totals.notYetRecorded} not yet recorded; the office's kecamatan add up to its totals`);
    const cpus = os.cpus();
    const machine = { cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, node: process.version, postgres: (await db.query('SHOW server_version'))[0].server_version };
    console.log(`machine: ${JSON.stringify(machine)}`);
    console.log(`BENCH_RESULT ${JSON.stringify({ runs: n, size, machine, ...results })}`);
  } finally {
    for (const stop of stops.reverse()) await stop().catch((e) => log(`cleanup: ${e}`));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
