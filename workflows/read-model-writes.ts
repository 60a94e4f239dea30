import { type ActivityOptions, currentUpdateInfo, type LocalActivityOptions, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import { takingTurns } from './turns';

/**
 * Options of the workflows' read-model writes run as local activities (their events, deadlines,
 * reminders and warnings, and planWait): short Postgres statements keyed idempotently by the
 * workflow's (id, seq), so a retry after a timeout or a worker crash writes nothing twice.
 *
 * A local activity runs in the worker that runs the workflow task and is recorded as one marker,
 * instead of ActivityTaskScheduled/Started/Completed and one more workflow task: on these machines
 * that cut Temporal's CPU per case by a third (issue 17).
 *
 * - startToCloseTimeout: a statement that has not answered in 10 seconds is stuck (a lock, a lost
 *   connection): it is tried again. Beyond the workflow task timeout the SDK keeps the task alive.
 * - retry: as the activities had before, forever with backoff up to a minute; failures that must not
 *   be retried (UnrecordableData from src/temporal/guarded-activities.ts) are non-retryable and
 *   reach the workflow at once (see unrecordable.ts for their shape).
 * - localRetryThreshold: a retry due more than 10 seconds later waits on a durable timer, so a long
 *   Postgres outage holds no workflow task open and survives a worker restart.
 *
 * What is long or external (letters' PDFs, HTTP to the ministry or the centre, e-mail, batch sync)
 * stays a normal activity.
 */
export const READ_MODEL_WRITE: LocalActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
  localRetryThreshold: '10 seconds',
};

/** The same writes made from an Update handler: normal activities, as before local activities existed. */
export const READ_MODEL_WRITE_IN_UPDATE: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
};

type Activities = Record<string, (...args: any[]) => Promise<any>>;

/**
 * The read-model writes of one workflow execution (call it in the workflow function, once: the turn
 * is the execution's own).
 *
 * Made by the workflow's own loop (the report, its deadline, warnings, reminders and their plans),
 * they are local activities taken one at a time: two local activities outstanding together complete
 * in separate activations when they run but are both resolved in one activation when the history is
 * replayed (their markers sit in the same workflow task), so the commands that follow them came out
 * in another order (seen with a rejected follow-up letter: an Update's completion and the next wait's
 * timer swapped). Taken in turn, the next write is only scheduled once the previous one was resolved,
 * live and in replay.
 *
 * Made from an Update handler (an officer's action), they stay normal activities: with local
 * activities, Updates completing in the same workflow task as markers left a history the SDK (1.24)
 * could not replay once the workflow had left the cache (`TMPRL1100 Update machine does not handle
 * this event`, seen with concurrent Updates on a tour). Which one applies is decided by
 * `currentUpdateInfo()`, the same live and in replay.
 */
export function readModelWrites<A extends object>(): A {
  const local = proxyLocalActivities<Activities>(READ_MODEL_WRITE);
  const remote = proxyActivities<Activities>(READ_MODEL_WRITE_IN_UPDATE);
  const turn = takingTurns();
  const calls = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  return new Proxy({} as A, {
    get(_, name) {
      if (typeof name !== 'string') return undefined;
      let call = calls.get(name);
      if (!call) {
        call = (...args: unknown[]) => (currentUpdateInfo() ? remote[name](...args) : turn(() => local[name](...args)));
        calls.set(name, call);
      }
      return call;
    },
  });
}
