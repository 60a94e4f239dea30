import { OfficeScope } from '../auth/principal';
import { noteAuditOffice } from '../common/request-context';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Page, pageOf } from '../common/pagination';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../common/pg-errors';
import { RegionsService } from '../regions/regions.service';
import { AlternativeServicePoint, AvailabilityService } from './availability.service';
import { Device } from './device.entity';
import { CreateServicePointDto, ServicePointQuery, UpdateServicePointDto } from './dto/registry.dto';
import { OfficesService } from './offices.service';
import { normalizeOpeningHours } from './places';
import { ServicePoint } from './service-point.entity';
import { auditedTransaction } from '../audit/audited-transaction';

export type ServicePointView = ServicePoint & { alternatives?: AlternativeServicePoint[] };

@Injectable()
export class ServicePointsService {
  constructor(
    @InjectRepository(ServicePoint) private readonly servicePoints: Repository<ServicePoint>,
    @InjectRepository(Device) private readonly devices: Repository<Device>,
    private readonly offices: OfficesService,
    private readonly regions: RegionsService,
    private readonly availability: AvailabilityService,
  ) {}

  async create(dto: CreateServicePointDto, scope: OfficeScope): Promise<ServicePoint> {
    // Another office is answered like an unknown one.
    const office = await this.offices.get(dto.officeId, scope).catch(() => {
      throw new InvalidInputError('officeId', `officeId ${dto.officeId} is not a known office`);
    });
    await this.assertDistrictInRegency(dto.districtCode, office.regencyCode);
    const place = {
      address: dto.address ?? null,
      latitude: dto.latitude ?? null,
      longitude: dto.longitude ?? null,
      openingHours: dto.openingHours ? normalizeOpeningHours(dto.openingHours) : null,
    };
    assertCoordinatesPaired(place);
    try {
      return await auditedTransaction(this.servicePoints.manager, (m) => m.save(m.create(ServicePoint, { ...dto, ...place })));
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
        throw new ConflictError('service_point_exists', `Office ${dto.officeId} already has a service point named "${dto.name}"`);
      }
      throw err;
    }
  }

  async list(query: ServicePointQuery, scope: OfficeScope): Promise<Page<ServicePoint>> {
    const qb = this.servicePoints.createQueryBuilder('sp').orderBy('sp.district_code', 'ASC').addOrderBy('sp.name', 'ASC');
    const [scopeSql, scopeParams] = scope.condition('sp.office_id');
    qb.where(scopeSql, scopeParams);
    if (query.officeId) qb.andWhere('sp.office_id = :officeId', { officeId: query.officeId });
    if (query.district) qb.andWhere('sp.district_code = :district', { district: query.district });
    if (query.kind) qb.andWhere('sp.kind = :kind', { kind: query.kind });
    if (query.canRecord !== undefined) qb.andWhere('sp.can_record = :canRecord', { canRecord: query.canRecord });
    const [items, total] = await qb.skip((query.page - 1) * query.limit).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }

  async get(id: string, scope: OfficeScope): Promise<ServicePoint> {
    const sp = await this.servicePoints.findOneBy({ id });
    if (!sp || !scope.allows(sp.officeId)) throw new NotFoundError('Service point', id);
    noteAuditOffice(sp.officeId);
    return sp;
  }

  /** One service point, and where residents can go when it cannot record. */
  async view(id: string, scope: OfficeScope): Promise<ServicePointView> {
    const sp = await this.get(id, scope);
    return sp.canRecord ? sp : { ...sp, alternatives: await this.availability.alternativesFor(id) };
  }

  async update(id: string, dto: UpdateServicePointDto, scope: OfficeScope): Promise<ServicePoint> {
    const sp = await this.get(id, scope);
    if (dto.districtCode && dto.districtCode !== sp.districtCode) {
      const office = await this.offices.get(sp.officeId, OfficeScope.all());
      await this.assertDistrictInRegency(dto.districtCode, office.regencyCode);
    }
    const { openingHours, ...rest } = dto;
    Object.assign(sp, rest);
    if (openingHours !== undefined) sp.openingHours = openingHours === null ? null : normalizeOpeningHours(openingHours);
    assertCoordinatesPaired(sp, dto);
    try {
      return await auditedTransaction(this.servicePoints.manager, (m) => m.save(sp));
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
        throw new ConflictError('service_point_exists', `Office ${sp.officeId} already has a service point named "${dto.name}"`);
      }
      throw err;
    }
  }

  async remove(id: string, scope: OfficeScope): Promise<void> {
    await this.get(id, scope);
    if ((await this.devices.countBy({ servicePointId: id })) > 0) {
      throw new ConflictError('service_point_in_use', `Service point ${id} still has devices; move or remove them first`);
    }
    await auditedTransaction(this.servicePoints.manager, (m) => m.delete(ServicePoint, { id }));
  }

  private async assertDistrictInRegency(districtCode: string, regencyCode: string): Promise<void> {
    const district = await this.regions.findDistrict(districtCode);
    if (!district) throw new InvalidInputError('districtCode', `districtCode ${districtCode} is not a known district code`);
    if (district.regencyCode !== regencyCode) {
      throw new InvalidInputError('districtCode', `districtCode ${districtCode} is not in the office's regency ${regencyCode}`);
    }
  }
}

/**
 * Coordinates go together: a point has both or neither. Names the field to fix: the missing one,
 * or, when the request cleared one, the other (to be cleared too).
 */
function assertCoordinatesPaired(
  after: { latitude: number | null; longitude: number | null },
  sent: { latitude?: number | null; longitude?: number | null } = after,
): void {
  if ((after.latitude === null) === (after.longitude === null)) return;
  const missing = after.latitude === null ? 'latitude' : 'longitude';
  const other = missing === 'latitude' ? 'longitude' : 'latitude';
  if (sent[missing] === null && after !== sent) {
    throw new InvalidInputError(other, `${missing} and ${other} are cleared together: send ${other}: null too`);
  }
  throw new InvalidInputError(missing, `${missing} is required with ${other}: a service point has both coordinates or neither`);
}
