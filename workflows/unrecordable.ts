import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';

/** Raised by the worker's activity guard (src/temporal/guarded-activities.ts) when Postgres refuses the data itself. */
export const UNRECORDABLE_DATA = 'UnrecordableData';

/**
 * The refusal in what a write threw: a normal activity's failure is an ActivityFailure whose cause is
 * the ApplicationFailure; a local activity's non-retryable failure reaches the workflow as that
 * ApplicationFailure itself (SDK 1.24), not wrapped.
 */
function unrecordableCause(err: unknown): ApplicationFailure | undefined {
  const failure = err instanceof ActivityFailure ? err.cause : err;
  return failure instanceof ApplicationFailure && failure.type === UNRECORDABLE_DATA ? failure : undefined;
}

/**
 * Wraps Update handlers: when the database refuses a handler's write for its data (UnrecordableData,
 * raised at once rather than retried forever), the Update is refused with the reason (InvalidInput,
 * a 400 for the caller) and the workflow's state is given back as it was before the handler, so the
 * workflow and its timeline agree and the next action can be taken.
 *
 * The state is given back only when no other handler started meanwhile (their changes are not this
 * handler's to undo); counters in `keep` (the event sequence, reminders sent) keep their value, so an
 * event written earlier keeps its key. `restored` repeats what lives outside the state (a search attribute).
 */
export function givingBackOnRefusal<S extends { seq: number }>(state: S, options: { keep?: Array<keyof S>; restored?: () => void } = {}) {
  const keep = options.keep ?? ['seq'];
  let started = 0;
  let running = 0;
  return <A extends unknown[], R>(handler: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const before = JSON.stringify(state);
      const mine = ++started;
      running++;
      try {
        return await handler(...args);
      } catch (err) {
        const cause = unrecordableCause(err);
        if (!cause) throw err;
        const givenBack = started === mine && running === 1;
        if (givenBack) {
          const kept = Object.fromEntries(keep.map((k) => [k, state[k]]));
          for (const key of Object.keys(state)) delete (state as Record<string, unknown>)[key];
          Object.assign(state, JSON.parse(before), kept);
          options.restored?.();
        }
        throw ApplicationFailure.create({
          type: 'InvalidInput',
          nonRetryable: true,
          message: `The action could not be recorded${givenBack ? ' and was not taken' : ''}: ${cause.message}`,
          details: cause.details ?? [],
        });
      } finally {
        running--;
      }
    };
}
