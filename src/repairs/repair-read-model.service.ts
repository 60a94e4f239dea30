import { Injectable, Logger } from '@nestjs/common';
import { localInstant } from '../common/time-zones';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RepairStatus } from '../../workflows/repair.messages';
import { storableText } from '../common/input-rules';
import { actorKindOf, AuditRecord, AuditService, auditEntryInsert, auditEntryValues } from '../audit/audit.service';
import { preparedStatement, runPrepared } from '../database/prepared-statements';
import { notifyRoleHolders } from '../notifications/notify-role-holders';
import { AvailabilityService } from '../registry/availability.service';
import type { DeviceKind, DeviceStatus } from '../registry/device.entity';
import { DEVICE_KIND_ID } from './repair-labels';
import { noteSolvedEscalations } from '../escalations/solved-escalations';
import { emitTimelineWebhooks, emitWebhookEvent } from '../webhooks/webhook-events';

export interface RepairEventInput {
  caseId: string;
  officeId: string;
  deviceId: string;
  servicePointId: string;
  workflowId: string;
  seq: number;
  event: string;
  fromStatus?: RepairStatus;
  toStatus: RepairStatus;
  actor: string;
  note?: string;
  /** The HTTP request behind the action, when a person acted. */
  requestId?: string;
  details: Record<string, unknown>;
  /** Deadline of the new state, counted from the event; none for a finished case. */
  deadlineSeconds?: number;
  /** The deadline instant the business calendar planned (ISO); wins over deadlineSeconds. */
  deadlineAt?: string;
  assessment?: string;
  repairChannel?: string;
}

export interface RepairReminderInput {
  caseId: string;
  officeId: string;
  workflowId: string;
  seq: number;
  level: number;
  status: RepairStatus;
  statusLabel: string;
  deviceSerial: string;
  deviceKind: string;
  servicePointName: string;
  recipients: Array<'operator' | 'manager'>;
}

export interface RepairWarningInput {
  caseId: string;
  officeId: string;
  workflowId: string;
  seq: number;
  step: 'triage' | 'repair' | 'verification';
  status: RepairStatus;
  statusLabel: string;
  /** The step's deadline (ISO instant). */
  deadlineAt: string;
  deviceSerial: string;
  deviceKind: string;
  servicePointName: string;
  recipients: Array<'operator' | 'manager'>;
}

const STEP_ID: Record<RepairWarningInput['step'], string> = { triage: 'triase', repair: 'perbaikan', verification: 'verifikasi' };

/** The device status a case implies while it is the device's latest word. */
const DEVICE_STATUS_FOR: Record<RepairStatus, DeviceStatus> = {
  reported: 'broken',
  triaged: 'broken',
  'awaiting-repair': 'in-repair',
  repaired: 'active',
  closed: 'active',
  cancelled: 'active',
};

/**
 * A repair event in one statement. The timeline row is the event's key (workflow id, seq): a retry
 * finds it and records nothing new. The audit entry is deduplicated by the same key. The case moves
 * only to a newer event (last_seq), its deadline counted from the timeline row's time (the row just
 * inserted, or the one a retry finds). The device takes the status the case implies, unless retired
 * or already in it: `device_changed` says whether the availability must be recomputed.
 * (Data-modifying CTEs all see the snapshot the statement began with, hence `t` and `upd` read the
 * inserted row through `ins`, not from the table.)
 */
const RECORD_EVENT = preparedStatement(
  'repair_record_event',
  `WITH ins AS (
     INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
     VALUES ($1, $2, 'repair', $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING occurred_at
   ), t AS (
     SELECT occurred_at FROM ins
     UNION ALL
     SELECT occurred_at FROM timeline_entries WHERE workflow_id = $1 AND seq = $2
     LIMIT 1
   ), a AS (
     ${auditEntryInsert(19)}
   ), upd AS (
     UPDATE repair_cases rc
        SET status = $7,
            last_seq = $2,
            deadline_at = CASE WHEN $16::timestamptz IS NOT NULL THEN $16::timestamptz WHEN $11::int IS NULL THEN NULL ELSE t.occurred_at + make_interval(secs => $11::int) END,
            assessment = COALESCE($12, rc.assessment),
            repair_channel = COALESCE($13, rc.repair_channel),
            repaired_by = CASE WHEN $15 THEN $8::text ELSE rc.repaired_by END,
            closed_at = CASE WHEN $14 THEN t.occurred_at ELSE NULL END,
            updated_at = now()
       FROM t
      WHERE rc.id = $3 AND rc.last_seq < $2
      RETURNING rc.id
   ), dev AS (
     UPDATE devices d SET status = $18, updated_at = now()
       FROM upd
      WHERE d.id = $17 AND d.status <> 'retired' AND d.status <> $18
      RETURNING d.id
   )
   SELECT EXISTS (SELECT 1 FROM ins) AS recorded, EXISTS (SELECT 1 FROM upd) AS updated,
          EXISTS (SELECT 1 FROM dev) AS device_changed, to_json(now())#>>'{}' AS now`,
);

