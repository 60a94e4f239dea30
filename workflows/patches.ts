/**
 * The patches of workflows that may have running executions (README, "Workflow versioning and
 * recorded histories"): each id is given to `patched()` where the new code branches from the old,
 * and the histories recorded before it replay down the old branch (test/replay.spec.ts).
 */

/**
 * Outage, backlog and tour-approval reminders due outside the office's working hours wait for its
 * next working instant (issue 15), as repair and letter reminders already did: one planWait per reminder.
 */
export const REMINDERS_IN_WORKING_HOURS = 'reminders-in-working-hours';
