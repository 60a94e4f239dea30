import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RECORDING_SET_KINDS } from './device.entity';
import { preparedStatement, PreparedStatement, runPrepared } from '../database/prepared-statements';
import { byDistance, coordinatesOf, type OpeningHoursEntry } from './places';

export interface AlternativeServicePoint {
  id: string;
  name: string;
  kind: string;
  districtCode: string;
  districtName: string;
  sameDistrict: boolean;
  address: string | null;
  openingHours: OpeningHoursEntry[] | null;
  /** Great-circle km from the point that cannot record, 1 decimal; null when either lacks coordinates. */
  distanceKm: number | null;
}

interface AvailabilityRefresh {
  lock: PreparedStatement;
  update: PreparedStatement;
}

/**
 * Recording needs a working recording set and no open outage over the service point that stops
 * recording; printing a working card printer and no open outage that stops printing. `where` picks
 * the service points ($1); `name` names its two prepared statements.
 */
function availabilityRefresh(name: string, where: string): AvailabilityRefresh {
  const kinds = `$2::text[]`;
  const outageStart = (effect: string) => `(SELECT min(o.started_at) FROM outages o
      WHERE o.office_id = sp.office_id AND o.status = 'open' AND o.${effect}
        AND (o.whole_office OR EXISTS (SELECT 1 FROM outage_service_points osp WHERE osp.outage_id = o.id AND osp.service_point_id = sp.id)))`;
  const outage = (effect: string) => `EXISTS (SELECT 1 FROM outages o
      WHERE o.office_id = sp.office_id AND o.status = 'open' AND o.${effect}
        AND (o.whole_office OR EXISTS (SELECT 1 FROM outage_service_points osp WHERE osp.outage_id = o.id AND osp.service_point_id = sp.id)))`;
  return {
    lock: preparedStatement(
      `availability_lock_${name}`,
      `SELECT pg_advisory_xact_lock(hashtext('availability:' || office_id::text)) FROM (SELECT DISTINCT sp.office_id FROM service_points sp WHERE ${where}) o`,
    ),
    update: preparedStatement(
      `availability_refresh_${name}`,
      `WITH target AS (SELECT sp.id, sp.office_id FROM service_points sp WHERE ${where}),
       x AS (
         SELECT sp.id,
                (SELECT count(DISTINCT d.kind) FROM devices d
                  WHERE d.service_point_id = sp.id AND d.status = 'active' AND d.kind = ANY(${kinds})) = cardinality(${kinds})
                  AND NOT ${outage('stops_recording')} AS can_record,
                EXISTS (SELECT 1 FROM devices d WHERE d.service_point_id = sp.id AND d.status = 'active' AND d.kind = 'card-printer')
                  AND NOT ${outage('stops_printing')} AS can_print,
                ${outageStart('stops_recording')} AS record_outage_since,
                ${outageStart('stops_printing')} AS print_outage_since
           FROM target sp
       )
       UPDATE service_points sp
          SET can_record = x.can_record,
              can_print = x.can_print,
              -- Since when it cannot: kept while it stays down; an outage counts from when it began.
              record_down_since = CASE WHEN x.can_record THEN NULL
                WHEN sp.can_record OR sp.record_down_since IS NULL THEN LEAST(now(), x.record_outage_since) ELSE sp.record_down_since END,
              print_down_since = CASE WHEN x.can_print THEN NULL
                WHEN sp.can_print OR sp.print_down_since IS NULL THEN LEAST(now(), x.print_outage_since) ELSE sp.print_down_since END,
              availability_changed_at = CASE
                WHEN sp.can_record IS DISTINCT FROM x.can_record OR sp.can_print IS DISTINCT FROM x.can_print THEN now()
                ELSE sp.availability_changed_at END
         FROM x
        WHERE sp.id = x.id`,
    ),
  };
}

const ONE_POINT = availabilityRefresh('point', 'sp.id = $1');
const OFFICE_POINTS = availabilityRefresh('office', 'sp.office_id = $1');
const LISTED_POINTS = availabilityRefresh('points', 'sp.id = ANY($1::uuid[])');

/**
 * Derives a service point's availability from its devices: it can record when every component of
 * a recording set has at least one active device there, and print when an active card printer is there.
 */
@Injectable()
export class AvailabilityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async refresh(servicePointId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.refreshWhere(ONE_POINT, [servicePointId], manager);
  }

  /** Every service point of an office (an outage of the whole office began or ended). */
  async refreshOffice(officeId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.refreshWhere(OFFICE_POINTS, [officeId], manager);
  }

  async refreshMany(servicePointIds: string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (servicePointIds.length > 0) await this.refreshWhere(LISTED_POINTS, [servicePointIds], manager);
  }

  /**
   * Two statements, in the caller's transaction. The lock cannot be taken inside the refresh's own
   * statement: that statement's snapshot would be taken before the lock is granted, and so could
   * miss the previous refresh it waited for.
   */
  private async refreshWhere(refresh: AvailabilityRefresh, params: unknown[], manager: EntityManager): Promise<void> {
    // One refresh of an office at a time, each computed after the previous one committed: two outages
    // ending together cannot leave the flags of the one that ended first.
    await runPrepared(manager, refresh.lock, params);
    await runPrepared(manager, refresh.update, [...params, RECORDING_SET_KINDS]);
  }

  /**
   * Where residents can record instead: the nearest service points of the regency that can record,
   * by great-circle distance where this one and they have coordinates; those without, after them,
   * in the order of kecamatan: the same kecamatan first, the Dinas office first within each, then
   * by name. Never a mobile unit: it is on tour, not a place to go.
   */
  async alternativesFor(servicePointId: string, limit = 5): Promise<AlternativeServicePoint[]> {
    const rows: Array<{
      id: string;
      name: string;
      kind: string;
      district_code: string;
      district_name: string;
      same_district: boolean;
      address: string | null;
      opening_hours: OpeningHoursEntry[] | null;
      latitude: number | null;
      longitude: number | null;
      from_latitude: number | null;
      from_longitude: number | null;
    }> = await this.dataSource.query(
      // Every candidate of the regency (tens, at most a few hundred) in the fallback order; ranked by distance below.
      `SELECT alt.id, alt.name, alt.kind, alt.district_code, d.name AS district_name,
              (alt.district_code = sp.district_code) AS same_district, alt.address, alt.opening_hours,
              alt.latitude, alt.longitude, sp.latitude AS from_latitude, sp.longitude AS from_longitude
         FROM service_points sp
         JOIN districts spd ON spd.code = sp.district_code
         JOIN service_points alt ON alt.id <> sp.id AND alt.can_record AND alt.kind <> 'mobile-unit'
         JOIN districts d ON d.code = alt.district_code AND d.regency_code = spd.regency_code
        WHERE sp.id = $1
        ORDER BY (alt.district_code = sp.district_code) DESC, (alt.kind = 'office-hq') DESC, alt.name`,
      [servicePointId],
    );
    if (rows.length === 0) return [];
    const from = coordinatesOf({ latitude: rows[0].from_latitude, longitude: rows[0].from_longitude });
    return byDistance(from, rows)
      .slice(0, limit)
      .map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        districtCode: r.district_code,
        districtName: r.district_name,
        sameDistrict: r.same_district,
        address: r.address,
        openingHours: r.opening_hours,
        distanceKm: r.distanceKm,
      }));
  }
}
