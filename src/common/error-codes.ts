/**
 * Every `code` an error answer of the API can carry: stable for clients, and what the browser app
 * turns into a sentence (web/src/locales/<language>/errors.json holds one for each; a test checks).
 * DomainError and the hand-made error bodies take an ErrorCode, so a new code must be listed here.
 */
export const ERROR_CODES = [
  // Who is asking
  'authentication_required',
  'invalid_credentials',
  'invalid_token',
  'not_a_session',
  'not_a_user',
  'csrf_failed',
  'forbidden',
  'four_eyes',
  'no_access_rule',
  'person_required',
  'too_many_attempts',
  'too_many_requests',
  // What was sent
  'validation_failed',
  'invalid_input',
  'invalid_csv',
  'entity_too_large',
  'entity_parse_failed',
  'entity_verify_failed',
  'payload_too_large',
  'not_found',
  // The state of things
  'invalid_transition',
  'case_finished',
  'already_started',
  'kit_busy',
  'tour_held_by_outage',
  'repair_already_open',
  'device_in_repair',
  'device_retired',
  'device_has_history',
  'serial_exists',
  'service_point_exists',
  'service_point_in_use',
  'office_exists',
  'office_in_use',
  'username_taken',
  'escalation_open',
  'outage_open',
  'duplicate_packet',
  'webhook_target_refused',
  // Retries (X-Request-Id)
  'idempotency_key_reused',
  'request_in_progress',
  'request_already_applied',
  'workflow_start_refused',
  // The service itself
  'database_unavailable',
  'temporal_unavailable',
  'dependency_timeout',
  'internal_error',
  'http_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The code of an answer Nest made itself (an unknown route, the rate limiter, an upload over its limit). */
export function codeOfStatus(status: number): ErrorCode {
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'too_many_requests';
  return 'http_error';
}
