import { hash, verify } from '@node-rs/argon2';
import { createHmac, randomBytes } from 'node:crypto';

/**
 * Passwords: argon2id (memory-hard) through @node-rs/argon2, with its default cost
 * (19 MiB, 2 passes), the OWASP baseline.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    // A malformed stored hash cannot match anything.
    return false;
  }
}

/** A hash to verify against when the username is unknown, so both answers take the same time. */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hash(randomBytes(16).toString('hex'));
  return dummyHash;
}

export const SESSION_TOKEN_PREFIX = 'ektp_s_';
export const API_KEY_PREFIX = 'ektp_k_';

/** A fresh bearer secret: prefix + 256 random bits, URL-safe. */
export function newSecret(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * Tokens and API keys are stored as an HMAC under AUTH_TOKEN_SECRET: a copy of the table alone
 * neither reveals nor lets anyone forge a credential.
 */
export function secretDigest(serverSecret: string, token: string): string {
  return createHmac('sha256', serverSecret).update(token).digest('hex');
}

/** A password the policy accepts, for generated credentials (bootstrap, demo users). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,63}$/;
export const RESERVED_USERNAMES = ['system', 'anonymous'];

/** The password rule, in one place for the API, the CLI and the bootstrap. */
export function passwordProblem(password: string, username?: string): string | undefined {
  if (typeof password !== 'string' || password.length < 12) return 'password must be at least 12 characters';
  if (password.length > 256) return 'password must be at most 256 characters';
  if (new Set(password).size < 6) return 'password must use at least 6 different characters';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'password must not contain the username';
  return undefined;
}
