import { zoneAbbreviation } from '../common/time-zones';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  OUTAGE_EFFECTS,
  OutageAction,
  OutageState,
  OutageStatus,
  OutageWorkflowInput,
  outageWorkflowId,
  planOvertimeUpdate,
  printProgressUpdate,
  resolveOutageUpdate,
} from '../../workflows/outage.messages';
import { OFFICE_ID } from '../../workflows/search-attributes';
import { OfficeScope, Principal } from '../auth/principal';
import { AppConfig } from '../config/app-config';
import { outageActionsFor } from './outage-actions';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Page } from '../common/pagination';
import { currentRequest } from '../common/request-context';
import { OfficesService } from '../registry/offices.service';
import { stageWorkflowStart, WorkflowStart, WorkflowStartsService } from '../temporal/workflow-starts.service';
import { PublicAvailabilityService } from './public-availability.service';
import { CreateOutageDto, OutageQuery, OvertimeDto, PrintProgressDto, ResolveOutageDto } from './dto/outages.dto';
import { auditedTransaction } from '../audit/audited-transaction';
import { OPEN_TOUR, OUTAGE_COVERS_TOUR_KIT, TOUR_OUTAGE_POLICY_OF } from '../tours/outage-holds';

interface OutageRow {
  id: string;
  workflow_id: string;
  office_id: string;
  status: string;
  stops_printing: boolean;
  started_at: Date;
  resolved_at: Date | null;
}

const COLUMNS = `o.id, o.workflow_id AS "workflowId", o.office_id AS "officeId", o.kind, o.whole_office AS "wholeOffice",
  o.stops_recording AS "stopsRecording", o.stops_printing AS "stopsPrinting", o.description, o.started_at AS "startedAt", o.status,
  o.resolved_at AS "resolvedAt", o.closed_at AS "closedAt", o.backlog_initial AS "backlogInitial", o.backlog_remaining AS "backlogRemaining",
  o.needs_escalation AS "needsEscalation", o.reminders_sent AS "remindersSent", o.reported_by AS "reportedBy", o.resolved_by AS "resolvedBy",
  o.created_at AS "createdAt", o.updated_at AS "updatedAt",
  GREATEST(0, EXTRACT(EPOCH FROM (COALESCE(o.resolved_at, now()) - o.started_at)) / 86400)::numeric(10,1)::float AS "daysDown"`;

