import type { EntityManager, DataSource } from 'typeorm';
import { DEFAULT_SLA_POLICY, type TourOutagePolicy } from '../registry/sla-policy.entity';

/**
 * Which open outages stop a tour from recording: one that stops recording (network, central system,
 * office server, power) over the whole office, or over the tour's kit, its mobile unit. With the
 * office's policy `hold` they hold the tour; with `proceed-offline` the tour records offline.
 * `t` is the tour, `o` the outage.
 */
export const OUTAGE_COVERS_TOUR_KIT = `o.office_id = t.office_id AND o.status = 'open' AND o.stops_recording
  AND (o.whole_office OR EXISTS (SELECT 1 FROM outage_service_points x WHERE x.outage_id = o.id AND x.service_point_id = t.kit_service_point_id))`;

/** The office's tour-outage policy (the default when it has no policy of its own). */
export const TOUR_OUTAGE_POLICY_OF = (officeColumn: string) =>
  `COALESCE((SELECT p.tour_outage_policy FROM sla_policies p WHERE p.office_id = ${officeColumn}), '${DEFAULT_SLA_POLICY.tourOutagePolicy}')`;

export const OPEN_TOUR = `t.status IN ('planned','approved','in-progress')`;

export interface OutageOverTour {
  outageId: string;
  kind: string;
  description: string;
  wholeOffice: boolean;
  startedAt: string;
}

/** The open outages over a tour's kit, oldest first, and what the office's policy makes of them. */
export async function outagesOverTour(db: DataSource | EntityManager, tourId: string): Promise<{ policy: TourOutagePolicy; outages: OutageOverTour[] }> {
  const rows: Array<OutageOverTour & { policy: TourOutagePolicy }> = await db.query(
    `SELECT o.id AS "outageId", o.kind, o.description, o.whole_office AS "wholeOffice", o.started_at AS "startedAt", ${TOUR_OUTAGE_POLICY_OF('t.office_id')} AS policy
       FROM tours t JOIN outages o ON ${OUTAGE_COVERS_TOUR_KIT}
      WHERE t.id = $1 ORDER BY o.started_at, o.id`,
    [tourId],
  );
  const first: { policy?: TourOutagePolicy } | undefined =
    rows[0] ?? (await db.query(`SELECT ${TOUR_OUTAGE_POLICY_OF('t.office_id')} AS policy FROM tours t WHERE t.id = $1`, [tourId]))[0];
  return { policy: first?.policy ?? DEFAULT_SLA_POLICY.tourOutagePolicy, outages: rows.map(({ policy: _p, ...o }) => o) };
}
