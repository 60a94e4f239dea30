import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { AppConfig, DEVELOPMENT_TOKEN_SECRET } from '../config/app-config';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** A fresh signing secret: prefix + 256 random bits, URL-safe. */
export function newWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * The key that encrypts signing secrets at rest: WEBHOOK_SECRET_KEY, or (in development and tests
 * only) the token secret or its development placeholder. Stretched to 256 bits with HKDF.
 */
export function webhookKey(config: AppConfig): Buffer {
  let material = config.WEBHOOK_SECRET_KEY;
  if (material && material.length < 32) throw new Error('WEBHOOK_SECRET_KEY must be at least 32 characters');
  if (!material) {
    if (config.NODE_ENV === 'production') throw new Error('WEBHOOK_SECRET_KEY is required in production (32 or more random characters)');
    material = config.AUTH_TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET;
  }
  return Buffer.from(hkdfSync('sha256', material, 'ektp-webhooks', 'webhook-secret-encryption', 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url: AES-256-GCM, a fresh 96-bit IV per secret. */
export function encryptSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}

export function decryptSecret(key: Buffer, stored: string): string {
  const [version, iv, tag, ct] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unreadable webhook secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
}

/** The signature header's value: `sha256=` + hex HMAC-SHA256 over `timestamp + "." + body`. */
export function signPayload(secret: string, timestamp: string, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}
