import { condition } from '@temporalio/workflow';

/**
 * Turns for a workflow's Update handlers and its main loop: each runs alone while it holds the turn,
 * so read-model writes land in the order they were decided (a retried write never lands after a
 * later one) and a handler sees the state the previous one left. A handler checks its rule again once
 * it has the turn.
 */
export function takingTurns(): <T>(fn: () => Promise<T>) => Promise<T> {
  let busy = false;
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    await condition(() => !busy);
    busy = true;
    try {
      return await fn();
    } finally {
      busy = false;
    }
  };
}
