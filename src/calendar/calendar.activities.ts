import type { DataSource } from 'typeorm';
import { planOfficeWait, PlannedWait, WaitRequest } from './business-calendar';

/**
 * Activities that compute deadlines from an office's business calendar: the workflows sleep until
 * the instant returned (recorded in their history, so replay stays deterministic; a calendar changed
 * later applies to the next wait).
 */
export function createCalendarActivities(db: DataSource) {
  return {
    async planWait(req: WaitRequest): Promise<PlannedWait> {
      return planOfficeWait(db, req);
    },
  };
}

export type CalendarActivities = ReturnType<typeof createCalendarActivities>;
