/**
 * `npm run bench:scale` — one product worker carrying a province, in one run (issue 17 part 5):
 *
 * 1. Load: TOURS approved village tours of STOPS stops each, then N open repair cases, all through the
 *    real API, asleep in ONE worker (setup rows — service points, devices — go in by SQL).
 * 2. Memory: the worker's and the Temporal dev server's RSS every few seconds through the whole run.
 * 3. Drain: the N cases belong to an office whose business calendar is closed while they are reported
 *    and opens a little after the load is in; their triage counts working time (60 working seconds),
 *    so every triage deadline falls due at the same instant, as cases reported over a weekend do on
 *    Monday morning. Reminders/s from that instant to the last reminder (timeline rows), against the
 *    floor measured in the same run on the same Temporal server: FLOOR bare sleepers in a bare worker
 *    process (bench/scale-floor.worker.ts) waking at one instant to run one no-op activity.
 * 4. Burst: BURST more cases in another office, opened evenly over 50 s with a 75-second elapsed
 *    triage: their deadlines fall within one minute, while everything above sleeps; lateness p50/p95/p99.
 * 5. Queries at size, during the burst: `GET /repairs?officeId=…&stalled=true` over the N cases' office
 *    and a case's page `GET /repairs/:id`.
 * 6. CPU-ms per process (/proc) per tour and per case over the load, per reminder over the drain, per
 *    wake-up over the floor.
 * It stops after MAX_MINUTES whatever phase it is in and prints what it has: one table, the memory
 * series, and one `BENCH_RESULT {json}` line. Options (argv `N=2000` or the environment): N, TOURS,
 * STOPS, BURST, FLOOR (default N), CONCURRENCY, MAX_MINUTES.
 */
import { Client, Connection } from '@temporalio/client';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { isoWeekday } from '../src/calendar/working-time';
import { AppConfig } from '../src/config/app-config';
import {
  ApiSession,
  AppProcess,
  BENCH_ADMIN,
  Cleanup,
  Figures,
  log,
  parseOptions,
  printTable,
  provideDatabase,
  provideTemporal,
  raceCrash,
  runBenchmark,
  spawnNode,
  startProduct,
  summarise,
} from './lib/harness';
import { CpuMeter, CpuPerOp, cpuPerOp, CpuSnapshot, machine, postgresProcesses, processById } from './lib/proc';
import {
  collectWakeUps,
  MemorySampler,
  mib,
  officeClock,
  OutOfTime,
  pickOpening,
  sleepUntil,
  TimeBudget,
  waitUntil,
} from './lib/scale';

const DEFAULTS = { N: 10_000, TOURS: 1_000, STOPS: 20, BURST: 500, FLOOR: 10_000, CONCURRENCY: 16, MAX_MINUTES: 60 };
type Options = Record<keyof typeof DEFAULTS, number>;

/** The drain office's triage: working seconds after its opening. */
const TRIAGE_WORKING_SECONDS = 60;
/** The burst: cases opened evenly over this long, each due this long after its report. */
const BURST_SPREAD_MS = 50_000;
const BURST_TRIAGE_SECONDS = 75;
/**
 * Cases opened first (in the burst office, with a month to triage) to learn how fast cases go in: 2% of
 * N, 100 to 300. The opening is set from it with a margin: too short cuts the load at the opening
 * (the table says how many went in), too long only waits.
 */
const calibrationSize = (n: number) => Math.min(300, Math.max(100, Math.round(n / 50)));
const OPENING_MARGIN = 1.3;
let CALIBRATION = 100;
const GiB = 2 ** 30;
/** What the load's requests were refused, beside what was done (the run goes on past a few refusals). */
const refusals = { count: 0, first: [] as string[] };
const DAY = 86_400;
const YEAR = 365 * DAY;

interface Results {
  options: Options;
  machine: ReturnType<typeof machine>;
  stoppedEarly?: string;
  phases: Record<string, number>;
  tours?: { created: number; stops: number; seconds: number; perSecond: number; cpu: CpuPerOp };
  cases?: { created: number; seconds: number; perSecond: number; cpu: CpuPerOp; plannedLate: number };
  openCases?: number;
  memory?: { maxWorkerBytes: number; maxTemporalBytes: number; underOneGiB: boolean; samples: Array<{ t: number; label?: string; worker?: number; temporal?: number; floorWorker?: number }> };
  drain?: { cases: number; reminded: number; dueAt: string; deadlineSpreadMs: number; seconds: number; perSecond: number; lateness: Latencies; cpu: CpuPerOp };
  floor?: { sleepers: number; woke: number; wakeAt: string; startedInTime: boolean; seconds: number; perSecond: number; lateness: Latencies; cpu: CpuPerOp };
  drainToFloor?: number;
  burst?: { cases: number; reminded: number; deadlineSpanSeconds: number; lateness: Latencies };
  queries?: { stalledList: Latencies; casePage: Latencies; listTotal: number; failed: number };
  refusals?: typeof refusals;
}

