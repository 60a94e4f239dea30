/**
 * What the scale benchmark (bench/scale.bench.ts) needs beside the shared harness: a time budget,
 * memory sampled through the run, waits on an absolute instant, the office clock for choosing an
 * opening hour, and the floor worker's wake-up reports.
 */
import type { ChildProcess } from 'node:child_process';
import { OFFICE_TIME_ZONES, OfficeTimeZone } from '../../src/common/time-zones';
import { rssBytes } from './proc';

/** The run's time is up: the benchmark stops where it is and prints what it has. */
export class OutOfTime extends Error {}

export class TimeBudget {
  readonly endsAt: number;
  constructor(ms: number) {
    this.endsAt = Date.now() + ms;
  }
  get leftMs(): number {
    return this.endsAt - Date.now();
  }
  check(what: string): void {
    if (Date.now() >= this.endsAt) throw new OutOfTime(`MAX_MINUTES reached during ${what}`);
  }
}

export const mib = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : (bytes / 2 ** 20).toFixed(0));

export interface MemorySample {
  /** Seconds since sampling began. */
  t: number;
  label?: string;
  [process: string]: number | string | undefined;
}

/** RSS of named processes every `everyMs`, plus labelled samples taken on demand (phase marks). */
export class MemorySampler {
  readonly samples: Array<MemorySample & { worker?: number; temporal?: number; floorWorker?: number }> = [];
  private readonly started = Date.now();
  private readonly timer: NodeJS.Timeout;
  private readonly pids: Record<string, number | undefined>;

  constructor(pids: Record<string, number | undefined>, everyMs: number) {
    this.pids = { ...pids };
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
    this.sample();
  }

  track(name: string, pid: number | undefined): void {
    this.pids[name] = pid;
  }

  mark(label: string) {
    return this.sample(label);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(label?: string) {
    const s: MemorySample = { t: Math.round((Date.now() - this.started) / 1000), ...(label ? { label } : {}) };
    for (const [name, pid] of Object.entries(this.pids)) if (pid) s[name] = rssBytes(pid);
    this.samples.push(s);
    return s as MemorySample & { worker?: number; temporal?: number };
  }
}

/** Resolves at `at` (epoch ms), or throws OutOfTime if the budget ends first. */
export async function sleepUntil(budget: TimeBudget, at: number, signal: AbortSignal): Promise<void> {
  while (Date.now() < at) {
    signal.throwIfAborted();
    budget.check('a wait');
    await new Promise((r) => setTimeout(r, Math.min(1_000, at - Date.now())));
  }
}

/** Polls `check` every `everyMs` until true; OutOfTime past the budget, an Error past `timeoutMs`. */
export async function waitUntil(budget: TimeBudget, what: string, everyMs: number, check: () => Promise<boolean>, timeoutMs = Infinity): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    budget.check(`the wait for ${what}`);
    if (Date.now() > deadline) throw new Error(`gave up after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** An instant as an office in `timeZone` reads it: its local date and HH:MM. */
export function officeClock(at: number, timeZone: string): { date: string; hhmm: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hhmm: `${parts.hour}:${parts.minute}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/**
 * An opening hour for the drain office: the first whole minute at or after `notBefore`, read in the
 * first of Indonesia's zones where at least `windowMinutes` of that local day are left before 23:59
 * (working hours cannot cross midnight; one of the three zones always has them).
 */
export function pickOpening(notBefore: number, windowMinutes: number): { at: number; timeZone: OfficeTimeZone; date: string; hhmm: string } {
  const at = Math.ceil(notBefore / 60_000) * 60_000;
  for (const timeZone of OFFICE_TIME_ZONES) {
    const local = officeClock(at, timeZone);
    if (23 * 60 + 59 - local.minutes >= windowMinutes) return { at, timeZone, date: local.date, hhmm: local.hhmm };
  }
  throw new Error(`no zone leaves ${windowMinutes} minutes of the day after ${new Date(at).toISOString()}`);
}

/** The floor worker's stdout: `READY`, then `WOKE <n> <epoch ms>` per no-op activity. */
export function collectWakeUps(child: ChildProcess) {
  let ready = false;
  let rest = '';
  const woke = new Map<number, number>();
  child.stdout?.on('data', (b: Buffer) => {
    const lines = (rest + b.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'READY') ready = true;
      const m = /^WOKE (-?\d+) (\d+)$/.exec(line);
      // A retried activity reports again: the first time counts.
      if (m && !woke.has(Number(m[1]))) woke.set(Number(m[1]), Number(m[2]));
    }
  });
  return {
    get ready() {
      return ready;
    },
    /** How many of the sleepers 0 … below-1 have woken. */
    count(below: number): number {
      let n = 0;
      for (const k of woke.keys()) if (k >= 0 && k < below) n++;
      return n;
    },
    times(below: number): number[] {
      return [...woke.entries()].filter(([k]) => k >= 0 && k < below).map(([, t]) => t);
    },
  };
}
