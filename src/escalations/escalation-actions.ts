import { ESCALATION_ACTIONS, ESCALATION_ALLOWED, EscalationAction, REPLY_STATUSES } from '../../workflows/escalation.messages';
import { MANAGERS, mayWrite, STAFF } from '../auth/allowed-actions';
import type { Principal } from '../auth/principal';
import type { Role } from '../auth/user.entity';
import type { Escalation } from './escalation.entity';

/** Who may call each action's route (the `@Access` rules of EscalationsController; a test compares them). */
export const ESCALATION_ACTION_ROLES: Record<EscalationAction, readonly Role[]> = {
  edit: STAFF,
  approve: MANAGERS,
  reject: MANAGERS,
  'request-changes': MANAGERS,
  reply: STAFF,
  withdraw: MANAGERS,
};

/** The workflow's name of each decision in its transition table. */
const DECISIONS = { approve: 'approve', reject: 'reject', 'request-changes': 'request changes' } as const;

/**
 * What this person may do to the letter now: the workflow's transition table, the routes' roles, the
 * office scope, and four-eyes on decisions (a signed-in manager who neither drafted nor edited this
 * round's letter). A reply is taken once a letter was sent: while it waits for the answer, or while
 * a follow-up is being drafted (round 2 on). A signed-in manager withdraws it any time before a reply
 * (four-eyes does not apply), except while a letter is being numbered and sent.
 */
export function escalationActionsFor(e: Pick<Escalation, 'officeId' | 'status' | 'round' | 'drafters'>, p: Principal): EscalationAction[] {
  return ESCALATION_ACTIONS.filter((action) => {
    if (!mayWrite(p, e.officeId, ESCALATION_ACTION_ROLES[action])) return false;
    switch (action) {
      case 'edit':
        return ESCALATION_ALLOWED.edit.includes(e.status);
      case 'reply':
        return REPLY_STATUSES.includes(e.status) && (e.status === 'awaiting-reply' || e.round > 1);
      case 'withdraw':
        return ESCALATION_ALLOWED.withdraw.includes(e.status) && p.kind === 'user';
      default:
        return ESCALATION_ALLOWED[DECISIONS[action]].includes(e.status) && p.kind === 'user' && !e.drafters.includes(p.actor);
    }
  });
}
