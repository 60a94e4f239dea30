import type { StopStatus, TourStatus } from '../../workflows/tour.messages';
import { MANAGERS, mayWrite, STAFF } from '../auth/allowed-actions';
import type { Principal } from '../auth/principal';
import type { Role } from '../auth/user.entity';

/** What a person can do to a tour (the names of its routes: POST /tours/{id}/<action>). */
export const TOUR_ACTIONS = ['approve', 'reject', 'cancel', 'kit-failure'] as const;
export type TourAction = (typeof TOUR_ACTIONS)[number];

/** What a person can do at one of its stops (POST /tours/{id}/stops/{stopId}/<action>; upload-batch is POST …/batches). */
export const STOP_ACTIONS = ['check-in', 'complete', 'skip', 'reschedule', 'upload-batch'] as const;
export type StopAction = (typeof STOP_ACTIONS)[number];

/** Who may call each action's route (the `@Access` rules of ToursController; a test compares them). */
export const TOUR_ACTION_ROLES: Record<TourAction, readonly Role[]> = {
  approve: MANAGERS,
  reject: MANAGERS,
  cancel: STAFF,
  'kit-failure': STAFF,
};
export const STOP_ACTION_ROLES: Record<StopAction, readonly Role[]> = {
  'check-in': STAFF,
  complete: STAFF,
  skip: STAFF,
  reschedule: STAFF,
  'upload-batch': STAFF,
};

const ENDED: readonly TourStatus[] = ['completed', 'cancelled', 'rejected'];
const RUNNING: readonly TourStatus[] = ['approved', 'in-progress'];

/** What the tour's rules read of the tour itself. */
export interface TourFacts {
  officeId: string;
  status: TourStatus;
  plannedBy: string;
}

/**
 * What the stops' rules read of the tour: waiting for its kit's repair (`onHold`), held by an open
 * outage (`held`: the detail's `heldBy` is not empty), and whether a stop has the kit now.
 */
export interface StopContext extends TourFacts {
  onHold: boolean;
  held: boolean;
  anyCheckedIn: boolean;
}

/** What the stop's rules read of the stop. */
export interface StopFacts {
  status: StopStatus;
  batchCount: number;
}

/**
 * What this person may do to the tour now, by the rules of ToursService and TourWorkflow: a
 * signed-in manager decides on a plan (approving it: not its planner, four eyes); the office's staff
 * report a broken kit device while the tour runs, and cancel it until it has ended.
 */
export function tourActionsFor(t: TourFacts, p: Principal): TourAction[] {
  return TOUR_ACTIONS.filter((action) => {
    if (!mayWrite(p, t.officeId, TOUR_ACTION_ROLES[action])) return false;
    switch (action) {
      case 'approve':
        return t.status === 'planned' && p.kind === 'user' && p.actor !== t.plannedBy;
      case 'reject':
        return t.status === 'planned' && p.kind === 'user';
      case 'kit-failure':
        return RUNNING.includes(t.status);
      case 'cancel':
        return !ENDED.includes(t.status);
    }
  });
}

/**
 * What this person may do at the stop now, for the office's staff while the tour has not ended:
 * check in once the village head was told, while the tour runs, its kit is not in repair, no outage
 * holds it and no other stop has the kit; upload batches (not while an outage holds the tour) and
 * complete while checked in; skip a stop not yet finished where no batch was uploaded; reschedule
 * one not yet visited.
 */
export function stopActionsFor(t: StopContext, s: StopFacts, p: Principal): StopAction[] {
  if (ENDED.includes(t.status)) return [];
  return STOP_ACTIONS.filter((action) => {
    if (!mayWrite(p, t.officeId, STOP_ACTION_ROLES[action])) return false;
    switch (action) {
      case 'check-in':
        return RUNNING.includes(t.status) && s.status === 'notified' && !t.onHold && !t.held && !t.anyCheckedIn;
      case 'complete':
        return s.status === 'checked-in';
      case 'upload-batch':
        return s.status === 'checked-in' && !t.held;
      case 'skip':
        return (s.status === 'planned' || s.status === 'notified' || s.status === 'checked-in') && s.batchCount === 0;
      case 'reschedule':
        return s.status === 'planned' || s.status === 'notified';
    }
  });
}

/** The tour's and each stop's allowedActions, as GET /tours/:id answers them for this reader. */
export function withTourActions<
  T extends TourFacts & { onHold: boolean; heldBy: unknown[]; stops: Array<StopFacts & Record<string, unknown>> },
>(t: T, p: Principal) {
  const context: StopContext = {
    officeId: t.officeId,
    status: t.status,
    plannedBy: t.plannedBy,
    onHold: t.onHold,
    held: t.heldBy.length > 0,
    anyCheckedIn: t.stops.some((s) => s.status === 'checked-in'),
  };
  return {
    ...t,
    allowedActions: tourActionsFor(t, p),
    stops: t.stops.map((s) => ({ ...s, allowedActions: stopActionsFor(context, s, p) })),
  };
}
