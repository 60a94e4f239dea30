import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  approveUpdate,
  editDraftUpdate,
  EscalationAction,
  EscalationState,
  EscalationWorkflowInput,
  escalationWorkflowId,
  OPEN_ESCALATION_STATUSES,
  recordReplyUpdate,
  rejectUpdate,
  requestChangesUpdate,
  withdrawUpdate,
  ENDED_ESCALATION_STATUSES,
} from '../../workflows/escalation.messages';
import { OFFICE_ID } from '../../workflows/search-attributes';
import { OfficeScope, Principal } from '../auth/principal';
import { escalationActionsFor } from './escalation-actions';
import { AppConfig } from '../config/app-config';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Page, pageOf } from '../common/pagination';
import { currentRequest } from '../common/request-context';
import { stageWorkflowStart, WorkflowStart, WorkflowStartsService } from '../temporal/workflow-starts.service';
import { OfficesService } from '../registry/offices.service';
import { AvailabilityService } from '../registry/availability.service';
import { CreateEscalationDto, EditEscalationDto, EscalationQuery, RejectDto, ReplyDto, RequestChangesDto, WithdrawDto } from './dto/escalations.dto';
import { Escalation, EscalationLetter } from './escalation.entity';
import { draftForCases, loadCases } from './draft-builder';
import { DEFAULT_RECIPIENT } from './letter-text';
import { letterContent, UNNUMBERED } from './letter-content';
import { renderLetterPdf } from './letter-pdf';
import { auditedTransaction } from '../audit/audited-transaction';
import { replyWaitWarning } from './escalation-read-model.service';