/** Records outages as workflows, passes resolution and print progress to them, reads them back. */
@Injectable()
export class OutagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly client: Client,
    private readonly config: AppConfig,
    private readonly offices: OfficesService,
    private readonly publicView: PublicAvailabilityService,
    private readonly starts: WorkflowStartsService,
  ) {}

  async create(dto: CreateOutageDto, p: Principal) {
    if (!p.write.allows(dto.officeId)) throw new InvalidInputError('officeId', `officeId ${dto.officeId} is not a known office`);
    const [office] = await this.db.query(`SELECT id FROM offices WHERE id = $1`, [dto.officeId]);
    if (!office) throw new InvalidInputError('officeId', `officeId ${dto.officeId} is not a known office`);
    const startedAt = new Date(dto.startedAt);
    if (startedAt.getTime() > Date.now() + 5 * 60_000) throw new InvalidInputError('startedAt', 'startedAt is in the future');
    const points = dto.servicePointIds ?? [];
    if (points.length > 0) {
      const known: string[] = (await this.db.query(`SELECT id FROM service_points WHERE id = ANY($1::uuid[]) AND office_id = $2`, [points, dto.officeId])).map(
        (r: { id: string }) => r.id,
      );
      const unknown = points.find((id) => !known.includes(id));
      if (unknown) throw new InvalidInputError('servicePointIds', `servicePointIds: ${unknown} is not a service point of this office`);
    }
    const effects = OUTAGE_EFFECTS[dto.kind];
    const policy = await this.offices.getPolicy(dto.officeId, OfficeScope.all());
    const id = randomUUID();
    const workflowId = outageWorkflowId(id);
    const input: OutageWorkflowInput = {
      outageId: id,
      officeId: dto.officeId,
      reportedBy: p.actor,
      requestId: currentRequest()?.requestId,
      policy: {
        reminderIntervalSeconds: policy.reminderIntervalSeconds,
        escalationSeconds: policy.outageEscalationSeconds,
        backlogStallSeconds: policy.backlogStallSeconds,
      },
      // Counted from when it began, which may be before it was recorded.
      escalateAt: new Date(startedAt.getTime() + policy.outageEscalationSeconds * 1000).toISOString(),
    };
    const start: WorkflowStart = {
      workflowId,
      workflowType: 'outageWorkflow',
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [input],
      searchAttributes: [{ key: OFFICE_ID, value: dto.officeId }],
      subject: { kind: 'outage', id },
    };
    await auditedTransaction(this.db, async (m) => {
      // An office records an outage once: the same kind over the same place while one is open is a 409.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`outage:${dto.officeId}`]);
      const [open] = await m.query(
        `SELECT o.id FROM outages o
          WHERE o.office_id = $1 AND o.kind = $2 AND o.status = 'open'
            AND (o.whole_office OR cardinality($3::uuid[]) = 0
                 OR EXISTS (SELECT 1 FROM outage_service_points x WHERE x.outage_id = o.id AND x.service_point_id = ANY($3::uuid[])))
          LIMIT 1`,
        [dto.officeId, dto.kind, points],
      );
      if (open) throw new ConflictError('outage_open', `An open ${dto.kind} outage ${open.id} already covers these service points`, { outageId: open.id });
      await m.query(
        `INSERT INTO outages (id, workflow_id, office_id, kind, whole_office, stops_recording, stops_printing, description, started_at, status, reported_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10)`,
        [id, workflowId, dto.officeId, dto.kind, points.length === 0, effects.recording, effects.printing, dto.description, startedAt, p.actor],
      );
      for (const sp of points) await m.query(`INSERT INTO outage_service_points (outage_id, service_point_id) VALUES ($1, $2)`, [id, sp]);
      // Stored with its workflow's start: the place is never held by an outage no workflow will close.
      await stageWorkflowStart(m, start);
      return { id, officeId: dto.officeId };
    });
    await this.starts.startNow(start);
    // The workflow's first event marks the service points down; the answer shows them as they are then.
    await this.waitForSeq(id, 1);
    await this.publicView.invalidate(dto.officeId);
    return this.get(id, p);
  }

  async list(query: OutageQuery, reader: Principal): Promise<Page<Record<string, unknown>>> {
    const scope = reader.read;
    const params: unknown[] = [];
    const filters = [scope.officeIds === 'all' ? 'TRUE' : `o.office_id = ANY($${params.push(scope.officeIds)}::uuid[])`];
    if (query.status) filters.push(`o.status = $${params.push(query.status)}`);
    if (query.kind) filters.push(`o.kind = $${params.push(query.kind)}`);
    if (query.officeId) filters.push(`o.office_id = $${params.push(query.officeId)}`);
    const where = filters.join(' AND ');
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM outages o WHERE ${where}`, params);
    const items = await this.db.query(
      // Open ones first (someone has to act), then those printing down their backlog, then the closed; newest first within each.
      `SELECT ${COLUMNS} FROM outages o WHERE ${where}
        ORDER BY CASE o.status WHEN 'open' THEN 0 WHEN 'recovering' THEN 1 ELSE 2 END, o.started_at DESC, o.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, (query.page - 1) * query.limit],
    );
    return { items: items.map((o: OutageListRow) => withActions(o, reader)), total, page: query.page, limit: query.limit };
  }

  async get(id: string, reader: Principal) {
    await this.find(id, reader.read);
    // One snapshot: the outage's flags and the timeline entry written with them are seen together.
    const [[outage], servicePoints, progress, overtime, escalations, timeline] = await this.db.transaction('REPEATABLE READ', (m) =>
      Promise.all([
        m.query(`SELECT ${COLUMNS} FROM outages o WHERE o.id = $1`, [id]),
        m.query(
          `SELECT sp.id, sp.name, sp.kind, sp.district_code AS "districtCode", sp.can_record AS "canRecord", sp.can_print AS "canPrint"
             FROM service_points sp
            WHERE sp.id IN (SELECT service_point_id FROM outage_service_points WHERE outage_id = $1)
               OR (sp.office_id = (SELECT office_id FROM outages WHERE id = $1 AND whole_office))
            ORDER BY sp.name`,
          [id],
        ),
        m.query(
          `SELECT p.day::text AS date, p.printed, p.recorded_by AS "recordedBy",
                  GREATEST(0, o.backlog_initial - sum(p.printed) OVER (ORDER BY p.day))::int AS remaining
             FROM outage_print_progress p JOIN outages o ON o.id = p.outage_id WHERE p.outage_id = $1 ORDER BY p.day`,
          [id],
        ),
        m.query(
          `SELECT t.day::text AS date, t.target, p.printed, (p.printed IS NOT NULL AND p.printed >= t.target) AS met
             FROM outage_overtime_days t LEFT JOIN outage_print_progress p ON p.outage_id = t.outage_id AND p.day = t.day
            WHERE t.outage_id = $1 ORDER BY t.day`,
          [id],
        ),
        m.query(
          `SELECT e.id, e.status, e.round FROM escalation_outages l JOIN escalations e ON e.id = l.escalation_id WHERE l.outage_id = $1 ORDER BY e.created_at`,
          [id],
        ),
        m.query(
          `SELECT seq, event, from_status AS "fromStatus", to_status AS "toStatus", actor, note, details, occurred_at AS "occurredAt"
             FROM timeline_entries WHERE subject_type = 'outage' AND subject_id = $1 ORDER BY occurred_at, id`,
          [id],
        ),
      ]),
    );
    // The tours it holds: open, their kit covered, their office holding tours for outages.
    const toursHeld = await this.db.query(
      `SELECT t.id, t.name, t.status, t.kit_service_point_id AS "kitServicePointId"
         FROM outages o JOIN tours t ON ${OUTAGE_COVERS_TOUR_KIT} AND ${OPEN_TOUR}
        WHERE o.id = $1 AND ${TOUR_OUTAGE_POLICY_OF('t.office_id')} = 'hold'
        ORDER BY t.created_at, t.id`,
      [id],
    );
    // Days from the resolution to the last print that cleared the backlog.
    const closed = timeline.find((e: { event: string }) => e.event === 'closed');
    return { ...withActions(outage, reader), toursHeld, servicePoints, burnDown: progress, overtime, escalations, daysTaken: closed?.details?.daysTaken ?? null, timeline };
  }

  async resolve(id: string, dto: ResolveOutageDto, p: Principal) {
    const o = await this.find(id, p.write);
    const resolvedAt = dto.resolvedAt ? new Date(dto.resolvedAt) : new Date();
    if (resolvedAt.getTime() > Date.now() + 5 * 60_000) throw new InvalidInputError('resolvedAt', 'resolvedAt is in the future');
    if (resolvedAt < o.started_at) throw new InvalidInputError('resolvedAt', 'resolvedAt is before the outage started');
    const backlog = dto.backlog ?? 0;
    if (backlog > 0) {
      // Cards are left unprinted only where the outage stopped a card printer.
      const [{ printers }] = await this.db.query(
        `SELECT count(*)::int AS printers FROM devices d JOIN outages o ON o.id = $1
          WHERE d.kind = 'card-printer' AND d.status <> 'retired' AND d.office_id = o.office_id
            AND (o.whole_office OR d.service_point_id IN (SELECT service_point_id FROM outage_service_points WHERE outage_id = o.id))`,
        [id],
      );
      if (!o.stops_printing || printers === 0) {
        throw new InvalidInputError('backlog', 'backlog: this outage stopped no card printer, so it left no cards unprinted');
      }
    }
    const state = await this.act(o, (h) =>
      h.executeUpdate(resolveOutageUpdate, { args: [{ ...actedBy(p), resolvedAt: resolvedAt.toISOString(), backlog }], updateId: updateId() }),
    );
    await this.publicView.invalidate(o.office_id);
    return state;
  }

  async printProgress(id: string, dto: PrintProgressDto, p: Principal) {
    const o = await this.find(id, p.write);
    // Days are the office's own (WIB, WITA or WIT).
    const [{ ok, today, zone }] = await this.db.query(
      `SELECT $1::date BETWEEN ($2::timestamptz AT TIME ZONE f.time_zone)::date AND (now() AT TIME ZONE f.time_zone)::date AS ok,
              (now() AT TIME ZONE f.time_zone)::date::text AS today, f.time_zone AS zone
         FROM offices f WHERE f.id = $3`,
      [validDate(dto.date, 'date'), o.started_at, o.office_id],
    );
    if (!ok) throw new InvalidInputError('date', `date must lie between the outage's start and today (${today}, ${zoneAbbreviation(zone)})`);
    if (o.status === 'recovering') {
      // The day's count replaces what was sent for it before; it cannot print more than is left.
      const [b] = await this.db.query(
        `SELECT o.backlog_remaining + COALESCE(p.printed, 0) AS left, (o.resolved_at AT TIME ZONE f.time_zone)::date::text AS resolved_day,
                $2::date < (o.resolved_at AT TIME ZONE f.time_zone)::date AS before_resolution
           FROM outages o JOIN offices f ON f.id = o.office_id
           LEFT JOIN outage_print_progress p ON p.outage_id = o.id AND p.day = $2::date WHERE o.id = $1`,
        [id, dto.date],
      );
      if (b.before_resolution) throw new InvalidInputError('date', `date: the backlog is printed from the day the outage was resolved (${b.resolved_day})`);
      if (dto.printed > b.left) throw new InvalidInputError('printed', `printed: only ${b.left} cards of the backlog are left to print that day`);
    }
    return this.act(o, (h) => h.executeUpdate(printProgressUpdate, { args: [{ ...actedBy(p), date: dto.date, printed: dto.printed }], updateId: updateId() }));
  }

  async overtime(id: string, dto: OvertimeDto, p: Principal) {
    const o = await this.find(id, p.write);
    const [{ ok }] = await this.db.query(`SELECT $1::date >= ($2::timestamptz AT TIME ZONE f.time_zone)::date AS ok FROM offices f WHERE f.id = $3`, [
      validDate(dto.date, 'date'),
      o.started_at,
      o.office_id,
    ]);
    if (!ok) throw new InvalidInputError('date', 'date is before the outage started');
    return this.act(o, (h) => h.executeUpdate(planOvertimeUpdate, { args: [{ ...actedBy(p), date: dto.date, target: dto.target }], updateId: updateId() }));
  }

  private async act(o: OutageRow, send: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<OutageState>) {
    if (o.status === 'closed') throw new ConflictError('invalid_transition', 'The outage is closed', { status: o.status });
    const state = await send(this.client.workflow.getHandle(o.workflow_id));
    return { id: o.id, officeId: o.office_id, ...state };
  }

  private async find(id: string, scope: OfficeScope): Promise<OutageRow> {
    const [o] = await this.db.query(`SELECT id, workflow_id, office_id, status, stops_printing, started_at, resolved_at FROM outages WHERE id = $1`, [id]);
    if (!o || !scope.allows(o.office_id)) throw new NotFoundError('Outage', id);
    return o;
  }

  /** Waits briefly for the workflow's first write, so the answer shows the service points as the outage left them. */
  private async waitForSeq(id: string, seq: number): Promise<void> {
    for (let i = 0; i < 50; i++) {
      const [o] = await this.db.query(`SELECT last_seq FROM outages WHERE id = $1`, [id]);
      if (o && o.last_seq >= seq) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

type OutageListRow = { officeId: string; status: OutageStatus } & Record<string, unknown>;

/** The outage as a person reads it: with what they may do to it now (advice for buttons; the workflow still decides). */
function withActions<T extends { officeId: string; status: OutageStatus }>(o: T, reader: Principal): T & { allowedActions: OutageAction[] } {
  return { ...o, allowedActions: outageActionsFor(o, reader) };
}

function validDate(date: string, field: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) throw new InvalidInputError(field, `${field}: ${date} is not a calendar date`);
  return date;
}

function updateId(): string | undefined {
  return currentRequest()?.requestId;
}

function actedBy(p: Principal): { actor: string; role: string; requestId?: string } {
  return { actor: p.actor, role: p.role, requestId: currentRequest()?.requestId };
}
