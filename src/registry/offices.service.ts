import { OfficeScope } from '../auth/principal';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { zoneOfProvince } from '../common/time-zones';
import type { Role } from '../auth/user.entity';
import { Page, pageOf } from '../common/pagination';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../common/pg-errors';
import { DigestSchedulesService } from '../digest/digest-schedules.service';
import { RegionsService } from '../regions/regions.service';
import { CreateOfficeDto, OfficeQuery, SlaPolicyDto, UpdateOfficeDto } from './dto/registry.dto';
import { Office } from './office.entity';
import { ServicePoint } from './service-point.entity';
import { DEFAULT_SLA_POLICY, SlaPolicy } from './sla-policy.entity';
import { auditedTransaction } from '../audit/audited-transaction';

export type SlaPolicyValues = Required<SlaPolicyDto>;
export type SlaPolicyView = SlaPolicyValues & { officeId: string; isDefault: boolean; defaults: SlaPolicyValues };

@Injectable()
export class OfficesService {
  constructor(
    @InjectRepository(Office) private readonly offices: Repository<Office>,
    @InjectRepository(SlaPolicy) private readonly policies: Repository<SlaPolicy>,
    @InjectRepository(ServicePoint) private readonly servicePoints: Repository<ServicePoint>,
    private readonly regions: RegionsService,
    private readonly digestSchedules: DigestSchedulesService,
  ) {}

  async create(dto: CreateOfficeDto): Promise<Office> {
    if (!(await this.regions.findRegency(dto.regencyCode))) {
      throw new InvalidInputError('regencyCode', `regencyCode ${dto.regencyCode} is not a known regency code`);
    }
    const existing = await this.offices.findOneBy({ regencyCode: dto.regencyCode });
    if (existing) throw this.duplicate(existing);
    let office: Office;
    try {
      office = await auditedTransaction(this.offices.manager, (m) =>
        m.save(
          m.create(Office, {
            ...dto,
            address: dto.address ?? null,
            email: dto.email ?? null,
            phone: dto.phone ?? null,
            timeZone: dto.timeZone ?? zoneOfProvince(dto.regencyCode),
          }),
        ),
      );
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
        const winner = await this.offices.findOneBy({ regencyCode: dto.regencyCode });
        if (winner) throw this.duplicate(winner);
      }
      throw err;
    }
    // Its digest's schedule (and its area's weekly one); the worker's reconciliation covers a failure.
    await this.digestSchedules.afterOfficeChanged(office.id);
    return office;
  }

  private duplicate(existing: Office): ConflictError {
    return new ConflictError('office_exists', `Regency ${existing.regencyCode} already has an office (${existing.id})`, {
      officeId: existing.id,
    });
  }

  async list(query: OfficeQuery, scope: OfficeScope): Promise<Page<Office>> {
    const qb = this.offices.createQueryBuilder('o').orderBy('o.regency_code', 'ASC');
    const [scopeSql, scopeParams] = scope.condition('o.id');
    qb.where(scopeSql, scopeParams);
    if (query.province) qb.andWhere('o.regency_code LIKE :prefix', { prefix: `${query.province}.%` });
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    const [items, total] = await qb.skip((query.page - 1) * query.limit).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }

  /** Another office's record answers exactly like a missing one. */
  async get(id: string, scope: OfficeScope): Promise<Office> {
    const office = await this.offices.findOneBy({ id });
    if (!office || !scope.allows(office.id)) throw new NotFoundError('Office', id);
    return office;
  }

  async update(id: string, dto: UpdateOfficeDto, scope: OfficeScope, role: Role): Promise<Office> {
    const office = await this.get(id, scope);
    // The zone decides every day the office's letters and tours carry: the national admin sets it.
    if (dto.timeZone !== undefined && dto.timeZone !== office.timeZone && role !== 'admin') {
      throw new ForbiddenError('forbidden', "Only an admin changes an office's time zone");
    }
    const scheduleChanges = (dto.timeZone !== undefined && dto.timeZone !== office.timeZone) || (dto.name !== undefined && dto.name !== office.name);
    Object.assign(office, dto);
    const saved = await auditedTransaction(this.offices.manager, (m) => m.save(office));
    // The digest follows the office's zone (and its name, in the schedule's note).
    if (scheduleChanges) await this.digestSchedules.afterOfficeChanged(saved.id);
    return saved;
  }

  async remove(id: string): Promise<void> {
    await this.get(id, OfficeScope.all());
    if ((await this.servicePoints.countBy({ officeId: id })) > 0) {
      throw new ConflictError('office_in_use', `Office ${id} still has service points; remove them first`);
    }
    const [{ count }] = await this.offices.query(`SELECT count(*)::int AS count FROM users WHERE office_id = $1`, [id]);
    if (count > 0) throw new ConflictError('office_in_use', `Office ${id} still has user accounts; move or deactivate them first`);
    await auditedTransaction(this.offices.manager, (m) => m.delete(Office, { id }));
    await this.digestSchedules.afterOfficeRemoved(id);
  }

  async getPolicy(officeId: string, scope: OfficeScope): Promise<SlaPolicyView> {
    await this.get(officeId, scope);
    const stored = await this.policies.findOneBy({ officeId });
    return { officeId, isDefault: !stored, ...policyValues(stored ?? DEFAULT_SLA_POLICY), defaults: policyValues(DEFAULT_SLA_POLICY) };
  }

  async setPolicy(officeId: string, dto: SlaPolicyDto): Promise<SlaPolicyView> {
    await this.get(officeId, OfficeScope.all());
    const { officeId: _o, isDefault: _d, defaults: _defaults, ...values } = await this.getPolicy(officeId, OfficeScope.all());
    checkWarnings({ ...values, ...dto });
    await auditedTransaction(this.policies.manager, (m) => m.upsert(SlaPolicy, { officeId, ...values, ...dto }, ['officeId']));
    return this.getPolicy(officeId, OfficeScope.all());
  }
}

