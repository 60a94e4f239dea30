import { ApiError } from '../../lib/api';

/**
 * The fields a refusal names, each with the kind of problem: a validation failure lists every field
 * (`stops.0.date`), invalid_input names one, and kit_busy names the stop's date it is about.
 */
export function fieldErrorsOf(error: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!(error instanceof ApiError)) return out;
  const body = (error.body ?? {}) as { field?: unknown; errors?: Array<{ field?: unknown }> };
  for (const e of body.errors ?? []) if (typeof e.field === 'string') out.set(e.field, error.code);
  if (typeof body.field === 'string') out.set(body.field, error.code);
  return out;
}
