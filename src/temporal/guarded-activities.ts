import { ApplicationFailure } from '@temporalio/common';
import { storableText } from '../common/input-rules';
import { pgConstraint, pgErrorCode } from '../common/pg-errors';
import { UNRECORDABLE_DATA } from '../../workflows/unrecordable';

/**
 * Unique and exclusion violations are how the read model deduplicates and locks (one open case per
 * device, one kit per day, a retried insert that raced itself): they stay retryable, and the
 * services that rely on them catch them themselves.
 */
const RETRYABLE_INTEGRITY = new Set(['23505', '23P01']);

function unrecordable(err: unknown): ApplicationFailure | undefined {
  const code = pgErrorCode(err);
  if (code && (code.startsWith('22') || code.startsWith('23')) && !RETRYABLE_INTEGRITY.has(code)) {
    const column = (err as { column?: string; driverError?: { column?: string } })?.driverError?.column ?? (err as { column?: string })?.column;
    const constraint = pgConstraint(err);
    const reason = code.startsWith('22')
      ? 'a value does not fit its field (text, number or date out of range or malformed)'
      : code === '23502'
        ? `${column ?? 'a required value'} is missing`
        : code === '23503'
          ? 'it refers to something that no longer exists'
          : `it breaks the rule ${constraint ?? code}`;
    return ApplicationFailure.create({
      type: UNRECORDABLE_DATA,
      nonRetryable: true,
      message: `The database refused the data: ${reason}`,
      details: [{ sqlState: code, column: column ?? null, constraint: constraint ?? null }],
    });
  }
  // JSON.stringify of a payload the activity writes: a retry would meet the same value.
  if (err instanceof TypeError && /BigInt|circular structure/i.test(err.message)) {
    return ApplicationFailure.create({ type: UNRECORDABLE_DATA, nonRetryable: true, message: `The data cannot be serialised: ${err.message}` });
  }
  return undefined;
}

/**
 * Whether an activity carries what a person sent (an action's actor other than `system`): that is
 * data a workflow refuses back to the person. What the workflow built itself (reminders, notices,
 * its own events) is retried as before when Postgres refuses it: a bug to mend, shown as a retrying
 * activity, rather than a workflow that fails and leaves its object open.
 */
function fromAPerson(args: unknown[]): boolean {
  return args.some((a) => {
    const actor = (a as { actor?: unknown } | null)?.actor;
    return typeof actor === 'string' && actor !== 'system';
  });
}

/**
 * The second line behind the API's input rules, around every activity the worker registers: text
 * in the arguments is made storable (NUL and unpaired surrogates become U+FFFD, so a timeline entry
 * is written rather than refused), and a write of a person's action that Postgres refuses for the
 * data itself fails at once and for good (UnrecordableData) instead of being retried forever while
 * the workflow waits; the workflow then refuses that action (workflows/unrecordable.ts).
 */
export function guardActivities<T extends Record<string, (...args: any[]) => Promise<unknown>>>(activities: T): T {
  const guarded: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, fn] of Object.entries(activities)) {
    const run = async (...args: unknown[]) => {
      try {
        return await fn(...args.map((a) => storableText(a)));
      } catch (err) {
        throw (fromAPerson(args) ? unrecordable(err) : undefined) ?? err;
      }
    };
    // Temporal registers activities by the key; the function keeps its name for stack traces.
    Object.defineProperty(run, 'name', { value: name });
    guarded[name] = run;
  }
  return guarded as T;
}
