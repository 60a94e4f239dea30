import { OUTAGE_ACTIONS, OUTAGE_ALLOWED, OutageAction, OutageStatus } from '../../workflows/outage.messages';
import { mayWrite, STAFF } from '../auth/allowed-actions';
import type { Principal } from '../auth/principal';
import type { Role } from '../auth/user.entity';

/** Who may call each action's route (the `@Access` rules of OutagesController; a test compares them). */
export const OUTAGE_ACTION_ROLES: Record<OutageAction, readonly Role[]> = {
  resolve: STAFF,
  'print-progress': STAFF,
  overtime: STAFF,
};

/** What this person may do to the outage now: the workflow's transition table, the routes' roles and the office scope. */
export function outageActionsFor(o: { officeId: string; status: OutageStatus }, p: Principal): OutageAction[] {
  return OUTAGE_ACTIONS.filter((action) => mayWrite(p, o.officeId, OUTAGE_ACTION_ROLES[action]) && OUTAGE_ALLOWED[action].includes(o.status));
}
