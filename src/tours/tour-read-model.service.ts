import { zoneAbbreviation } from '../common/time-zones';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import type { RepairWorkflowInput } from '../../workflows/repair.messages';
import { repairWorkflowId } from '../../workflows/repair.messages';
import type { StopStatus, TourStatus } from '../../workflows/tour.messages';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { returnedRows } from '../common/sql';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../common/pg-errors';
import { sendMail } from '../notifications/mailer';
import { notifyRoleHolders } from '../notifications/notify-role-holders';
import { recordWorkflowEvent } from '../timeline/workflow-event';
import { DEFAULT_SLA_POLICY } from '../registry/sla-policy.entity';
import { CentralIngestAdapter, CentralUnavailableError } from './central-ingest.adapter';
import { NoticeKind, noticeText } from './notice-text';
import { OUTAGE_KIND_ID } from '../outages/outage-labels';
import { outagesOverTour } from './outage-holds';

export interface TourEventInput {
  tourId: string;
  officeId: string;
  workflowId: string;
  seq: number;
  event: string;
  fromStatus?: TourStatus;
  toStatus: TourStatus;
  onHold: boolean;
  actor: string;
  requestId?: string;
  note?: string;
  stopId?: string;
  /** `pendingNotice: 'cancelled'` owes the village a cancellation if it had been told of the visit. */
  stopPatch?: { status?: StopStatus; checkedInBy?: string; skipReason?: string; pendingNotice?: 'cancelled' };
  approvedBy?: string;
  details: Record<string, unknown>;
}

/** A stop the database moved: its date, status and the date its village was last told of. */
export interface StopChange {
  stopId: string;
  date: string;
  status: StopStatus;
  noticedFor: string | null;
}

export interface SentNotice {
  stopId: string;
  kind: NoticeKind;
  /** The date the village now knows (none after a postponement or cancellation). */
  noticedFor: string | null;
}

/** Events the office's people hear about in their inbox, besides the timeline. */
const ANNOUNCED: Record<string, { role: 'operator' | 'manager'; title: string }> = {
  approved: { role: 'operator', title: 'Rencana jemput bola disetujui' },
  rejected: { role: 'operator', title: 'Rencana jemput bola ditolak' },
  'kit-failure': { role: 'manager', title: 'Perangkat jemput bola rusak di tengah tur' },
  'kit-repaired': { role: 'operator', title: 'Perangkat jemput bola sudah diperbaiki; jadwal dilanjutkan' },
  'batch-rejected': { role: 'operator', title: 'Batch perekaman ditolak pusat: perlu perekaman ulang' },
};

/**
 * What an outage over the tour's kit does, told to the tour's team and the office's managers (the
 * team only when the tour goes on offline): once per event, keyed by the tour's (workflow id, seq).
 */
const OUTAGE_NEWS: Record<string, { managers: boolean; title: (labels: string) => string; body: (tour: string, outages: string) => string }> = {
  'held-by-outage': {
    managers: true,
    title: (labels) => `Tur jemput bola ditahan: gangguan ${labels}`,
    body: (tour, outages) =>
      `Tur "${tour}" ditahan selama gangguan ${outages} belum teratasi: check-in dan unggah batch belum dapat dilakukan. ` +
      'Desa yang sudah diberi tahu menerima pemberitahuan penundaan; jadwal dilanjutkan setelah gangguan teratasi. Batch yang sudah tersimpan tetap dikirim ke pusat.',
  },
  'outage-resumed': {
    managers: true,
    title: () => 'Gangguan teratasi: tur jemput bola dilanjutkan',
    body: (tour, outages) => `Gangguan ${outages} sudah teratasi. Tur "${tour}" dilanjutkan: jadwal singgah yang tersisa dipindahkan dan desa diberi tahu kembali.`,
  },
  'centre-down': {
    managers: false,
    title: (labels) => `Gangguan ${labels}: rekam secara luring`,
    body: (tour, outages) =>
      `Gangguan ${outages} sedang berlangsung. Tur "${tour}" tetap berjalan (kebijakan kantor: rekam luring). ` +
      'Batch disimpan dan menunggu; batch dikirim ke pusat setelah sistem pusat pulih.',
  },
};

/** The time zone of a stop's office (WIB, WITA or WIT): its days and hours are the office's own. */
const STOP_ZONE = `(SELECT f.time_zone FROM offices f WHERE f.id = s.office_id)`;
/** When a stop begins: 08:00 on its date, the office's own time. */
const STOP_START = `((s.scheduled_date::timestamp + interval '8 hours') AT TIME ZONE ${STOP_ZONE})`;

