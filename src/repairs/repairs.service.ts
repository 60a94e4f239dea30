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
import { Device } from '../registry/device.entity';
import { stageWorkflowStart, WorkflowStart, WorkflowStartsService } from '../temporal/workflow-starts.service';
import { OfficesService } from '../registry/offices.service';
import { ServicePoint } from '../registry/service-point.entity';
import { TimelineEntry } from '../timeline/timeline-entry.entity';
import { CancelDto, OpenRepairDto, RepairQuery, RequestRepairDto, TriageDto, VerifyDto } from './dto/repairs.dto';
import { RepairCase } from './repair-case.entity';
import { repairActionsFor } from './repair-actions';
import { auditedTransaction } from '../audit/audited-transaction';

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
    private readonly offices: OfficesService,
    private readonly availability: AvailabilityService,
    private readonly starts: WorkflowStartsService,
    @InjectRepository(RepairCase) private readonly cases: Repository<RepairCase>,
    @InjectRepository(Device) private readonly devices: Repository<Device>,
    @InjectRepository(ServicePoint) private readonly servicePoints: Repository<ServicePoint>,
    @InjectRepository(TimelineEntry) private readonly timeline: Repository<TimelineEntry>,
  ) {}

  async open(dto: OpenRepairDto, principal: Principal): Promise<RepairCaseView> {
    const actor = principal.actor;
    const device = await this.devices.findOneBy({ id: dto.deviceId });
    // A device of another office is answered like an unknown one.
    if (!device || !principal.write.allows(device.officeId)) throw new InvalidInputError('deviceId', `deviceId ${dto.deviceId} is not a known device`);
    if (device.status === 'retired') {
      throw new ConflictError('device_retired', `Device ${device.serialNumber} is retired; register its replacement instead`);
    }
    const servicePoint = await this.servicePoints.findOneByOrFail({ id: device.servicePointId });
    const policy = await this.offices.getPolicy(device.officeId, OfficeScope.all());
    const caseId = randomUUID();
    const workflowId = repairWorkflowId(caseId);

    const input: RepairWorkflowInput = {
      caseId,
      officeId: device.officeId,
      deviceId: device.id,
      deviceSerial: device.serialNumber,
      deviceKind: device.kind,
      servicePointId: servicePoint.id,
      servicePointName: servicePoint.name,
      description: dto.description,
      reportedBy: actor,
      requestId: currentRequest()?.requestId,
      policy: {
        triageSeconds: policy.triageSeconds,
        repairSeconds: policy.repairSeconds,
        verificationSeconds: policy.verificationSeconds,
        reminderIntervalSeconds: policy.reminderIntervalSeconds,
        escalationThresholdSeconds: policy.escalationThresholdSeconds,
      },
    };
    const start: WorkflowStart = {
      workflowId,
      workflowType: 'repairWorkflow',
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [input],
      searchAttributes: [
        { key: OFFICE_ID, value: device.officeId },
        { key: DEVICE_ID, value: device.id },
        { key: CASE_STATUS, value: 'reported' },
      ],
      subject: { kind: 'repair', id: caseId },
    };

    // The row is the lock: the partial unique index admits one open case per device. Its workflow's
    // start is stored with it, so the case never outlives a process that dies before starting it.
    try {
      await auditedTransaction(this.cases.manager, async (m) => {
        await m.insert(RepairCase, {
          id: caseId,
          workflowId,
          officeId: device.officeId,
          deviceId: device.id,
          servicePointId: device.servicePointId,
          description: dto.description,
          status: 'reported',
          lastSeq: 0,
          reportedBy: actor,
        });
        await stageWorkflowStart(m, start);
        return { id: caseId, officeId: device.officeId };
      });
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw await this.alreadyOpen(device);
      throw err;
    }
    await this.starts.startNow(start);
    return this.toView(await this.cases.findOneByOrFail({ id: caseId }), principal);
  }

  private async alreadyOpen(device: Device): Promise<ConflictError> {
    const open = await this.cases
      .createQueryBuilder('c')
      .where('c.device_id = :id', { id: device.id })
      .andWhere('c.status IN (:...open)', { open: OPEN_REPAIR_STATUSES })
      .getOne();
    return new ConflictError(
      'repair_already_open',
      `Device ${device.serialNumber} already has an open repair case ${open?.id ?? ''}`.trim(),
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
    const [device, servicePoint, timeline] = await Promise.all([
      this.devices.findOneByOrFail({ id: c.deviceId }),
      this.servicePoints.findOneByOrFail({ id: c.servicePointId }),
      // The case's own events and what its escalations did about it.
      this.timeline.find({ where: { subjectId: c.id, subjectType: 'repair' }, order: { occurredAt: 'ASC', id: 'ASC' } }),
    ]);
    const escalations = await this.cases.query(
      `SELECT e.id, e.status, e.round, (SELECT number FROM escalation_letters l WHERE l.escalation_id = e.id ORDER BY round DESC LIMIT 1) AS "letterNumber"
         FROM escalation_repair_cases x JOIN escalations e ON e.id = x.escalation_id WHERE x.repair_case_id = $1 ORDER BY e.created_at`,
      [c.id],
    );
    return {
      ...this.toView(c, reader),
      device: { id: device.id, kind: device.kind, serialNumber: device.serialNumber, owner: device.owner, status: device.status },
      servicePoint: {
        id: servicePoint.id,
        name: servicePoint.name,
        kind: servicePoint.kind,
        districtCode: servicePoint.districtCode,
        canRecord: servicePoint.canRecord,
        canPrint: servicePoint.canPrint,
      },
      alternatives: servicePoint.canRecord ? [] : await this.availability.alternativesFor(servicePoint.id),
      escalations,
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
  ): Promise<RepairState & { id: string; officeId: string }> {
    // The workflow id is guessable: the office check happens here, before anything reaches the workflow.
    const c = await this.findCase(id, principal.write);
    if (c.status === 'closed' || c.status === 'cancelled') {
      throw new ConflictError('invalid_transition', `Cannot ${action} a repair case that is ${c.status}; the case has ended`, {
        status: c.status,
        action,
      });
    }
    // A refusal by the workflow's validator surfaces as WorkflowUpdateFailedError: 409/400 in the filter.
    const state = await send(this.client.workflow.getHandle(c.workflowId));
    return { id: c.id, officeId: c.officeId, ...state };
  }

  private async findCase(id: string, scope: OfficeScope): Promise<RepairCase> {
    const c = await this.cases.findOneBy({ id });
    if (!c || !scope.allows(c.officeId)) throw new NotFoundError('Repair case', id);
    return c;
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
