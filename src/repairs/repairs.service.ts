import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import {
  cancelUpdate,
  markRepairedUpdate,
  OPEN_REPAIR_STATUSES,
  RepairAction,
  RepairState,
  RepairStatus,
  RepairWorkflowInput,
  repairWorkflowId,
  requestRepairUpdate,
  triageUpdate,
  verifyUpdate,
} from '../../workflows/repair.messages';
import { CASE_STATUS, DEVICE_ID, OFFICE_ID } from '../../workflows/search-attributes';
import { OfficeScope, Principal } from '../auth/principal';
import { AppConfig } from '../config/app-config';
import { currentRequest } from '../common/request-context';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Page, pageOf } from '../common/pagination';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../common/pg-errors';
import { AlternativeServicePoint, AvailabilityService } from '../registry/availability.service';
import { Device, type DeviceKind, type DeviceStatus } from '../registry/device.entity';
import { WorkflowStart, WorkflowStartsService, workflowStartInsert, workflowStartValues } from '../temporal/workflow-starts.service';
import { ServicePoint } from '../registry/service-point.entity';
import { TimelineEntry } from '../timeline/timeline-entry.entity';
import { CancelDto, OpenRepairDto, RepairQuery, RequestRepairDto, TriageDto, VerifyDto } from './dto/repairs.dto';
import { RepairCase } from './repair-case.entity';
import { repairActionsFor } from './repair-actions';
import { pendingAuditOf } from '../audit/audited-transaction';
import { auditEntryInsert, auditEntryValues } from '../audit/audit.service';
import { preparedStatement, runPrepared } from '../database/prepared-statements';
import type { StepClock } from '../calendar/business-calendar';
import { DEFAULT_SLA_POLICY } from '../registry/sla-policy.entity';

export interface RepairCaseView extends RepairCase {
  stalled: boolean;
  /** What the reader may do to the case now (advice for buttons; the workflow still decides). */
  allowedActions: RepairAction[];
}

export interface RepairCaseDetail extends RepairCaseView {
  device: Pick<Device, 'id' | 'kind' | 'serialNumber' | 'owner' | 'status'>;
  servicePoint: Pick<ServicePoint, 'id' | 'name' | 'kind' | 'districtCode' | 'canRecord' | 'canPrint'>;
  /** Where residents can record while this service point cannot. */
  alternatives: AlternativeServicePoint[];
  escalations: Array<{ id: string; status: string; round: number; letterNumber: string | null }>;
  timeline: TimelineEntry[];
}