/**
 * Writes TourWorkflow's read model and does its side effects. Timeline rows are keyed by (workflow
 * id, seq), notices by (workflow id, seq, stop), the repair case by the id the workflow chose, a
 * batch by its checksum at the centre: a retried activity changes nothing twice.
 */
@Injectable()
export class TourReadModelService {
  private readonly logger = new Logger(TourReadModelService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly centre: CentralIngestAdapter,
  ) {}

  async recordEvent(e: TourEventInput): Promise<void> {
    await this.db.transaction(async (m) => {
      const recorded = await recordWorkflowEvent(m, this.audit, {
        workflowId: e.workflowId,
        seq: e.seq,
        subjectType: 'tour',
        subjectId: e.tourId,
        officeId: e.officeId,
        event: e.event,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actor: e.actor,
        note: e.note,
        requestId: e.requestId,
        details: { stopId: e.stopId, ...e.details },
      });
      if (!recorded) return; // a retry
      await m.query(
        `UPDATE tours SET status = $3, on_hold = $4, approved_by = COALESCE($5, approved_by),
                last_comment = COALESCE($6, last_comment), last_seq = $2, updated_at = now()
          WHERE id = $1 AND last_seq < $2`,
        [e.tourId, e.seq, e.toStatus, e.onHold, e.approvedBy ?? null, ['rejected', 'cancelled'].includes(e.event) ? e.note ?? null : null],
      );
      const p = e.stopPatch;
      if (e.stopId && p) {
        await m.query(
          `UPDATE tour_stops
              SET status = COALESCE($2, status),
                  checked_in_at = CASE WHEN $3::text IS NOT NULL THEN now() ELSE checked_in_at END,
                  checked_in_by = COALESCE($3, checked_in_by),
                  finished_at = CASE WHEN $2 IN ('syncing','completed','skipped') THEN COALESCE(finished_at, now()) ELSE finished_at END,
                  skip_reason = COALESCE($4, skip_reason),
                  -- A cancellation is owed only to a village that was told of the visit (a notice under way
                  -- holds the row, so this sees what it recorded).
                  pending_notice = CASE WHEN $5::text = 'cancelled' AND notified_for IS NOT NULL THEN 'cancelled' ELSE pending_notice END,
                  updated_at = now()
            WHERE id = $1`,
          [e.stopId, p.status ?? null, p.checkedInBy ?? null, p.skipReason ?? null, p.pendingNotice ?? null],
        );
      }
      const news = OUTAGE_NEWS[e.event];
      if (news) {
        const [tour] = await m.query(`SELECT name FROM tours WHERE id = $1`, [e.tourId]);
        const outages = (e.details.outages as Array<{ kind: keyof typeof OUTAGE_KIND_ID; description: string }> | undefined) ?? [];
        const labels = [...new Set(outages.map((o) => OUTAGE_KIND_ID[o.kind] ?? o.kind))].join(', ');
        const described = outages.map((o) => `${OUTAGE_KIND_ID[o.kind] ?? o.kind} (${o.description})`).join(', ');
        const title = news.title(labels);
        const body = news.body(tour?.name ?? '', described);
        const kind = `tour-${e.event}`;
        // The same key per person as notifyRoleHolders: a team member who is also a manager hears it once.
        await m.query(
          `INSERT INTO notifications (dedup_key, office_id, recipient_role, recipient_user_id, kind, subject_type, subject_id, title, body)
           SELECT $1::text || ':' || u.id::text, $2::uuid, u.role, u.id, $4::varchar, 'tour', $3::uuid, $5::text, $6::text
             FROM tour_team t JOIN users u ON u.id = t.user_id WHERE t.tour_id = $3::uuid AND u.active
           ON CONFLICT (dedup_key) DO NOTHING`,
          [`${e.workflowId}:${e.seq}`, e.officeId, e.tourId, kind, title, body],
        );
        if (news.managers) {
          await notifyRoleHolders(m, { dedupPrefix: `${e.workflowId}:${e.seq}`, officeId: e.officeId, role: 'manager', kind, subjectType: 'tour', subjectId: e.tourId, title, body });
        }
      }
      const announced = ANNOUNCED[e.event];
      if (announced) {
        const [tour] = await m.query(`SELECT name FROM tours WHERE id = $1`, [e.tourId]);
        await notifyRoleHolders(m, {
          dedupPrefix: `${e.workflowId}:${e.seq}`,
          officeId: e.officeId,
          role: announced.role,
          kind: `tour-${e.event}`,
          subjectType: 'tour',
          subjectId: e.tourId,
          title: announced.title,
          body: `Tur "${tour?.name ?? ''}"${e.note ? `: ${e.note}` : ''}`,
        });
      }
    });
  }

