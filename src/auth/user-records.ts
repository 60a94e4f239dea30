import { EntityManager } from 'typeorm';
import { ConflictError, InvalidInputError } from '../common/domain-errors';
import { returnedRows } from '../common/sql';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../common/pg-errors';
import { hashPassword, passwordProblem, RESERVED_USERNAMES, USERNAME_PATTERN } from './secrets';
import { User, type Role } from './user.entity';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  officeId?: string | null;
  provinceCode?: string | null;
  nip?: string | null;
  position?: string | null;
  email?: string | null;
  password: string;
}

export type UserView = Omit<User, 'passwordHash'>;

export function userView(u: User): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    officeId: u.officeId,
    provinceCode: u.provinceCode,
    nip: u.nip,
    position: u.position,
    email: u.email,
    active: u.active,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

/** Checks where a role belongs: operators and managers to an office, supervisors optionally to a province. */
export async function checkPlacement(
  m: EntityManager,
  role: Role,
  officeId: string | null | undefined,
  provinceCode: string | null | undefined,
): Promise<void> {
  if (role === 'operator' || role === 'manager') {
    if (!officeId) throw new InvalidInputError('officeId', `officeId is required for the role ${role}`);
    const [office] = await m.query(`SELECT id FROM offices WHERE id = $1`, [officeId]);
    if (!office) throw new InvalidInputError('officeId', `officeId ${officeId} is not a known office`);
  } else if (officeId) {
    throw new InvalidInputError('officeId', `officeId must be empty for the role ${role}`);
  }
  if (provinceCode) {
    if (role !== 'supervisor') throw new InvalidInputError('provinceCode', 'provinceCode is only for supervisors');
    const [province] = await m.query(`SELECT code FROM provinces WHERE code = $1`, [provinceCode]);
    if (!province) throw new InvalidInputError('provinceCode', `provinceCode ${provinceCode} is not a known province code`);
  }
}

/** Creates a user: the one path for the API, the CLI, the bootstrap and the demo seed. */
export async function createUserRecord(m: EntityManager, input: NewUser): Promise<User> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username) || RESERVED_USERNAMES.includes(username) || username.startsWith('apikey')) {
    throw new InvalidInputError('username', 'username must be 3-64 lower-case letters, digits, . _ - starting with a letter, and not reserved');
  }
  const problem = passwordProblem(input.password, username);
  if (problem) throw new InvalidInputError('password', problem);
  await checkPlacement(m, input.role, input.officeId, input.provinceCode);
  try {
    const saved = await m.save(
      m.create(User, {
        username,
        displayName: input.displayName.trim(),
        role: input.role,
        officeId: input.officeId ?? null,
        provinceCode: input.provinceCode ?? null,
        nip: input.nip ?? null,
        position: input.position ?? null,
        email: normalizeEmail(input.email),
        passwordHash: await hashPassword(input.password),
        active: true,
      }),
    );
    return saved;
  } catch (err) {
    if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
      throw new ConflictError('username_taken', `The username ${username} is already taken`, { field: 'username' });
    }
    throw err;
  }
}

/** Addresses are kept as typed, trimmed, with the domain in lower case; empty means none. */
export function normalizeEmail(email: string | null | undefined): string | null {
  const trimmed = email?.trim();
  if (!trimmed) return null;
  const at = trimmed.lastIndexOf('@');
  return `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}

/** Ends every session of a user (password reset, role change, deactivation). */
export async function revokeSessions(m: EntityManager, userId: string): Promise<number> {
  const rows = returnedRows(await m.query(`UPDATE auth_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`, [userId]));
  return rows.length;
}