/** Opens repair cases as workflows and passes officers' actions to them as Temporal Updates. */
@Injectable()
export class RepairsService {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
    private readonly availability: AvailabilityService,
    private readonly starts: WorkflowStartsService,
    @InjectRepository(RepairCase) private readonly cases: Repository<RepairCase>,
    @InjectRepository(Device) private readonly devices: Repository<Device>,
    @InjectRepository(ServicePoint) private readonly servicePoints: Repository<ServicePoint>,
    @InjectRepository(TimelineEntry) private readonly timeline: Repository<TimelineEntry>,
  ) {}

  async open(dto: OpenRepairDto, principal: Principal): Promise<RepairCaseView> {
    const actor = principal.actor;
    // The device, its service point and its office's SLA policy (the defaults when it has none) in one lookup.
    const [device] = (await runPrepared<DeviceForCase>(this.cases.manager, DEVICE_FOR_CASE, [dto.deviceId])).rows;
    // A device of another office is answered like an unknown one.
    if (!device || !principal.write.allows(device.office_id)) throw new InvalidInputError('deviceId', `deviceId ${dto.deviceId} is not a known device`);
    if (device.status === 'retired') {
      throw new ConflictError('device_retired', `Device ${device.serial_number} is retired; register its replacement instead`);
    }
    const policy = device.has_policy ? device : POLICY_DEFAULT_ROW;
    const caseId = randomUUID();
    const workflowId = repairWorkflowId(caseId);

    const input: RepairWorkflowInput = {
      caseId,
      officeId: device.office_id,
      deviceId: device.id,
      deviceSerial: device.serial_number,
      deviceKind: device.kind,
      servicePointId: device.service_point_id,
      servicePointName: device.service_point_name,
      description: dto.description,
      reportedBy: actor,
      requestId: currentRequest()?.requestId,
      policy: {
        triageSeconds: policy.triage_seconds,
        repairSeconds: policy.repair_seconds,
        verificationSeconds: policy.verification_seconds,
        reminderIntervalSeconds: policy.reminder_interval_seconds,
        escalationThresholdSeconds: policy.escalation_threshold_seconds,
        clocks: { triage: policy.triage_clock, repair: policy.repair_clock, verification: policy.verification_clock, reminder: policy.reminder_clock },
        warnings: {
          triage: stepWarning(policy.triage_warn_share, policy.triage_warn_before_seconds),
          repair: stepWarning(policy.repair_warn_share, policy.repair_warn_before_seconds),
          verification: stepWarning(policy.verification_warn_share, policy.verification_warn_before_seconds),
        },
      },
    };
    const start: WorkflowStart = {
      workflowId,
      workflowType: 'repairWorkflow',
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [input],
      searchAttributes: [
        { key: OFFICE_ID, value: device.office_id },
        { key: DEVICE_ID, value: device.id },
        { key: CASE_STATUS, value: 'reported' },
      ],
      subject: { kind: 'repair', id: caseId },
    };

    // The row is the lock: the partial unique index admits one open case per device. Its workflow's
    // start is stored with it, so the case never outlives a process that dies before starting it.
    // One statement, atomic without a transaction around it: the case (answered as stored), the
    // staged start, the request's audit entry and its idempotency key marked committed.
    const audit = pendingAuditOf({ id: caseId, officeId: device.office_id });
    let stored: RepairCaseRow;
    try {
      [stored] = (
        await runPrepared<RepairCaseRow>(this.cases.manager, OPEN_CASE, [
          caseId,
          workflowId,
          device.office_id,
          device.id,
          device.service_point_id,
          dto.description,
          actor,
          audit.idempotencyKey,
          ...workflowStartValues(start),
          ...(audit.entry ? auditEntryValues(audit.entry) : NO_AUDIT_ENTRY),
        ])
      ).rows;
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw await this.alreadyOpen(device.id, device.serial_number);
      throw err;
    }
    audit.written();
    await this.starts.startNow(start);
    // What was stored, not a re-read: the first event may already have moved the case on.
    return this.toView(caseOfRow(stored), principal);
  }

  private async alreadyOpen(deviceId: string, serialNumber: string): Promise<ConflictError> {
    const open = await this.cases
      .createQueryBuilder('c')
      .where('c.device_id = :id', { id: deviceId })
      .andWhere('c.status IN (:...open)', { open: OPEN_REPAIR_STATUSES })
      .getOne();
    return new ConflictError(
      'repair_already_open',
      `Device ${serialNumber} already has an open repair case ${open?.id ?? ''}`.trim(),
      { repairCaseId: open?.id, status: open?.status },
    );
  }

  async list(query: RepairQuery, reader: Principal): Promise<Page<RepairCaseView>> {
    const scope = reader.read;
    const qb = this.cases.createQueryBuilder('c').orderBy('c.opened_at', 'DESC').addOrderBy('c.id', 'ASC');
    const [scopeSql, scopeParams] = scope.condition('c.office_id');
    qb.where(scopeSql, scopeParams);
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.officeId) qb.andWhere('c.office_id = :officeId', { officeId: query.officeId });
    if (query.deviceId) qb.andWhere('c.device_id = :deviceId', { deviceId: query.deviceId });
    if (query.stalled !== undefined) {
      const stalled = `(c.status IN (:...open) AND c.deadline_at < now())`;
      qb.andWhere(query.stalled ? stalled : `NOT ${stalled}`, { open: OPEN_REPAIR_STATUSES });
    }
    const [items, total] = await qb.skip((query.page - 1) * query.limit).take(query.limit).getManyAndCount();
    return pageOf(items.map((c) => this.toView(c, reader)), total, query);
  }

  async get(id: string, reader: Principal): Promise<RepairCaseDetail> {
    const c = await this.findCase(id, reader.read);
    // The case's page is read whenever an officer looks: its device, place and letters in one
    // prepared statement, its timeline (the case's own events and what its escalations did about it) in another.
    const [[page], timeline] = await Promise.all([
      runPrepared<CasePageRow>(this.cases.manager, CASE_PAGE, [c.id, c.deviceId, c.servicePointId]).then((r) => r.rows),
      runPrepared<TimelineEntry>(this.cases.manager, CASE_TIMELINE, [c.id]).then((r) => r.rows),
    ]);
    if (!page) throw new NotFoundError('Repair case', id);
    return {
      ...this.toView(c, reader),
      device: page.device,
      servicePoint: page.servicePoint,
      alternatives: page.servicePoint.canRecord ? [] : await this.availability.alternativesFor(page.servicePoint.id),
      escalations: page.escalations,
      timeline,
    };
  }

  triage(id: string, dto: TriageDto, principal: Principal) {
    return this.act(id, principal, 'triage', (h) => h.executeUpdate(triageUpdate, { args: [{ ...dto, ...actedBy(principal) }], updateId: currentRequest()?.requestId }));
  }

  requestRepair(id: string, dto: RequestRepairDto, principal: Principal) {
    return this.act(id, principal, 'request-repair', (h) => h.executeUpdate(requestRepairUpdate, { args: [{ ...dto, ...actedBy(principal) }], updateId: currentRequest()?.requestId }));
  }

  markRepaired(id: string, dto: { note?: string }, principal: Principal) {
    return this.act(id, principal, 'mark-repaired', (h) => h.executeUpdate(markRepairedUpdate, { args: [{ ...dto, ...actedBy(principal) }], updateId: currentRequest()?.requestId }));
  }

  verify(id: string, dto: VerifyDto, principal: Principal) {
    // Four-eyes counts persons: an integration key cannot be the second pair of eyes.
    if (principal.kind !== 'user') throw new ForbiddenError('person_required', 'Only a signed-in person can verify a repair');
    return this.act(id, principal, 'verify', (h) => h.executeUpdate(verifyUpdate, { args: [{ ...dto, ...actedBy(principal) }], updateId: currentRequest()?.requestId }));
  }

  cancel(id: string, dto: CancelDto, principal: Principal) {
    return this.act(id, principal, 'cancel', (h) => h.executeUpdate(cancelUpdate, { args: [{ ...dto, ...actedBy(principal) }], updateId: currentRequest()?.requestId }));
  }

  private async act(
    id: string,
    principal: Principal,
    action: RepairAction,
    send: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<RepairState>,
  ): Promise<Omit<RepairState, 'deadline'> & { id: string; officeId: string; deadlineAt?: string }> {
    // The workflow id is guessable: the office check happens here, before anything reaches the workflow.
    const c = await this.findCase(id, principal.write);
    if (c.status === 'closed' || c.status === 'cancelled') {
      throw new ConflictError('invalid_transition', `Cannot ${action} a repair case that is ${c.status}; the case has ended`, {
        status: c.status,
        action,
      });
    }
    // A refusal by the workflow's validator surfaces as WorkflowUpdateFailedError: 409/400 in the filter.
    const { deadline, ...state } = await send(this.client.workflow.getHandle(c.workflowId));
    return { id: c.id, officeId: c.officeId, ...state, ...(deadline ? { deadlineAt: deadline.at } : {}) };
  }

  private async findCase(id: string, scope: OfficeScope): Promise<RepairCase> {
    const [row] = (await runPrepared<RepairCaseRow>(this.cases.manager, CASE_BY_ID, [id])).rows;
    if (!row || !scope.allows(row.office_id)) throw new NotFoundError('Repair case', id);
    return caseOfRow(row);
  }

  private toView(c: RepairCase, reader: Principal): RepairCaseView {
    const open = OPEN_REPAIR_STATUSES.includes(c.status as RepairStatus);
    return { ...c, stalled: open && !!c.deadlineAt && c.deadlineAt.getTime() < Date.now(), allowedActions: repairActionsFor(c, reader) };
  }
}

