/**
 * `npm run bench` — N=500 CONCURRENCY=20 REPEAT=1 by default; set them in the environment or as
 * arguments (`node dist/bench/repair-throughput.bench.js N=50 CONCURRENCY=10 REPEAT=3`).
 *
 * A: opens N repair cases through the real API and worker processes and measures, per case, the time
 *    from sending POST /repairs until the case shows its first workflow event in the read model: what
 *    an officer waits for. POST /repairs answers once the workflow is *started* (the case row and its
 *    outbox row are committed, then client.workflow.start), before the workflow has run its first
 *    task and recorded the 'reported' event (the answer says lastSeq 0), so its answer cannot be the
 *    end of the wait. Instead each case is probed the way an officer's page does it: GET /repairs/:id
 *    (the case's page, with its timeline) every PROBE_MS = 100 ms, from 100 ms after the POST's answer,
 *    until lastSeq >= 1. A latency is thus rounded up to the probe that saw the event (by < 100 ms,
 *    about 50 on average); the probes' own cost is in A's figures, as an officer's page views would
 *    be, and E below says what one costs. (Polling every 20 ms, as before, was ~40% of A's CPU.)
 * B: N bare workflows with one no-op activity through the Temporal client, on the same Temporal server
 *    in the same run: the floor any workflow-backed request stands on.
 * B′: the same bare workflow with the no-op as a local activity (proxyLocalActivities): the floor of
 *    the design where the read-model writes are local activities, and the one A's targets are read
 *    against (A/B ≥ 0.8 in throughput, A's CPU-ms/op ≤ 1.25 × the floor's).
 *    B and B′ run in a worker process of their own (bench/bare-worker.ts), not in this one.
 * C: the public GET /availability for the office's regency (its 40 service points, one of them down),
 *    as residents hit it: N requests, no token, answered from the 30-second cache after the first.
 * C′: the same endpoint over N different kecamatan: every answer computed afresh (cache misses).
 * D: GET /health on the same API (a Postgres ping and a Temporal call): the floor of a request that
 *    touches the database, for C and C′ to be read against.
 * E: GET /repairs/:id of the cases A opened: one officer's case page, what each of A's probes costs.
 *
 * Beside wall-clock figures (which swing with whatever else runs on a shared 2-core machine) every run
 * prints the CPU-ms per operation of each process, read from /proc before and after the measured run
 * (never the warm-up): the API, the product's worker, the bare worker, the Temporal dev server (when
 * this run started it) and Postgres (every `postgres` process on the machine: these machines run one
 * local server for everything, so run on an otherwise idle machine). Their sum is the run's total.
 * The client — this process, the load generator — is printed apart and counted in no total; so are
 * the bench database's own backends, part of Postgres's figure, to see what other databases added,
 * and a second total with those backends in place of Postgres, which other work on a shared server
 * cannot inflate (but which leaves out the server's WAL writer and checkpointer). A's POST /repairs
 * answer time is printed beside its latency.
 *
 * REPEAT=k runs A, B, B′ k times interleaved (A B B′ A B B′ …) and prints the min/median/max of each
 * figure and of each round's ratios, so two runs on a noisy machine can be compared. C, C′, D, E run
 * once, after the rounds. Prints the tables and the machine, then one `BENCH_RESULT {json}` line.
 * Exit 0 on success.
 */
import { Client, Connection } from '@temporalio/client';
import { randomBytes } from 'node:crypto';
import { Client as PgClient } from 'pg';
import {
  ApiSession,
  AppProcess,
  BENCH_ADMIN,
  Cleanup,
  Figures,
  log,
  measure,
  parseOptions,
  printTable,
  provideDatabase,
  provideTemporal,
  raceCrash,
  runBenchmark,
  spread,
  startBareWorker,
  startProduct,
  summarise,
  uniqueId,
  withCpu,
} from './lib/harness';
import { CpuMeter, machine, postgresBackendsOf, postgresProcesses, processById } from './lib/proc';

/** Operations each kind of run is warmed up with (JIT, connection pools, caches) before measuring. */
const WARMUP = 20;
/** How often A probes a case's page for its first event: no more often than an officer's page would. */
const PROBE_MS = 100;
/** A case not visible after this long fails the run. */
const VISIBLE_WITHIN_MS = 60_000;

