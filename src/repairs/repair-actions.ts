import { REPAIR_ACTIONS, REPAIR_ALLOWED, RepairAction } from '../../workflows/repair.messages';
import { mayWrite, STAFF } from '../auth/allowed-actions';
import type { Principal } from '../auth/principal';
import type { Role } from '../auth/user.entity';
import type { RepairCase } from './repair-case.entity';

/** Who may call each action's route (the `@Access` rules of RepairsController; a test compares them). */
export const REPAIR_ACTION_ROLES: Record<RepairAction, readonly Role[]> = {
  triage: STAFF,
  'request-repair': STAFF,
  'mark-repaired': STAFF,
  verify: STAFF,
  cancel: STAFF,
};

/**
 * What this person may do to the case now: the workflow's transition table, the routes' roles, the
 * office scope, and four-eyes on verification (a person, and not the one who marked it repaired).
 */
export function repairActionsFor(c: Pick<RepairCase, 'officeId' | 'status' | 'repairedBy'>, p: Principal): RepairAction[] {
  return REPAIR_ACTIONS.filter((action) => {
    if (!mayWrite(p, c.officeId, REPAIR_ACTION_ROLES[action]) || !REPAIR_ALLOWED[action].includes(c.status)) return false;
    if (action === 'verify') return p.kind === 'user' && c.repairedBy !== p.actor;
    return true;
  });
}