/** A reminder's timeline row and, when it is new, the case's count of reminders. */
const RECORD_REMINDER = preparedStatement(
  'repair_record_reminder',
  `WITH ins AS (
     INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
     VALUES ($1, $2, 'repair', $3, $4, 'reminder', $5, $5, 'system', $6, $7)
     ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING id
   ), counted AS (
     UPDATE repair_cases SET reminders_sent = reminders_sent + 1 FROM ins WHERE repair_cases.id = $3
   )
   SELECT EXISTS (SELECT 1 FROM ins) AS recorded, to_json(now())#>>'{}' AS now`,
);

/**
 * Writes RepairWorkflow's read model. Every write is keyed by (workflow id, event seq): a retried
 * activity finds its timeline row already there and changes nothing; an older event never
 * overwrites a newer one.
 */
@Injectable()
export class RepairReadModelService {
  private readonly logger = new Logger(RepairReadModelService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly availability: AvailabilityService,
    private readonly audit: AuditService,
  ) {}

  async recordEvent(event: RepairEventInput): Promise<void> {
    // What Postgres cannot store (NUL, unpaired surrogates) is replaced, never refused: no gap in the timeline.
    const e = storableText(event);
    const terminal = e.toStatus === 'closed' || e.toStatus === 'cancelled';
    const audit: AuditRecord = {
      actor: e.actor,
      actorKind: actorKindOf(e.actor),
      officeId: e.officeId,
      action: `repair.${e.event}`,
      targetType: 'repair',
      targetId: e.caseId,
      summary: { workflowId: e.workflowId, seq: e.seq, from: e.fromStatus ?? null, to: e.toStatus, note: e.note ?? null, ...e.details },
      requestId: e.requestId ?? null,
      dedupKey: `${e.workflowId}:${e.seq}`,
    };
    await this.dataSource.transaction(async (m) => {
      // The timeline row, the audit entry, the case and the device in one statement (RECORD_EVENT).
      const [outcome] = (
        await runPrepared<{ recorded: boolean; updated: boolean; device_changed: boolean; now: string }>(m, RECORD_EVENT, [
          e.workflowId,
          e.seq,
          e.caseId,
          e.officeId,
          e.event,
          e.fromStatus ?? null,
          e.toStatus,
          e.actor,
          e.note ?? null,
          JSON.stringify(e.details),
          e.deadlineSeconds ?? null,
          e.assessment ?? null,
          e.repairChannel ?? null,
          terminal,
          e.toStatus === 'repaired',
          e.deadlineAt ?? null,
          e.deviceId,
          DEVICE_STATUS_FOR[e.toStatus],
          ...auditEntryValues(audit),
        ])
      ).rows;
      // The webhook events of the happening, once (a retry finds the timeline row and emits nothing).
      if (outcome.recorded) {
        await emitTimelineWebhooks(
          m,
          { workflowId: e.workflowId, seq: e.seq, subjectType: 'repair', subjectId: e.caseId, officeId: e.officeId, event: e.event, fromStatus: e.fromStatus, toStatus: e.toStatus, actor: e.actor, note: e.note, details: e.details },
          { deviceId: e.deviceId, servicePointId: e.servicePointId },
          outcome.now,
        );
      }
      if (!outcome.updated) return; // a retry, or overtaken by a newer event
      // Closed or cancelled: an escalation about nothing but closed cases has nothing left to chase.
      if (terminal) await noteSolvedEscalations(m, { repairCaseId: e.caseId });
      // The service point's availability follows its devices' statuses: unchanged, nothing to recompute
      // (and its "down since" stays as it was). Changed, it is recomputed in this transaction, under
      // the office's availability lock (see AvailabilityService.refresh).
      if (outcome.device_changed) await this.availability.refresh(e.servicePointId, m);
    });
  }

  /** The planned deadline of the step an event began, while that event is still the case's latest word. */
  async recordDeadline(caseId: string, seq: number, deadlineAt: string): Promise<void> {
    await this.dataSource.query(`UPDATE repair_cases SET deadline_at = $3, updated_at = now() WHERE id = $1 AND last_seq = $2`, [caseId, seq, deadlineAt]);
  }

