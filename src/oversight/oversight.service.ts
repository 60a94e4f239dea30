import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EscalationStatus } from '../../workflows/escalation.messages';
import { OPEN_REPAIR_STATUSES } from '../../workflows/repair.messages';
import type { OfficeScope, Principal } from '../auth/principal';
import { NotFoundError } from '../common/domain-errors';
import { pageOf, type Page } from '../common/pagination';
import { zoneOfProvince, type OfficeTimeZone } from '../common/time-zones';
import { CoverageService } from '../coverage/coverage.service';
import type { CoverageFigures, RegionRef } from '../coverage/dto/coverage.responses';
import { RECORDING_SET_KINDS, type DeviceKind, type DeviceStatus } from '../registry/device.entity';
import type { LettersAwaitingReplyQuery } from './dto/oversight.dto';
import type {
  DeviceOutOfService,
  DistrictDown,
  LetterAwaitingReply,
  NationalOversightView,
  OversightFigures,
  ProvinceOversight,
  ProvinceOversightView,
  ProvinceSeriesView,
  RegencyOversight,
} from './dto/oversight.responses';
import { DISTRICTS_BEHIND } from './dto/oversight.responses';

const AWAITING_REPLY: EscalationStatus = 'awaiting-reply';

/**
 * The offices of the view (SQL `$1`: the caller's office ids, NULL for every office; `$2`: a
 * province code, NULL for the whole country), each with its zone and today there: every day and
 * "days since" below is counted on the office's own calendar (WIB, WITA or WIT).
 */
const SCOPED = `
  scoped AS MATERIALIZED (
    SELECT o.id, o.name, o.regency_code, o.time_zone, (now() AT TIME ZONE o.time_zone)::date AS today
      FROM offices o
     WHERE ($1::uuid[] IS NULL OR o.id = ANY($1::uuid[])) AND ($2::text IS NULL OR o.regency_code LIKE $2::text || '.%'))`;

/**
 * Since when a service point that cannot record cannot: record_down_since, kept by the availability
 * refresh; a point never refreshed (registered, no devices yet) since its availability was set.
 */
const DOWN_SINCE = `COALESCE(sp.record_down_since, sp.availability_changed_at)`;

/** Days from a moment to the office's today, on its calendar (`s` is a `scoped` row). */
const daysSince = (at: string) => `(s.today - (${at} AT TIME ZONE s.time_zone)::date)`;

interface OfficeRow extends OversightFigures {
  officeId: string;
  officeName: string;
  regencyCode: string;
  regencyName: string;
  provinceCode: string;
  provinceName: string;
  timeZone: OfficeTimeZone;
  today: string;
  oldestDownSince: string | null;
}

const COUNTS = [
  'servicePoints',
  'servicePointsDown',
  'districtsDown',
  'openRepairs',
  'stalledRepairs',
  'devicesOutOfService',
  'openOutages',
  'recoveringOutages',
  'backlogRemaining',
  'lettersAwaitingReply',
] as const;

/** The figures of several offices together: counts add up, the oldest "down since" is the earliest. */
function sumOf(rows: readonly OversightFigures[]): OversightFigures {
  const sum = Object.fromEntries(COUNTS.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)])) as Record<(typeof COUNTS)[number], number>;
  const oldest = rows.filter((r) => r.oldestDownSince !== null).sort((a, b) => Date.parse(a.oldestDownSince!) - Date.parse(b.oldestDownSince!))[0];
  return { ...sum, oldestDownSince: oldest?.oldestDownSince ?? null, oldestDownDays: oldest?.oldestDownDays ?? null };
}

function figuresOf(r: OversightFigures): OversightFigures {
  const { oldestDownSince, oldestDownDays } = r;
  return { ...Object.fromEntries(COUNTS.map((k) => [k, r[k]])), oldestDownSince, oldestDownDays } as OversightFigures;
}