/** The processes whose CPU makes a run's total, in the table's order. */
const SERVERS = ['API', 'worker', 'bare worker', 'Temporal', 'Postgres'] as const;
const CLIENT = 'client';
const OWN_DB = 'Postgres (bench db)';

// ───────────────────────────── setup ─────────────────────────────

/**
 * Setup, not measured: an office in Kabupaten Sintang, one service point, and one device per case —
 * a device has at most one open case. The devices go in with one SQL statement: registering
 * hundreds through the API would only slow the setup down and is not what is measured.
 * Leaves `session` signed in as an operator of the office, who opens the cases, as in the field.
 */
async function createDevices(session: ApiSession, databaseUrl: string, count: number): Promise<string[]> {
  await session.login(BENCH_ADMIN);
  const office = await session.json<{ id: string }>('POST', '/offices', { regencyCode: '61.05', name: 'Dinas Dukcapil Kabupaten Sintang (bench)' });
  const servicePoint = await session.json<{ id: string }>('POST', '/service-points', {
    officeId: office.id,
    districtCode: '61.05.14',
    kind: 'kecamatan-office',
    name: 'Kecamatan Serawai',
  });
  const operator = { username: 'bench.operator', password: randomBytes(18).toString('base64url') };
  await session.json('POST', '/users', { ...operator, displayName: 'Operator bench', role: 'operator', officeId: office.id });
  await session.login(operator);
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO devices (office_id, service_point_id, kind, serial_number, owner)
       SELECT $1, $2, 'camera', 'BENCH-CAM-' || lpad(g::text, 6, '0'), 'central' FROM generate_series(1, $3::int) g
       RETURNING id`,
      [office.id, servicePoint.id, count],
    );
    return rows.map((r) => r.id);
  } finally {
    await db.end();
  }
}

/** Setup for C: 39 more service points of the office across Sintang's kecamatan, each able to record or not. */
async function createServicePoints(databaseUrl: string): Promise<string[]> {
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO service_points (office_id, district_code, kind, name, can_record, can_print)
       SELECT o.id, d.code, 'kecamatan-office', 'Kecamatan ' || d.name || ' ' || g, g % 5 <> 0, false
         FROM offices o, generate_series(1, 39) g
         JOIN LATERAL (SELECT code, name FROM districts WHERE regency_code = '61.05' ORDER BY code OFFSET (g % 14) LIMIT 1) d ON true
        WHERE o.regency_code = '61.05'`,
    );
    const { rows } = await db.query<{ code: string }>(`SELECT code FROM districts ORDER BY code`);
    return rows.map((r) => r.code);
  } finally {
    await db.end();
  }
}

// ───────────────────────────── operations ─────────────────────────────