  /** Once per step: a warning to its assignees before the deadline (keyed by workflow and seq like every write). */
  async sendWarning(w: RepairWarningInput): Promise<void> {
    const kind = DEVICE_KIND_ID[w.deviceKind as DeviceKind] ?? w.deviceKind;
    await this.dataSource.transaction(async (m) => {
      const [office] = await m.query(`SELECT time_zone FROM offices WHERE id = $1`, [w.officeId]);
      const due = localInstant(new Date(w.deadlineAt), office?.time_zone ?? 'Asia/Jakarta');
      const title = `Peringatan: batas waktu ${STEP_ID[w.step]} ${kind} ${w.deviceSerial} segera tiba`;
      const body =
        `Kasus perbaikan ${kind} (nomor seri ${w.deviceSerial}) di ${w.servicePointName} masih berstatus ` +
        `"${w.statusLabel}". Batas waktu ${STEP_ID[w.step]} adalah ${due}; mohon ditindaklanjuti sebelum batas waktu itu.`;
      const inserted: unknown[] = await m.query(
        `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
         VALUES ($1, $2, 'repair', $3, $4, 'deadline-warning', $5, $5, 'system', $6, $7)
         ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING id`,
        [w.workflowId, w.seq, w.caseId, w.officeId, w.status, title, JSON.stringify({ step: w.step, deadlineAt: w.deadlineAt, recipients: w.recipients })],
      );
      const delivered = await notifyCaseRecipients(m, w, 'deadline-warning', title, body);
      if (inserted.length > 0) {
        await this.audit.append(
          {
            actor: 'system',
            actorKind: 'system',
            officeId: w.officeId,
            action: 'repair.deadline-warning',
            targetType: 'repair',
            targetId: w.caseId,
            summary: { workflowId: w.workflowId, seq: w.seq, step: w.step, deadlineAt: w.deadlineAt, recipients: w.recipients, delivered },
            dedupKey: `${w.workflowId}:${w.seq}`,
          },
          m,
        );
      }
    });
  }

  async sendReminder(r: RepairReminderInput): Promise<void> {
    const kind = DEVICE_KIND_ID[r.deviceKind as DeviceKind] ?? r.deviceKind;
    const title = `Pengingat: perbaikan ${kind} ${r.deviceSerial} melewati batas waktu`;
    const body =
      `Kasus perbaikan ${kind} (nomor seri ${r.deviceSerial}) di ${r.servicePointName} masih berstatus ` +
      `"${r.statusLabel}" dan sudah melewati batas waktu. Ini pengingat ke-${r.level}; mohon segera ditindaklanjuti.`;
    await this.dataSource.transaction(async (m) => {
      // The timeline row and the case's count in one statement (a retry finds the row and counts nothing).
      const [{ recorded, now }] = (
        await runPrepared<{ recorded: boolean; now: string }>(m, RECORD_REMINDER, [
          r.workflowId,
          r.seq,
          r.caseId,
          r.officeId,
          r.status,
          title,
          JSON.stringify({ level: r.level, recipients: r.recipients }),
        ])
      ).rows;
      if (recorded) {
        await emitWebhookEvent(m, {
          source: `${r.workflowId}:${r.seq}`,
          type: 'repair.overdue',
          officeId: r.officeId,
          data: {
            repairId: r.caseId,
            workflowId: r.workflowId,
            status: r.status,
            level: r.level,
            deviceKind: r.deviceKind,
            deviceSerial: r.deviceSerial,
            servicePointName: r.servicePointName,
            recipients: r.recipients,
          },
        }, now);
      }
      // One message per person holding the role in the office, each with its own read state.
      const delivered = await notifyCaseRecipients(m, r, 'repair-reminder', title, body);
      if (recorded) {
        await this.audit.append(
          {
            actor: 'system',
            actorKind: 'system',
            officeId: r.officeId,
            action: 'repair.reminder',
            targetType: 'repair',
            targetId: r.caseId,
            summary: { workflowId: r.workflowId, seq: r.seq, level: r.level, status: r.status, recipients: r.recipients, delivered },
            dedupKey: `${r.workflowId}:${r.seq}`,
          },
          m,
        );
        if (Object.values(delivered).every((n) => n === 0)) {
          this.logger.warn(`reminder ${r.workflowId}:${r.seq}: no active ${r.recipients.join('/')} account in office ${r.officeId}`);
        }
      }
    });
  }
}


/**
 * One message per person holding each recipient role in the office, each with its own read state,
 * keyed by the workflow's write (a retried activity delivers nothing twice); how many per role.
 */
async function notifyCaseRecipients(
  m: EntityManager,
  e: { workflowId: string; seq: number; officeId: string; caseId: string; recipients: Array<'operator' | 'manager'> },
  kind: string,
  title: string,
  body: string,
): Promise<Record<string, number>> {
  const delivered: Record<string, number> = {};
  for (const role of e.recipients) {
    delivered[role] = await notifyRoleHolders(m, { dedupPrefix: `${e.workflowId}:${e.seq}:${role}`, officeId: e.officeId, role, kind, subjectType: 'repair', subjectId: e.caseId, title, body });
  }
  return delivered;
}
