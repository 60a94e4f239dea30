import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every answer: only this origin's scripts, styles, images and frames
 * (no inline scripts or styles, no plugins), framed only by pages of this origin (the letter PDF
 * shown in an <iframe> of the app). Offices reach the API over plain HTTP on their LAN
 * (http://<lan-ip>:3000), so `upgrade-insecure-requests` and HSTS go only with answers to HTTPS
 * requests (`req.secure`, which honours TRUST_PROXY): over HTTP they would send the browser to an
 * HTTPS port nobody listens on.
 */
const DIRECTIVES = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'frame-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
};

/**
 * The policy of the web app's page: the same, except that styles set inline are allowed (the
 * component library writes its theme into a <style> element at run time). Scripts stay this
 * origin's files only.
 */
export function appPageCsp(secure: boolean): string {
  const directives: Record<string, string[]> = { ...DIRECTIVES, 'style-src': ["'self'", "'unsafe-inline'"] };
  if (secure) directives['upgrade-insecure-requests'] = [];
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/**
 * The policy of the public availability page (server-rendered, for residents): the same strict
 * policy, plus its own inline style and script allowed by their SHA-256 hashes (one request less on
 * a slow connection; nothing else inline can run or apply).
 */
export function publicPageCsp(secure: boolean, hashes: { style: string; script: string }): string {
  const directives: Record<string, string[]> = { ...DIRECTIVES, 'style-src': [`'${hashes.style}'`], 'script-src': [`'${hashes.script}'`] };
  if (secure) directives['upgrade-insecure-requests'] = [];
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/**
 * The letter PDF's own policy: a PDF viewer is a plugin document, which `object-src 'none'` would
 * stop from rendering; it runs nothing of ours and is framed only by this origin.
 */
export const LETTER_PDF_CSP = "default-src 'none'; object-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/** helmet's headers (X-Frame-Options SAMEORIGIN, nosniff, …) with the policy above, per request's scheme. */
export function securityHeaders(): RequestHandler {
  const overHttps = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...DIRECTIVES, 'upgrade-insecure-requests': [] } },
    strictTransportSecurity: { maxAge: 365 * 24 * 3600, includeSubDomains: false },
  });
  const overHttp = helmet({ contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVES }, strictTransportSecurity: false });
  return (req: Request, res: Response, next: NextFunction) => (req.secure ? overHttps : overHttp)(req, res, next);
}
