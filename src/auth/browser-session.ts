import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import { AppConfig, tokenSecret } from '../config/app-config';
import { SESSION_TOKEN_PREFIX } from './secrets';

/** The session token, for the browser only: httpOnly, so no script can read it. */
export const SESSION_COOKIE = 'ektp_session';
/** The CSRF token the app reads and echoes in X-CSRF-Token (readable by scripts of the same origin). */
export const CSRF_COOKIE = 'ektp_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const isWrite = (method: string) => WRITES.has(method.toUpperCase());

/**
 * Browser sessions: the login's token in a cookie, and the signed double-submit CSRF token that goes
 * with it (OWASP's "signed double-submit cookie"). The CSRF token is an HMAC of the session token
 * under AUTH_TOKEN_SECRET: tied to the session, nothing to store, and another site can neither read it
 * (cookies are per origin) nor compute it. SameSite=Strict already keeps the cookie off cross-site
 * requests in current browsers; the token and the Origin / Sec-Fetch-Site checks do not rely on that.
 */
@Injectable()
export class BrowserSessions {
  constructor(private readonly config: AppConfig) {}

  /** Sets both cookies, expiring with the session. */
  issue(req: Request, res: Response, token: string, expiresAt: Date): void {
    const options: CookieOptions = { ...cookieBase(req), maxAge: Math.max(0, expiresAt.getTime() - Date.now()) };
    res.cookie(SESSION_COOKIE, token, { ...options, httpOnly: true });
    res.cookie(CSRF_COOKIE, this.csrfToken(token), { ...options, httpOnly: false });
  }

  clear(req: Request, res: Response): void {
    res.clearCookie(SESSION_COOKIE, { ...cookieBase(req), httpOnly: true });
    res.clearCookie(CSRF_COOKIE, { ...cookieBase(req), httpOnly: false });
  }

  /** The session token sent in the cookie, if any. */
  tokenOf(req: Request): string | undefined {
    const token = cookieValue(req.header('cookie'), SESSION_COOKIE);
    // Only a session token: an API key belongs in X-API-Key.
    return token && token.startsWith(SESSION_TOKEN_PREFIX) && token.length <= 200 ? token : undefined;
  }

  csrfToken(sessionToken: string): string {
    return createHmac('sha256', tokenSecret(this.config)).update(`csrf:${sessionToken}`).digest('base64url');
  }

  /** Why a write authenticated by the cookie is refused, or undefined when it proves it comes from the app. */
  csrfProblem(req: Request, sessionToken: string): string | undefined {
    const crossSite = crossSiteProblem(req);
    if (crossSite) return crossSite;
    const sent = req.header(CSRF_HEADER);
    if (!sent) return 'X-CSRF-Token header missing';
    const expected = Buffer.from(this.csrfToken(sessionToken));
    const given = Buffer.from(sent);
    return given.length === expected.length && timingSafeEqual(given, expected) ? undefined : 'X-CSRF-Token does not match the session';
  }
}

/**
 * A request a browser sent from another site, judged as Go's net/http CrossOriginProtection does:
 * by `Sec-Fetch-Site` when the browser sent it (only `same-origin`, or `none` for a user's own
 * navigation, pass), else by `Origin`, whose host must be this server's (Host, or X-Forwarded-Host
 * behind a trusted proxy). Requests with neither (curl, integrations, old browsers) pass: for a
 * cookie write the CSRF token still decides.
 */
export function crossSiteProblem(req: Request): string | undefined {
  const site = req.header('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none' ? undefined : `Sec-Fetch-Site is ${site.slice(0, 20)}`;
  const origin = req.header('origin');
  if (origin === undefined) return undefined;
  return originHost(origin) === (req.host ?? '').toLowerCase() ? undefined : `Origin ${origin.slice(0, 100)} is not this server`;
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase() || undefined;
  } catch {
    return undefined; // "null" (a sandboxed or privacy-sensitive context) or garbage
  }
}

function cookieBase(req: Request): CookieOptions {
  return { path: '/', sameSite: 'strict', secure: req.secure };
}

/** One cookie's value from a Cookie header (RFC 6265 syntax; our values are URL-safe, no decoding needed). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
    }
  }
  return undefined;
}