/** Who acts, as the workflow records it: the user (or API key) and the request it came with. */
function actedBy(principal: Principal): { actor: string; requestId?: string } {
  return { actor: principal.actor, requestId: currentRequest()?.requestId };
}

/** What POST /repairs reads in one lookup: the device, its service point's name and its office's policy. */
interface PolicyRow {
  triage_seconds: number;
  repair_seconds: number;
  verification_seconds: number;
  reminder_interval_seconds: number;
  escalation_threshold_seconds: number;
  triage_clock: StepClock;
  repair_clock: StepClock;
  verification_clock: StepClock;
  reminder_clock: StepClock;
  triage_warn_share: number | null;
  triage_warn_before_seconds: number | null;
  repair_warn_share: number | null;
  repair_warn_before_seconds: number | null;
  verification_warn_share: number | null;
  verification_warn_before_seconds: number | null;
}

interface DeviceForCase extends PolicyRow {
  id: string;
  office_id: string;
  service_point_id: string;
  serial_number: string;
  kind: DeviceKind;
  status: DeviceStatus;
  service_point_name: string;
  has_policy: boolean;
}

const POLICY_COLUMNS = [
  'triage_seconds',
  'repair_seconds',
  'verification_seconds',
  'reminder_interval_seconds',
  'escalation_threshold_seconds',
  'triage_clock',
  'repair_clock',
  'verification_clock',
  'reminder_clock',
  'triage_warn_share',
  'triage_warn_before_seconds',
  'repair_warn_share',
  'repair_warn_before_seconds',
  'verification_warn_share',
  'verification_warn_before_seconds',
] as const satisfies ReadonlyArray<keyof PolicyRow>;