runBenchmark(async (cleanup) => {
  const o = parseOptions(DEFAULTS) as Options;
  CALIBRATION = calibrationSize(o.N);
  const floorGiven = process.env.FLOOR !== undefined || process.argv.slice(2).some((a) => /^(--)?floor\b/i.test(a));
  if (!floorGiven) o.FLOOR = o.N;
  const budget = new TimeBudget(o.MAX_MINUTES * 60_000);
  const R: Results = { options: o, machine: machine(), phases: {} };
  const phaseStarted = performance.now();
  const phase = (name: string) => (R.phases[name] = Math.round((performance.now() - phaseStarted) / 1000));
  let sampler: MemorySampler | undefined;
  try {
    await run(o, cleanup, budget, R, phase, (s) => (sampler = s));
  } catch (err) {
    if (!(err instanceof OutOfTime)) {
      report(R, sampler);
      throw err;
    }
    R.stoppedEarly = err.message;
    log(err.message);
  }
  report(R, sampler);
});

async function run(
  o: Options,
  cleanup: Cleanup,
  budget: TimeBudget,
  R: Results,
  phase: (name: string) => void,
  setSampler: (s: MemorySampler) => void,
): Promise<void> {
  const temporal = await provideTemporal(cleanup);
  const databaseUrl = await provideDatabase(cleanup, 'ektp_scale');
  // Worker settings (cache size, slots) reach the worker from this process's environment.
  const product = await startProduct(databaseUrl, temporal.address, cleanup);
  const { processes } = product;
  const sampler = new MemorySampler({ worker: product.worker.child.pid, temporal: temporal.pid }, 5_000);
  setSampler(sampler);
  cleanup.add('memory sampler', async () => sampler.stop());
  const meter = new CpuMeter([
    processById('API', product.api.child.pid),
    processById('worker', product.worker.child.pid),
    processById('Temporal', temporal.pid),
    postgresProcesses(),
  ]);
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  cleanup.add('bench database client', () => db.end());
  const within = <T>(work: Promise<T>) => raceCrash(processes, work);
  phase('started');

  // ─────────────── setup: three offices in Kalimantan Barat, their people, points and devices ───────────────
  const admin = await new ApiSession(product.base).login(BENCH_ADMIN);
  const { rows: regencies } = await db.query<{ code: string; name: string }>(
    `SELECT code, name FROM regencies WHERE province_code = '61' ORDER BY code LIMIT 3`,
  );
  if (regencies.length < 3) throw new Error('the region import holds fewer than three regencies of Kalimantan Barat');
  const [drainOffice, tourOffice, burstOffice] = await Promise.all(
    regencies.map((r, i) =>
      setUpOffice(admin, r.code, `Dinas Dukcapil ${r.name} (bench ${['pengingat', 'jemput bola', 'lonjakan'][i]})`, `s${i}`),
    ),
  );
  // The drain office: triage in working time, one reminder and then a day's quiet (deferred to its hours).
  await admin.json('PUT', `/offices/${drainOffice.id}/sla-policy`, {
    triageSeconds: TRIAGE_WORKING_SECONDS,
    triageClock: 'working',
    repairSeconds: 14 * DAY,
    verificationSeconds: 2 * DAY,
    reminderIntervalSeconds: DAY,
    escalationThresholdSeconds: YEAR,
  });
  // The burst office: a month to triage for the calibration cases; 75 s for the burst's, set later.
  await admin.json('PUT', `/offices/${burstOffice.id}/sla-policy`, {
    triageSeconds: 30 * DAY,
    repairSeconds: 14 * DAY,
    verificationSeconds: 2 * DAY,
    reminderIntervalSeconds: DAY,
    escalationThresholdSeconds: YEAR,
  });
  const drainDevices = await insertDevices(db, drainOffice.id, drainOffice.regencyCode, o.N, Math.max(1, Math.ceil(o.N / 50)), 'BENCH-A');
  const burstDevices = await insertDevices(db, burstOffice.id, burstOffice.regencyCode, CALIBRATION + o.BURST, 10, 'BENCH-C');
  const kits = Math.min(o.TOURS, 100);
  const kitPoints = await insertKits(db, tourOffice.id, tourOffice.regencyCode, kits);
  const { rows: villages } = await db.query<{ code: string }>(
    `SELECT v.code FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = $1 ORDER BY v.code`,
    [tourOffice.regencyCode],
  );
  log(`setup: 3 offices, ${o.N + CALIBRATION + o.BURST} devices, ${kits} mobile units, ${villages.length} villages for the tours`);

  // ─────────────── 1a. tours, planned and approved ───────────────
  const firstDay = officeClock(Date.now(), 'Asia/Jakarta').date; // the tour office is in WIB
  // Stops from a week on: the village heads' notices (3 days ahead) do not fall within the run.
  const stopDate = (tour: number, stop: number) => addDays(firstDay, 7 + Math.floor(tour / kits) * o.STOPS + stop);
  let cpu0 = meter.snapshot();
  let t0 = performance.now();
  const toursCreated = await within(
    lanes(o.TOURS, Math.min(o.CONCURRENCY, 8), budget, progress('tours', o.TOURS, sampler), async (i) => {
      const tour = await tourOffice.operator.json<{ id: string }>('POST', '/tours', {
        officeId: tourOffice.id,
        name: `Jemput bola bench ${i + 1}`,
        teamUserIds: [tourOffice.operatorId],
        kitServicePointId: kitPoints[i % kits],
        stops: Array.from({ length: o.STOPS }, (_, s) => ({
          villageCode: villages[(i * o.STOPS + s) % villages.length].code,
          date: stopDate(i, s),
          expectedResidents: 40 + ((i + s) % 60),
        })),
      });
      await tourOffice.manager.json('POST', `/tours/${tour.id}/approve`);
    }),
  );
  R.tours = perOp(toursCreated, (performance.now() - t0) / 1000, meter.between(cpu0, meter.snapshot()), { stops: toursCreated * o.STOPS });
  sampler.mark('tours in');
  phase('toursLoaded');
  log(`tours: ${toursCreated} in ${R.tours.seconds.toFixed(0)} s`);

  // ─────────────── calibration: how fast do cases go in (until their deadline is planned)? ───────────────
  const calibrationIds: string[] = [];
  t0 = performance.now();
  await within(
    lanes(CALIBRATION, o.CONCURRENCY, budget, undefined, async (i) => {
      calibrationIds.push((await burstOffice.operator.json<{ id: string }>('POST', '/repairs', { deviceId: burstDevices[i], description: 'Kamera tidak terdeteksi (bench kalibrasi)' })).id);
    }),
  );
  await within(waitUntil(budget, 'the calibration cases to be planned', 500, async () => (await countPlanned(db, calibrationIds)) >= calibrationIds.length));
  const casesPerSecond = CALIBRATION / ((performance.now() - t0) / 1000);

  // ─────────────── the drain office opens a little after the load is in ───────────────
  const expectedLoadMs = (o.N / casesPerSecond) * OPENING_MARGIN * 1000 + 30_000;
  const opening = pickOpening(Date.now() + expectedLoadMs, 120);
  await admin.json('PATCH', `/offices/${drainOffice.id}`, { timeZone: opening.timeZone });
  await admin.json('PUT', `/offices/${drainOffice.id}/calendar/working-week`, { workingDays: [isoWeekday(opening.date)], dayStart: opening.hhmm, dayEnd: '23:59' });
  const day = await admin.json<{ days: Array<{ working: boolean; reasons: Array<{ kind: string; name?: string }> }> }>(
    'GET',
    `/offices/${drainOffice.id}/calendar?from=${opening.date}&to=${opening.date}`,
  );
  if (!day.days[0]?.working) {
    throw new Error(`the drain office would open on ${opening.date}, a day off (${JSON.stringify(day.days[0]?.reasons)}): run the benchmark on another day`);
  }
  log(`calibration: ${casesPerSecond.toFixed(1)} cases/s; the drain office opens ${opening.date} ${opening.hhmm} ${opening.timeZone} (${new Date(opening.at).toISOString()})`);

  // ─────────────── 1b. N cases reported while the office is closed ───────────────
  const stopOpeningAt = opening.at - 15_000;
  cpu0 = meter.snapshot();
  t0 = performance.now();
  await within(
    lanes(o.N, o.CONCURRENCY, budget, progress('cases', o.N, sampler), async (i) => {
      await drainOffice.operator.json('POST', '/repairs', { deviceId: drainDevices[i], description: 'Pemindai sidik jari tidak terdeteksi (bench)' });
    }, () => Date.now() < stopOpeningAt),
  );
  // Counted in the database: a request answered 503 may still have opened its case (its start is staged).
  const casesCreated = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM repair_cases WHERE office_id = $1`, [drainOffice.id])).rows[0].n;
  // Loaded once every case's workflow has planned its deadline: after the opening.
  // (Before its planned deadline is written, a case's deadline is its report + 60 s: earlier than this.)
  const dueFrom = new Date(opening.at + TRIAGE_WORKING_SECONDS * 1000);
  const planned = () => db.query<{ n: number }>(`SELECT count(*)::int AS n FROM repair_cases WHERE office_id = $1 AND deadline_at >= $2`, [drainOffice.id, dueFrom]);
  await within(waitUntil(budget, 'every case to plan its deadline', 500, async () => (await planned()).rows[0].n >= casesCreated || Date.now() >= opening.at));
  const plannedBeforeOpening = (await planned()).rows[0].n;
  R.cases = { ...perOp(casesCreated, (performance.now() - t0) / 1000, meter.between(cpu0, meter.snapshot())), plannedLate: casesCreated - plannedBeforeOpening };
  R.openCases = casesCreated + calibrationIds.length;
  sampler.mark('cases in');
  phase('casesLoaded');
  if (casesCreated < o.N) log(`only ${casesCreated} of ${o.N} cases went in before the office opens`);
  log(`cases: ${casesCreated} in ${R.cases.seconds.toFixed(0)} s; ${R.tours.created} tours and ${R.openCases} cases asleep`);

  // ─────────────── 3a. the drain: every triage deadline at once ───────────────
  const { rows: dues } = await db.query<{ due: Date; n: number }>(
    `SELECT deadline_at AS due, count(*)::int AS n FROM repair_cases WHERE office_id = $1 GROUP BY deadline_at ORDER BY count(*) DESC`,
    [drainOffice.id],
  );
  const dueAt = dues[0].due.getTime();
  const spread = dues.filter((d) => d.due.getTime() >= dueFrom.getTime());
  const deadlineSpreadMs = Math.max(...spread.map((d) => d.due.getTime())) - Math.min(...spread.map((d) => d.due.getTime()));
  log(`drain: ${dues[0].n} deadlines at ${new Date(dueAt).toISOString()}, waiting ${((dueAt - Date.now()) / 1000).toFixed(0)} s`);
  await within(sleepUntil(budget, dueAt, cleanup.signal));
  sampler.mark('drain: deadline');
  cpu0 = meter.snapshot();
  const reminded = () =>
    db.query<{ n: number; last: Date | null }>(`SELECT count(*)::int AS n, max(occurred_at) AS last FROM timeline_entries WHERE office_id = $1 AND event = 'reminder'`, [drainOffice.id]);
  let cpu1: CpuSnapshot = cpu0;
  await within(
    // Every 3 s (a count over the office's timeline): the end is read from the rows, not from the poll.
    waitUntil(budget, 'the drain office reminded of every case', 3_000, async () => {
      cpu1 = meter.snapshot();
      return (await reminded()).rows[0].n >= casesCreated;
    }, Math.max(600_000, casesCreated * 200)),
  ).catch((err) => {
    if (err instanceof OutOfTime) throw err;
    log(`drain: ${(err as Error).message}`);
  });
  const drained = (await reminded()).rows[0];
  const drainLate = await latenessOf(db, `c.office_id = $1`, [drainOffice.id]);
  const drainSeconds = drained.last ? (drained.last.getTime() - dueAt) / 1000 : NaN;
  R.drain = {
    cases: casesCreated,
    reminded: drained.n,
    dueAt: new Date(dueAt).toISOString(),
    deadlineSpreadMs,
    seconds: drainSeconds,
    perSecond: drained.n / drainSeconds,
    lateness: drainLate,
    cpu: cpuPerOp(meter.between(cpu0, cpu1), Math.max(1, drained.n)),
  };
  sampler.mark('drain: last reminder');
  phase('drained');
  log(`drain: ${drained.n} reminders in ${drainSeconds.toFixed(1)} s (${R.drain.perSecond.toFixed(1)}/s)`);

  // ─────────────── 3b. the floor: FLOOR bare sleepers waking together, same server ───────────────
  R.floor = await measureFloor(o.FLOOR, temporal.address, temporal.pid, cleanup, budget, sampler);
  R.drainToFloor = R.drain.perSecond / R.floor.perSecond;
  phase('floorMeasured');

  // ─────────────── 4 + 5. a burst of BURST deadlines within a minute, and the officers' pages meanwhile ───────────────
  await admin.json('PUT', `/offices/${burstOffice.id}/sla-policy`, {
    triageSeconds: BURST_TRIAGE_SECONDS,
    repairSeconds: 14 * DAY,
    verificationSeconds: 2 * DAY,
    reminderIntervalSeconds: DAY,
  });
  const burstIds: string[] = [];
  const burstStart = Date.now();
  log(`burst: ${o.BURST} cases over ${BURST_SPREAD_MS / 1000} s, each due ${BURST_TRIAGE_SECONDS} s after its report`);
  await within(
    lanes(o.BURST, o.CONCURRENCY, budget, undefined, async (i) => {
      await sleepUntil(budget, burstStart + (i * BURST_SPREAD_MS) / o.BURST, cleanup.signal);
      const c = await burstOffice.operator.json<{ id: string }>('POST', '/repairs', {
        deviceId: burstDevices[CALIBRATION + i],
        description: 'Printer kartu macet (bench lonjakan)',
      });
      burstIds.push(c.id);
    }),
  );
  R.openCases += burstIds.length;
  const firstDue = burstStart + BURST_TRIAGE_SECONDS * 1000;
  await within(sleepUntil(budget, firstDue, cleanup.signal));
  sampler.mark('burst: first deadline');
  const burstReminded = async () =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM timeline_entries WHERE subject_id = ANY($1::uuid[]) AND event = 'reminder'`, [burstIds])).rows[0].n;
  const { rows: caseIds } = await db.query<{ id: string }>(`SELECT id FROM repair_cases WHERE office_id = $1 ORDER BY random() LIMIT 200`, [drainOffice.id]);
  const listLatencies: number[] = [];
  const pageLatencies: number[] = [];
  let listTotal = 0;
  let queryFailures = 0;
  const queriesUntil = Date.now() + BURST_SPREAD_MS + 60_000;
  let done = false;
  // One officer clicking through while the reminders run: the stalled list, then a case, 0.1 s apart.
  const officer = (async () => {
    for (let i = 0; !done && Date.now() < queriesUntil; i++) {
      budget.check('the queries during the burst');
      try {
        let t = performance.now();
        const page = await drainOffice.operator.json<{ total: number }>('GET', `/repairs?officeId=${drainOffice.id}&stalled=true`);
        listLatencies.push(performance.now() - t);
        listTotal = page.total;
        t = performance.now();
        await drainOffice.operator.json('GET', `/repairs/${caseIds[i % caseIds.length].id}`);
        pageLatencies.push(performance.now() - t);
      } catch (err) {
        queryFailures++;
        log(`query refused: ${(err as Error).message.slice(0, 300)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  await within(
    waitUntil(budget, 'every burst case reminded', 1_000, async () => (await burstReminded()) >= burstIds.length, BURST_SPREAD_MS + 300_000),
  ).catch((err) => {
    if (err instanceof OutOfTime) throw err;
    log(`burst: ${(err as Error).message}`);
  });
  done = true;
  await within(officer);
  sampler.mark('burst: last reminder');
  const { rows: span } = await db.query<{ s: number }>(
    `SELECT extract(epoch FROM max(deadline_at) - min(deadline_at))::float AS s FROM repair_cases WHERE id = ANY($1::uuid[])`,
    [burstIds],
  );
  R.burst = { cases: burstIds.length, reminded: await burstReminded(), deadlineSpanSeconds: span[0].s, lateness: await latenessOf(db, `c.id = ANY($1::uuid[])`, [burstIds]) };
  R.queries = { stalledList: latencies(listLatencies), casePage: latencies(pageLatencies), listTotal, failed: queryFailures };
  phase('burstDone');
}

// ───────────────────────────── the floor ─────────────────────────────

async function measureFloor(
  sleepers: number,
  address: string,
  temporalPid: number | undefined,
  cleanup: Cleanup,
  budget: TimeBudget,
  sampler: MemorySampler,
): Promise<NonNullable<Results['floor']>> {
  const taskQueue = `bench-floor-${randomUUID()}`;
  // The floor keeps as many workflows cached as the product's worker (its setting, else its default):
  // a floor with the SDK's heap-sized cache would replay less on waking and not be the same floor.
  const cached = process.env.WORKER_MAX_CACHED_WORKFLOWS || String(new AppConfig().WORKER_MAX_CACHED_WORKFLOWS);
  const floorWorker: AppProcess = spawnNode('bench/scale-floor.worker.js', { ...process.env, WORKER_MAX_CACHED_WORKFLOWS: cached, TEMPORAL_ADDRESS: address, TASK_QUEUE: taskQueue }, cleanup);
  const wakeUps = collectWakeUps(floorWorker.child);
  await raceCrash([floorWorker], waitUntil(budget, 'the floor worker to poll', 200, async () => wakeUps.ready, 120_000));
  sampler.track('floorWorker', floorWorker.child.pid);
  const meter = new CpuMeter([processById('floor worker', floorWorker.child.pid), processById('Temporal', temporalPid), postgresProcesses()]);
  const connection = await Connection.connect({ address });
  cleanup.add('floor client', () => connection.close());
  const client = new Client({ connection });
  const starter = (workflow: string, args: (i: number) => unknown[]) => async (i: number) => {
    await client.workflow.start(workflow, { taskQueue, workflowId: `floor-${randomUUID()}`, args: args(i) });
  };
  // How fast sleepers can be started, so that all are asleep before their common wake-up.
  const PROBES = 200;
  let t0 = performance.now();
  await lanes(PROBES, 32, budget, undefined, starter('bareWorkflow', (i) => [1_000_000_000 + i]));
  const startsPerSecond = PROBES / ((performance.now() - t0) / 1000);
  const wakeAt = Date.now() + Math.ceil((sleepers / startsPerSecond) * 1.5 * 1000) + 20_000;
  log(`floor: ${sleepers} sleepers (${startsPerSecond.toFixed(0)} starts/s), waking at ${new Date(wakeAt).toISOString()}`);
  t0 = performance.now();
  const started = await raceCrash([floorWorker], lanes(sleepers, 32, budget, undefined, starter('sleeperWorkflow', (i) => [wakeAt, i])));
  const startedInTime = Date.now() < wakeAt - 5_000;
  if (!startedInTime) log('floor: the sleepers were still being started close to their wake-up; the floor may read low');
  await sleepUntil(budget, wakeAt, cleanup.signal);
  sampler.mark('floor: wake-up');
  const cpu0 = meter.snapshot();
  let cpu1 = cpu0;
  await raceCrash(
    [floorWorker],
    waitUntil(budget, 'every sleeper to wake', 1_000, async () => {
      cpu1 = meter.snapshot();
      return wakeUps.count(sleepers) >= started;
    }, Math.max(600_000, sleepers * 200)),
  ).catch((err) => {
    if (err instanceof OutOfTime) throw err;
    log(`floor: ${(err as Error).message}`);
  });
  sampler.mark('floor: last wake-up');
  const times = wakeUps.times(sleepers);
  const last = times.length ? Math.max(...times) : NaN;
  const seconds = (last - wakeAt) / 1000;
  log(`floor: ${times.length} wake-ups in ${seconds.toFixed(1)} s (${(times.length / seconds).toFixed(1)}/s)`);
  return {
    sleepers,
    woke: times.length,
    wakeAt: new Date(wakeAt).toISOString(),
    startedInTime,
    seconds,
    perSecond: times.length / seconds,
    lateness: latencies(times.map((t) => t - wakeAt)),
    cpu: cpuPerOp(meter.between(cpu0, cpu1), Math.max(1, times.length)),
  };
}

// ───────────────────────────── setup helpers ─────────────────────────────

interface BenchOffice {
  id: string;
  regencyCode: string;
  operator: ApiSession;
  operatorId: string;
  manager: ApiSession;
}

async function setUpOffice(admin: ApiSession, regencyCode: string, name: string, tag: string): Promise<BenchOffice> {
  const office = await admin.json<{ id: string }>('POST', '/offices', { regencyCode, name });
  const person = async (role: 'operator' | 'manager') => {
    const user = { username: `bench.${role}.${tag}`, password: randomBytes(18).toString('base64url') };
    const created = await admin.json<{ id: string }>('POST', '/users', { ...user, displayName: `${role === 'operator' ? 'Operator' : 'Kepala'} bench ${tag}`, role, officeId: office.id });
    return { id: created.id, session: await new ApiSession(admin.base).login(user) };
  };
  const operator = await person('operator');
  const manager = await person('manager');
  return { id: office.id, regencyCode, operator: operator.session, operatorId: operator.id, manager: manager.session };
}

/** `count` cameras spread over `points` kecamatan service points of the office (SQL: setup, not measured). */
async function insertDevices(db: PgClient, officeId: string, regencyCode: string, count: number, points: number, prefix: string): Promise<string[]> {
  const { rows: sp } = await db.query<{ id: string }>(
    `INSERT INTO service_points (office_id, district_code, kind, name, can_record, can_print)
     SELECT $1, d.code, 'kecamatan-office', 'Kecamatan ' || d.name || ' (bench ' || g || ')', true, true
       FROM generate_series(1, $2::int) g
       JOIN LATERAL (SELECT code, name FROM districts WHERE regency_code = $3 ORDER BY code
                      OFFSET (g % (SELECT count(*) FROM districts WHERE regency_code = $3)) LIMIT 1) d ON true
     RETURNING id`,
    [officeId, points, regencyCode],
  );
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO devices (office_id, service_point_id, kind, serial_number, owner)
     SELECT $1, ($2::uuid[])[1 + (g % array_length($2::uuid[], 1))], 'camera', $4 || '-' || lpad(g::text, 6, '0'), 'central'
       FROM generate_series(1, $3::int) g ORDER BY g
     RETURNING id`,
    [officeId, sp.map((r) => r.id), count, prefix],
  );
  return rows.map((r) => r.id);
}

/** Mobile units (the tours' kits), each with one working camera. */
async function insertKits(db: PgClient, officeId: string, regencyCode: string, count: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO service_points (office_id, district_code, kind, name, can_record, can_print)
     SELECT $1, (SELECT min(code) FROM districts WHERE regency_code = $3), 'mobile-unit', 'Mobil perekaman keliling ' || g, true, false
       FROM generate_series(1, $2::int) g ORDER BY g
     RETURNING id`,
    [officeId, count, regencyCode],
  );
  await db.query(
    `INSERT INTO devices (office_id, service_point_id, kind, serial_number, owner)
     SELECT $1, sp, 'camera', 'BENCH-KIT-' || lpad(i::text, 5, '0'), 'central' FROM unnest($2::uuid[]) WITH ORDINALITY AS k(sp, i)`,
    [officeId, rows.map((r) => r.id)],
  );
  return rows.map((r) => r.id);
}

async function countPlanned(db: PgClient, ids: string[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM repair_cases WHERE id = ANY($1::uuid[]) AND deadline_at IS NOT NULL`, [ids]);
  return rows[0].n;
}

/** Reminder written − deadline (ms) of the first reminder of each case matching `where` (over repair_cases c). */
async function latenessOf(db: PgClient, where: string, params: unknown[]): Promise<Latencies> {
  const { rows } = await db.query<{ ms: number }>(
    `SELECT extract(epoch FROM min(t.occurred_at) - c.deadline_at)::float * 1000 AS ms
       FROM repair_cases c JOIN timeline_entries t ON t.subject_id = c.id AND t.event = 'reminder'
      WHERE ${where} GROUP BY c.id, c.deadline_at`,
    params,
  );
  return latencies(rows.map((r) => r.ms));
}

/** Percentiles of latencies (ms) without a rate: they are not operations run one after another. */
type Latencies = Omit<Figures, 'seconds' | 'perSecond'>;
function latencies(values: number[]): Latencies {
  const { seconds: _s, perSecond: _r, ...rest } = summarise(values, 1);
  return rest;
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// ───────────────────────────── running many ─────────────────────────────

/**
 * Runs task(i) for i in [0, n), `concurrency` at once, while `more()` holds and time is left; returns
 * how many succeeded. A failed task (a 503 on a loaded machine) is counted in `refusals` and logged,
 * and the run goes on; more than 2% of n failing fails it: then the product is not taking the load.
 */
async function lanes(n: number, concurrency: number, budget: TimeBudget, onDone: ((done: number) => void) | undefined, task: (i: number) => Promise<void>, more: () => boolean = () => true): Promise<number> {
  let next = 0;
  let done = 0;
  let failed = 0;
  const lane = async () => {
    for (let i = next++; i < n && more(); i = next++) {
      budget.check(`task ${i} of ${n}`);
      try {
        await task(i);
      } catch (err) {
        if (err instanceof OutOfTime) throw err;
        failed++;
        refusals.count++;
        const message = (err as Error).message.slice(0, 300);
        if (refusals.first.length < 5) refusals.first.push(message);
        log(`refused (${failed} of ${n} so far): ${message}`);
        if (failed > Math.max(5, n * 0.02)) throw new Error(`${failed} of ${n} requests failed; the first: ${refusals.first[0]}`);
        continue;
      }
      done++;
      onDone?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
  return done;
}

/** Progress on stderr and a memory sample at every 10%. */
function progress(what: string, total: number, sampler: MemorySampler): (done: number) => void {
  let shown = 0;
  return (done) => {
    const tenth = Math.floor((done * 10) / total);
    if (tenth > shown) {
      shown = tenth;
      const m = sampler.mark(`${what} ${tenth * 10}%`);
      log(`${what}: ${done}/${total} (worker ${mib(m.worker)}, Temporal ${mib(m.temporal)})`);
    }
  };
}

function perOp(count: number, seconds: number, spent: Map<string, number | undefined>, extra: { stops: number }): NonNullable<Results['tours']>;
function perOp(count: number, seconds: number, spent: Map<string, number | undefined>): Omit<NonNullable<Results['cases']>, 'plannedLate'>;
function perOp(count: number, seconds: number, spent: Map<string, number | undefined>, extra?: { stops: number }) {
  return { created: count, ...(extra ?? {}), seconds, perSecond: count / seconds, cpu: cpuPerOp(spent, Math.max(1, count)) };
}

// ───────────────────────────── reporting ─────────────────────────────

function report(R: Results, sampler: MemorySampler | undefined): void {
  if (sampler) {
    sampler.stop();
    const s = sampler.samples;
    const max = (k: 'worker' | 'temporal') => Math.max(0, ...s.map((x) => x[k] ?? 0));
    // The labelled samples (every 10% of the load, each phase) and one every 30 s in between.
    let lastShown = -Infinity;
    const shown = s.filter((x) => {
      const keep = x.label !== undefined || x.t - lastShown >= 30;
      if (keep) lastShown = x.t;
      return keep;
    });
    R.memory = { maxWorkerBytes: max('worker'), maxTemporalBytes: max('temporal'), underOneGiB: max('worker') < GiB, samples: shown };
  }
  R.refusals = refusals;
  const o = R.options;
  const m = R.machine;
  const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? 'n/a' : `${v.toFixed(0)} ms`);
  const num = (v: number | undefined, d = 1) => (v === undefined || Number.isNaN(v) ? 'n/a' : v.toFixed(d));
  const cpu = (c: CpuPerOp | undefined) =>
    c ? `${Object.entries(c.perOp).map(([k, v]) => `${k} ${v === null ? 'n/a' : v.toFixed(1)}`).join(', ')}; total ${c.totalPerOp.toFixed(1)}` : 'n/a';
  console.log(`\nScale — N=${o.N} cases, ${o.TOURS} tours × ${o.STOPS} stops, burst ${o.BURST}, floor ${o.FLOOR}; ONE product worker`);
  console.log(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, node ${m.node}`);
  if (R.stoppedEarly) console.log(`Stopped early: ${R.stoppedEarly}`);
  console.log('');
  if (R.memory) {
    console.log('Memory (RSS, MiB) — t is seconds since the product started:');
    console.log(R.memory.samples.map((x) => `  t=${x.t}s${x.label ? ` [${x.label}]` : ''} worker ${mib(x.worker)} Temporal ${mib(x.temporal)}${x.floorWorker ? ` floor-worker ${mib(x.floorWorker)}` : ''}`).join('\n'));
    console.log('');
  }
  const rows: string[][] = [['measure', 'figure', 'target']];
  if (R.tours) rows.push(['tours planned + approved (API)', `${R.tours.created} (${R.tours.stops} stops) in ${num(R.tours.seconds, 0)} s, ${num(R.tours.perSecond)}/s`, '']);
  if (R.tours) rows.push(['  CPU-ms per tour', cpu(R.tours.cpu), '']);
  if (R.cases) rows.push(['repair cases opened (API)', `${R.cases.created} in ${num(R.cases.seconds, 0)} s, ${num(R.cases.perSecond)}/s${R.cases.plannedLate ? `; ${R.cases.plannedLate} planned after the opening` : ''}`, '']);
  if (R.cases) rows.push(['  CPU-ms per case', cpu(R.cases.cpu), '']);
  if (R.openCases !== undefined) rows.push(['open cases asleep in the one worker', String(R.openCases), '']);
  if (R.memory) {
    rows.push(['max worker RSS', `${mib(R.memory.maxWorkerBytes)} MiB`, '< 1024 MiB']);
    rows.push(['max Temporal dev server RSS', `${mib(R.memory.maxTemporalBytes)} MiB`, '']);
  }
  if (R.drain) {
    rows.push(['drain: reminders after one deadline', `${R.drain.reminded}/${R.drain.cases} in ${num(R.drain.seconds)} s = ${num(R.drain.perSecond)}/s`, '']);
    rows.push(['  lateness p50 / p95 / p99 / max', `${ms(R.drain.lateness.p50)} / ${ms(R.drain.lateness.p95)} / ${ms(R.drain.lateness.p99)} / ${ms(R.drain.lateness.max)}`, '']);
    rows.push(['  CPU-ms per reminder', cpu(R.drain.cpu), '']);
  }
  if (R.floor) {
    rows.push(['floor: bare sleepers waking at once', `${R.floor.woke}/${R.floor.sleepers} in ${num(R.floor.seconds)} s = ${num(R.floor.perSecond)}/s${R.floor.startedInTime ? '' : ' (started late)'}`, '']);
    rows.push(['  CPU-ms per wake-up', cpu(R.floor.cpu), '']);
  }
  if (R.drainToFloor !== undefined) rows.push(['drain rate / floor rate', num(R.drainToFloor, 2), '≥ 0.80']);
  if (R.burst) {
    rows.push([`burst: ${R.burst.cases} deadlines over ${num(R.burst.deadlineSpanSeconds, 0)} s`, `${R.burst.reminded} reminded`, '']);
    rows.push(['  lateness p50 / p95 / p99 / max', `${ms(R.burst.lateness.p50)} / ${ms(R.burst.lateness.p95)} / ${ms(R.burst.lateness.p99)} / ${ms(R.burst.lateness.max)}`, 'p99 < 5000 ms']);
  }
  if (R.queries) {
    rows.push([`GET /repairs?officeId=…&stalled=true (${R.queries.listTotal} stalled), during the burst`, `p50 ${ms(R.queries.stalledList.p50)}, p95 ${ms(R.queries.stalledList.p95)} (n=${R.queries.stalledList.n})`, 'p95 ≤ 50 ms']);
    rows.push(['GET /repairs/:id, during the burst', `p50 ${ms(R.queries.casePage.p50)}, p95 ${ms(R.queries.casePage.p95)} (n=${R.queries.casePage.n})`, '']);
  }
  if (refusals.count) rows.push(['requests refused while loading', `${refusals.count}; first: ${refusals.first[0]}`, '0']);
  if (R.queries?.failed) rows.push(['queries refused during the burst', String(R.queries.failed), '0']);
  rows.push(['phases (s since start)', Object.entries(R.phases).map(([k, v]) => `${k} ${v}`).join(', '), '']);
  printTable(rows);
  console.log('');
  console.log(`BENCH_RESULT ${JSON.stringify(R)}`);
}
