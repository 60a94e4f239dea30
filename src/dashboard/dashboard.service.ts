import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ESCALATION_ALLOWED, ESCALATION_STATUSES, EscalationStatus, OPEN_ESCALATION_STATUSES } from '../../workflows/escalation.messages';
import { OUTAGE_STATUSES, OutageStatus } from '../../workflows/outage.messages';
import { OPEN_REPAIR_STATUSES, REPAIR_STATUSES, RepairStatus } from '../../workflows/repair.messages';
import type { StopStatus } from '../../workflows/tour.messages';
import type { Principal } from '../auth/principal';
import { InvalidInputError } from '../common/domain-errors';
import { escalationActionsFor } from '../escalations/escalation-actions';
import type { Escalation } from '../escalations/escalation.entity';
import { outageActionsFor } from '../outages/outage-actions';
import { repairActionsFor } from '../repairs/repair-actions';
import type { RepairCase } from '../repairs/repair-case.entity';
import { OPEN_TOUR, OUTAGE_COVERS_TOUR_KIT, TOUR_OUTAGE_POLICY_OF } from '../tours/outage-holds';
import { StopContext, stopActionsFor, TourFacts, tourActionsFor } from '../tours/tour-actions';
import { DashboardQuery, DashboardView, NeedsYouItem, NeedsYouKind } from './dto/dashboard.dto';

/** How many items "Perlu tindakan Anda" lists (the most recently changed first); `total` counts them all. */
export const NEEDS_YOU_LIMIT = 20;

interface Part {
  total: number;
  items: Array<NeedsYouItem & { at: Date }>;
}
const NOTHING: Part = { total: 0, items: [] };

interface ItemRow {
  id: string;
  title: string;
  detail: string | null;
  status: string;
  deadlineAt: Date | null;
  updatedAt: Date;
}

