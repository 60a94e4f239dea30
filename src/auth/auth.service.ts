import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeIp } from '@nestjs/throttler';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { AuditService, principalActor } from '../audit/audit.service';
import { AppConfig, tokenSecret } from '../config/app-config';
import { ConflictError, ForbiddenError, InvalidInputError, TooManyAttemptsError, UnauthenticatedError } from '../common/domain-errors';
import { returnedRows } from '../common/sql';
import { preparedStatement, runPrepared } from '../database/prepared-statements';
import { currentRequest } from '../common/request-context';
import { OfficeScope, Principal } from './principal';
import {
  API_KEY_PREFIX,
  hashPassword,
  newSecret,
  passwordProblem,
  secretDigest,
  SESSION_TOKEN_PREFIX,
  timingDummyHash,
  verifyPassword,
} from './secrets';
import type { Role } from './user.entity';
import { auditedTransaction } from '../audit/audited-transaction';

export interface LoginResult {
  token: string;
  tokenType: 'Bearer';
  expiresAt: Date;
  user: { id: string; username: string; displayName: string; role: Role; officeId: string | null; provinceCode: string | null };
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  office_id: string | null;
  province_code: string | null;
  password_hash: string;
  active: boolean;
}

interface SessionRow extends Omit<UserRow, 'password_hash' | 'active'> {
  session_id: string;
  province_office_ids: string[] | null;
}

/** A session token's principal in one statement: the token, its user and, for a province's supervisor, the province's offices. */
const SESSION_PRINCIPAL = preparedStatement(
  'auth_session_principal',
  `SELECT t.id AS session_id, u.id, u.username, u.display_name, u.role, u.office_id, u.province_code,
          CASE WHEN u.role = 'supervisor' AND u.province_code IS NOT NULL
               THEN ARRAY(SELECT o.id::text FROM offices o WHERE o.regency_code LIKE u.province_code || '.%') END AS province_office_ids
     FROM auth_tokens t JOIN users u ON u.id = t.user_id
    WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now() AND u.active`,
);

const API_KEY_PRINCIPAL = preparedStatement(
  'auth_api_key_principal',
  `UPDATE api_keys SET last_used_at = now() WHERE key_hash = $1 AND revoked_at IS NULL
   RETURNING id, name, prefix, office_id, role`,
);

