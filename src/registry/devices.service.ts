import { OfficeScope } from '../auth/principal';
import { noteAuditOffice } from '../common/request-context';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Not, In, Repository } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Page, pageOf } from '../common/pagination';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../common/pg-errors';
import { RepairCase } from '../repairs/repair-case.entity';
import { AvailabilityService } from './availability.service';
import { Device } from './device.entity';
import { CreateDeviceDto, DeviceQuery, UpdateDeviceDto } from './dto/registry.dto';
import { ServicePoint } from './service-point.entity';
import { auditedTransaction } from '../audit/audited-transaction';

@Injectable()
export class DevicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Device) private readonly devices: Repository<Device>,
    @InjectRepository(ServicePoint) private readonly servicePoints: Repository<ServicePoint>,
    @InjectRepository(RepairCase) private readonly repairCases: Repository<RepairCase>,
    private readonly availability: AvailabilityService,
  ) {}

  async create(dto: CreateDeviceDto, scope: OfficeScope): Promise<Device> {
    const sp = await this.servicePoints.findOneBy({ id: dto.servicePointId });
    if (!sp || !scope.allows(sp.officeId)) throw new InvalidInputError('servicePointId', `servicePointId ${dto.servicePointId} is not a known service point`);
    try {
      return await auditedTransaction(this.dataSource, async (manager) => {
        const device = await manager.save(
          manager.create(Device, { ...dto, officeId: sp.officeId, status: 'active', model: dto.model ?? null }),
        );
        await this.availability.refresh(sp.id, manager);
        return device;
      });
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
        const other = await this.devices.findOneBy({ serialNumber: dto.serialNumber });
        // Serial numbers are unique nationwide; the other device's id only when the caller may see it.
        throw new ConflictError('serial_exists', `A device with serial number ${dto.serialNumber} is already registered`, {
          field: 'serialNumber',
          ...(other && scope.allows(other.officeId) ? { deviceId: other.id } : {}),
        });
      }
      throw err;
    }
  }

  async list(query: DeviceQuery, scope: OfficeScope): Promise<Page<Device>> {
    const qb = this.devices.createQueryBuilder('d').orderBy('d.serial_number', 'ASC');
    const [scopeSql, scopeParams] = scope.condition('d.office_id');
    qb.where(scopeSql, scopeParams);
    if (query.officeId) qb.andWhere('d.office_id = :officeId', { officeId: query.officeId });
    if (query.servicePointId) qb.andWhere('d.service_point_id = :sp', { sp: query.servicePointId });
    if (query.kind) qb.andWhere('d.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.owner) qb.andWhere('d.owner = :owner', { owner: query.owner });
    if (query.serial) qb.andWhere('d.serial_number ILIKE :serial', { serial: `%${query.serial.replace(/[%_\\]/g, '\\$&')}%` });
    const [items, total] = await qb.skip((query.page - 1) * query.limit).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }

  async get(id: string, scope: OfficeScope): Promise<Device> {
    const device = await this.devices.findOneBy({ id });
    if (!device || !scope.allows(device.officeId)) throw new NotFoundError('Device', id);
    noteAuditOffice(device.officeId);
    return device;
  }

  async update(id: string, dto: UpdateDeviceDto, scope: OfficeScope): Promise<Device> {
    const device = await this.get(id, scope);
    const openCase = await this.openCaseFor(id);
    if (dto.status && dto.status !== device.status && openCase) {
      throw new ConflictError(
        'device_in_repair',
        `Device ${device.serialNumber} has open repair case ${openCase.id}; its status follows that case`,
        { repairCaseId: openCase.id },
      );
    }
    const previousServicePoint = device.servicePointId;
    if (dto.servicePointId && dto.servicePointId !== previousServicePoint) {
      const target = await this.servicePoints.findOneBy({ id: dto.servicePointId });
      if (!target || !scope.allows(target.officeId)) throw new InvalidInputError('servicePointId', `servicePointId ${dto.servicePointId} is not a known service point`);
      if (target.officeId !== device.officeId) {
        throw new InvalidInputError('servicePointId', 'servicePointId must belong to the same office as the device');
      }
      if (openCase) {
        throw new ConflictError('device_in_repair', `Device ${device.serialNumber} has open repair case ${openCase.id}; move it after the case ends`, {
          repairCaseId: openCase.id,
        });
      }
    }
    return auditedTransaction(this.dataSource, async (manager) => {
      Object.assign(device, dto);
      const saved = await manager.save(device);
      await this.availability.refresh(saved.servicePointId, manager);
      if (saved.servicePointId !== previousServicePoint) await this.availability.refresh(previousServicePoint, manager);
      return saved;
    });
  }

  async remove(id: string, scope: OfficeScope): Promise<void> {
    const device = await this.get(id, scope);
    if ((await this.repairCases.countBy({ deviceId: id })) > 0) {
      throw new ConflictError('device_has_history', `Device ${device.serialNumber} has repair history; set its status to retired instead`);
    }
    await auditedTransaction(this.dataSource, async (manager) => {
      await manager.delete(Device, { id });
      await this.availability.refresh(device.servicePointId, manager);
    });
  }

  openCaseFor(deviceId: string): Promise<RepairCase | null> {
    return this.repairCases.findOneBy({ deviceId, status: Not(In(['closed', 'cancelled'])) });
  }
}