  async sendReminder(r: { tourId: string; officeId: string; workflowId: string; seq: number; level: number; recipients: Array<'manager' | 'supervisor'> }): Promise<void> {
    const title = 'Pengingat: rencana jemput bola menunggu persetujuan';
    await this.db.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
         VALUES ($1, $2, 'tour', $3, $4, 'reminder', 'planned', 'planned', 'system', $5, $6)
         ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING id`,
        [r.workflowId, r.seq, r.tourId, r.officeId, title, JSON.stringify({ level: r.level, recipients: r.recipients })],
      );
      if (inserted.length === 0) return;
      const [tour] = await m.query(`SELECT name FROM tours WHERE id = $1`, [r.tourId]);
      const delivered: Record<string, number> = {};
      for (const role of r.recipients) {
        delivered[role] = await notifyRoleHolders(m, {
          dedupPrefix: `${r.workflowId}:${r.seq}`,
          officeId: r.officeId,
          role,
          kind: 'tour-reminder',
          subjectType: 'tour',
          subjectId: r.tourId,
          title,
          body: `Rencana tur "${tour?.name ?? ''}" menunggu persetujuan (pengingat ke-${r.level}). Desa-desa baru diberi tahu setelah rencana disetujui.`,
        });
      }
      await this.audit.append(
        {
          actor: 'system',
          actorKind: 'system',
          officeId: r.officeId,
          action: 'tour.reminder',
          targetType: 'tour',
          targetId: r.tourId,
          summary: { workflowId: r.workflowId, seq: r.seq, level: r.level, recipients: r.recipients, delivered },
          dedupKey: `${r.workflowId}:${r.seq}`,
        },
        m,
      );
    });
  }

  /**
   * Tells the village heads what they must know now: changes and cancellations at once, a visit at
   * the lead time before it (when `scheduled`). Returns what was sent and when the next visit notice
   * falls due.
   */
  async sendDueNotices(i: {
    tourId: string;
    officeId: string;
    workflowId: string;
    seq: number;
    leadSeconds: number;
    scheduled: boolean;
  }): Promise<{ sent: SentNotice[]; nextDueSeconds: number | null; mailPending: number }> {
    const prefix = `${i.workflowId}:${i.seq}:`;
    await this.db.transaction(async (m) => {
      const due = await m.query(
        `SELECT s.id, s.scheduled_date::text AS date, s.notified_for::text AS notified_for, s.pending_notice, s.expected_residents,
                s.contact_name, s.contact_email, s.village_code, v.name AS village_name, d.name AS district_name,
                r.name AS regency_name, o.name AS office_name, o.time_zone
           FROM tour_stops s
           JOIN villages v ON v.code = s.village_code JOIN districts d ON d.code = v.district_code
           JOIN offices o ON o.id = s.office_id JOIN regencies r ON r.code = o.regency_code
          WHERE s.tour_id = $1
            AND (s.pending_notice IS NOT NULL
                 OR ($2 AND s.status IN ('planned','notified') AND s.notified_for IS DISTINCT FROM s.scheduled_date
                     AND ${STOP_START} - make_interval(secs => $3) <= now()))
          ORDER BY s.scheduled_date, s.position
          FOR UPDATE OF s`,
        [i.tourId, i.scheduled, i.leadSeconds],
      );
      for (const s of due) {
        const kind: NoticeKind = s.pending_notice ?? (s.notified_for ? 'rescheduled' : 'scheduled');
        const text = noticeText({
          kind,
          villageName: s.village_name,
          districtName: s.district_name,
          regencyName: s.regency_name,
          officeName: s.office_name,
          contactName: s.contact_name,
          date: s.date,
          previousDate: s.notified_for,
          expectedResidents: s.expected_residents,
          zone: zoneAbbreviation(s.time_zone),
        });
        const email = Boolean(this.config.SMTP_URL && s.contact_email);
        const [notice] = await m.query(
          `INSERT INTO tour_notices (dedup_key, tour_id, stop_id, office_id, kind, for_date, channel, recipient, subject, body, sent_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7::varchar, $8, $9, $10, CASE WHEN $7::varchar = 'manual' THEN now() END)
           ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
          [`${prefix}${s.id}`, i.tourId, s.id, i.officeId, kind, kind === 'scheduled' || kind === 'rescheduled' ? s.date : null, email ? 'email' : 'manual', s.contact_email ?? s.contact_name, text.subject, text.body],
        );
        const noticedFor = kind === 'scheduled' || kind === 'rescheduled' ? s.date : kind === 'postponed' ? null : s.notified_for;
        if (!notice) continue; // a retry: recorded the first time
        await m.query(
          `UPDATE tour_stops SET pending_notice = NULL, notified_for = $2::date,
                  status = CASE WHEN status = 'planned' AND $2::date = scheduled_date THEN 'notified' ELSE status END, updated_at = now()
            WHERE id = $1`,
          [s.id, noticedFor],
        );
        await m.query(
          `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, actor, note, details)
           VALUES ($1, $2, 'tour', $3, $4, $5, 'system', $6, $7) ON CONFLICT (workflow_id, seq) DO NOTHING`,
          [`${i.workflowId}:notices`, notice.id, i.tourId, i.officeId, `village-notice-${kind}`, text.subject, JSON.stringify({ stopId: s.id, villageCode: s.village_code, channel: email ? 'email' : 'manual', recipient: s.contact_email ?? s.contact_name ?? null, date: noticedFor })],
        );
        // In-app: the tour's team sees every notice (and delivers by hand what was not e-mailed).
        await m.query(
          `INSERT INTO notifications (dedup_key, office_id, recipient_role, recipient_user_id, kind, subject_type, subject_id, title, body)
           SELECT 'tour-notice:' || $1::text || ':' || u.id::text, $2::uuid, u.role, u.id, 'tour-village-notice', 'tour', $3::uuid, $4::text, $5::text
             FROM tour_team t JOIN users u ON u.id = t.user_id WHERE t.tour_id = $3::uuid AND u.active
           ON CONFLICT (dedup_key) DO NOTHING`,
          [String(notice.id), i.officeId, i.tourId, email ? text.subject : `Sampaikan langsung: ${text.subject}`, text.body],
        );
        await this.audit.append(
          {
            actor: 'system',
            actorKind: 'system',
            officeId: i.officeId,
            action: 'tour.village-notice',
            targetType: 'tour',
            targetId: i.tourId,
            summary: { stopId: s.id, kind, channel: email ? 'email' : 'manual', date: noticedFor },
            dedupKey: `tour-notice:${notice.id}`,
          },
          m,
        );
      }
    });
    // What this round recorded, also when an earlier attempt of it committed and then failed.
    const sent: SentNotice[] = (
      await this.db.query(
        `SELECT stop_id, kind, for_date::text AS for_date, (SELECT notified_for::text FROM tour_stops WHERE id = stop_id) AS notified_for
           FROM tour_notices WHERE dedup_key LIKE $1 || '%' AND tour_id = $2 ORDER BY id`,
        [prefix, i.tourId],
      )
    ).map((n: { stop_id: string; kind: NoticeKind; for_date: string | null; notified_for: string | null }) => ({
      stopId: n.stop_id,
      kind: n.kind,
      noticedFor: n.kind === 'scheduled' || n.kind === 'rescheduled' ? n.for_date : n.kind === 'postponed' ? null : n.notified_for,
    }));
    const [{ pending }] = await this.db.query(`SELECT count(*)::int AS pending FROM tour_notices WHERE tour_id = $1 AND channel = 'email' AND sent_at IS NULL`, [i.tourId]);
    if (i.scheduled) await this.remindOverdueStops(i.tourId, i.officeId, i.workflowId);
    // The next moment something falls due: a visit's notice, or the end (local midnight) of a stop's day.
    const [next] = await this.db.query(
      `SELECT GREATEST(0, CEIL(EXTRACT(EPOCH FROM (LEAST(
                (SELECT min(${STOP_START} - make_interval(secs => $2)) FROM tour_stops s
                  WHERE s.tour_id = $1 AND s.status IN ('planned','notified') AND s.notified_for IS DISTINCT FROM s.scheduled_date AND s.pending_notice IS NULL),
                (SELECT min(((s.scheduled_date + 1)::timestamp) AT TIME ZONE ${STOP_ZONE}) FROM tour_stops s
                  WHERE s.tour_id = $1 AND s.status IN ('planned','notified') AND s.scheduled_date >= (now() AT TIME ZONE ${STOP_ZONE})::date)
              ) - now()))))::int AS seconds`,
      [i.tourId, i.leadSeconds],
    );
    return { sent, nextDueSeconds: i.scheduled && next?.seconds != null ? next.seconds : null, mailPending: pending };
  }

  /**
   * A stop whose day has passed with no check-in, skip or new date: the tour's team and the office's
   * managers hear of it once for that day, and the timeline shows it.
   */
  private async remindOverdueStops(tourId: string, officeId: string, workflowId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const overdue = await m.query(
        `SELECT s.id, s.scheduled_date::text AS date, v.name AS village, t.name AS tour
           FROM tour_stops s JOIN villages v ON v.code = s.village_code JOIN tours t ON t.id = s.tour_id
          WHERE s.tour_id = $1 AND s.status IN ('planned','notified') AND s.scheduled_date < (now() AT TIME ZONE ${STOP_ZONE})::date`,
        [tourId],
      );
      for (const s of overdue) {
        const key = `${workflowId}:overdue:${s.id}:${s.date}`;
        const inserted: unknown[] = await m.query(
          `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, actor, note, details)
           VALUES ($1, 0, 'tour', $2, $3, 'stop-overdue', 'system', $4, $5) ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING id`,
          [key, tourId, officeId, `Jadwal di Desa ${s.village} (${s.date}) terlewat tanpa check-in`, JSON.stringify({ stopId: s.id, date: s.date })],
        );
        if (inserted.length === 0) continue;
        const title = `Pengingat: singgah jemput bola di Desa ${s.village} terlewat`;
        const body = `Tur "${s.tour}" dijadwalkan di Desa ${s.village} pada ${s.date}, tetapi belum ada check-in. Catat check-in, lewati dengan alasan, atau jadwalkan ulang agar desa mendapat kabar yang benar.`;
        await m.query(
          `INSERT INTO notifications (dedup_key, office_id, recipient_role, recipient_user_id, kind, subject_type, subject_id, title, body)
           SELECT $1::text || ':' || u.id::text, $2::uuid, u.role, u.id, 'tour-stop-overdue', 'tour', $3::uuid, $4::text, $5::text
             FROM users u
            WHERE u.active AND (u.id IN (SELECT user_id FROM tour_team WHERE tour_id = $3::uuid) OR (u.office_id = $2::uuid AND u.role = 'manager'))
           ON CONFLICT (dedup_key) DO NOTHING`,
          [key, officeId, tourId, title, body],
        );
        await this.audit.append(
          { actor: 'system', actorKind: 'system', officeId, action: 'tour.stop-overdue', targetType: 'tour', targetId: tourId, summary: { stopId: s.id, date: s.date }, dedupKey: key },
          m,
        );
      }
    });
  }

  /**
   * E-mails each recorded notice not yet sent; the Message-ID is fixed per notice, so a resend after
   * a crash between sending and recording is the same message. Without SMTP any more, the notices
   * are left to the team to deliver by hand (they are in the team's inbox already).
   */
  async mailNotices(tourId: string): Promise<{ sent: number }> {
    const pending = await this.db.query(`SELECT id, recipient, subject, body FROM tour_notices WHERE tour_id = $1 AND channel = 'email' AND sent_at IS NULL ORDER BY id`, [tourId]);
    let sent = 0;
    for (const n of pending) {
      if (!this.config.SMTP_URL) {
        this.logger.warn(`notice ${n.id}: SMTP_URL is no longer set; marked for delivery by hand`);
        await this.db.query(`UPDATE tour_notices SET channel = 'manual', sent_at = now() WHERE id = $1 AND sent_at IS NULL`, [n.id]);
        continue;
      }
      const messageId = `<tour-notice-${n.id}@ektp-ops>`;
      await sendMail(this.config.SMTP_URL, { from: this.config.MAIL_FROM, to: n.recipient, subject: n.subject, text: n.body, messageId });
      await this.db.query(`UPDATE tour_notices SET sent_at = now(), message_id = $2 WHERE id = $1 AND sent_at IS NULL`, [n.id, messageId]);
      sent++;
    }
    return { sent };
  }

  /** The centre's answers already recorded for these batches (those still unanswered are left out). */
  async batchOutcomes(batchIds: string[]): Promise<Array<{ batchId: string; status: 'acknowledged' | 'rejected'; reason?: string }>> {
    if (batchIds.length === 0) return [];
    const rows = await this.db.query(
      `SELECT id, status, rejected_reason FROM tour_batches WHERE id = ANY($1::uuid[]) AND status IN ('acknowledged','rejected') ORDER BY acknowledged_at NULLS LAST, id`,
      [batchIds],
    );
    return rows.map((r: { id: string; status: 'acknowledged' | 'rejected'; rejected_reason: string | null }) => ({
      batchId: r.id,
      status: r.status,
      ...(r.rejected_reason ? { reason: r.rejected_reason } : {}),
    }));
  }

  /** Moves one stop to another day, unless the kit is already booked that day. */
  async rescheduleStop(i: { tourId: string; stopId: string; date: string }): Promise<{ ok: true; changes: StopChange[] } | { ok: false; reason: string }> {
    return this.db.transaction(async (m) => {
      const [stop] = await m.query(`SELECT kit_service_point_id FROM tour_stops WHERE id = $1 AND tour_id = $2`, [i.stopId, i.tourId]);
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`tour-kit:${stop.kit_service_point_id}`]);
      const [busy] = await m.query(
        `SELECT s.id, t.name FROM tour_stops s JOIN tours t ON t.id = s.tour_id
          WHERE s.kit_service_point_id = $1 AND s.scheduled_date = $2::date AND s.id <> $3 AND s.status NOT IN ('skipped','cancelled')`,
        [stop.kit_service_point_id, i.date, i.stopId],
      );
      if (busy) return { ok: false as const, reason: `date: the recording kit is already booked on ${i.date} (tour "${busy.name}")` };
      const rows = returnedRows<ChangeRow>(
        await m.query(
          `UPDATE tour_stops SET scheduled_date = $2::date, status = 'planned',
                  pending_notice = CASE WHEN notified_for IS NOT NULL THEN 'rescheduled' ELSE NULL END, updated_at = now()
            WHERE id = $1 AND status IN ('planned','notified')
          RETURNING id, scheduled_date::text AS date, status, notified_for::text AS notified_for`,
          [i.stopId, i.date],
        ),
      );
      return { ok: true as const, changes: rows.map(toChange) };
    });
  }

  /**
   * Moves every stop not yet visited: `cancel` (the tour ends), `postpone` (the kit broke; the
   * villages told are told it is off for now), `shift` by N days, or `resume` after the repair (the
   * first remaining stop no earlier than tomorrow). A day the kit is booked by another tour is skipped.
   */
  async applyStopChanges(i: { tourId: string; mode: 'cancel' | 'postpone' | 'shift' | 'resume'; days?: number }): Promise<StopChange[]> {
    return this.db.transaction(async (m) => {
      if (i.mode === 'cancel' || i.mode === 'postpone') {
        const rows = returnedRows<ChangeRow>(
          await m.query(
            `UPDATE tour_stops SET status = $2,
                    pending_notice = CASE WHEN notified_for IS NOT NULL THEN $3 ELSE NULL END, updated_at = now()
              WHERE tour_id = $1 AND status IN ('planned','notified')
            RETURNING id, scheduled_date::text AS date, status, notified_for::text AS notified_for`,
            [i.tourId, i.mode === 'cancel' ? 'cancelled' : 'planned', i.mode === 'cancel' ? 'cancelled' : 'postponed'],
          ),
        );
        return rows.map(toChange);
      }
      const [tour] = await m.query(`SELECT kit_service_point_id FROM tours WHERE id = $1`, [i.tourId]);
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`tour-kit:${tour.kit_service_point_id}`]);
      const stops: Array<{ id: string; date: string; notified_for: string | null }> = await m.query(
        `SELECT id, scheduled_date::text AS date, notified_for::text AS notified_for FROM tour_stops
          WHERE tour_id = $1 AND status IN ('planned','notified') ORDER BY scheduled_date, position`,
        [i.tourId],
      );
      if (stops.length === 0) return [];
      let days = i.days ?? 0;
      if (i.mode === 'resume') {
        const [{ tomorrow }] = await m.query(
          `SELECT ((now() AT TIME ZONE f.time_zone)::date + 1)::text AS tomorrow FROM tours t JOIN offices f ON f.id = t.office_id WHERE t.id = $1`,
          [i.tourId],
        );
        days = Math.max(0, daysBetween(stops[0].date, tomorrow));
        if (days === 0) return [];
      }
      // Every day the kit is booked by a stop that does not move: other tours', and this tour's stops already visited.
      const taken = new Set<string>(
        (
          await m.query(
            `SELECT scheduled_date::text AS date FROM tour_stops
              WHERE kit_service_point_id = $1 AND status NOT IN ('skipped','cancelled') AND NOT (id = ANY($2::uuid[]))`,
            [tour.kit_service_point_id, stops.map((s) => s.id)],
          )
        ).map((r: { date: string }) => r.date),
      );
      const changes: StopChange[] = [];
      let last = '';
      for (const s of stops) {
        let date = addDays(s.date, days);
        while (taken.has(date) || date <= last) date = addDays(date, 1);
        last = date;
        const rows = returnedRows<ChangeRow>(
          await m.query(
            `UPDATE tour_stops SET scheduled_date = $2::date, status = 'planned',
                    pending_notice = CASE WHEN notified_for IS NOT NULL THEN 'rescheduled' ELSE pending_notice END, updated_at = now()
              WHERE id = $1
            RETURNING id, scheduled_date::text AS date, status, notified_for::text AS notified_for`,
            [s.id, date],
          ),
        );
        changes.push(...rows.map(toChange));
      }
      return changes;
    });
  }

  /** The open outages over the tour's kit and the office's policy for them (hold or proceed-offline). */
  async outagesOverTour(tourId: string) {
    const found = await outagesOverTour(this.db, tourId);
    return { policy: found.policy, outages: found.outages.map((o) => ({ outageId: o.outageId, kind: o.kind, description: o.description })) };
  }

  async listStopBatches(stopId: string): Promise<Array<{ batchId: string; status: string }>> {
    const rows = await this.db.query(`SELECT id, status FROM tour_batches WHERE stop_id = $1 ORDER BY created_at`, [stopId]);
    return rows.map((r: { id: string; status: string }) => ({ batchId: r.id, status: r.status }));
  }

  /**
   * Opens the repair case of a kit device that broke on tour (the row first, like the API: one open
   * case per device). A device that already has an open case is linked to it instead.
   */
  async openKitRepair(i: {
    tourId: string;
    officeId: string;
    deviceId: string;
    description: string;
    caseId: string;
    actor: string;
    requestId?: string;
  }): Promise<{ caseId: string; start?: RepairWorkflowInput }> {
    const [device] = await this.db.query(
      `SELECT d.id, d.serial_number, d.kind, d.service_point_id, sp.name AS service_point_name
         FROM devices d JOIN service_points sp ON sp.id = d.service_point_id WHERE d.id = $1 AND d.office_id = $2`,
      [i.deviceId, i.officeId],
    );
    if (!device) {
      throw ApplicationFailure.create({ type: 'InvalidInput', nonRetryable: true, message: `deviceId ${i.deviceId} is no longer a device of this office` });
    }
    const [tour] = await this.db.query(`SELECT name FROM tours WHERE id = $1`, [i.tourId]);
    const description = `${i.description} (rusak saat tur jemput bola "${tour?.name ?? i.tourId}")`;
    const [open] = await this.db.query(`SELECT id FROM repair_cases WHERE device_id = $1 AND status NOT IN ('closed','cancelled')`, [i.deviceId]);
    if (open && open.id !== i.caseId) return { caseId: open.id };
    if (!open) {
      try {
        await this.db.query(
          `INSERT INTO repair_cases (id, workflow_id, office_id, device_id, service_point_id, description, status, last_seq, reported_by)
           VALUES ($1, $2, $3, $4, $5, $6, 'reported', 0, $7) ON CONFLICT (id) DO NOTHING`,
          [i.caseId, repairWorkflowId(i.caseId), i.officeId, i.deviceId, device.service_point_id, description, i.actor],
        );
      } catch (err) {
        // Someone opened a case for the device a moment ago: the tour waits for that one.
        if (pgErrorCode(err) !== PG_UNIQUE_VIOLATION) throw err;
        const [other] = await this.db.query(`SELECT id FROM repair_cases WHERE device_id = $1 AND status NOT IN ('closed','cancelled')`, [i.deviceId]);
        if (other && other.id !== i.caseId) return { caseId: other.id };
        throw err;
      }
    }
    const [stored] = await this.db.query(
      `SELECT triage_seconds, repair_seconds, verification_seconds, reminder_interval_seconds, escalation_threshold_seconds,
              triage_clock, repair_clock, verification_clock, reminder_clock,
              triage_warn_share, triage_warn_before_seconds, repair_warn_share, repair_warn_before_seconds,
              verification_warn_share, verification_warn_before_seconds
         FROM sla_policies WHERE office_id = $1`,
      [i.officeId],
    );
    const warning = (share: number | null, beforeSeconds: number | null) =>
      share != null ? { share } : beforeSeconds != null ? { beforeSeconds } : undefined;
    const p = stored
      ? {
          triageSeconds: stored.triage_seconds,
          repairSeconds: stored.repair_seconds,
          verificationSeconds: stored.verification_seconds,
          reminderIntervalSeconds: stored.reminder_interval_seconds,
          escalationThresholdSeconds: stored.escalation_threshold_seconds,
          clocks: { triage: stored.triage_clock, repair: stored.repair_clock, verification: stored.verification_clock, reminder: stored.reminder_clock },
          warnings: {
            triage: warning(stored.triage_warn_share, stored.triage_warn_before_seconds),
            repair: warning(stored.repair_warn_share, stored.repair_warn_before_seconds),
            verification: warning(stored.verification_warn_share, stored.verification_warn_before_seconds),
          },
        }
      : {
          triageSeconds: DEFAULT_SLA_POLICY.triageSeconds,
          repairSeconds: DEFAULT_SLA_POLICY.repairSeconds,
          verificationSeconds: DEFAULT_SLA_POLICY.verificationSeconds,
          reminderIntervalSeconds: DEFAULT_SLA_POLICY.reminderIntervalSeconds,
          escalationThresholdSeconds: DEFAULT_SLA_POLICY.escalationThresholdSeconds,
        };
    return {
      caseId: i.caseId,
      start: {
        caseId: i.caseId,
        officeId: i.officeId,
        deviceId: i.deviceId,
        deviceSerial: device.serial_number,
        deviceKind: device.kind,
        servicePointId: device.service_point_id,
        servicePointName: device.service_point_name,
        description,
        reportedBy: i.actor,
        requestId: i.requestId,
        policy: p,
      },
    };
  }

  /** The repair cases among these that are still open. */
  async openRepairCases(caseIds: string[]): Promise<string[]> {
    if (caseIds.length === 0) return [];
    const rows = await this.db.query(`SELECT id FROM repair_cases WHERE id = ANY($1::uuid[]) AND status NOT IN ('closed','cancelled')`, [caseIds]);
    return rows.map((r: { id: string }) => r.id);
  }

  /**
   * One attempt to hand a batch to the centre. Acknowledged and rejected batches answer from their
   * row (a retry never sends twice what the centre answered); an unreachable centre is recorded on
   * the row and thrown, so the activity is retried with backoff.
   */
  async pushBatch(batchId: string): Promise<{ status: 'acknowledged' | 'rejected'; reason?: string }> {
    const [b] = await this.db.query(
      `SELECT b.id, b.status, b.sha256, b.residents_count, b.device_serial, b.captured_at, b.rejected_reason, s.village_code, o.regency_code, p.content
         FROM tour_batches b JOIN tour_stops s ON s.id = b.stop_id JOIN offices o ON o.id = b.office_id
         JOIN tour_batch_packets p ON p.batch_id = b.id
        WHERE b.id = $1`,
      [batchId],
    );
    if (!b) throw new Error(`batch ${batchId} is not stored`);
    if (b.status === 'acknowledged') return { status: 'acknowledged' };
    if (b.status === 'rejected') return { status: 'rejected', reason: b.rejected_reason };
    await this.db.query(`UPDATE tour_batches SET status = 'sent', attempts = attempts + 1, last_attempt_at = now() WHERE id = $1 AND status IN ('received','sent')`, [batchId]);
    let answer;
    try {
      answer = await this.centre.push({
        batchId,
        sha256: b.sha256,
        content: b.content,
        residentsCount: b.residents_count,
        deviceSerial: b.device_serial,
        capturedAt: new Date(b.captured_at).toISOString(),
        villageCode: b.village_code,
        regencyCode: b.regency_code,
      });
    } catch (err) {
      const message = err instanceof CentralUnavailableError ? err.message : `push failed: ${(err as Error).message}`;
      await this.db.query(`UPDATE tour_batches SET last_error = $2 WHERE id = $1`, [batchId, message.slice(0, 1000)]);
      this.logger.warn(`batch ${batchId}: ${message}`);
      throw err;
    }
    if (answer.status === 'acknowledged') {
      await this.db.query(
        `UPDATE tour_batches SET status = 'acknowledged', acknowledged_at = now(), central_receipt = $2, last_error = NULL WHERE id = $1 AND status = 'sent'`,
        [batchId, answer.receipt],
      );
      return { status: 'acknowledged' };
    }
    // Rejected: those residents are recorded again at the tour's next stop still to come.
    await this.db.query(
      `UPDATE tour_batches b SET status = 'rejected', rejected_reason = $2, rerecord = true, last_error = NULL,
              rerecord_stop_id = (SELECT s.id FROM tour_stops s WHERE s.tour_id = b.tour_id AND s.status IN ('planned','notified')
                                   ORDER BY s.scheduled_date, s.position LIMIT 1)
        WHERE b.id = $1 AND b.status = 'sent'`,
      [batchId, answer.reason],
    );
    return { status: 'rejected', reason: answer.reason };
  }
}

interface ChangeRow {
  id: string;
  date: string;
  status: StopStatus;
  notified_for: string | null;
}

function toChange(r: ChangeRow): StopChange {
  return { stopId: r.id, date: r.date, status: r.status, noticedFor: r.notified_for };
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

