import { OPEN_TOUR } from '../tours/outage-holds';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { OutageStatus } from '../../workflows/outage.messages';
import { AuditService } from '../audit/audit.service';
import { notifyRoleHolders } from '../notifications/notify-role-holders';
import { recordWorkflowEvent } from '../timeline/workflow-event';
import { AvailabilityService } from '../registry/availability.service';
import { OUTAGE_KIND_ID } from './outage-labels';
import { noteSolvedEscalations } from '../escalations/solved-escalations';

export interface OutageEventInput {
  outageId: string;
  officeId: string;
  workflowId: string;
  seq: number;
  event: string;
  fromStatus?: OutageStatus;
  toStatus: OutageStatus;
  actor: string;
  requestId?: string;
  note?: string;
  details: Record<string, unknown>;
  patch: { resolvedAt?: string; backlog?: number; needsEscalation?: boolean };
}

export interface OutageReminderInput {
  outageId: string;
  officeId: string;
  workflowId: string;
  seq: number;
  level: number;
  kind: 'open' | 'backlog-stalled';
  recipients: Array<'operator' | 'manager'>;
}

/**
 * Writes OutageWorkflow's read model, keyed by (workflow id, seq) so a retried activity changes
 * nothing twice, and keeps the covered service points' availability in step with the outage.
 */
