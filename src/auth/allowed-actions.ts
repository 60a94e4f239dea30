import type { Principal } from './principal';
import type { Role } from './user.entity';

/**
 * The part of "may this person do this now?" that every domain shares: the route's roles (its
 * `@Access` rule) and the write scope (a supervisor, or another office, changes nothing). The domain
 * adds its state and four-eyes rules. What is computed from this is advice for the browser's buttons;
 * the routes and the workflows' validators stay the authority.
 */
export function mayWrite(p: Principal, officeId: string, roles: readonly Role[]): boolean {
  return roles.includes(p.role) && p.write.allows(officeId);
}

/** The roles of the staff routes that change a case: `@Access('operator', 'manager')`. */
export const STAFF: readonly Role[] = ['operator', 'manager'];
/** The roles of a decision on a letter: `@Access('manager')`. */
export const MANAGERS: readonly Role[] = ['manager'];
