import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { EscalationStatus, EscalationWorkflowInput, escalationWorkflowId, OPEN_ESCALATION_STATUSES } from '../../workflows/escalation.messages';
import { notifyRoleHolders } from '../notifications/notify-role-holders';
import { solvedSummary, tellManagersSolved } from './solved-escalations';
import { recordWorkflowEvent } from '../timeline/workflow-event';
import { sendMail } from '../notifications/mailer';
import { AvailabilityService } from '../registry/availability.service';
import { DEFAULT_SLA_POLICY } from '../registry/sla-policy.entity';
import { caseFacts, draftForCases, loadCases } from './draft-builder';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { returnedRows } from '../common/sql';
import { letterContent } from './letter-content';
import { renderLetterPdf } from './letter-pdf';
import { DEFAULT_RECIPIENT, draftFromOutage, followUpText, letterNumber, OutageFact } from './letter-text';
import { OUTAGE_KIND_ID } from '../outages/outage-labels';
import { DEVICE_KIND_ID } from '../repairs/repair-labels';
import type { DeviceKind } from '../registry/device.entity';
import { stageWorkflowStart } from '../temporal/workflow-starts.service';
import { OFFICE_ID } from '../../workflows/search-attributes';
import { localInstant } from '../common/time-zones';

export interface EscalationEventInput {
  escalationId: string;
  officeId: string;
  workflowId: string;
  seq: number;
  event: string;
  fromStatus?: EscalationStatus;
  toStatus: EscalationStatus;
  actor: string;
  note?: string;
  requestId?: string;
  round: number;
  details: Record<string, unknown>;
  /** Fields of the escalation row this event changes (undefined: unchanged). */
  patch: {
    subject?: string;
    body?: string;
    recipient?: string;
    attachments?: string[];
    round?: number;
    lastComment?: string;
    reply?: { receivedAt: string; reference: string; summary: string };
    /** Every case and outage it is about was found closed or resolved. */
    solved?: boolean;
    withdrawalReason?: string;
  };
}

/** What the workflow learns before drafting a follow-up: whether there is still anything to chase. */
export interface SolvedCheck {
  solved: boolean;
  /** In Bahasa Indonesia, for the timeline. */
  summary: string;
  /** What was solved, for the managers' notice ("2 kasus perbaikan sudah selesai"). */
  parts: string;
  repairCaseIds: string[];
  outageIds: string[];
}

export interface IssueLetterInput {
  escalationId: string;
  round: number;
  approvedBy: string;
  approverName: string;
  approverNip: string | null;
}

export interface EscalationReminderInput {
  escalationId: string;
  officeId: string;
  workflowId: string;
  seq: number;
  level: number;
  round: number;
  status: EscalationStatus;
  recipients: Array<'manager' | 'supervisor'>;
}

/** The policy's warning before the follow-up, as the workflow's input carries it (absent: no warning). */
export function replyWaitWarning(share: number | null, beforeSeconds: number | null): { share?: number; beforeSeconds?: number } | undefined {
  if (share != null) return { share };
  if (beforeSeconds != null) return { beforeSeconds };
  return undefined;
}

export interface ReplyWaitWarningInput {
  escalationId: string;
  officeId: string;
  workflowId: string;
  seq: number;
  round: number;
  letterNumber: string | null;
  status: EscalationStatus;
  /** When the reply wait ends and the follow-up is drafted (ISO instant). */
  deadlineAt: string;
}

/** Events that the linked repair cases show in their own timelines. */
const REPAIR_VISIBLE: Record<string, string> = {
  drafted: 'Surat eskalasi ke kementerian disusun',
  approved: 'Surat eskalasi disetujui dan diberi nomor',
  dispatched: 'Surat eskalasi dikirim ke kementerian',
  'dispatch-skipped': 'Surat eskalasi siap dikirim manual',
  'follow-up-drafted': 'Surat susulan disusun karena belum ada tanggapan',
  answered: 'Tanggapan kementerian diterima',
  rejected: 'Surat eskalasi ditolak',
  'problem-solved': 'Semua masalah dalam surat eskalasi sudah selesai: tidak ada surat susulan lagi',
  withdrawn: 'Surat eskalasi ditarik kembali oleh pimpinan dinas',
};

/**
 * Writes EscalationWorkflow's read model and does its side effects: every write is keyed by
 * (workflow id, event seq) or by (escalation, round), so a retried activity changes nothing twice —
 * one number per letter, one rendering, one e-mail.
 */