/** The policy's fields alone, in the order of the API's schema. */
function policyValues(values: SlaPolicyValues | SlaPolicy): SlaPolicyValues {
  return {
    triageSeconds: values.triageSeconds,
    repairSeconds: values.repairSeconds,
    verificationSeconds: values.verificationSeconds,
    reminderIntervalSeconds: values.reminderIntervalSeconds,
    escalationThresholdSeconds: values.escalationThresholdSeconds,
    approvalReminderSeconds: values.approvalReminderSeconds,
    approvalSupervisorAfterSeconds: values.approvalSupervisorAfterSeconds,
    replyWaitSeconds: values.replyWaitSeconds,
    tourNoticeLeadSeconds: values.tourNoticeLeadSeconds,
    tourKitFailurePolicy: values.tourKitFailurePolicy,
    tourKitShiftDays: values.tourKitShiftDays,
    tourOutagePolicy: values.tourOutagePolicy,
    outageEscalationSeconds: values.outageEscalationSeconds,
    backlogStallSeconds: values.backlogStallSeconds,
    triageClock: values.triageClock,
    repairClock: values.repairClock,
    verificationClock: values.verificationClock,
    reminderClock: values.reminderClock,
    approvalReminderClock: values.approvalReminderClock,
    replyWaitClock: values.replyWaitClock,
    triageWarnShare: values.triageWarnShare ?? null,
    triageWarnBeforeSeconds: values.triageWarnBeforeSeconds ?? null,
    repairWarnShare: values.repairWarnShare ?? null,
    repairWarnBeforeSeconds: values.repairWarnBeforeSeconds ?? null,
    verificationWarnShare: values.verificationWarnShare ?? null,
    verificationWarnBeforeSeconds: values.verificationWarnBeforeSeconds ?? null,
    replyWaitWarnShare: values.replyWaitWarnShare ?? null,
    replyWaitWarnBeforeSeconds: values.replyWaitWarnBeforeSeconds ?? null,
  };
}

/**
 * A step warns at a share of its duration or a time before its deadline, not both; a time before
 * must be shorter than the step.
 */
function checkWarnings(p: SlaPolicyValues): void {
  for (const step of ['triage', 'repair', 'verification', 'replyWait'] as const) {
    const share = p[`${step}WarnShare`];
    const before = p[`${step}WarnBeforeSeconds`];
    if (share != null && before != null) {
      throw new InvalidInputError(`${step}WarnBeforeSeconds`, `${step}WarnBeforeSeconds: set either ${step}WarnShare or ${step}WarnBeforeSeconds, not both`);
    }
    if (before != null && before >= p[`${step}Seconds`]) {
      throw new InvalidInputError(`${step}WarnBeforeSeconds`, `${step}WarnBeforeSeconds (${before}) must be less than ${step}Seconds (${p[`${step}Seconds`]})`);
    }
  }
}
