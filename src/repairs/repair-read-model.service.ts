import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RepairStatus } from '../../workflows/repair.messages';
import { storableText } from '../common/input-rules';
import { returnedRows } from '../common/sql';
import { actorKindOf, AuditService } from '../audit/audit.service';
import { notifyRoleHolders } from '../notifications/notify-role-holders';
import { AvailabilityService } from '../registry/availability.service';
import type { DeviceKind, DeviceStatus } from '../registry/device.entity';
import { DEVICE_KIND_ID } from './repair-labels';
import { noteSolvedEscalations } from '../escalations/solved-escalations';

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
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
         VALUES ($1, $2, 'repair', $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (workflow_id, seq) DO NOTHING`,
        [e.workflowId, e.seq, e.caseId, e.officeId, e.event, e.fromStatus ?? null, e.toStatus, e.actor, e.note ?? null, JSON.stringify(e.details)],
      );
      await this.audit.append(
        {
          actor: e.actor,
          actorKind: actorKindOf(e.actor),
          officeId: e.officeId,
          action: `repair.${e.event}`,
          targetType: 'repair',
          targetId: e.caseId,
          summary: { workflowId: e.workflowId, seq: e.seq, from: e.fromStatus ?? null, to: e.toStatus, note: e.note ?? null, ...e.details },
          requestId: e.requestId ?? null,
          dedupKey: `${e.workflowId}:${e.seq}`,
        },
        m,
      );
      const terminal = e.toStatus === 'closed' || e.toStatus === 'cancelled';
      const updated = returnedRows(await m.query(
        `UPDATE repair_cases rc
            SET status = $3,
                last_seq = $2,
                deadline_at = CASE WHEN $4::int IS NULL THEN NULL ELSE t.occurred_at + make_interval(secs => $4::int) END,
                assessment = COALESCE($5, rc.assessment),
                repair_channel = COALESCE($6, rc.repair_channel),
                repaired_by = CASE WHEN $8 THEN $9::text ELSE rc.repaired_by END,
                closed_at = CASE WHEN $7 THEN t.occurred_at ELSE NULL END,
                updated_at = now()
           FROM timeline_entries t
          WHERE rc.id = $1 AND rc.last_seq < $2 AND t.workflow_id = rc.workflow_id AND t.seq = $2
          RETURNING rc.id`,
        [e.caseId, e.seq, e.toStatus, e.deadlineSeconds ?? null, e.assessment ?? null, e.repairChannel ?? null, terminal, e.toStatus === 'repaired', e.actor],
      ));
      if (updated.length === 0) return; // a retry, or overtaken by a newer event
      // Closed or cancelled: an escalation about nothing but closed cases has nothing left to chase.
      if (terminal) await noteSolvedEscalations(m, { repairCaseId: e.caseId });
      await m.query(`UPDATE devices SET status = $2, updated_at = now() WHERE id = $1 AND status <> 'retired'`, [
        e.deviceId,
        DEVICE_STATUS_FOR[e.toStatus],
      ]);
      await this.availability.refresh(e.servicePointId, m);
    });
  }

  async sendReminder(r: RepairReminderInput): Promise<void> {
    const kind = DEVICE_KIND_ID[r.deviceKind as DeviceKind] ?? r.deviceKind;
    const title = `Pengingat: perbaikan ${kind} ${r.deviceSerial} melewati batas waktu`;
    const body =
      `Kasus perbaikan ${kind} (nomor seri ${r.deviceSerial}) di ${r.servicePointName} masih berstatus ` +
      `"${r.statusLabel}" dan sudah melewati batas waktu. Ini pengingat ke-${r.level}; mohon segera ditindaklanjuti.`;
    await this.dataSource.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
         VALUES ($1, $2, 'repair', $3, $4, 'reminder', $5, $5, 'system', $6, $7)
         ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING id`,
        [r.workflowId, r.seq, r.caseId, r.officeId, r.status, title, JSON.stringify({ level: r.level, recipients: r.recipients })],
      );
      if (inserted.length > 0) {
        await m.query(`UPDATE repair_cases SET reminders_sent = reminders_sent + 1 WHERE id = $1`, [r.caseId]);
      }
      // One message per person holding the role in the office, each with its own read state.
      const delivered: Record<string, number> = {};
      for (const role of r.recipients) {
        delivered[role] = await notifyRoleHolders(m, {
          dedupPrefix: `${r.workflowId}:${r.seq}:${role}`,
          officeId: r.officeId,
          role,
          kind: 'repair-reminder',
          subjectType: 'repair',
          subjectId: r.caseId,
          title,
          body,
        });
      }
      if (inserted.length > 0) {
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

