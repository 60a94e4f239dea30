import { EntityManager } from 'typeorm';
import { DEVICE_KIND_ID } from '../repairs/repair-labels';
import { AvailabilityService } from '../registry/availability.service';
import type { DeviceKind } from '../registry/device.entity';
import { CaseFact, draftFromCases, DraftText } from './letter-text';

export interface CaseRow {
  id: string;
  office_id: string;
  status: string;
  service_point_id: string;
  kind: string;
  serial_number: string;
  sp_name: string;
  district: string;
  days: number;
  opened_at: Date;
  /** The office's own day the case was reported (YYYY-MM-DD). */
  opened_on: string;
  /** When it was closed or cancelled, and that day in the office's calendar. */
  closed_at: Date | null;
  closed_on: string | null;
}

/** The repair cases a letter is about, with what the letter says of each. */
export function loadCases(m: EntityManager, caseIds: string[]): Promise<CaseRow[]> {
  return m.query(
    `SELECT c.id, c.office_id, c.status, c.service_point_id, d.kind, d.serial_number, sp.name AS sp_name, dist.name AS district,
            GREATEST(0, ((now() AT TIME ZONE o.time_zone)::date - (c.opened_at AT TIME ZONE o.time_zone)::date))::int AS days, c.opened_at,
            (c.opened_at AT TIME ZONE o.time_zone)::date::text AS opened_on,
            c.closed_at, (c.closed_at AT TIME ZONE o.time_zone)::date::text AS closed_on
       FROM repair_cases c JOIN offices o ON o.id = c.office_id JOIN devices d ON d.id = c.device_id JOIN service_points sp ON sp.id = c.service_point_id
       JOIN districts dist ON dist.code = sp.district_code
      WHERE c.id = ANY($1::uuid[])
      ORDER BY d.serial_number`,
    [caseIds],
  );
}

/** The generated draft (subject, body, attachments) about the given cases of one office. */
export async function draftForCases(m: EntityManager, availability: AvailabilityService, officeId: string, cases: CaseRow[]): Promise<DraftText> {
  const [office] = await m.query(
    `SELECT o.name, r.name AS regency FROM offices o JOIN regencies r ON r.code = o.regency_code WHERE o.id = $1`,
    [officeId],
  );
  return draftFromCases(office.name, office.regency, await caseFacts(availability, cases));
}

/** What a letter says of each case: its device, place, the day it was reported and where residents go instead. */
export async function caseFacts(availability: AvailabilityService, cases: CaseRow[]): Promise<Array<CaseFact & { days: number }>> {
  const facts: Array<CaseFact & { days: number }> = [];
  for (const c of cases) {
    const alternatives = await availability.alternativesFor(c.service_point_id, 3);
    facts.push({
      deviceKind: DEVICE_KIND_ID[c.kind as DeviceKind] ?? c.kind,
      serialNumber: c.serial_number,
      servicePointName: c.sp_name,
      districtName: c.district,
      reportedOn: new Date(`${c.opened_on}T00:00:00Z`),
      alternatives: alternatives.map((a) => a.name),
      days: c.days,
    });
  }
  return facts;
}