@Injectable()
export class OutageReadModelService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly availability: AvailabilityService,
  ) {}

  async recordEvent(e: OutageEventInput): Promise<void> {
    await this.db.transaction(async (m) => {
      const recorded = await recordWorkflowEvent(m, this.audit, {
        workflowId: e.workflowId,
        seq: e.seq,
        subjectType: 'outage',
        subjectId: e.outageId,
        officeId: e.officeId,
        event: e.event,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actor: e.actor,
        note: e.note,
        requestId: e.requestId,
        details: e.details,
      });
      if (!recorded) return; // a retry
      const p = e.patch;
      await m.query(
        `UPDATE outages
            SET status = $3::varchar, last_seq = $2, updated_at = now(),
                resolved_at = COALESCE($4::timestamptz, resolved_at),
                resolved_by = CASE WHEN $4::timestamptz IS NOT NULL THEN $5::text ELSE resolved_by END,
                backlog_initial = COALESCE($6::int, backlog_initial),
                backlog_remaining = COALESCE($6::int, backlog_remaining),
                needs_escalation = needs_escalation OR COALESCE($7::boolean, false),
                closed_at = CASE WHEN $3::varchar = 'closed' THEN COALESCE(closed_at, now()) ELSE closed_at END
          WHERE id = $1 AND last_seq < $2`,
        [e.outageId, e.seq, e.toStatus, p.resolvedAt ?? null, e.actor, p.backlog ?? null, p.needsEscalation ?? null],
      );
      // Opened or ended: the service points it covers can (or cannot) record and print again.
      if (e.event === 'reported' || (e.fromStatus === 'open' && e.toStatus !== 'open')) await this.refreshCovered(m, e.outageId);
      // Resolved: an escalation about nothing but resolved outages and closed cases has nothing left to chase.
      if (e.fromStatus === 'open' && e.toStatus !== 'open') await noteSolvedEscalations(m, { outageId: e.outageId });
    });
  }

  private async refreshCovered(m: EntityManager, outageId: string): Promise<void> {
    const [o] = await m.query(`SELECT office_id, whole_office FROM outages WHERE id = $1`, [outageId]);
    if (o.whole_office) return this.availability.refreshOffice(o.office_id, m);
    const points = await m.query(`SELECT service_point_id FROM outage_service_points WHERE outage_id = $1`, [outageId]);
    await this.availability.refreshMany(points.map((p: { service_point_id: string }) => p.service_point_id), m);
  }

  async sendReminder(r: OutageReminderInput): Promise<void> {
    await this.db.transaction(async (m) => {
      const [o] = await m.query(
        `SELECT kind, started_at, backlog_remaining, (SELECT max(day)::text FROM outage_print_progress WHERE outage_id = o.id) AS last_day,
                GREATEST(0, EXTRACT(DAY FROM now() - started_at))::int AS days
           FROM outages o WHERE id = $1`,
        [r.outageId],
      );
      const label = OUTAGE_KIND_ID[o.kind as keyof typeof OUTAGE_KIND_ID] ?? o.kind;
      const title = r.kind === 'open' ? `Pengingat: gangguan ${label} belum teratasi` : 'Pengingat: sisa cetak KTP-el belum berkurang';
      const body =
        r.kind === 'open'
          ? `Gangguan ${label} sudah berlangsung ${o.days} hari (pengingat ke-${r.level}). Mohon tindak lanjuti dan catat penyelesaiannya bila layanan sudah pulih.`
          : `Masih ada ${o.backlog_remaining} kartu belum tercetak dan belum ada laporan cetak baru${o.last_day ? ` sejak ${o.last_day}` : ''}. Mohon catat progres cetak harian.`;
      const inserted: unknown[] = await m.query(
        `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, actor, note, details)
         VALUES ($1, $2, 'outage', $3, $4, $5, 'system', $6, $7) ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING id`,
        [r.workflowId, r.seq, r.outageId, r.officeId, r.kind === 'open' ? 'reminder' : 'backlog-reminder', title, JSON.stringify({ level: r.level, recipients: r.recipients })],
      );
      if (inserted.length === 0) return;
      const delivered: Record<string, number> = {};
      for (const role of r.recipients) {
        delivered[role] = await notifyRoleHolders(m, {
          dedupPrefix: `${r.workflowId}:${r.seq}`,
          officeId: r.officeId,
          role,
          kind: r.kind === 'open' ? 'outage-reminder' : 'backlog-reminder',
          subjectType: 'outage',
          subjectId: r.outageId,
          title,
          body,
        });
      }
      await m.query(`UPDATE outages SET reminders_sent = reminders_sent + 1 WHERE id = $1`, [r.outageId]);
      await this.audit.append(
        {
          actor: 'system',
          actorKind: 'system',
          officeId: r.officeId,
          action: r.kind === 'open' ? 'outage.reminder' : 'outage.backlog-reminder',
          targetType: 'outage',
          targetId: r.outageId,
          summary: { workflowId: r.workflowId, seq: r.seq, level: r.level, recipients: r.recipients, delivered },
          dedupKey: `${r.workflowId}:${r.seq}`,
        },
        m,
      );
    });
  }

  /** A day's printed cards (sent again, the day's count is corrected); the backlog left and, at zero, the days it took. */
  async recordPrintProgress(i: { outageId: string; date: string; printed: number; actor: string }): Promise<{ remaining: number; printedTotal: number; daysTaken: number | null }> {
    return this.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO outage_print_progress (outage_id, day, printed, recorded_by) VALUES ($1, $2::date, $3, $4)
         ON CONFLICT (outage_id, day) DO UPDATE SET printed = EXCLUDED.printed, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
        [i.outageId, i.date, i.printed, i.actor],
      );
      const [b] = await m.query(
        `SELECT o.backlog_initial, COALESCE(sum(p.printed), 0)::int AS printed, max(p.day)::text AS last_day,
                (o.resolved_at AT TIME ZONE f.time_zone)::date::text AS resolved_day
           FROM outages o JOIN offices f ON f.id = o.office_id LEFT JOIN outage_print_progress p ON p.outage_id = o.id
          WHERE o.id = $1 GROUP BY o.id, f.time_zone`,
        [i.outageId],
      );
      const remaining = Math.max(0, (b.backlog_initial ?? 0) - b.printed);
      await m.query(`UPDATE outages SET backlog_remaining = $2, updated_at = now() WHERE id = $1`, [i.outageId, remaining]);
      const [{ days }] = await m.query(`SELECT GREATEST(1, ($1::date - $2::date) + 1)::int AS days`, [b.last_day, b.resolved_day]);
      return { remaining, printedTotal: b.printed, daysTaken: remaining === 0 ? days : null };
    });
  }

  /** Open tours whose kit the outage covers (whatever its status now: resolved, it lets them go). */
  async toursCoveredBy(outageId: string): Promise<string[]> {
    const rows = await this.db.query(
      `SELECT t.workflow_id FROM outages o JOIN tours t ON t.office_id = o.office_id AND ${OPEN_TOUR}
        WHERE o.id = $1 AND o.stops_recording
          AND (o.whole_office OR EXISTS (SELECT 1 FROM outage_service_points x WHERE x.outage_id = o.id AND x.service_point_id = t.kit_service_point_id))
        ORDER BY t.created_at, t.id`,
      [outageId],
    );
    return rows.map((r: { workflow_id: string }) => r.workflow_id);
  }

  async planOvertime(i: { outageId: string; date: string; target: number; actor: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO outage_overtime_days (outage_id, day, target, planned_by) VALUES ($1, $2::date, $3, $4)
       ON CONFLICT (outage_id, day) DO UPDATE SET target = EXCLUDED.target, planned_by = EXCLUDED.planned_by, planned_at = now()`,
      [i.outageId, i.date, i.target, i.actor],
    );
  }
}