/**
 * Beranda: an office's counts (aggregates over the read model), and what the caller may act on now.
 *
 * "What the caller may act on" is decided by the same functions the detail reads answer
 * allowedActions with (repairActionsFor, escalationActionsFor, outageActionsFor, tourActionsFor,
 * stopActionsFor), without loading
 * every row: the rows are counted in groups of the inputs those functions read (the status, and
 * the caller's part in the four-eyes rules), each group's answer is asked of the function once on a
 * row of that shape, and only the newest rows of the groups that answer something are read. The
 * shapes are typed as the functions' parameters, so a function that starts reading another field
 * no longer compiles here until its group key is added.
 *
 * Tours are listed for two things only, not for every running tour its staff could cancel: a plan
 * this person may approve, and a stop of today (the office's day) the team may check in at.
 */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async view(query: DashboardQuery, p: Principal): Promise<DashboardView> {
    const officeId = await this.officeOf(query.officeId, p);
    // One snapshot: the counts and the list agree with each other.
    return this.db.transaction('REPEATABLE READ', async (m) => {
      const [repairs, letters, outages, ...needs] = await Promise.all([
        this.repairCounts(m, officeId),
        this.letterCounts(m, officeId),
        this.outageCounts(m, officeId),
        this.repairsNeeding(m, officeId, p),
        this.lettersNeeding(m, officeId, p),
        this.outagesNeeding(m, officeId, p),
        this.plansNeeding(m, officeId, p),
        this.stopsToday(m, officeId, p),
      ]);
      const items = needs
        .flatMap((n) => n.items)
        // Stable: each kind's rows keep the database's order (microseconds, then id) among equal milliseconds.
        .sort((a, b) => b.at.getTime() - a.at.getTime())
        .slice(0, NEEDS_YOU_LIMIT)
        .map(({ at: _at, ...item }) => item);
      return { officeId, repairs, letters, outages, needsYou: { total: needs.reduce((s, n) => s + n.total, 0), limit: NEEDS_YOU_LIMIT, items } };
    });
  }

  /** The office asked for, else the caller's own; one outside what the caller may read is answered like an unknown one. */
  private async officeOf(requested: string | undefined, p: Principal): Promise<string> {
    const officeId = requested ?? p.officeId;
    if (!officeId) throw new InvalidInputError('officeId', 'officeId is required: choose the office to show');
    const [office] = p.read.allows(officeId) ? await this.db.query(`SELECT id FROM offices WHERE id = $1`, [officeId]) : [];
    if (!office) throw new InvalidInputError('officeId', `officeId ${officeId} is not a known office`);
    return officeId;
  }

  private async repairCounts(m: EntityManager, officeId: string): Promise<DashboardView['repairs']> {
    const [counts] = await m.query(
      `SELECT count(*)::int AS open,
              count(*) FILTER (WHERE c.deadline_at < now())::int AS stalled,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM escalation_repair_cases x JOIN escalations e ON e.id = x.escalation_id
                                              WHERE x.repair_case_id = c.id AND e.status = ANY($3)))::int AS escalated
         FROM repair_cases c WHERE c.office_id = $1 AND c.status = ANY($2)`,
      [officeId, OPEN_REPAIR_STATUSES, OPEN_ESCALATION_STATUSES],
    );
    return counts;
  }

  private async letterCounts(m: EntityManager, officeId: string): Promise<DashboardView['letters']> {
    const awaitingReply: EscalationStatus = 'awaiting-reply';
    const rows: Array<{ status: EscalationStatus; n: number }> = await m.query(
      `SELECT status, count(*)::int AS n FROM escalations WHERE office_id = $1 AND status = ANY($2) GROUP BY status`,
      [officeId, [...ESCALATION_ALLOWED.approve, awaitingReply]],
    );
    const count = (statuses: readonly EscalationStatus[]) => rows.filter((r) => statuses.includes(r.status)).reduce((s, r) => s + r.n, 0);
    return { awaitingApproval: count(ESCALATION_ALLOWED.approve), awaitingReply: count([awaitingReply]) };
  }

  private async outageCounts(m: EntityManager, officeId: string): Promise<DashboardView['outages']> {
    const rows: Array<{ status: OutageStatus; n: number; backlog: number }> = await m.query(
      `SELECT status, count(*)::int AS n, COALESCE(sum(backlog_remaining), 0)::int AS backlog
         FROM outages WHERE office_id = $1 AND status <> 'closed' GROUP BY status`,
      [officeId],
    );
    const of = (status: OutageStatus) => rows.find((r) => r.status === status);
    return { open: of('open')?.n ?? 0, recovering: of('recovering')?.n ?? 0, backlog: rows.reduce((s, r) => s + r.backlog, 0) };
  }

  /** Repair cases: repairActionsFor reads the status and who marked the case repaired (not the caller, for verify). */
  private async repairsNeeding(m: EntityManager, officeId: string, p: Principal): Promise<Part> {
    const shape = (status: RepairStatus, mine: boolean): Pick<RepairCase, 'officeId' | 'status' | 'repairedBy'> => ({
      officeId,
      status,
      repairedBy: mine ? p.actor : null,
    });
    const statuses = REPAIR_STATUSES.filter((s) => [false, true].some((mine) => repairActionsFor(shape(s, mine), p).length > 0));
    if (statuses.length === 0) return NOTHING;
    const groups: Array<{ status: RepairStatus; mine: boolean; n: number }> = await m.query(
      `SELECT status, (repaired_by IS NOT DISTINCT FROM $2) AS mine, count(*)::int AS n
         FROM repair_cases WHERE office_id = $1 AND status = ANY($3) GROUP BY 1, 2`,
      [officeId, p.actor, statuses],
    );
    const acting = groups.filter((g) => repairActionsFor(shape(g.status, g.mine), p).length > 0);
    if (acting.length === 0) return NOTHING;
    const rows: Array<ItemRow & Pick<RepairCase, 'officeId' | 'status' | 'repairedBy'>> = await m.query(
      `SELECT c.id, c.office_id AS "officeId", c.status, c.repaired_by AS "repairedBy", c.description AS title,
              d.serial_number AS detail, c.deadline_at AS "deadlineAt", c.updated_at AS "updatedAt"
         FROM repair_cases c JOIN devices d ON d.id = c.device_id
        WHERE c.office_id = $1
          AND (c.status::text, c.repaired_by IS NOT DISTINCT FROM $2) IN (SELECT * FROM unnest($3::text[], $4::boolean[]))
        ORDER BY c.updated_at DESC, c.id LIMIT $5`,
      [officeId, p.actor, acting.map((g) => g.status), acting.map((g) => g.mine), NEEDS_YOU_LIMIT],
    );
    return part('repair', acting, rows, (r) => repairActionsFor(r, p));
  }

  /** Letters: escalationActionsFor reads the status, the round (a follow-up takes a reply) and whether the caller drafted or edited it (four-eyes). */
  private async lettersNeeding(m: EntityManager, officeId: string, p: Principal): Promise<Part> {
    const shape = (status: EscalationStatus, followUp: boolean, mine: boolean): Pick<Escalation, 'officeId' | 'status' | 'round' | 'drafters'> => ({
      officeId,
      status,
      round: followUp ? 2 : 1,
      drafters: mine ? [p.actor] : [],
    });
    const variants = [false, true].flatMap((followUp) => [false, true].map((mine) => [followUp, mine] as const));
    const statuses = ESCALATION_STATUSES.filter((s) => variants.some(([f, mine]) => escalationActionsFor(shape(s, f, mine), p).length > 0));
    if (statuses.length === 0) return NOTHING;
    const groups: Array<{ status: EscalationStatus; followUp: boolean; mine: boolean; n: number }> = await m.query(
      `SELECT status, round > 1 AS "followUp", drafters @> jsonb_build_array($2::text) AS mine, count(*)::int AS n
         FROM escalations WHERE office_id = $1 AND status = ANY($3) GROUP BY 1, 2, 3`,
      [officeId, p.actor, statuses],
    );
    const acting = groups.filter((g) => escalationActionsFor(shape(g.status, g.followUp, g.mine), p).length > 0);
    if (acting.length === 0) return NOTHING;
    const rows: Array<ItemRow & Pick<Escalation, 'officeId' | 'status' | 'round' | 'drafters'>> = await m.query(
      `SELECT e.id, e.office_id AS "officeId", e.status, e.round, e.drafters, e.subject AS title,
              (SELECT l.number FROM escalation_letters l WHERE l.escalation_id = e.id ORDER BY l.round DESC LIMIT 1) AS detail,
              NULL::timestamptz AS "deadlineAt", e.updated_at AS "updatedAt"
         FROM escalations e
        WHERE e.office_id = $1
          AND (e.status::text, e.round > 1, e.drafters @> jsonb_build_array($2::text)) IN (SELECT * FROM unnest($3::text[], $4::boolean[], $5::boolean[]))
        ORDER BY e.updated_at DESC, e.id LIMIT $6`,
      [officeId, p.actor, acting.map((g) => g.status), acting.map((g) => g.followUp), acting.map((g) => g.mine), NEEDS_YOU_LIMIT],
    );
    return part('escalation', acting, rows, (r) => escalationActionsFor(r, p));
  }

  /** Outages: outageActionsFor reads the status only. */
  private async outagesNeeding(m: EntityManager, officeId: string, p: Principal): Promise<Part> {
    const statuses = OUTAGE_STATUSES.filter((status) => outageActionsFor({ officeId, status }, p).length > 0);
    if (statuses.length === 0) return NOTHING;
    const groups: Array<{ status: OutageStatus; n: number }> = await m.query(
      `SELECT status, count(*)::int AS n FROM outages WHERE office_id = $1 AND status = ANY($2) GROUP BY status`,
      [officeId, statuses],
    );
    if (groups.length === 0) return NOTHING;
    const rows: Array<ItemRow & { officeId: string; status: OutageStatus }> = await m.query(
      `SELECT o.id, o.office_id AS "officeId", o.status, o.description AS title, NULL::text AS detail,
              NULL::timestamptz AS "deadlineAt", o.updated_at AS "updatedAt"
         FROM outages o WHERE o.office_id = $1 AND o.status = ANY($2)
        ORDER BY o.updated_at DESC, o.id LIMIT $3`,
      [officeId, groups.map((g) => g.status), NEEDS_YOU_LIMIT],
    );
    return part('outage', groups, rows, (r) => outageActionsFor(r, p));
  }

  /** Tour plans this person may approve: tourActionsFor reads the status and whether the caller planned it (four-eyes). */
  private async plansNeeding(m: EntityManager, officeId: string, p: Principal): Promise<Part> {
    const shape = (mine: boolean): TourFacts => ({ officeId, status: 'planned', plannedBy: mine ? p.actor : '' });
    const approves = (t: TourFacts) => tourActionsFor(t, p).includes('approve');
    if (![false, true].some((mine) => approves(shape(mine)))) return NOTHING;
    const groups: Array<{ mine: boolean; n: number }> = await m.query(
      `SELECT planned_by = $2 AS mine, count(*)::int AS n FROM tours WHERE office_id = $1 AND status = 'planned' GROUP BY 1`,
      [officeId, p.actor],
    );
    const acting = groups.filter((g) => approves(shape(g.mine)));
    if (acting.length === 0) return NOTHING;
    const rows: Array<ItemRow & TourFacts> = await m.query(
      `SELECT t.id, t.office_id AS "officeId", t.status, t.planned_by AS "plannedBy", t.name AS title, NULL::text AS detail,
              NULL::timestamptz AS "deadlineAt", t.updated_at AS "updatedAt"
         FROM tours t WHERE t.office_id = $1 AND t.status = 'planned' AND (t.planned_by = $2) = ANY($3::boolean[])
        ORDER BY t.updated_at DESC, t.id LIMIT $4`,
      [officeId, p.actor, acting.map((g) => g.mine), NEEDS_YOU_LIMIT],
    );
    return part('tour', acting, rows, (r) => tourActionsFor(r, p), (actions) => actions.includes('approve'));
  }

  /**
   * Stops of today (the office's day) the team may check in at: stopActionsFor reads the tour's
   * status, its kit's repair, the outages holding it, whether a stop has the kit, and the stop's
   * status and batches. A kit is at one stop a day, so today's stops of an office are few: each is
   * read with what the function needs and asked about itself.
   */
  private async stopsToday(m: EntityManager, officeId: string, p: Principal): Promise<Part> {
    if (!stopActionsFor({ officeId, status: 'approved', plannedBy: '', onHold: false, held: false, anyCheckedIn: false }, { status: 'notified', batchCount: 0 }, p).includes('check-in')) {
      return NOTHING;
    }
    const rows: Array<ItemRow & StopContext & { stopStatus: StopStatus; batchCount: number }> = await m.query(
      `SELECT t.id, t.office_id AS "officeId", t.status, t.planned_by AS "plannedBy", t.on_hold AS "onHold",
              (${TOUR_OUTAGE_POLICY_OF('t.office_id')} = 'hold' AND EXISTS (SELECT 1 FROM outages o WHERE ${OUTAGE_COVERS_TOUR_KIT})) AS held,
              EXISTS (SELECT 1 FROM tour_stops x WHERE x.tour_id = t.id AND x.status = 'checked-in') AS "anyCheckedIn",
              s.status AS "stopStatus", (SELECT count(*)::int FROM tour_batches b WHERE b.stop_id = s.id) AS "batchCount",
              t.name AS title, v.name AS detail, NULL::timestamptz AS "deadlineAt", GREATEST(t.updated_at, s.updated_at) AS "updatedAt"
         FROM tour_stops s JOIN tours t ON t.id = s.tour_id JOIN offices f ON f.id = t.office_id JOIN villages v ON v.code = s.village_code
        WHERE t.office_id = $1 AND ${OPEN_TOUR} AND s.status = 'notified' AND s.scheduled_date = (now() AT TIME ZONE f.time_zone)::date
        ORDER BY "updatedAt" DESC, t.id`,
      [officeId],
    );
    const actionsOf = (r: (typeof rows)[number]) => stopActionsFor(r, { status: r.stopStatus, batchCount: r.batchCount }, p);
    const acting = rows.filter((r) => actionsOf(r).includes('check-in'));
    return part('tour', acting.map(() => ({ n: 1 })), acting.slice(0, NEEDS_YOU_LIMIT), actionsOf);
  }
}

/**
 * The groups' total, and the rows as items with their actions from the object's own function (a
 * row it offers nothing, or nothing `needs` asks for, is left out).
 */
function part<R extends ItemRow>(
  kind: NeedsYouKind,
  groups: Array<{ n: number }>,
  rows: R[],
  actionsOf: (row: R) => readonly string[],
  needs: (actions: readonly string[]) => boolean = (actions) => actions.length > 0,
): Part {
  const items = rows
    .map((r) => ({
      at: new Date(r.updatedAt),
      kind,
      id: r.id,
      title: r.title,
      detail: r.detail,
      status: r.status,
      allowedActions: [...actionsOf(r)],
      deadlineAt: r.deadlineAt ? new Date(r.deadlineAt).toISOString() : null,
      updatedAt: new Date(r.updatedAt).toISOString(),
    }))
    .filter((i) => needs(i.allowedActions));
  return { total: groups.reduce((s, g) => s + g.n, 0), items };
}