/** Only the coverage figures of a roll-up row (it carries its region and office too). */
function coverageOf(r: CoverageFigures): CoverageFigures {
  const { villagesTotal, villagesCounted, requiredTotal, recorded, notYetRecorded, recordedByToursSinceImport, coveragePercent } = r;
  return { villagesTotal, villagesCounted, requiredTotal, recorded, notYetRecorded, recordedByToursSinceImport, coveragePercent };
}

const NO_COVERAGE: CoverageFigures = {
  villagesTotal: 0,
  villagesCounted: 0,
  requiredTotal: null,
  recorded: null,
  notYetRecorded: 0,
  recordedByToursSinceImport: 0,
  coveragePercent: null,
};

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());
const oneDecimal = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

/** `null` for every office, the ids otherwise (SQL `$1`). */
function officeIds(scope: OfficeScope): string[] | null {
  return scope.officeIds === 'all' ? null : [...scope.officeIds];
}

/**
 * Supervisors' and the ministry's views: what stops recording, per regency over a province and per
 * province over the country; the letters awaiting the ministry's reply; the charts' series. Read
 * only, aggregated over the read model, over the offices the caller may read.
 */
@Injectable()
export class OversightService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly coverage: CoverageService,
  ) {}

  async national(p: Principal): Promise<NationalOversightView> {
    const asOf = new Date().toISOString();
    const [offices, coverage] = await Promise.all([this.offices(p.read, null), this.coverage.national(p.read)]);
    const byProvince = new Map<string, OfficeRow[]>();
    for (const o of offices) byProvince.set(o.provinceCode, [...(byProvince.get(o.provinceCode) ?? []), o]);
    const provinces: ProvinceOversight[] = [...byProvince.values()].map((rows) => {
      const c = coverage.provinces.find((x) => x.code === rows[0].provinceCode);
      return { code: rows[0].provinceCode, name: rows[0].provinceName, offices: rows.length, ...sumOf(rows), coverage: c ? coverageOf(c) : NO_COVERAGE };
    });
    provinces.sort((a, b) => b.districtsDown - a.districtsDown || b.servicePointsDown - a.servicePointsDown || a.code.localeCompare(b.code));
    return { asOf, totals: sumOf(provinces), provinces };
  }

  /** A province outside the caller's own (a province supervisor's) is answered like a missing one, as GET /coverage/provinces/:code does. */
  async province(code: string, top: number, p: Principal): Promise<ProvinceOversightView> {
    const province = await this.provinceFor(code, p);
    const asOf = new Date().toISOString();
    const ids = officeIds(p.read);
    const [offices, devices, districtsDown, coverage, districtsBehind] = await Promise.all([
      this.offices(p.read, code),
      this.longestOutOfService(ids, code, top),
      this.districtsDown(ids, code),
      this.coverage.forProvince(code, p.read, p.provinceCode),
      this.coverage.districtsBehind(code, p.read, DISTRICTS_BEHIND),
    ]);
    const regencies: RegencyOversight[] = offices.map((o) => {
      const c = coverage.regencies.find((r) => r.officeId === o.officeId);
      return {
        code: o.regencyCode,
        name: o.regencyName,
        officeId: o.officeId,
        officeName: o.officeName,
        timeZone: o.timeZone,
        today: o.today,
        ...figuresOf(o),
        longestOutOfService: devices.filter((d) => d.officeId === o.officeId).map(({ officeId: _o, ...d }) => d),
        coverage: c ? coverageOf(c) : NO_COVERAGE,
      };
    });
    regencies.sort(
      (a, b) => b.districtsDown - a.districtsDown || b.servicePointsDown - a.servicePointsDown || b.stalledRepairs - a.stalledRepairs || a.code.localeCompare(b.code),
    );
    return { province, asOf, totals: sumOf(regencies), coverage: coverageOf(coverage.totals), regencies, districtsDown, districtsBehind };
  }

  async series(code: string, days: number, p: Principal): Promise<ProvinceSeriesView> {
    const province = await this.provinceFor(code, p);
    const ids = officeIds(p.read);
    const [down, repairs] = await Promise.all([this.downPerDay(ids, code, days), this.timeToRepair(ids, code, days)]);
    return { province, days, servicePointsDown: down, timeToRepair: repairs };
  }

  /** Letters awaiting the ministry's reply, the longest waiting first (since its first letter was sent). */
  async lettersAwaitingReply(query: LettersAwaitingReplyQuery, p: Principal): Promise<Page<LetterAwaitingReply>> {
    if (query.province !== undefined) await this.provinceFor(query.province, p);
    const params = [officeIds(p.read), query.province ?? null, AWAITING_REPLY];
    const from = `
        FROM escalations e
        JOIN offices o ON o.id = e.office_id
        LEFT JOIN escalation_letters f ON f.escalation_id = e.id AND f.round = 1
       WHERE e.status = $3 AND ($1::uuid[] IS NULL OR e.office_id = ANY($1::uuid[])) AND ($2::text IS NULL OR o.regency_code LIKE $2::text || '.%')`;
    const [[{ total }], rows] = await Promise.all([
      this.db.query(`SELECT count(*)::int AS total ${from}`, params) as Promise<Array<{ total: number }>>,
      this.db.query(
        `SELECT e.id, e.subject, e.office_id AS "officeId", o.name AS "officeName", o.regency_code AS "regencyCode", o.time_zone AS "timeZone",
                e.round, e.solved_at AS "solvedAt", COALESCE(f.dispatched_at, f.approved_at, e.updated_at) AS "waitingSince",
                ((now() AT TIME ZONE o.time_zone)::date - (COALESCE(f.dispatched_at, f.approved_at, e.updated_at) AT TIME ZONE o.time_zone)::date) AS "daysWaiting"
         ${from}
         ORDER BY "waitingSince", e.id
         LIMIT $4 OFFSET $5`,
        [...params, query.limit, (query.page - 1) * query.limit],
      ) as Promise<Array<Omit<LetterAwaitingReply, 'rounds'>>>,
    ]);
    const letters: Array<{ escalationId: string; round: number; number: string; letterDate: string; sentAt: Date | null }> = rows.length
      ? await this.db.query(
          `SELECT escalation_id AS "escalationId", round, number, letter_date::text AS "letterDate", dispatched_at AS "sentAt"
             FROM escalation_letters WHERE escalation_id = ANY($1::uuid[]) ORDER BY round`,
          [rows.map((r) => r.id)],
        )
      : [];
    const items = rows.map((r) => ({
      ...r,
      waitingSince: iso(r.waitingSince) as string,
      solvedAt: iso(r.solvedAt),
      rounds: letters.filter((l) => l.escalationId === r.id).map((l) => ({ round: l.round, number: l.number, letterDate: l.letterDate, sentAt: iso(l.sentAt) })),
    }));
    return pageOf(items, total, query);
  }

  /** The province, if the caller may read it: a province supervisor reads their own only. */
  private async provinceFor(code: string, p: Principal): Promise<RegionRef> {
    const [province]: RegionRef[] = await this.db.query(`SELECT code, name FROM provinces WHERE code = $1`, [code]);
    if (!province) throw new NotFoundError('Province', code);
    if (p.read.officeIds === 'all' || p.provinceCode === code) return province;
    // A supervisor's API key reads its one office: the province of that office is in its view.
    const [within] = await this.db.query(`SELECT EXISTS (SELECT 1 FROM offices o WHERE o.id = ANY($1::uuid[]) AND o.regency_code LIKE $2 || '.%') AS yes`, [
      [...p.read.officeIds],
      code,
    ]);
    if (!within?.yes) throw new NotFoundError('Province', code);
    return province;
  }

  /** Each office's figures, in one pass of grouped counts per table. */
  private async offices(scope: OfficeScope, provinceCode: string | null): Promise<OfficeRow[]> {
    const rows: OfficeRow[] = await this.db.query(
      `WITH ${SCOPED},
       points AS (
         SELECT sp.office_id, count(*)::int AS total, count(*) FILTER (WHERE NOT sp.can_record)::int AS down,
                min(${DOWN_SINCE}) FILTER (WHERE NOT sp.can_record) AS oldest
           FROM service_points sp WHERE sp.office_id IN (SELECT id FROM scoped) GROUP BY 1),
       districts_down AS (
         SELECT k.office_id, count(*)::int AS n
           FROM (SELECT sp.office_id FROM service_points sp
                  WHERE sp.office_id IN (SELECT id FROM scoped) AND sp.kind <> 'mobile-unit'
                  GROUP BY sp.office_id, sp.district_code HAVING bool_and(NOT sp.can_record)) k
          GROUP BY 1),
       repairs AS (
         SELECT c.office_id, count(*)::int AS open, count(*) FILTER (WHERE c.deadline_at < now())::int AS stalled
           FROM repair_cases c WHERE c.office_id IN (SELECT id FROM scoped) AND c.status = ANY($3) GROUP BY 1),
       devices_out AS (
         SELECT d.office_id, count(*)::int AS n FROM devices d
          WHERE d.office_id IN (SELECT id FROM scoped) AND d.status IN ('broken', 'in-repair') GROUP BY 1),
       outs AS (
         SELECT o.office_id, count(*) FILTER (WHERE o.status = 'open')::int AS open, count(*) FILTER (WHERE o.status = 'recovering')::int AS recovering,
                COALESCE(sum(o.backlog_remaining), 0)::int AS backlog
           FROM outages o WHERE o.office_id IN (SELECT id FROM scoped) AND o.status <> 'closed' GROUP BY 1),
       letters AS (
         SELECT e.office_id, count(*)::int AS n FROM escalations e WHERE e.office_id IN (SELECT id FROM scoped) AND e.status = $4 GROUP BY 1)
       SELECT s.id AS "officeId", s.name AS "officeName", s.regency_code AS "regencyCode", r.name AS "regencyName",
              pr.code AS "provinceCode", pr.name AS "provinceName", s.time_zone AS "timeZone", s.today::text AS today,
              COALESCE(pt.total, 0) AS "servicePoints", COALESCE(pt.down, 0) AS "servicePointsDown",
              pt.oldest AS "oldestDownSince", ${daysSince('pt.oldest')} AS "oldestDownDays",
              COALESCE(dd.n, 0) AS "districtsDown", COALESCE(rc.open, 0) AS "openRepairs", COALESCE(rc.stalled, 0) AS "stalledRepairs",
              COALESCE(dv.n, 0) AS "devicesOutOfService", COALESCE(ou.open, 0) AS "openOutages", COALESCE(ou.recovering, 0) AS "recoveringOutages",
              COALESCE(ou.backlog, 0) AS "backlogRemaining", COALESCE(l.n, 0) AS "lettersAwaitingReply"
         FROM scoped s
         JOIN regencies r ON r.code = s.regency_code
         JOIN provinces pr ON pr.code = r.province_code
         LEFT JOIN points pt ON pt.office_id = s.id
         LEFT JOIN districts_down dd ON dd.office_id = s.id
         LEFT JOIN repairs rc ON rc.office_id = s.id
         LEFT JOIN devices_out dv ON dv.office_id = s.id
         LEFT JOIN outs ou ON ou.office_id = s.id
         LEFT JOIN letters l ON l.office_id = s.id
        ORDER BY s.regency_code`,
      [officeIds(scope), provinceCode, OPEN_REPAIR_STATUSES, AWAITING_REPLY],
    );
    return rows.map((r) => ({ ...r, oldestDownSince: iso(r.oldestDownSince) }));
  }

  /** Each office's devices out of service longest (since its open repair case was reported), at most `top` each. */
  private async longestOutOfService(ids: string[] | null, provinceCode: string, top: number): Promise<Array<DeviceOutOfService & { officeId: string }>> {
    const rows: Array<Omit<DeviceOutOfService, 'since'> & { officeId: string; since: Date }> = await this.db.query(
      `WITH ${SCOPED},
       out AS (
         SELECT d.office_id, d.id, d.serial_number, d.kind, d.status, sp.id AS sp_id, sp.name AS sp_name, c.id AS case_id,
                COALESCE(c.opened_at, d.updated_at) AS since, ${daysSince('COALESCE(c.opened_at, d.updated_at)')} AS days
           FROM devices d
           JOIN scoped s ON s.id = d.office_id
           JOIN service_points sp ON sp.id = d.service_point_id
           LEFT JOIN repair_cases c ON c.device_id = d.id AND c.status = ANY($3)
          WHERE d.status IN ('broken', 'in-repair')),
       ranked AS (SELECT out.*, row_number() OVER (PARTITION BY out.office_id ORDER BY out.since, out.id) AS n FROM out)
       SELECT office_id AS "officeId", id AS "deviceId", serial_number AS "serialNumber", kind, status, sp_id AS "servicePointId",
              sp_name AS "servicePointName", case_id AS "repairCaseId", since, days
         FROM ranked WHERE n <= $4 ORDER BY office_id, n`,
      [ids, provinceCode, OPEN_REPAIR_STATUSES, top],
    );
    return rows.map((r) => ({ ...r, kind: r.kind as DeviceKind, status: r.status as DeviceStatus, since: iso(r.since) as string }));
  }

  /** Kecamatan where the office has fixed service points and none of them can record; the longest down first. */
  private async districtsDown(ids: string[] | null, provinceCode: string): Promise<DistrictDown[]> {
    const rows: Array<Omit<DistrictDown, 'since'> & { since: Date | null }> = await this.db.query(
      `WITH ${SCOPED}
       SELECT d.code, d.name, d.regency_code AS "regencyCode", s.id AS "officeId", s.name AS "officeName", s.time_zone AS "timeZone",
              count(*)::int AS "servicePoints", max(${DOWN_SINCE}) AS since, ${daysSince(`max(${DOWN_SINCE})`)} AS days
         FROM service_points sp
         JOIN scoped s ON s.id = sp.office_id
         JOIN districts d ON d.code = sp.district_code
        WHERE sp.kind <> 'mobile-unit'
        GROUP BY d.code, d.name, d.regency_code, s.id, s.name, s.time_zone, s.today
       HAVING bool_and(NOT sp.can_record)
        ORDER BY since NULLS FIRST, d.code`,
      [ids, provinceCode],
    );
    return rows.map((r) => ({ ...r, since: iso(r.since) }));
  }

  /**
   * Per day of the last `days` (the province's calendar; each office's day bounded in its own zone),
   * the service points that could not record at some time of it: while a repair case of one of their
   * recording set's devices was open and not yet repaired, while an outage that stops recording
   * covered them, or since they cannot record now (see ProvinceSeriesView).
   */
  private async downPerDay(ids: string[] | null, provinceCode: string, days: number): Promise<Array<{ date: string; servicePointsDown: number }>> {
    return this.db.query(
      `WITH ${SCOPED},
       labels AS (
         SELECT g::date AS day
           FROM generate_series(((now() AT TIME ZONE $4)::date - ($3::int - 1))::timestamp, (now() AT TIME ZONE $4)::date::timestamp, interval '1 day') g),
       days AS (
         SELECT l.day, s.id AS office_id, (l.day::timestamp AT TIME ZONE s.time_zone) AS day_start, ((l.day + 1)::timestamp AT TIME ZONE s.time_zone) AS day_end
           FROM labels l CROSS JOIN scoped s),
       spans AS (
         -- Down until the last repair: a repair that failed verification sends the case back, and the
         -- device was broken all along. While the case is back before repair, the span is still open.
         SELECT c.service_point_id AS sp_id, c.office_id, c.opened_at AS from_at,
                CASE WHEN c.status IN ('reported', 'triaged', 'awaiting-repair') THEN NULL
                     ELSE COALESCE(
                       (SELECT max(t.occurred_at) FROM timeline_entries t WHERE t.subject_id = c.id AND t.subject_type = 'repair' AND t.to_status = 'repaired'),
                       (SELECT min(t.occurred_at) FROM timeline_entries t WHERE t.subject_id = c.id AND t.subject_type = 'repair' AND t.to_status IN ('closed', 'cancelled')))
                END AS to_at
           FROM repair_cases c JOIN devices d ON d.id = c.device_id
          WHERE c.office_id IN (SELECT id FROM scoped) AND d.kind = ANY($5::text[])
            -- Cases closed before the window (a repair comes before its closing) cannot reach into it.
            AND (c.closed_at IS NULL OR c.closed_at >= now() - make_interval(days => $3::int + 1))
         UNION ALL
         SELECT sp.id, o.office_id, o.started_at, o.resolved_at
           FROM outages o JOIN service_points sp ON sp.office_id = o.office_id
          WHERE o.office_id IN (SELECT id FROM scoped) AND o.stops_recording
            AND (o.resolved_at IS NULL OR o.resolved_at >= now() - make_interval(days => $3::int + 1))
            AND (o.whole_office OR EXISTS (SELECT 1 FROM outage_service_points osp WHERE osp.outage_id = o.id AND osp.service_point_id = sp.id))
         UNION ALL
         SELECT sp.id, sp.office_id, ${DOWN_SINCE}, NULL
           FROM service_points sp WHERE sp.office_id IN (SELECT id FROM scoped) AND NOT sp.can_record)
       SELECT l.day::text AS date, count(DISTINCT x.sp_id)::int AS "servicePointsDown"
         FROM labels l
         LEFT JOIN days dy ON dy.day = l.day
         LEFT JOIN spans x ON x.office_id = dy.office_id AND x.from_at < dy.day_end AND (x.to_at IS NULL OR x.to_at > dy.day_start)
        GROUP BY l.day
        ORDER BY l.day`,
      [ids, provinceCode, days, zoneOfProvince(provinceCode), RECORDING_SET_KINDS],
    );
  }

  /** Per office, days from the report to the repair of its cases closed in the window (median and 90th percentile). */
  private async timeToRepair(ids: string[] | null, provinceCode: string, days: number): Promise<ProvinceSeriesView['timeToRepair']> {
    const rows: Array<{ code: string; name: string; officeId: string; officeName: string; closedCases: number; medianDays: number | null; p90Days: number | null }> =
      await this.db.query(
        `WITH ${SCOPED},
         closed AS (
           SELECT c.office_id,
                  -- To the last repair: one that failed verification did not end the breakdown.
                  (EXTRACT(EPOCH FROM COALESCE((SELECT max(t.occurred_at) FROM timeline_entries t
                                                WHERE t.subject_id = c.id AND t.subject_type = 'repair' AND t.to_status = 'repaired'), c.closed_at) - c.opened_at))::float8 / 86400 AS days
             FROM repair_cases c JOIN scoped s ON s.id = c.office_id
            WHERE c.status = 'closed' AND c.closed_at >= ((s.today - ($3::int - 1))::timestamp AT TIME ZONE s.time_zone))
         SELECT r.code, r.name, s.id AS "officeId", s.name AS "officeName", count(c.days)::int AS "closedCases",
                percentile_cont(0.5) WITHIN GROUP (ORDER BY c.days) AS "medianDays",
                percentile_cont(0.9) WITHIN GROUP (ORDER BY c.days) AS "p90Days"
           FROM scoped s
           JOIN regencies r ON r.code = s.regency_code
           LEFT JOIN closed c ON c.office_id = s.id
          GROUP BY r.code, r.name, s.id, s.name
          ORDER BY r.code`,
        [ids, provinceCode, days],
      );
    return rows.map((r) => ({ ...r, medianDays: oneDecimal(r.medianDays), p90Days: oneDecimal(r.p90Days) }));
  }
}
