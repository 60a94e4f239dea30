import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** Messages of OutageWorkflow, defined once and used by the workflow and by the API. */

export const OUTAGE_KINDS = ['network', 'central-system', 'server', 'server-blocked', 'power', 'card-stock'] as const;
export type OutageKind = (typeof OUTAGE_KINDS)[number];

/** What each kind of outage stops; other services of the office (family cards, birth certificates…) are not e-KTP and stay up. */
export const OUTAGE_EFFECTS: Record<OutageKind, { recording: boolean; printing: boolean }> = {
  network: { recording: true, printing: true },
  'central-system': { recording: true, printing: true },
  server: { recording: true, printing: true },
  // The ministry blocked the office's server: cards cannot be printed; recording goes on offline and the backlog grows.
  'server-blocked': { recording: false, printing: true },
  power: { recording: true, printing: true },
  'card-stock': { recording: false, printing: true },
};

/** open (the failure lasts) → recovering (resolved, burning down the print backlog it left) → closed. */
export const OUTAGE_STATUSES = ['open', 'recovering', 'closed'] as const;
export type OutageStatus = (typeof OUTAGE_STATUSES)[number];

/** What a person can do to an outage; the names of the API's routes (`POST /outages/:id/<action>`). */
export const OUTAGE_ACTIONS = ['resolve', 'print-progress', 'overtime'] as const;
export type OutageAction = (typeof OUTAGE_ACTIONS)[number];

/**
 * Which states accept each action: the workflow's validators refuse everything else, and the API
 * reads the same table to tell a person what they may do now.
 */
export const OUTAGE_ALLOWED: Record<OutageAction, readonly OutageStatus[]> = {
  resolve: ['open'],
  'print-progress': ['recovering'],
  // Overtime can be planned while the outage lasts, for the backlog it is leaving.
  overtime: ['open', 'recovering'],
};

export interface OutagePolicy {
  reminderIntervalSeconds: number;
  /** Still open this long after it started: an escalation letter is drafted. */
  escalationSeconds: number;
  backlogStallSeconds: number;
}

export interface OutageWorkflowInput {
  outageId: string;
  officeId: string;
  reportedBy: string;
  requestId?: string;
  policy: OutagePolicy;
  /** When the escalation is due (ISO): outageEscalationSeconds after the outage began, which may be before it was recorded. */
  escalateAt: string;
}

export interface OutageState {
  outageId: string;
  status: OutageStatus;
  seq: number;
  version: number;
  remindersSent: number;
  escalationId?: string;
  backlogRemaining?: number;
  /** A reminder due outside the office's working hours waits until then (the office's own working week). */
  nextReminderAt?: string;
}

export interface OutageActor {
  actor: string;
  role: string;
  requestId?: string;
}

export interface ResolveOutageInput extends OutageActor {
  /** ISO time the service came back. */
  resolvedAt: string;
  /** Cards recorded but not printed because of the outage (only for outages that stopped printing). */
  backlog: number;
}

export interface PrintProgressInput extends OutageActor {
  /** YYYY-MM-DD (WIB). */
  date: string;
  printed: number;
}

export interface OvertimeInput extends OutageActor {
  date: string;
  target: number;
}

export const resolveOutageUpdate = defineUpdate<OutageState, [ResolveOutageInput]>('resolve');
export const printProgressUpdate = defineUpdate<OutageState, [PrintProgressInput]>('printProgress');
export const planOvertimeUpdate = defineUpdate<OutageState, [OvertimeInput]>('planOvertime');
export const outageStateQuery = defineQuery<OutageState>('state');

export function outageWorkflowId(outageId: string): string {
  return `outage-${outageId}`;
}