/** An office without a policy of its own works to the defaults (as OfficesService.getPolicy answers). */
const POLICY_DEFAULT_ROW: PolicyRow = {
  triage_seconds: DEFAULT_SLA_POLICY.triageSeconds,
  repair_seconds: DEFAULT_SLA_POLICY.repairSeconds,
  verification_seconds: DEFAULT_SLA_POLICY.verificationSeconds,
  reminder_interval_seconds: DEFAULT_SLA_POLICY.reminderIntervalSeconds,
  escalation_threshold_seconds: DEFAULT_SLA_POLICY.escalationThresholdSeconds,
  triage_clock: DEFAULT_SLA_POLICY.triageClock,
  repair_clock: DEFAULT_SLA_POLICY.repairClock,
  verification_clock: DEFAULT_SLA_POLICY.verificationClock,
  reminder_clock: DEFAULT_SLA_POLICY.reminderClock,
  triage_warn_share: DEFAULT_SLA_POLICY.triageWarnShare,
  triage_warn_before_seconds: DEFAULT_SLA_POLICY.triageWarnBeforeSeconds,
  repair_warn_share: DEFAULT_SLA_POLICY.repairWarnShare,
  repair_warn_before_seconds: DEFAULT_SLA_POLICY.repairWarnBeforeSeconds,
  verification_warn_share: DEFAULT_SLA_POLICY.verificationWarnShare,
  verification_warn_before_seconds: DEFAULT_SLA_POLICY.verificationWarnBeforeSeconds,
};

const DEVICE_FOR_CASE = preparedStatement(
  'repair_open_device',
  `SELECT d.id, d.office_id, d.service_point_id, d.serial_number, d.kind, d.status, sp.name AS service_point_name,
          (p.office_id IS NOT NULL) AS has_policy, ${POLICY_COLUMNS.map((c) => `p.${c}`).join(', ')}
     FROM devices d
     JOIN service_points sp ON sp.id = d.service_point_id
     LEFT JOIN sla_policies p ON p.office_id = d.office_id
    WHERE d.id = $1`,
);

const CASE_COLUMNS = `id, workflow_id, office_id, device_id, service_point_id, description, status, last_seq, deadline_at, reminders_sent,
       reported_by, assessment, repair_channel, repaired_by, opened_at, updated_at, closed_at`;

type RepairCaseRow = {
  id: string;
  workflow_id: string;
  office_id: string;
  device_id: string;
  service_point_id: string;
  description: string;
  status: RepairStatus;
  last_seq: number;
  deadline_at: Date | null;
  reminders_sent: number;
  reported_by: string;
  assessment: string | null;
  repair_channel: string | null;
  repaired_by: string | null;
  opened_at: Date;
  updated_at: Date;
  closed_at: Date | null;
};