/** A manager's decision on a letter, in the words its drafters read (title of the message). */
const DECISIONS: Record<string, (e: EscalationEventInput) => string> = {
  approved: (e) => `Surat eskalasi disetujui dengan nomor ${String(e.details.letterNumber ?? '')}`.trim(),
  rejected: () => 'Surat eskalasi ditolak',
  'follow-up-rejected': () => 'Surat susulan ditolak; surat tetap menunggu tanggapan kementerian',
  'changes-requested': () => 'Surat eskalasi perlu diperbaiki',
};

/**
 * Tells the office's operators (who draft the letters) of a manager's decision, in the app and, by
 * their choice, by e-mail; keyed by the event, so a retried write tells no one twice.
 */
async function tellOperatorsDecided(m: EntityManager, e: EscalationEventInput, title: string): Promise<void> {
  const [row] = await m.query(`SELECT subject FROM escalations WHERE id = $1`, [e.escalationId]);
  await notifyRoleHolders(m, {
    dedupPrefix: `${e.workflowId}:${e.seq}`,
    officeId: e.officeId,
    role: 'operator',
    kind: 'escalation-decision',
    subjectType: 'escalation',
    subjectId: e.escalationId,
    title,
    body: `"${row?.subject ?? ''}" oleh ${e.actor}${e.note ? `: ${e.note}` : ''}`,
  });
}

@Injectable()
export class EscalationReadModelService {
  private readonly logger = new Logger(EscalationReadModelService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly availability: AvailabilityService,
  ) {}

  async recordEvent(e: EscalationEventInput): Promise<void> {
    await this.db.transaction(async (m) => {
      const recorded = await recordWorkflowEvent(m, this.audit, {
        workflowId: e.workflowId,
        seq: e.seq,
        subjectType: 'escalation',
        subjectId: e.escalationId,
        officeId: e.officeId,
        event: e.event,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actor: e.actor,
        note: e.note,
        requestId: e.requestId,
        details: { round: e.round, ...e.details },
      });
      if (!recorded) return; // a retry
      const p = e.patch ?? {};
      await m.query(
        `UPDATE escalations
            SET status = $3, last_seq = $2,
                subject = COALESCE($4, subject), body = COALESCE($5, body), recipient = COALESCE($6, recipient),
                attachments = COALESCE($7::jsonb, attachments), round = COALESCE($8, round), last_comment = COALESCE($9, last_comment),
                reply_received_at = COALESCE($10, reply_received_at), reply_reference = COALESCE($11, reply_reference),
                reply_summary = COALESCE($12, reply_summary),
                solved_at = CASE WHEN $13::boolean THEN COALESCE(solved_at, now()) ELSE solved_at END,
                withdrawal_reason = COALESCE($14, withdrawal_reason), updated_at = now()
          WHERE id = $1 AND last_seq < $2`,
        [
          e.escalationId,
          e.seq,
          e.toStatus,
          p.subject ?? null,
          p.body ?? null,
          p.recipient ?? null,
          p.attachments ? JSON.stringify(p.attachments) : null,
          p.round ?? null,
          p.lastComment ?? null,
          p.reply?.receivedAt ?? null,
          p.reply?.reference ?? null,
          p.reply?.summary ?? null,
          p.solved === true,
          p.withdrawalReason ?? null,
        ],
      );
      if (e.event === 'problem-solved') await this.tellManagersSolved(m, e);
      const decided = DECISIONS[e.event];
      if (decided) await tellOperatorsDecided(m, e, decided(e));
      // The four-eyes rule's drafters, as the workflow keeps them (the row starts with its drafter): an
      // edit adds its author; a follow-up starts again from the system. Not tied to last_seq: the timeline row above already made it once only.
      if (e.event === 'edited') {
        await m.query(`UPDATE escalations SET drafters = drafters || jsonb_build_array($2::text) WHERE id = $1 AND NOT drafters ? $2`, [e.escalationId, e.actor]);
      } else if (e.event === 'follow-up-drafted') {
        await m.query(`UPDATE escalations SET drafters = '["system"]' WHERE id = $1`, [e.escalationId]);
      }
      const label = REPAIR_VISIBLE[e.event];
      if (label) {
        // So do the outages it is about.
        await m.query(
          `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
           SELECT $1 || ':' || l.outage_id::text, $2, 'outage', l.outage_id, $3, $4, o.status, o.status, $5, $6, $7
             FROM escalation_outages l JOIN outages o ON o.id = l.outage_id
            WHERE l.escalation_id = $8
           ON CONFLICT (workflow_id, seq) DO NOTHING`,
          [e.workflowId, e.seq, e.officeId, `escalation-${e.event}`, e.actor, label, JSON.stringify({ escalationId: e.escalationId, round: e.round, ...e.details }), e.escalationId],
        );
        // The linked repair cases tell it in their own timelines (keyed per case, so once each).
        await m.query(
          `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
           SELECT $1 || ':' || l.repair_case_id::text, $2, 'repair', l.repair_case_id, $3, $4, c.status, c.status, $5, $6, $7
             FROM escalation_repair_cases l JOIN repair_cases c ON c.id = l.repair_case_id
            WHERE l.escalation_id = $8
           ON CONFLICT (workflow_id, seq) DO NOTHING`,
          [e.workflowId, e.seq, e.officeId, `escalation-${e.event}`, e.actor, label, JSON.stringify({ escalationId: e.escalationId, round: e.round, ...e.details }), e.escalationId],
        );
      }
    });
  }

