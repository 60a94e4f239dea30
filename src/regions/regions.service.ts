import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, ILike, Repository } from 'typeorm';
import { Page, PageQuery, pageOf } from '../common/pagination';
import { District, Province, Regency, Village } from './region.entities';
import { DistrictQuery, RegencyQuery, VillageQuery } from './regions.dto';

@Injectable()
export class RegionsService {
  constructor(
    @InjectRepository(Province) private readonly provinces: Repository<Province>,
    @InjectRepository(Regency) private readonly regencies: Repository<Regency>,
    @InjectRepository(District) private readonly districts: Repository<District>,
    @InjectRepository(Village) private readonly villages: Repository<Village>,
  ) {}

  listProvinces(query: PageQuery): Promise<Page<Province>> {
    return this.page(this.provinces, {}, query);
  }

  listRegencies(query: RegencyQuery): Promise<Page<Regency>> {
    return this.page(this.regencies, query.province ? { provinceCode: query.province } : {}, query);
  }

  listDistricts(query: DistrictQuery): Promise<Page<District>> {
    return this.page(this.districts, query.regency ? { regencyCode: query.regency } : {}, query);
  }

  listVillages(query: VillageQuery): Promise<Page<Village>> {
    const where: FindOptionsWhere<Village> = {};
    if (query.district) where.districtCode = query.district;
    if (query.q) where.name = ILike(`%${query.q.replace(/[%_\\]/g, '\\$&')}%`);
    return this.page(this.villages, where, query);
  }

  findDistrict(code: string): Promise<District | null> {
    return this.districts.findOneBy({ code });
  }

  findRegency(code: string): Promise<Regency | null> {
    return this.regencies.findOneBy({ code });
  }

  private async page<T extends { code: string }>(repo: Repository<T>, where: FindOptionsWhere<T>, query: PageQuery): Promise<Page<T>> {
    const [items, total] = await repo.findAndCount({
      where,
      order: { code: 'ASC' } as never,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return pageOf(items, total, query);
  }
}