/** An anonymous GET whose answer must be 2xx. */
function getter(base: string, route: (i: number) => string, signal: AbortSignal): (i: number) => Promise<void> {
  return async (i) => {
    signal.throwIfAborted();
    const res = await fetch(`${base}${route(i)}`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`GET ${route(i)}: ${res.status}`);
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One A operation: POST the case, then probe its page every PROBE_MS until the workflow's first event
 * is in. Counts the probes, and keeps the ids of the cases opened (E reads their pages).
 * The abort signal is checked between probes rather than handed to fetch: undici keeps a listener on
 * the signal per request, and thousands of probes would pile them up.
 */
function caseOpener(session: ApiSession, signal: AbortSignal) {
  const opened: string[] = [];
  /** Probes made, and how long each POST took to answer (ms), since the last reset. */
  const counter = { probes: 0, postMs: [] as number[] };
  const open = async (deviceId: string) => {
    const t0 = performance.now();
    const posted = await session.json<{ id: string; lastSeq: number }>('POST', '/repairs', { deviceId, description: 'Kamera tidak terdeteksi (bench)' });
    counter.postMs.push(performance.now() - t0);
    opened.push(posted.id);
    const deadline = performance.now() + VISIBLE_WITHIN_MS;
    for (let seen = posted.lastSeq; seen < 1; ) {
      signal.throwIfAborted();
      if (performance.now() > deadline) throw new Error(`case ${posted.id} not visible in the read model after ${VISIBLE_WITHIN_MS} ms`);
      await sleep(PROBE_MS);
      counter.probes++;
      seen = (await session.json<{ lastSeq: number }>('GET', `/repairs/${posted.id}`)).lastSeq;
    }
  };
  return { open, opened, counter };
}

// ───────────────────────────── measured runs ─────────────────────────────

interface Cpu {
  /** CPU-ms per operation of each process (null: could not be read, e.g. Temporal not started here). */
  perOp: Record<string, number | null>;
  /** Sum over SERVERS. */
  totalPerOp: number;
  /** The load generator's own, counted in no total. */
  clientPerOp: number | null;
  /** The bench database's backends alone: part of Postgres's figure. */
  ownDbPerOp: number | null;
  /** The total with those backends in place of every postgres process: what other databases' work on a shared server cannot inflate (but without the server's background writers). */
  totalOwnDbPerOp: number;
}

interface Run {
  figures: Figures;
  cpu: Cpu;
}

function cpuOf(spent: Map<string, number | undefined>, ops: number): Cpu {
  const per = (name: string) => {
    const ms = spent.get(name);
    return ms === undefined ? null : ms / ops;
  };
  const perOp: Record<string, number | null> = {};
  for (const name of SERVERS) perOp[name] = per(name);
  const totalPerOp = SERVERS.reduce((sum, name) => sum + (perOp[name] ?? 0), 0);
  const ownDbPerOp = per(OWN_DB);
  const totalOwnDbPerOp = totalPerOp - (perOp.Postgres ?? 0) + (ownDbPerOp ?? 0);
  return { perOp, totalPerOp, clientPerOp: per(CLIENT), ownDbPerOp, totalOwnDbPerOp };
}

interface Ratios {
  throughput: number;
  p50: number;
  p95: number;
  cpu: number;
  /** The same on the totals with the bench database's backends only. */
  cpuOwnDb: number;
}

const ratios = (a: Run, floor: Run): Ratios => ({
  throughput: a.figures.perSecond / floor.figures.perSecond,
  p50: a.figures.p50 / floor.figures.p50,
  p95: a.figures.p95 / floor.figures.p95,
  cpu: a.cpu.totalPerOp / floor.cpu.totalPerOp,
  cpuOwnDb: a.cpu.totalOwnDbPerOp / floor.cpu.totalOwnDbPerOp,
});

interface Round {
  repairs: Run;
  bare: Run;
  bareLocal: Run;
  /** Of A, per case. */
  probesPerCase: number;
  /** Of A: how long POST /repairs took to answer (the rest of A's latency is waiting for the first event). */
  post: Figures;
  ratio: { bare: Ratios; bareLocal: Ratios };
}

// ───────────────────────────── reporting ─────────────────────────────

type Spread = ReturnType<typeof spread>;
const STATS = ['min', 'median', 'max'] as const;

/** Every number of a list of like-shaped objects, as its spread (nulls stay null). */
function spreadOf<T>(items: T[]): unknown {
  const first = items[0] as unknown;
  if (typeof first === 'number') return spread(items as number[]);
  if (first === null || first === undefined) return null;
  if (typeof first === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(first as object)) out[key] = spreadOf(items.map((x) => (x as Record<string, unknown>)[key]));
    return out;
  }
  return first;
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const cpuCell = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : v.toFixed(1));

const HEADER = ['run', 'ops/s', 'p50', 'p95', 'max', 'wall', ...SERVERS, 'total', `(${CLIENT})`, '(bench db)', '(total, bench db)'];

function runRow(name: string, r: Run): string[] {
  const f = r.figures;
  return [
    name,
    f.perSecond.toFixed(1),
    ms(f.p50),
    ms(f.p95),
    ms(f.max),
    `${f.seconds.toFixed(1)} s`,
    ...SERVERS.map((p) => cpuCell(r.cpu.perOp[p])),
    cpuCell(r.cpu.totalPerOp),
    cpuCell(r.cpu.clientPerOp),
    cpuCell(r.cpu.ownDbPerOp),
    cpuCell(r.cpu.totalOwnDbPerOp),
  ];
}

function ratioRow(name: string, r: Ratios): string[] {
  return [name, r.throughput.toFixed(2), r.p50.toFixed(2), r.p95.toFixed(2), '', '', ...SERVERS.map(() => ''), r.cpu.toFixed(2), '', '', r.cpuOwnDb.toFixed(2)];
}

/** A Run whose every number is one statistic of the rounds' spread. */
function pick(s: unknown, stat: (typeof STATS)[number]): unknown {
  if (s === null) return null;
  if (typeof s === 'object' && s !== null && 'median' in s && typeof (s as Spread).median === 'number') return (s as Spread)[stat];
  if (typeof s === 'object' && s !== null) return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, pick(v, stat)]));
  return s;
}