/** Login, logout and the resolution of a bearer credential into a principal. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** The zone a person's days and hours are shown in: their office's, or WIB for national roles. */
  async timeZoneOf(officeId: string | null): Promise<string> {
    if (!officeId) return 'Asia/Jakarta';
    const [office] = await this.db.query(`SELECT time_zone FROM offices WHERE id = $1`, [officeId]);
    return office?.time_zone ?? 'Asia/Jakarta';
  }

  async login(usernameRaw: string, password: string, clientIpRaw: string, userAgent: string | null): Promise<LoginResult> {
    const username = usernameRaw.trim().toLowerCase().slice(0, 64);
    // IPv6 hosts own a whole /64: count them as one address, as the rate limiter does.
    const clientIp = normalizeIp(clientIpRaw, 64);
    const requestId = currentRequest()?.requestId ?? null;
    // Every attempt is counted as a failure before it is judged (and forgiven on success), so that
    // attempts sent in parallel all see each other and cannot slip past the limits together.
    const [attempt] = await this.db.query(`INSERT INTO login_failures (username, client_ip, pending) VALUES ($1, $2, true) RETURNING id`, [
      username,
      clientIp,
    ]);
    const { account, accountJudged, address, addressJudged } = await this.recentFailures(username, clientIp, attempt.id);
    if (account >= this.config.LOGIN_LOCKOUT_AFTER || address >= this.config.LOGIN_IP_LOCKOUT_AFTER) {
      await this.db.query(`UPDATE login_failures SET pending = false WHERE id = $1`, [attempt.id]);
      const by = account >= this.config.LOGIN_LOCKOUT_AFTER ? 'account' : 'address';
      this.logger.warn(`login refused for ${username} from ${clientIp}: too many failures for this ${by}`);
      await this.audit.append({
        actor: 'anonymous',
        actorKind: 'anonymous',
        action: 'auth.login-refused',
        targetType: 'user',
        targetId: username,
        summary: { username, reason: `too many failures for this ${by}`, failures: by === 'account' ? account : address },
        requestId,
        clientIp,
      });
      throw new TooManyAttemptsError('Too many failed logins; try again later', this.config.LOGIN_WINDOW_SECONDS);
    }
    // Slow down guessing before refusing outright: 0.5 s, 1 s, 2 s, … up to 8 s per attempt.
    const failures = Math.max(accountJudged, addressJudged);
    if (failures >= this.config.LOGIN_SLOWDOWN_AFTER) {
      await sleep(Math.min(8000, 500 * 2 ** (failures - this.config.LOGIN_SLOWDOWN_AFTER)));
    }

    const [user] = (await this.db.query(
      `SELECT id, username, display_name, role, office_id, province_code, password_hash, active FROM users WHERE username = $1`,
      [username],
    )) as UserRow[];
    const ok = await verifyPassword(user?.password_hash ?? (await timingDummyHash()), password);
    if (!user || !ok || !user.active) {
      // The attempt stays counted; failures older than the window no longer count and are dropped.
      await this.db.query(`UPDATE login_failures SET pending = false WHERE id = $1`, [attempt.id]);
      await this.db.query(
        `DELETE FROM login_failures WHERE (username = $1 OR client_ip = $2) AND occurred_at < now() - make_interval(secs => $3)`,
        [username, clientIp, this.config.LOGIN_WINDOW_SECONDS],
      );
      this.logger.warn(`login failed for ${username} from ${clientIp} (${failures + 1} recent failures)`);
      await this.audit.append({
        actor: 'anonymous',
        actorKind: 'anonymous',
        officeId: user?.office_id ?? null,
        action: 'auth.login-failed',
        targetType: 'user',
        targetId: user?.id ?? username,
        summary: { username, reason: !user ? 'unknown user' : !ok ? 'wrong password' : 'account inactive' },
        requestId,
        clientIp,
      });
      throw new UnauthenticatedError('invalid_credentials', 'Wrong username or password');
    }

    const token = newSecret(SESSION_TOKEN_PREFIX);
    const expiresAt = new Date(Date.now() + this.config.AUTH_TOKEN_TTL_SECONDS * 1000);
    // The rest of this request's log lines name who signed in.
    const request = currentRequest();
    if (request) Object.assign(request, { actor: user.username, actorOfficeId: user.office_id });
    await this.db.transaction(async (m) => {
      const [session] = await m.query(
        `INSERT INTO auth_tokens (user_id, token_hash, expires_at, client_ip, user_agent) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [user.id, secretDigest(tokenSecret(this.config), token), expiresAt, clientIp, userAgent?.slice(0, 300) ?? null],
      );
      await m.query(`DELETE FROM login_failures WHERE username = $1`, [username]);
      await this.audit.append(
        {
          actor: user.username,
          actorKind: 'user',
          actorId: user.id,
          officeId: user.office_id,
          action: 'auth.login',
          targetType: 'session',
          targetId: session.id,
          summary: { expiresAt: expiresAt.toISOString() },
          requestId,
          clientIp,
        },
        m,
      );
    });
    return {
      token,
      tokenType: 'Bearer',
      expiresAt,
      user: { id: user.id, username: user.username, displayName: user.display_name, role: user.role, officeId: user.office_id, provinceCode: user.province_code },
    };
  }

  /**
   * Failures in the window, not counting the attempt being judged, including attempts still being
   * judged (a burst in parallel counts whole, for an account and for an address alike); the
   * slow-down counts only judged ones, so that people behind one address signing in at once do
   * not slow each other down.
   */
  private async recentFailures(
    username: string,
    clientIp: string,
    exceptId: string,
  ): Promise<{ account: number; accountJudged: number; address: number; addressJudged: number }> {
    const [counts] = await this.db.query(
      `SELECT count(*) FILTER (WHERE username = $1)::int AS account,
              count(*) FILTER (WHERE username = $1 AND NOT pending)::int AS "accountJudged",
              count(*) FILTER (WHERE client_ip = $2)::int AS address,
              count(*) FILTER (WHERE client_ip = $2 AND NOT pending)::int AS "addressJudged"
         FROM login_failures
        WHERE occurred_at > now() - make_interval(secs => $3) AND (username = $1 OR client_ip = $2) AND id <> $4`,
      [username, clientIp, this.config.LOGIN_WINDOW_SECONDS, exceptId],
    );
    return counts as { account: number; accountJudged: number; address: number; addressJudged: number };
  }

  async logout(principal: Principal): Promise<void> {
    if (principal.kind !== 'user' || !principal.sessionId) {
      throw new ConflictError('not_a_session', 'API keys do not sign out; an admin revokes them with DELETE /api-keys/:id');
    }
    const context = currentRequest();
    await this.db.transaction(async (m) => {
      await m.query(`UPDATE auth_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [principal.sessionId]);
      await this.audit.append(
        {
          actor: principal.actor,
          actorKind: 'user',
          actorId: principal.id,
          officeId: principal.officeId,
          action: 'auth.logout',
          targetType: 'session',
          targetId: principal.sessionId,
          requestId: context?.requestId,
          clientIp: context?.clientIp,
        },
        m,
      );
    });
  }

  /**
   * A browser request refused as cross-site or without the session's CSRF token (a login from
   * another site's page, a cookie write without X-CSRF-Token): logged and audited like refused logins.
   */
  async refuseCsrf(principal: Principal | undefined, reason: string, method: string, path: string, username?: string): Promise<never> {
    const context = currentRequest();
    this.logger.warn(`CSRF check refused ${method} ${path} by ${principal?.actor ?? 'anonymous'}: ${reason}`);
    await this.audit.append({
      ...principalActor(principal),
      officeId: principal?.officeId ?? null,
      action: 'auth.csrf-refused',
      targetType: principal?.sessionId ? 'session' : 'user',
      targetId: principal?.sessionId ?? principal?.id ?? username?.slice(0, 64) ?? null,
      summary: { method, path, reason },
      requestId: context?.requestId ?? null,
      clientIp: context?.clientIp ?? null,
    });
    throw new ForbiddenError('csrf_failed', `Refused as a cross-site request (${reason}): send it from the app's own page, with X-CSRF-Token from the ektp_csrf cookie`);
  }

  /** Changes the caller's own password and ends their other sessions. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<{ id: string; sessionsEnded: number }> {
    if (principal.kind !== 'user') throw new ConflictError('not_a_user', 'An API key has no password');
    // A stolen session must not become a way to guess the password: the same counters as logins.
    const context = currentRequest();
    const clientIp = normalizeIp(context?.clientIp ?? 'unknown', 64);
    const [attempt] = await this.db.query(`INSERT INTO login_failures (username, client_ip, pending) VALUES ($1, $2, true) RETURNING id`, [
      principal.actor,
      clientIp,
    ]);
    const { account } = await this.recentFailures(principal.actor, clientIp, attempt.id);
    if (account >= this.config.LOGIN_LOCKOUT_AFTER) {
      this.logger.warn(`password change refused for ${principal.actor}: too many failures`);
      throw new TooManyAttemptsError('Too many wrong passwords; try again later', this.config.LOGIN_WINDOW_SECONDS);
    }
    const [row] = await this.db.query(`SELECT password_hash FROM users WHERE id = $1`, [principal.id]);
    if (!(await verifyPassword(row.password_hash, currentPassword))) {
      await this.db.query(`UPDATE login_failures SET pending = false WHERE id = $1`, [attempt.id]);
      this.logger.warn(`password change for ${principal.actor}: wrong current password`);
      await this.audit.append({
        actor: principal.actor,
        actorKind: 'user',
        actorId: principal.id,
        officeId: principal.officeId,
        action: 'auth.password-change-failed',
        targetType: 'user',
        targetId: principal.id,
        summary: { reason: 'wrong current password' },
        requestId: context?.requestId,
        clientIp,
      });
      throw new InvalidInputError('currentPassword', 'currentPassword is not the current password');
    }
    await this.db.query(`DELETE FROM login_failures WHERE id = $1`, [attempt.id]);
    const problem = passwordProblem(newPassword, principal.actor);
    if (problem) throw new InvalidInputError('newPassword', problem.replace(/^password/, 'newPassword'));
    const hash = await hashPassword(newPassword);
    return auditedTransaction(this.db, async (m) => {
      await m.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [principal.id, hash]);
      const ended = returnedRows(
        await m.query(`UPDATE auth_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id <> $2 RETURNING id`, [
          principal.id,
          principal.sessionId ?? '00000000-0000-0000-0000-000000000000',
        ]),
      );
      return { id: principal.id, sessionsEnded: ended.length };
    });
  }

  /** Resolves a bearer credential; undefined when it is unknown, expired or revoked, or its user inactive. */
  async authenticate(credential: string): Promise<Principal | undefined> {
    const digest = secretDigest(tokenSecret(this.config), credential);
    if (credential.startsWith(SESSION_TOKEN_PREFIX)) {
      const [row] = (await runPrepared<SessionRow>(this.db, SESSION_PRINCIPAL, [digest])).rows;
      if (!row) return undefined;
      return {
        kind: 'user',
        id: row.id,
        actor: row.username,
        displayName: row.display_name,
        role: row.role,
        officeId: row.office_id,
        provinceCode: row.province_code,
        read: readScope(row.role, row.office_id, row.province_code, row.province_office_ids),
        write: writeScope(row.role, row.office_id),
        sessionId: row.session_id,
      };
    }
    if (credential.startsWith(API_KEY_PREFIX)) {
      const [key] = (await runPrepared<{ id: string; name: string; prefix: string; office_id: string; role: 'operator' | 'manager' | 'supervisor' }>(this.db, API_KEY_PRINCIPAL, [digest])).rows;
      if (!key) return undefined;
      return {
        kind: 'api-key',
        id: key.id,
        actor: `apikey:${key.prefix}`,
        displayName: key.name,
        role: key.role,
        officeId: key.office_id,
        provinceCode: null,
        read: OfficeScope.of([key.office_id]),
        write: key.role === 'supervisor' ? OfficeScope.none() : OfficeScope.of([key.office_id]),
      };
    }
    return undefined;
  }

}

/**
 * Admins read everything; a supervisor of a province the offices of that province (found by the
 * principal's own statement), a national one everything; the others their own office.
 */
function readScope(role: Role, officeId: string | null, provinceCode: string | null, provinceOfficeIds: string[] | null): OfficeScope {
  if (role === 'admin') return OfficeScope.all();
  if (role === 'supervisor') return provinceCode ? OfficeScope.of(provinceOfficeIds ?? []) : OfficeScope.all();
  return officeId ? OfficeScope.of([officeId]) : OfficeScope.none();
}

function writeScope(role: Role, officeId: string | null): OfficeScope {
  if (role === 'admin') return OfficeScope.all();
  if ((role === 'operator' || role === 'manager') && officeId) return OfficeScope.of([officeId]);
  return OfficeScope.none();
}