function caseOfRow(r: RepairCaseRow): RepairCase {
  return Object.assign(new RepairCase(), {
    id: r.id,
    workflowId: r.workflow_id,
    officeId: r.office_id,
    deviceId: r.device_id,
    servicePointId: r.service_point_id,
    description: r.description,
    status: r.status,
    lastSeq: r.last_seq,
    deadlineAt: r.deadline_at,
    remindersSent: r.reminders_sent,
    reportedBy: r.reported_by,
    assessment: r.assessment,
    repairChannel: r.repair_channel,
    repairedBy: r.repaired_by,
    openedAt: r.opened_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
  });
}

/** A case by id: every officer's action on a case reads it first (its office, its status, its workflow). */
const CASE_BY_ID = preparedStatement('repair_case_by_id', `SELECT ${CASE_COLUMNS} FROM repair_cases WHERE id = $1`);

interface CasePageRow {
  device: RepairCaseDetail['device'];
  servicePoint: RepairCaseDetail['servicePoint'];
  escalations: RepairCaseDetail['escalations'];
}

/** A case's device, its service point and the escalations about it ($1 case, $2 device, $3 service point); no timestamps, so JSON keeps every value as it is. */
const CASE_PAGE = preparedStatement(
  'repair_case_page',
  `SELECT json_build_object('id', d.id, 'kind', d.kind, 'serialNumber', d.serial_number, 'owner', d.owner, 'status', d.status) AS device,
          json_build_object('id', sp.id, 'name', sp.name, 'kind', sp.kind, 'districtCode', sp.district_code, 'canRecord', sp.can_record, 'canPrint', sp.can_print) AS "servicePoint",
          COALESCE((SELECT json_agg(json_build_object('id', e.id, 'status', e.status, 'round', e.round,
                                                      'letterNumber', (SELECT l.number FROM escalation_letters l WHERE l.escalation_id = e.id ORDER BY l.round DESC LIMIT 1))
                                    ORDER BY e.created_at)
                      FROM escalation_repair_cases x JOIN escalations e ON e.id = x.escalation_id WHERE x.repair_case_id = $1), '[]') AS escalations
     FROM devices d, service_points sp
    WHERE d.id = $2 AND sp.id = $3`,
);

/** A case's timeline, oldest first, with the entity's field names (timestamps come back as Dates, as through TypeORM). */
const CASE_TIMELINE = preparedStatement(
  'repair_case_timeline',
  `SELECT id, workflow_id AS "workflowId", seq, subject_id AS "subjectId", subject_type AS "subjectType", office_id AS "officeId", event,
          from_status AS "fromStatus", to_status AS "toStatus", actor, note, details, occurred_at AS "occurredAt"
     FROM timeline_entries WHERE subject_id = $1 AND subject_type = 'repair' ORDER BY occurred_at, id`,
);

/** The audit placeholders' values when there is no entry to write (its actor null: nothing is inserted). */
const NO_AUDIT_ENTRY = new Array(11).fill(null);

/**
 * Opening a case in one statement: the case row (the partial unique index refuses a second open case
 * of the device: the whole statement fails), the staged workflow start, the request's audit entry and
 * its idempotency key marked committed ($8; null when none).
 */
const OPEN_CASE = preparedStatement(
  'repair_open_case',
  `WITH c AS (
     INSERT INTO repair_cases (id, workflow_id, office_id, device_id, service_point_id, description, status, last_seq, reported_by)
     VALUES ($1, $2, $3, $4, $5, $6, 'reported', 0, $7)
     RETURNING ${CASE_COLUMNS}
   ), s AS (
     ${workflowStartInsert(9)}
   ), a AS (
     ${auditEntryInsert(16, 'WHERE $16::text IS NOT NULL')}
   ), k AS (
     UPDATE idempotency_keys SET state = 'committed', target_id = $1, updated_at = now() WHERE key = $8::text AND state = 'pending'
   )
   SELECT ${CASE_COLUMNS} FROM c`,
);

function stepWarning(share: number | null, beforeSeconds: number | null): { share?: number; beforeSeconds?: number } | undefined {
  if (share != null) return { share };
  if (beforeSeconds != null) return { beforeSeconds };
  return undefined;
}