  /**
   * A repair case stalled past its threshold joins the office's untouched draft about stalled cases
   * (one letter for several cases), or opens a new one. Returns the workflow input when the caller
   * must start the escalation; a retry answers the same as the first call.
   */
  async joinStalledEscalation(caseId: string, officeId: string): Promise<{ escalationId: string; start?: EscalationWorkflowInput }> {
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`stalled-escalation:${officeId}`]);
      const [linked] = await m.query(
        `SELECT e.id, e.opened_by_case FROM escalation_repair_cases l JOIN escalations e ON e.id = l.escalation_id
          WHERE l.repair_case_id = $1 AND e.status = ANY($2) ORDER BY e.created_at DESC LIMIT 1`,
        [caseId, OPEN_ESCALATION_STATUSES],
      );
      if (linked) return { escalationId: linked.id, start: linked.opened_by_case === caseId ? await this.startInput(m, linked.id, officeId) : undefined };

      const [draft] = await m.query(
        `SELECT e.id FROM escalations e
          WHERE e.office_id = $1 AND e.source = 'repair-stalled' AND e.status = 'drafted' AND e.round = 1
            AND NOT EXISTS (SELECT 1 FROM escalation_letters l WHERE l.escalation_id = e.id)
            AND NOT EXISTS (SELECT 1 FROM timeline_entries t WHERE t.subject_id = e.id AND t.subject_type = 'escalation' AND t.event = 'edited')
          ORDER BY e.created_at DESC LIMIT 1`,
        [officeId],
      );
      if (draft) {
        await m.query(`INSERT INTO escalation_repair_cases (escalation_id, repair_case_id) VALUES ($1, $2)`, [draft.id, caseId]);
        const ids: string[] = (await m.query(`SELECT repair_case_id FROM escalation_repair_cases WHERE escalation_id = $1`, [draft.id])).map(
          (r: { repair_case_id: string }) => r.repair_case_id,
        );
        const text = await draftForCases(m, this.availability, officeId, await loadCases(m, ids));
        await m.query(`UPDATE escalations SET subject = $2, body = $3, updated_at = now() WHERE id = $1`, [draft.id, text.subject, text.body]);
        await this.noteOnRepair(m, draft.id, caseId, officeId);
        return { escalationId: draft.id };
      }

      const id = randomUUID();
      const [office] = await m.query(`SELECT ministry_recipient FROM offices WHERE id = $1`, [officeId]);
      const text = await draftForCases(m, this.availability, officeId, await loadCases(m, [caseId]));
      await m.query(
        `INSERT INTO escalations (id, workflow_id, office_id, status, source, subject, recipient, body, attachments, drafted_by, drafters, opened_by_case)
         VALUES ($1, $2, $3, 'drafted', 'repair-stalled', $4, $5, $6, $7, 'system', '["system"]', $8)`,
        [id, escalationWorkflowId(id), officeId, text.subject, office.ministry_recipient ?? DEFAULT_RECIPIENT, text.body, JSON.stringify(text.attachments), caseId],
      );
      await m.query(`INSERT INTO escalation_repair_cases (escalation_id, repair_case_id) VALUES ($1, $2)`, [id, caseId]);
      // Staged too, so other stalled cases never join a draft whose workflow is lost.
      return { escalationId: id, start: await this.stageChildStart(m, id, officeId) };
    });
  }

  /**
   * An outage past its threshold: its letter, drafted once (a retry answers with the same one), to be
   * started by the outage's workflow as a child.
   */
  async openOutageEscalation(outageId: string, officeId: string): Promise<{ escalationId: string; start?: EscalationWorkflowInput }> {
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`outage-escalation:${outageId}`]);
      const [linked] = await m.query(`SELECT escalation_id FROM escalation_outages WHERE outage_id = $1`, [outageId]);
      if (linked) return { escalationId: linked.escalation_id, start: await this.startInput(m, linked.escalation_id, officeId) };
      const o = await outageFacts(m, outageId);
      const text = draftFromOutage(o.officeName, o.regencyName, o.fact);
      const id = randomUUID();
      await m.query(
        `INSERT INTO escalations (id, workflow_id, office_id, status, source, subject, recipient, body, attachments, drafted_by, drafters)
         VALUES ($1, $2, $3, 'drafted', 'outage', $4, $5, $6, $7, 'system', '["system"]')`,
        [id, escalationWorkflowId(id), officeId, text.subject, o.ministryRecipient ?? DEFAULT_RECIPIENT, text.body, JSON.stringify(text.attachments)],
      );
      await m.query(`INSERT INTO escalation_outages (escalation_id, outage_id) VALUES ($1, $2)`, [id, outageId]);
      return { escalationId: id, start: await this.stageChildStart(m, id, officeId) };
    });
  }

  /**
   * A draft opened by a case's or an outage's workflow is started by that workflow as its child; its
   * start is staged with the draft all the same, so that should the parent never get to it (ended,
   * terminated), the worker's sweeper starts it and no draft is left without its workflow.
   */
  private async stageChildStart(m: EntityManager, escalationId: string, officeId: string): Promise<EscalationWorkflowInput> {
    const start = await this.startInput(m, escalationId, officeId);
    await stageWorkflowStart(m, {
      workflowId: escalationWorkflowId(escalationId),
      workflowType: 'escalationWorkflow',
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [start],
      searchAttributes: [{ key: OFFICE_ID, value: officeId }],
      subject: { kind: 'escalation', id: escalationId },
    });
    return start;
  }

  private async startInput(m: EntityManager, escalationId: string, officeId: string): Promise<EscalationWorkflowInput> {
    const [stored] = await m.query(
      `SELECT approval_reminder_seconds, approval_supervisor_after_seconds, reply_wait_seconds, approval_reminder_clock, reply_wait_clock,
              reply_wait_warn_share, reply_wait_warn_before_seconds
         FROM sla_policies WHERE office_id = $1`,
      [officeId],
    );
    const p = stored ?? {
      approval_reminder_seconds: DEFAULT_SLA_POLICY.approvalReminderSeconds,
      approval_supervisor_after_seconds: DEFAULT_SLA_POLICY.approvalSupervisorAfterSeconds,
      reply_wait_seconds: DEFAULT_SLA_POLICY.replyWaitSeconds,
      approval_reminder_clock: DEFAULT_SLA_POLICY.approvalReminderClock,
      reply_wait_clock: DEFAULT_SLA_POLICY.replyWaitClock,
      reply_wait_warn_share: DEFAULT_SLA_POLICY.replyWaitWarnShare,
      reply_wait_warn_before_seconds: DEFAULT_SLA_POLICY.replyWaitWarnBeforeSeconds,
    };
    return {
      escalationId,
      officeId,
      draftedBy: 'system',
      policy: {
        approvalReminderSeconds: p.approval_reminder_seconds,
        approvalSupervisorAfterSeconds: p.approval_supervisor_after_seconds,
        replyWaitSeconds: p.reply_wait_seconds,
        clocks: { approvalReminder: p.approval_reminder_clock, replyWait: p.reply_wait_clock },
        replyWaitWarning: replyWaitWarning(p.reply_wait_warn_share, p.reply_wait_warn_before_seconds),
      },
    };
  }

  /** A case that joins an existing draft says so in its own timeline. */
  private async noteOnRepair(m: EntityManager, escalationId: string, caseId: string, officeId: string): Promise<void> {
    await m.query(
      `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
       SELECT $1, 0, 'repair', c.id, $2, 'escalation-joined', c.status, c.status, 'system', $3, $4 FROM repair_cases c WHERE c.id = $5
       ON CONFLICT (workflow_id, seq) DO NOTHING`,
      [`${escalationWorkflowId(escalationId)}:${caseId}`, officeId, 'Kasus dimasukkan ke surat eskalasi yang sedang disusun', JSON.stringify({ escalationId }), caseId],
    );
  }

  /** Allocates the letter's number (once, whatever the retries) and renders its PDF. */
  async issueLetter(i: IssueLetterInput): Promise<{ number: string; date: string }> {
    const letter = await this.db.transaction(async (m) => {
      const [existing] = await m.query(`SELECT number, letter_date::text AS date FROM escalation_letters WHERE escalation_id = $1 AND round = $2`, [
        i.escalationId,
        i.round,
      ]);
      if (existing) return existing as { number: string; date: string };
      const [{ office_id: lockOffice }] = await m.query(`SELECT office_id FROM escalations WHERE id = $1`, [i.escalationId]);
      // The lock stalled cases take to join a draft: once numbered, a letter takes no more cases.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`stalled-escalation:${lockOffice}`]);
      const [esc] = await m.query(
        `SELECT e.office_id, e.subject, e.body, o.letter_number_pattern,
                EXTRACT(YEAR FROM now() AT TIME ZONE o.time_zone)::int AS year, (now() AT TIME ZONE o.time_zone)::date::text AS date
           FROM escalations e JOIN offices o ON o.id = e.office_id WHERE e.id = $1`,
        [i.escalationId],
      );
      // The sequence row is locked until this transaction ends: concurrent approvals queue here,
      // and a transaction that fails gives its number back — no gaps, no duplicates.
      const [{ last_seq: seq }] = await m.query(
        `INSERT INTO letter_sequences (office_id, year, last_seq) VALUES ($1, $2, 1)
         ON CONFLICT (office_id, year) DO UPDATE SET last_seq = letter_sequences.last_seq + 1 RETURNING last_seq`,
        [esc.office_id, esc.year],
      );
      const number = letterNumber(esc.letter_number_pattern, seq, esc.year);
      await m.query(
        `INSERT INTO escalation_letters (escalation_id, round, office_id, year, seq, number, letter_date, subject, body, approved_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [i.escalationId, i.round, esc.office_id, esc.year, seq, number, esc.date, esc.subject, esc.body, i.approvedBy],
      );
      return { number, date: esc.date as string };
    });
    await this.ensurePdf(i.escalationId, i.round, i);
    return letter;
  }

  private async ensurePdf(escalationId: string, round: number, approver: IssueLetterInput): Promise<void> {
    await ensureLetterPdf(this.db, escalationId, round, { name: approver.approverName, nip: approver.approverNip });
  }

  /**
   * E-mails the letter with its PDF when SMTP and the ministry's address are configured. Sent at most
   * once per letter once recorded; the Message-ID is fixed per letter, so the rare resend after a crash
   * between sending and recording is recognisable as the same message.
   */
  async dispatchLetter(escalationId: string, round: number): Promise<{ sent: boolean; messageId?: string; to?: string; reason?: string }> {
    const [l] = await this.db.query(
      `SELECT l.number, l.subject, l.pdf, l.dispatched_at, l.dispatch_message_id, l.dispatched_to, o.ministry_email, o.name AS office_name, e.recipient
         FROM escalation_letters l JOIN offices o ON o.id = l.office_id JOIN escalations e ON e.id = l.escalation_id
        WHERE l.escalation_id = $1 AND l.round = $2`,
      [escalationId, round],
    );
    if (!l) throw new Error(`letter ${escalationId}/${round} has not been issued`);
    if (l.dispatched_at) return { sent: true, messageId: l.dispatch_message_id, to: l.dispatched_to };
    if (!this.config.SMTP_URL) return { sent: false, reason: 'SMTP belum dikonfigurasi: cetak surat dan kirim secara manual' };
    if (!l.ministry_email) return { sent: false, reason: 'Alamat surel kementerian belum diisi di pengaturan kantor: kirim secara manual' };
    if (!l.pdf) throw new Error(`letter ${escalationId}/${round} has no PDF yet`);
    const messageId = `<letter-${escalationId}-${round}@ektp-ops>`;
    // One attempt sends at a time: an overlapping retry (the previous one still talking to a slow
    // server) finds the claim and waits for its outcome instead of sending a second copy.
    const claimed = returnedRows(
      await this.db.query(
        `UPDATE escalation_letters SET dispatch_attempts = dispatch_attempts + 1, dispatch_claimed_at = now()
          WHERE escalation_id = $1 AND round = $2 AND dispatched_at IS NULL
            AND (dispatch_claimed_at IS NULL OR dispatch_claimed_at < now() - interval '2 minutes')
          RETURNING dispatch_attempts`,
        [escalationId, round],
      ),
    );
    if (claimed.length === 0) throw new Error(`letter ${l.number} is being sent by another attempt; checking again later`);
    try {
      await sendMail(this.config.SMTP_URL, {
        from: this.config.MAIL_FROM,
        to: l.ministry_email,
        subject: `${l.number} — ${l.subject}`,
        messageId,
        text: `Yth. ${l.recipient},\n\nBersama ini kami sampaikan surat ${l.office_name} Nomor ${l.number} perihal ${l.subject}. Surat terlampir dalam bentuk PDF.\n\nHormat kami,\n${l.office_name}`,
        attachments: [{ filename: `Surat-${String(l.number).replace(/[^A-Za-z0-9]+/g, '-')}.pdf`, content: l.pdf, contentType: 'application/pdf' }],
      });
    } catch (err) {
      await this.db.query(`UPDATE escalation_letters SET dispatch_claimed_at = NULL WHERE escalation_id = $1 AND round = $2`, [escalationId, round]);
      throw err;
    }
    await this.db.query(
      `UPDATE escalation_letters SET dispatched_at = now(), dispatch_message_id = $3, dispatched_to = $4 WHERE escalation_id = $1 AND round = $2 AND dispatched_at IS NULL`,
      [escalationId, round, messageId, l.ministry_email],
    );
    this.logger.log(`letter ${l.number} sent to ${l.ministry_email}`);
    return { sent: true, messageId, to: l.ministry_email };
  }

  /**
   * The text of a follow-up letter, from the facts of the day it is drafted: cites every letter sent
   * so far by number and date; devices still broken with their days out of service counted to today
   * (the office's day); devices repaired since the last letter was drafted named as repaired; outages
   * still unresolved with their days. Devices repaired before the last letter are not repeated.
   */
  async draftFollowUp(escalationId: string): Promise<{ subject: string; body: string; attachments: string[] }> {
    const m = this.db.manager;
    const letters = await m.query(`SELECT round, number, letter_date::text AS date FROM escalation_letters WHERE escalation_id = $1 ORDER BY round`, [escalationId]);
    const [first] = await m.query(`SELECT subject FROM escalation_letters WHERE escalation_id = $1 AND round = 1`, [escalationId]);
    if (!first) throw new Error(`escalation ${escalationId} has no first letter to follow up`);
    const lastRound: number = letters[letters.length - 1].round;
    // When the last letter's text was drafted: the escalation's creation for the first, its follow-up-drafted event after.
    const [e] = await m.query(
      `SELECT e.office_id, o.name AS office_name,
              COALESCE((SELECT min(t.occurred_at) FROM timeline_entries t
                         WHERE t.workflow_id = e.workflow_id AND t.event = 'follow-up-drafted' AND (t.details->>'round')::int = $2), e.created_at) AS since
         FROM escalations e JOIN offices o ON o.id = e.office_id WHERE e.id = $1`,
      [escalationId, lastRound],
    );
    const caseIds: string[] = (await m.query(`SELECT repair_case_id FROM escalation_repair_cases WHERE escalation_id = $1`, [escalationId])).map(
      (r: { repair_case_id: string }) => r.repair_case_id,
    );
    const cases = caseIds.length ? await loadCases(m, caseIds) : [];
    const ended = (c: (typeof cases)[number]) => c.status === 'closed' || c.status === 'cancelled';
    const broken = await caseFacts(this.availability, cases.filter((c) => !ended(c)));
    const since = new Date(e.since).getTime();
    const repairedSince = cases.filter((c) => ended(c) && c.closed_at && new Date(c.closed_at).getTime() > since);
    const repaired = cases
      .filter((c) => ended(c) && c.closed_at && new Date(c.closed_at).getTime() > since)
      .map((c) => ({
        deviceKind: DEVICE_KIND_ID[c.kind as DeviceKind] ?? c.kind,
        serialNumber: c.serial_number,
        servicePointName: c.sp_name,
        districtName: c.district,
        on: new Date(`${c.closed_on}T00:00:00Z`),
        cancelled: c.status === 'cancelled',
      }));
    const outageIds: string[] = (await m.query(`SELECT outage_id FROM escalation_outages WHERE escalation_id = $1 ORDER BY outage_id`, [escalationId])).map(
      (r: { outage_id: string }) => r.outage_id,
    );
    const outages: OutageFact[] = [];
    for (const id of outageIds) {
      const o = await outageFacts(m, id);
      if (!o.resolved) outages.push(o.fact);
    }
    return followUpText(
      first.subject,
      letters.map((l: { number: string; date: string }) => ({ number: l.number, date: new Date(`${l.date}T00:00:00Z`) })),
      { officeName: e.office_name, broken, repaired, outages },
    );
  }

  /**
   * Read before a follow-up is drafted: solved when the escalation is about at least one case or
   * outage and every case is closed (or cancelled) and every outage resolved.
   */
  async checkSolved(escalationId: string): Promise<SolvedCheck> {
    const cases: Array<{ id: string; status: string }> = await this.db.query(
      `SELECT c.id, c.status FROM escalation_repair_cases x JOIN repair_cases c ON c.id = x.repair_case_id WHERE x.escalation_id = $1 ORDER BY c.id`,
      [escalationId],
    );
    const outages: Array<{ id: string; resolved: boolean }> = await this.db.query(
      `SELECT o.id, (o.resolved_at IS NOT NULL OR o.status <> 'open') AS resolved FROM escalation_outages x JOIN outages o ON o.id = x.outage_id
        WHERE x.escalation_id = $1 ORDER BY o.id`,
      [escalationId],
    );
    const solved =
      cases.length + outages.length > 0 && cases.every((c) => c.status === 'closed' || c.status === 'cancelled') && outages.every((o) => o.resolved);
    const parts = solvedSummary(cases.length, outages.length);
    return {
      solved,
      summary: solved ? `Masalah yang dilaporkan sudah selesai (${parts}): tidak ada surat susulan lagi` : 'Masalah yang dilaporkan belum selesai',
      parts,
      repairCaseIds: cases.map((c) => c.id),
      outageIds: outages.map((o) => o.id),
    };
  }

  /** The office's managers learn that the escalation has nothing left to chase (once per escalation, see solved-escalations.ts). */
  private async tellManagersSolved(m: EntityManager, e: EscalationEventInput): Promise<void> {
    const [row] = await m.query(`SELECT subject FROM escalations WHERE id = $1`, [e.escalationId]);
    const summary = typeof e.details.summary === 'string' ? e.details.summary : (e.note ?? '');
    const delivered = await tellManagersSolved(m, { escalationId: e.escalationId, officeId: e.officeId, subject: row?.subject ?? '', summary });
    this.logger.log(`escalation ${e.escalationId} solved: ${delivered} manager(s) newly told`);
  }

  /**
   * The office's managers are told, once per reply wait, that the ministry has not answered yet and
   * when the follow-up letter will be drafted (in the office's own time); the escalation's timeline shows it.
   */
  async sendReplyWaitWarning(w: ReplyWaitWarningInput): Promise<void> {
    await this.db.transaction(async (m) => {
      const [e] = await m.query(
        `SELECT e.subject, o.time_zone, l.number, l.dispatched_at, l.approved_at
           FROM escalations e JOIN offices o ON o.id = e.office_id
           LEFT JOIN escalation_letters l ON l.escalation_id = e.id AND l.round = $2
          WHERE e.id = $1`,
        [w.escalationId, w.round],
      );
      const zone = e?.time_zone ?? 'Asia/Jakarta';
      const number = w.letterNumber ?? e?.number ?? '-';
      const since = e?.dispatched_at ?? e?.approved_at;
      const due = localInstant(new Date(w.deadlineAt), zone);
      const title = `Peringatan: surat eskalasi ${number} belum ditanggapi kementerian`;
      const body =
        `Surat "${e?.subject ?? ''}" nomor ${number}${w.round > 1 ? ` (surat susulan ke-${w.round - 1})` : ''} ` +
        `menunggu tanggapan kementerian${since ? ` sejak ${localInstant(new Date(since), zone)}` : ''}. ` +
        `Bila belum ada tanggapan, surat susulan akan disusun pada ${due}. Catat tanggapan yang sudah diterima, atau tarik surat bila masalahnya sudah selesai.`;
      const inserted: unknown[] = await m.query(
        `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
         VALUES ($1, $2, 'escalation', $3, $4, 'reply-wait-warning', $5, $5, 'system', $6, $7)
         ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING id`,
        [w.workflowId, w.seq, w.escalationId, w.officeId, w.status, title, JSON.stringify({ round: w.round, letterNumber: number, deadlineAt: w.deadlineAt, recipients: ['manager'] })],
      );
      // Keyed by the workflow's write: a retried activity delivers nothing twice.
      const delivered = await notifyRoleHolders(m, {
        dedupPrefix: `${w.workflowId}:${w.seq}`,
        officeId: w.officeId,
        role: 'manager',
        kind: 'escalation-reply-warning',
        subjectType: 'escalation',
        subjectId: w.escalationId,
        title,
        body,
      });
      if (returnedRows(inserted).length > 0) {
        await this.audit.append(
          {
            actor: 'system',
            actorKind: 'system',
            officeId: w.officeId,
            action: 'escalation.reply-wait-warning',
            targetType: 'escalation',
            targetId: w.escalationId,
            summary: { workflowId: w.workflowId, seq: w.seq, round: w.round, letterNumber: number, deadlineAt: w.deadlineAt, delivered },
            dedupKey: `${w.workflowId}:${w.seq}`,
          },
          m,
        );
      }
    });
  }

  async sendReminder(r: EscalationReminderInput): Promise<void> {
    const title = `Pengingat: surat eskalasi menunggu persetujuan`;
    await this.db.transaction(async (m) => {
      const [e] = await m.query(`SELECT subject FROM escalations WHERE id = $1`, [r.escalationId]);
      const forManager = `Surat "${e?.subject ?? ''}" menunggu persetujuan Kepala Dinas. Ini pengingat ke-${r.level}; mohon segera diperiksa dan disetujui, ditolak, atau dikembalikan untuk perbaikan.`;
      const forSupervisor = `Surat "${e?.subject ?? ''}" sudah lama menunggu persetujuan pimpinan dinas (pengingat ke-${r.level}). Mohon ditindaklanjuti bersama dinas yang bersangkutan.`;
      const inserted: unknown[] = await m.query(
        `INSERT INTO timeline_entries (workflow_id, seq, subject_type, subject_id, office_id, event, from_status, to_status, actor, note, details)
         VALUES ($1, $2, 'escalation', $3, $4, 'reminder', $5, $5, 'system', $6, $7)
         ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING id`,
        [r.workflowId, r.seq, r.escalationId, r.officeId, r.status, title, JSON.stringify({ level: r.level, round: r.round, recipients: r.recipients })],
      );
      if (inserted.length === 0) return;
      const delivered: Record<string, number> = {};
      for (const role of r.recipients) {
        delivered[role] = await notifyRoleHolders(m, {
          dedupPrefix: `${r.workflowId}:${r.seq}`,
          officeId: r.officeId,
          role,
          kind: 'escalation-reminder',
          subjectType: 'escalation',
          subjectId: r.escalationId,
          title,
          body: role === 'manager' ? forManager : forSupervisor,
        });
      }
      await this.audit.append(
        {
          actor: 'system',
          actorKind: 'system',
          officeId: r.officeId,
          action: 'escalation.reminder',
          targetType: 'escalation',
          targetId: r.escalationId,
          summary: { workflowId: r.workflowId, seq: r.seq, level: r.level, recipients: r.recipients, delivered },
          dedupKey: `${r.workflowId}:${r.seq}`,
        },
        m,
      );
    });
  }
}

/** The facts of one outage as its letters say them, its days counted to today in the office's calendar. */
async function outageFacts(
  m: EntityManager,
  outageId: string,
): Promise<{ officeName: string; regencyName: string; ministryRecipient: string | null; resolved: boolean; fact: OutageFact }> {
  const [o] = await m.query(
    `SELECT o.kind, (o.started_at AT TIME ZONE f.time_zone)::date::text AS started_on, o.description, o.whole_office, o.stops_recording, o.stops_printing,
            (o.resolved_at IS NOT NULL OR o.status <> 'open') AS resolved,
            GREATEST(0, (now() AT TIME ZONE f.time_zone)::date - (o.started_at AT TIME ZONE f.time_zone)::date)::int AS days, f.name AS office_name, f.ministry_recipient, r.name AS regency_name,
            COALESCE((SELECT array_agg(sp.name ORDER BY sp.name) FROM outage_service_points x JOIN service_points sp ON sp.id = x.service_point_id WHERE x.outage_id = o.id), '{}') AS points
       FROM outages o JOIN offices f ON f.id = o.office_id JOIN regencies r ON r.code = f.regency_code WHERE o.id = $1`,
    [outageId],
  );
  if (!o) throw new Error(`outage ${outageId} is not in the read model`);
  return {
    officeName: o.office_name,
    regencyName: o.regency_name,
    ministryRecipient: o.ministry_recipient,
    resolved: o.resolved,
    fact: {
      kindLabel: OUTAGE_KIND_ID[o.kind as keyof typeof OUTAGE_KIND_ID] ?? o.kind,
      startedOn: new Date(`${o.started_on}T00:00:00Z`),
      days: o.days,
      servicePoints: o.whole_office ? [] : o.points,
      stopsRecording: o.stops_recording,
      stopsPrinting: o.stops_printing,
      description: o.description,
    },
  };
}

/**
 * Renders and stores the PDF of an issued letter that has none yet (a rendering that failed leaves
 * it so); a letter that has one keeps it. Returns whether this call stored it. Also used by
 * `npm run cli -- letter:retry`.
 */
export async function ensureLetterPdf(
  db: DataSource,
  escalationId: string,
  round: number,
  signer: { name: string; nip: string | null },
): Promise<boolean> {
  const [l] = await db.query(
    `SELECT number, letter_date::text AS date, approved_by, pdf_sha256 FROM escalation_letters WHERE escalation_id = $1 AND round = $2`,
    [escalationId, round],
  );
  if (!l) throw new Error(`letter ${escalationId}/${round} has not been issued`);
  if (l.pdf_sha256) return false;
  const content = await letterContent(db, escalationId, { number: l.number, date: l.date, round, approvedBy: l.approved_by, signer });
  if (!content) throw new Error(`escalation ${escalationId} is not in the read model`);
  const pdf = await renderLetterPdf(content);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const stored = returnedRows(
    await db.query(
      `UPDATE escalation_letters SET pdf = $3, pdf_sha256 = $4 WHERE escalation_id = $1 AND round = $2 AND pdf IS NULL RETURNING round`,
      [escalationId, round, pdf, sha256],
    ),
  );
  return stored.length > 0;
}
