/**
 * CPU time and memory of the processes a benchmark runs, read from /proc (Linux). Wall-clock figures
 * on a shared 2-core machine swing with whatever else runs; the CPU a process spent on N operations
 * does not, so every benchmark prints CPU-ms per operation per process beside its wall time.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on every Linux this runs on (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** One process to measure, or a group of them (Postgres: the postmaster and all its backends). */
export interface MeteredProcess {
  name: string;
  /** The pids making up this process now (read again at every sample: Postgres backends come and go). */
  pids(): number[];
}

interface Stat {
  /** utime + stime of the process, ms. */
  own: number;
  /** cutime + cstime: children it has waited for (a Postgres backend that exited lands in the postmaster's). */
  children: number;
  comm: string;
  ppid: number;
}

function readStat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // gone
  }
  // comm is in parentheses and may hold spaces; the fields after it are space-separated.
  const close = text.lastIndexOf(')');
  const comm = text.slice(text.indexOf('(') + 1, close);
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17, ppid 4.
  const tick = (i: number) => (Number(fields[i - 3]) * 1000) / TICKS_PER_SECOND;
  return { own: tick(14) + tick(15), children: tick(16) + tick(17), comm, ppid: Number(fields[4 - 3]) };
}

/** Resident set size in bytes (VmRSS), or undefined when the process is gone. */
export function rssBytes(pid: number): number | undefined {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** A single known process (a child the benchmark spawned, or itself). */
export function processById(name: string, pid: number | undefined): MeteredProcess {
  return { name, pids: () => (pid ? [pid] : []) };
}

/**
 * Every process named `postgres` on this machine: the postmaster(s) on loopback and their backends. On
 * these machines one Postgres serves everything, so what other work it does in the run counts too:
 * run benchmarks on an otherwise idle machine. Empty (and printed as n/a) when Postgres is elsewhere.
 */
export function postgresProcesses(): MeteredProcess {
  return {
    name: 'Postgres',
    pids: () =>
      fs
        .readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .map(Number)
        .filter((pid) => readStat(pid)?.comm === 'postgres'),
  };
}

/** CPU-ms spent so far: own time of every pid, plus the reaped children of those whose parent is not in the group. */
function cpuMs(p: MeteredProcess): number | undefined {
  const pids = p.pids();
  if (!pids.length) return undefined;
  const group = new Set(pids);
  let total = 0;
  for (const pid of pids) {
    const s = readStat(pid);
    if (!s) continue;
    total += s.own;
    // A group's root (the postmaster) carries the CPU of backends that ended since; a member's
    // children are its own business (node's worker threads are threads, not children).
    if (!group.has(s.ppid)) total += s.children;
  }
  return total;
}

export interface CpuSnapshot {
  at: number;
  ms: Map<string, number | undefined>;
}

/** Samples the CPU of a fixed set of processes; `between(a, b)` is what each spent in between. */
export class CpuMeter {
  constructor(readonly processes: MeteredProcess[]) {}

  snapshot(): CpuSnapshot {
    return { at: performance.now(), ms: new Map(this.processes.map((p) => [p.name, cpuMs(p)])) };
  }

  /** CPU-ms per process between two snapshots (undefined for one that could not be read). */
  between(a: CpuSnapshot, b: CpuSnapshot): Map<string, number | undefined> {
    return new Map(
      this.processes.map((p) => {
        const x = a.ms.get(p.name);
        const y = b.ms.get(p.name);
        return [p.name, x === undefined || y === undefined ? undefined : Math.max(0, y - x)];
      }),
    );
  }
}

/** Processes' CPU over one measured run, per operation. */
export interface CpuPerOp {
  /** CPU-ms per operation by process name. */
  perOp: Record<string, number | null>;
  /** Their sum over the processes that could be read. */
  totalPerOp: number;
}

export function cpuPerOp(spent: Map<string, number | undefined>, ops: number): CpuPerOp {
  const perOp: Record<string, number | null> = {};
  let total = 0;
  for (const [name, ms] of spent) {
    perOp[name] = ms === undefined ? null : ms / ops;
    total += ms ?? 0;
  }
  return { perOp, totalPerOp: total / ops };
}

/** The machine, printed with every result. */
export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

/**
 * The Postgres backends serving one database (their command line names it: `postgres: … user db
 * host(port) state`), read again at every sample. Beside postgresProcesses() on a shared server: what
 * this run's database cost, without other databases' work — but also without the server's own
 * background processes (WAL writer, checkpointer), and without a backend that exited between two
 * samples (connection pools keep theirs for the run). Empty while no backend is connected.
 */
export function postgresBackendsOf(database: string, name = `Postgres (${database})`): MeteredProcess {
  const marker = ` ${database} `;
  return {
    name,
    pids: () =>
      fs
        .readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .map(Number)
        .filter((pid) => {
          if (readStat(pid)?.comm !== 'postgres') return false;
          try {
            return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').includes(marker);
          } catch {
            return false; // gone
          }
        }),
  };
}
