import type { Role } from './user.entity';

/**
 * Which offices a caller may see or change. `all` for admins (and national supervisors when
 * reading); a list otherwise. An object outside the scope is answered exactly like a missing one.
 */
export class OfficeScope {
  private constructor(readonly officeIds: readonly string[] | 'all') {}

  static all(): OfficeScope {
    return new OfficeScope('all');
  }

  static of(officeIds: readonly string[]): OfficeScope {
    return new OfficeScope([...officeIds]);
  }

  static none(): OfficeScope {
    return new OfficeScope([]);
  }

  allows(officeId: string | null | undefined): boolean {
    if (!officeId) return this.officeIds === 'all';
    return this.officeIds === 'all' || this.officeIds.includes(officeId);
  }

  /** SQL condition on an office-id column, for query builders: `[sql, params]`. */
  condition(column: string, param = 'scopeOfficeIds'): [string, Record<string, unknown>] {
    if (this.officeIds === 'all') return ['TRUE', {}];
    if (this.officeIds.length === 0) return ['FALSE', {}];
    return [`${column} IN (:...${param})`, { [param]: this.officeIds }];
  }
}

/** The authenticated caller of a request: a signed-in user or an integration's API key. */
export interface Principal {
  kind: 'user' | 'api-key';
  /** User id or API key id. */
  id: string;
  /** The name recorded as actor: the username, or `apikey:<prefix>`. */
  actor: string;
  displayName: string;
  role: Role;
  officeId: string | null;
  provinceCode: string | null;
  /** What the caller may read. */
  read: OfficeScope;
  /** What the caller may change: own office for operators and managers, everything for admins, nothing for supervisors. */
  write: OfficeScope;
  /** The session token's id (for logout), when signed in with a password. */
  sessionId?: string;
}