interface Others {
  availability: Run;
  availabilityUncached: Run;
  health: Run;
  casePage: Run;
}

function report(options: Record<'N' | 'CONCURRENCY' | 'REPEAT', number>, rounds: Round[], others: Others): void {
  const m = machine();
  const k = rounds.length;
  console.log(
    `\nRepair throughput — N=${options.N}, concurrency ${options.CONCURRENCY}, ${k} round${k > 1 ? 's' : ''} of A, B, B′ (interleaved), after ${WARMUP} warm-up operations each`,
  );
  console.log(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, node ${m.node}`);
  console.log(
    `CPU columns: CPU-ms per operation of each process, read from /proc around each measured run; total = ${SERVERS.join(' + ')}.\n` +
      `(client) = this load generator, in no total; (bench db) = the bench database's own backends, within Postgres (which counts every postgres process on the machine);\n` +
      `(total, bench db) = the total with (bench db) in place of Postgres: other databases' work on a shared server cannot inflate it.\n`,
  );

  if (k > 1) console.log(`Rows "— min/median/max": each figure's own min, median and max over the ${k} rounds (not one round's), ratios per round first.\n`);
  const summary = spreadOf(rounds) as Record<keyof Round, unknown>;
  const rows: string[][] = [HEADER];
  const kinds: Array<[string, keyof Round]> = [
    ['A: POST /repairs until visible (page probed every 100 ms)', 'repairs'],
    ['B: bare workflow + one no-op activity', 'bare'],
    ['B′: bare workflow + one no-op local activity', 'bareLocal'],
  ];
  const ratioKinds: Array<[string, 'bare' | 'bareLocal']> = [
    ['A / B', 'bare'],
    ['A / B′ (the design floor)', 'bareLocal'],
  ];
  const ratioSpread = summary.ratio as Record<'bare' | 'bareLocal', unknown>;
  if (k === 1) {
    for (const [name, key] of kinds) rows.push(runRow(name, rounds[0][key] as Run));
    for (const [name, key] of ratioKinds) rows.push(ratioRow(name, rounds[0].ratio[key]));
  } else {
    for (const [name, key] of kinds) for (const stat of STATS) rows.push(runRow(`${name} — ${stat}`, pick(summary[key], stat) as Run));
    for (const [name, key] of ratioKinds) for (const stat of STATS) rows.push(ratioRow(`${name} — ${stat}`, pick(ratioSpread[key], stat) as Ratios));
  }
  rows.push(runRow('C: public GET /availability, one regency (cached)', others.availability));
  rows.push(runRow('C′: public GET /availability, a new kecamatan each', others.availabilityUncached));
  rows.push(runRow('D: GET /health (Postgres + Temporal)', others.health));
  rows.push(runRow('E: GET /repairs/:id (an officer’s case page)', others.casePage));
  const publicRatio = {
    cached: { throughput: others.availability.figures.perSecond / others.health.figures.perSecond, cpu: others.availability.cpu.totalPerOp / others.health.cpu.totalPerOp },
    uncached: {
      throughput: others.availabilityUncached.figures.perSecond / others.health.figures.perSecond,
      cpu: others.availabilityUncached.cpu.totalPerOp / others.health.cpu.totalPerOp,
    },
  };
  const plainRatio = (name: string, a: Run, b: Run) => ratioRow(name, ratios(a, b));
  rows.push(plainRatio('C / D', others.availability, others.health));
  rows.push(plainRatio('C′ / D', others.availabilityUncached, others.health));
  printTable(rows);

  // The targets of issue 17, on the medians of the rounds' ratios.
  const median = (key: 'bare' | 'bareLocal') => pick(ratioSpread[key], 'median') as Ratios;
  const probes = spread(rounds.map((r) => r.probesPerCase)).median;
  const page = others.casePage.cpu.totalPerOp;
  const aCpu = spread(rounds.map((r) => r.repairs.cpu.totalPerOp)).median;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const of = k > 1 ? ' (medians of the rounds)' : '';
  console.log('');
  console.log(`Targets${of}, against B′ (bare workflow + local activity), the floor of the design:`);
  console.log(`  throughput A/B′ ${median('bareLocal').throughput.toFixed(2)} ≥ 0.8: ${verdict(median('bareLocal').throughput >= 0.8)}   (A/B ${median('bare').throughput.toFixed(2)})`);
  console.log(`  CPU-ms/op  A/B′ ${median('bareLocal').cpu.toFixed(2)} ≤ 1.25: ${verdict(median('bareLocal').cpu <= 1.25)}   (A/B ${median('bare').cpu.toFixed(2)})`);
  console.log(
    `  CPU-ms/op, Postgres = the bench database's backends only: A/B′ ${median('bareLocal').cpuOwnDb.toFixed(2)} ≤ 1.25: ${verdict(median('bareLocal').cpuOwnDb <= 1.25)}   (A/B ${median('bare').cpuOwnDb.toFixed(2)})`,
  );
  const post = (stat: 'p50' | 'p95') => spread(rounds.map((r) => r.post[stat])).median;
  console.log(`A's POST /repairs answered in p50 ${ms(post('p50'))}, p95 ${ms(post('p95'))} of A's p50 ${ms(spread(rounds.map((r) => r.repairs.figures.p50)).median)}; the rest is waiting for the first event.`);
  console.log(
    `A probed each case's page ${probes.toFixed(1)} times; at E's ${page.toFixed(1)} CPU-ms a page that is ~${(probes * page).toFixed(0)} of A's ${aCpu.toFixed(0)} CPU-ms per case.`,
  );
  // What the case itself costs without the officer's page views (an estimate: E's cost per view taken off A's).
  const floorCpu = (key: 'bare' | 'bareLocal') => spread(rounds.map((r) => r[key].cpu.totalPerOp)).median;
  const withoutViews = aCpu - probes * page;
  console.log(
    `Without those page views a case costs ~${withoutViews.toFixed(0)} CPU-ms: ${(withoutViews / floorCpu('bareLocal')).toFixed(2)} × B′'s, ${(withoutViews / floorCpu('bare')).toFixed(2)} × B's (estimated with E's cost per view).\n`,
  );

  const median0 = (key: keyof Round) => pick(summary[key], 'median');
  console.log(
    `BENCH_RESULT ${JSON.stringify({
      n: options.N,
      concurrency: options.CONCURRENCY,
      repeat: k,
      warmup: WARMUP,
      probeMs: PROBE_MS,
      machine: m,
      // The medians of the rounds (the run itself when REPEAT=1); every round below.
      repairs: median0('repairs'),
      bare: median0('bare'),
      bareLocal: median0('bareLocal'),
      ratio: median0('ratio'),
      probesPerCase: probes,
      spread: k > 1 ? summary : undefined,
      rounds,
      ...others,
      publicRatio,
    })}`,
  );
}

