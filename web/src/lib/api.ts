import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-schema';

/**
 * The one API client of the app, typed from the API's OpenAPI document (api-schema.d.ts, generated
 * by `npm run api:types`; test/openapi.spec.ts fails when it no longer matches the API). Same
 * origin, the session in its httpOnly cookie (never in script), the CSRF token echoed on writes,
 * and the server's refusals as ApiError with their code.
 */
export const CSRF_COOKIE = 'ektp_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The API's schemas by name: `Schemas['RepairCaseView']`. */
export type Schemas = components['schemas'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** Called when the server says the session is gone (401): the app goes to the login page. */
let onUnauthenticated: () => void = () => undefined;
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

function cookie(name: string): string | undefined {
  return document.cookie
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name)?.[1];
}

const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    if (request.method !== 'GET') {
      const csrf = cookie(CSRF_COOKIE);
      if (csrf) request.headers.set(CSRF_HEADER, decodeURIComponent(csrf));
    }
    return request;
  },
  onResponse({ request, response }) {
    const path = new URL(request.url).pathname;
    // Signing in, and asking who is signed in, answer 401 as part of their job.
    if (response.status === 401 && path !== '/auth/login' && path !== '/auth/me') onUnauthenticated();
    return response;
  },
};

export const client = createClient<paths>({ credentials: 'same-origin' });
client.use(session);

/** An answer's data, or its refusal thrown as ApiError (code and message from the server's body). */
export async function data<T>(answer: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data: body, error, response } = await answer;
  if (!response.ok) {
    const b = (error ?? {}) as { code?: string; message?: string };
    throw new ApiError(response.status, b.code ?? 'unknown', b.message ?? response.statusText, error);
  }
  return body as T;
}

/** Every item of a paged list, page after page, until the API's `total` is reached (or a page is empty). */
export async function allPages<T>(page: (n: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const all: T[] = [];
  for (let n = 1; ; n++) {
    const answer = await page(n);
    all.push(...answer.items);
    if (answer.items.length === 0 || all.length >= answer.total) return all;
  }
}