/** Drafts escalations as workflows and passes managers' decisions to them as Temporal Updates. */
@Injectable()
export class EscalationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly client: Client,
    private readonly config: AppConfig,
    private readonly offices: OfficesService,
    private readonly availability: AvailabilityService,
    private readonly starts: WorkflowStartsService,
  ) {}

  async create(dto: CreateEscalationDto, principal: Principal): Promise<EscalationView> {
    const cases = await loadCases(this.db.manager, dto.repairCaseIds);
    for (const id of dto.repairCaseIds) {
      const c = cases.find((x) => x.id === id);
      // Another office's case is answered like an unknown one.
      if (!c || !principal.write.allows(c.office_id)) throw new InvalidInputError('repairCaseIds', `repairCaseIds: ${id} is not a known repair case`);
      if (c.status === 'closed' || c.status === 'cancelled') {
        throw new InvalidInputError('repairCaseIds', `repairCaseIds: repair case ${id} is ${c.status}; only open cases are escalated`);
      }
    }
    const officeId = cases[0].office_id;
    if (cases.some((c) => c.office_id !== officeId)) throw new InvalidInputError('repairCaseIds', 'repairCaseIds must all belong to one office');

    const office = await this.offices.get(officeId, OfficeScope.all());
    const draft = await draftForCases(this.db.manager, this.availability, officeId, cases);
    const id = randomUUID();
    const workflowId = escalationWorkflowId(id);
    const policy = await this.offices.getPolicy(officeId, OfficeScope.all());
    const input: EscalationWorkflowInput = {
      escalationId: id,
      officeId,
      draftedBy: principal.actor,
      requestId: currentRequest()?.requestId,
      policy: {
        approvalReminderSeconds: policy.approvalReminderSeconds,
        approvalSupervisorAfterSeconds: policy.approvalSupervisorAfterSeconds,
        replyWaitSeconds: policy.replyWaitSeconds,
        clocks: { approvalReminder: policy.approvalReminderClock, replyWait: policy.replyWaitClock },
        replyWaitWarning: replyWaitWarning(policy.replyWaitWarnShare, policy.replyWaitWarnBeforeSeconds),
      },
    };
    const start: WorkflowStart = {
      workflowId,
      workflowType: 'escalationWorkflow',
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [input],
      searchAttributes: [{ key: OFFICE_ID, value: officeId }],
      subject: { kind: 'escalation', id },
    };
    await auditedTransaction(this.db, async (m) => {
      // The lock stalled cases take too: a case is never put into two open letters at once.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`stalled-escalation:${officeId}`]);
      const [open] = await m.query(
        `SELECT l.repair_case_id, e.id FROM escalation_repair_cases l JOIN escalations e ON e.id = l.escalation_id
          WHERE l.repair_case_id = ANY($1::uuid[]) AND e.status = ANY($2)`,
        [dto.repairCaseIds, OPEN_ESCALATION_STATUSES],
      );
      if (open) {
        throw new ConflictError('escalation_open', `Repair case ${open.repair_case_id} is already in open escalation ${open.id}`, {
          escalationId: open.id,
        });
      }
      await m.query(
        `INSERT INTO escalations (id, workflow_id, office_id, status, source, subject, recipient, body, attachments, drafted_by, drafters)
         VALUES ($1, $2, $3, 'drafted', 'manual', $4, $5, $6, $7, $8, jsonb_build_array($8::text))`,
        [
          id,
          workflowId,
          officeId,
          dto.subject ?? draft.subject,
          dto.recipient ?? office.ministryRecipient ?? DEFAULT_RECIPIENT,
          dto.body ?? draft.body,
          JSON.stringify(dto.attachments ?? draft.attachments),
          principal.actor,
        ],
      );
      for (const caseId of dto.repairCaseIds) {
        await m.query(`INSERT INTO escalation_repair_cases (escalation_id, repair_case_id) VALUES ($1, $2)`, [id, caseId]);
      }
      // Stored with its workflow's start: the cases are never held by a letter no workflow will send.
      await stageWorkflowStart(m, start);
      return { id, officeId };
    });
    await this.starts.startNow(start);
    return withActions(await this.db.getRepository(Escalation).findOneByOrFail({ id }), principal);
  }

  async list(query: EscalationQuery, reader: Principal): Promise<Page<EscalationView>> {
    const scope = reader.read;
    const qb = this.db.getRepository(Escalation).createQueryBuilder('e').orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'ASC');
    const [sql, params] = scope.condition('e.office_id');
    qb.where(sql, params);
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.officeId) qb.andWhere('e.office_id = :officeId', { officeId: query.officeId });
    const [items, total] = await qb.skip((query.page - 1) * query.limit).take(query.limit).getManyAndCount();
    return pageOf(items.map((e) => withActions(e, reader)), total, query);
  }

  async get(id: string, reader: Principal) {
    const e = await this.find(id, reader.read);
    const [repairCaseIds, letters, timeline] = await Promise.all([
      this.db.query(`SELECT repair_case_id FROM escalation_repair_cases WHERE escalation_id = $1 ORDER BY repair_case_id`, [id]),
      this.db.getRepository(EscalationLetter).find({ where: { escalationId: id }, order: { round: 'ASC' } }),
      this.db.query(
        `SELECT seq, event, from_status AS "fromStatus", to_status AS "toStatus", actor, note, details, occurred_at AS "occurredAt"
           FROM timeline_entries WHERE workflow_id = $1 ORDER BY seq`,
        [e.workflowId],
      ),
    ]);
    return { ...withActions(e, reader), repairCaseIds: repairCaseIds.map((r: { repair_case_id: string }) => r.repair_case_id), letters, timeline };
  }

  async letterPdf(id: string, round: number | undefined, scope: OfficeScope): Promise<{ pdf: Buffer; filename: string; sha256: string }> {
    await this.find(id, scope);
    const [letter] = await this.db.query(
      `SELECT number, pdf, pdf_sha256 FROM escalation_letters WHERE escalation_id = $1 AND pdf IS NOT NULL ${round ? 'AND round = $2' : ''}
        ORDER BY round DESC LIMIT 1`,
      round ? [id, round] : [id],
    );
    if (!letter) throw new NotFoundError('Letter of escalation', id);
    return { pdf: letter.pdf, filename: `Surat-${String(letter.number).replace(/[^A-Za-z0-9]+/g, '-')}.pdf`, sha256: letter.pdf_sha256 };
  }

  /**
   * The draft as it stands, rendered as its letter will be (not numbered, not signed, marked KONSEP):
   * what the manager decides on. Dated today in the office's calendar.
   */
  async draftPdf(id: string, scope: OfficeScope): Promise<{ pdf: Buffer; filename: string }> {
    const e = await this.find(id, scope);
    const [{ date }] = await this.db.query(`SELECT (now() AT TIME ZONE o.time_zone)::date::text AS date FROM escalations e JOIN offices o ON o.id = e.office_id WHERE e.id = $1`, [id]);
    const content = await letterContent(this.db, id, { number: UNNUMBERED, date, round: e.round, approvedBy: null, draft: true });
    if (!content) throw new NotFoundError('Escalation', id);
    return { pdf: await renderLetterPdf(content), filename: `Konsep-surat-${id.slice(0, 8)}.pdf` };
  }

  edit(id: string, dto: EditEscalationDto, p: Principal) {
    return this.act(id, p, false, (h) => h.executeUpdate(editDraftUpdate, { args: [{ ...dto, ...actedBy(p) }], updateId: updateId() }));
  }

  async approve(id: string, p: Principal) {
    const [user] = p.kind === 'user' ? await this.db.query(`SELECT display_name, nip FROM users WHERE id = $1`, [p.id]) : [];
    return this.act(id, p, true, (h) =>
      h.executeUpdate(approveUpdate, { args: [{ ...actedBy(p), displayName: user?.display_name ?? p.displayName, nip: user?.nip ?? null }], updateId: updateId() }),
    );
  }

  reject(id: string, dto: RejectDto, p: Principal) {
    return this.act(id, p, true, (h) => h.executeUpdate(rejectUpdate, { args: [{ ...actedBy(p), reason: dto.reason }], updateId: updateId() }));
  }

  requestChanges(id: string, dto: RequestChangesDto, p: Principal) {
    return this.act(id, p, true, (h) => h.executeUpdate(requestChangesUpdate, { args: [{ ...actedBy(p), comment: dto.comment }], updateId: updateId() }));
  }

  /** A manager closes it before a reply (four-eyes does not apply); the timeline and the audit trail record who and why. */
  withdraw(id: string, dto: WithdrawDto, p: Principal) {
    return this.act(id, p, true, (h) => h.executeUpdate(withdrawUpdate, { args: [{ ...actedBy(p), reason: dto.reason }], updateId: updateId() }));
  }

  reply(id: string, dto: ReplyDto, p: Principal) {
    return this.act(id, p, false, (h) =>
      h.executeUpdate(recordReplyUpdate, { args: [{ ...actedBy(p), receivedAt: dto.receivedAt.toISOString(), reference: dto.reference, summary: dto.summary }], updateId: updateId() }),
    );
  }

  private async act(
    id: string,
    principal: Principal,
    personOnly: boolean,
    send: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<EscalationState>,
  ): Promise<EscalationState & { id: string; officeId: string }> {
    // The office check comes first: nothing reaches another office's workflow.
    const e = await this.find(id, principal.write);
    // Decisions are a person's: an integration key cannot approve, reject or send back a letter.
    if (personOnly && principal.kind !== 'user') throw new ForbiddenError('person_required', 'Only a signed-in manager can decide on a letter');
    if (ENDED_ESCALATION_STATUSES.includes(e.status)) {
      throw new ConflictError('invalid_transition', `The escalation is ${e.status}; it has ended`, { status: e.status });
    }
    const state = await send(this.client.workflow.getHandle(e.workflowId));
    return { id: e.id, officeId: e.officeId, ...state };
  }

  private async find(id: string, scope: OfficeScope): Promise<Escalation> {
    const e = await this.db.getRepository(Escalation).findOneBy({ id });
    if (!e || !scope.allows(e.officeId)) throw new NotFoundError('Escalation', id);
    return e;
  }
}

/**
 * The request id names the Update: a client that retries with the same X-Request-Id gets the first
 * answer again instead of a second action (Temporal deduplicates Updates by id).
 */
function updateId(): string | undefined {
  return currentRequest()?.requestId;
}

export type EscalationView = Escalation & { allowedActions: EscalationAction[] };

/** The letter as a person reads it: with what they may do to it now (advice for buttons; the workflow still decides). */
function withActions(e: Escalation, reader: Principal): EscalationView {
  return { ...e, allowedActions: escalationActionsFor(e, reader) };
}

function actedBy(p: Principal): { actor: string; role: string; requestId?: string } {
  return { actor: p.actor, role: p.role, requestId: currentRequest()?.requestId };
}