// ───────────────────────────── main ─────────────────────────────

async function main(cleanup: Cleanup): Promise<void> {
  const options = parseOptions({ N: 500, CONCURRENCY: 20, REPEAT: 1 });
  const { N: n, CONCURRENCY: concurrency, REPEAT: repeat } = options;
  const temporal = await provideTemporal(cleanup);
  const databaseUrl = await provideDatabase(cleanup);
  const product = await startProduct(databaseUrl, temporal.address, cleanup);
  const bare = await startBareWorker(temporal.address, cleanup);
  const processes: AppProcess[] = [...product.processes, bare.worker];
  const meter = new CpuMeter([
    processById('API', product.api.child.pid),
    processById('worker', product.worker.child.pid),
    processById('bare worker', bare.worker.child.pid),
    processById('Temporal', temporal.pid),
    postgresProcesses(),
    postgresBackendsOf(decodeURIComponent(new URL(databaseUrl).pathname.slice(1)), OWN_DB),
    processById(CLIENT, process.pid),
  ]);
  if (temporal.pid === undefined) log('TEMPORAL_ADDRESS is set: the Temporal server is not measured (n/a), and not in the totals');

  const warmup = Math.min(WARMUP, n);
  const session = new ApiSession(product.base);
  const devices = await createDevices(session, databaseUrl, n * repeat + warmup);
  const cases = caseOpener(session, cleanup.signal);

  const connection = await Connection.connect({ address: temporal.address });
  cleanup.add('temporal client', () => connection.close());
  const client = new Client({ connection });
  const bareRun = (workflowType: 'bareWorkflow' | 'bareLocalWorkflow') => async (i: number) => {
    const result = await client.workflow.execute(workflowType, { taskQueue: bare.taskQueue, workflowId: `bare-${uniqueId()}`, args: [i] });
    if (result !== i) throw new Error(`${workflowType}(${i}) returned ${result}`);
  };
  const runB = bareRun('bareWorkflow');
  const runBLocal = bareRun('bareLocalWorkflow');

  const lanes = (count: number, task: (i: number) => Promise<void>) => raceCrash(processes, measure(count, concurrency, cleanup.signal, task));
  const measured = async (what: string, task: (i: number) => Promise<void>): Promise<Run> => {
    log(`${what}: ${n}, concurrency ${concurrency}`);
    const { result, spent } = await withCpu(meter, () => lanes(n, task));
    return { figures: result, cpu: cpuOf(spent, n) };
  };

  log(`warming up (${warmup} of each)`);
  const warmupDevices = devices.slice(n * repeat);
  await lanes(warmup, (i) => cases.open(warmupDevices[i]));
  await lanes(warmup, runB);
  await lanes(warmup, runBLocal);

  const rounds: Round[] = [];
  for (let r = 0; r < repeat; r++) {
    const mine = devices.slice(r * n, (r + 1) * n);
    cases.counter.probes = 0;
    cases.counter.postMs = [];
    const repairs = await measured(`round ${r + 1}/${repeat} A: repair cases through the API`, (i) => cases.open(mine[i]));
    const probesPerCase = cases.counter.probes / n;
    const post = summarise(cases.counter.postMs, repairs.figures.seconds);
    const bareFigures = await measured(`round ${r + 1}/${repeat} B: bare workflows with one activity`, runB);
    const bareLocal = await measured(`round ${r + 1}/${repeat} B′: bare workflows with one local activity`, runBLocal);
    rounds.push({ repairs, bare: bareFigures, bareLocal, probesPerCase, post, ratio: { bare: ratios(repairs, bareFigures), bareLocal: ratios(repairs, bareLocal) } });
  }

  const districts = await createServicePoints(databaseUrl);
  const anonymous = (route: (i: number) => string) => getter(product.base, route, cleanup.signal);
  const availability = anonymous(() => '/availability?regency=61.05');
  const fresh = anonymous((i) => `/availability?district=${districts[(i * 7) % districts.length]}`);
  const health = anonymous(() => '/health');
  // Every case opened so far, all visible by now.
  const casePage = async (i: number) => {
    await session.json('GET', `/repairs/${cases.opened[i % cases.opened.length]}`);
  };
  await lanes(warmup, availability);
  await lanes(warmup, health);
  await lanes(warmup, casePage);
  const others: Others = {
    availability: await measured('C: public availability, one regency', availability),
    availabilityUncached: await measured('C′: public availability over different kecamatan', (i) => fresh(i + warmup)),
    health: await measured('D: health checks', health),
    casePage: await measured("E: a case's page", (i) => casePage(i + warmup)),
  };
  report(options, rounds, others);
}

runBenchmark(main);
