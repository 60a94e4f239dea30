import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Kemendagri administrative areas, imported from the idn-area-data package. Codes are the keys. */
@Entity({ name: 'provinces' })
export class Province {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code: string;

  @Column({ type: 'text' })
  name: string;
}

@Entity({ name: 'regencies' })
export class Regency {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code: string;

  @Index()
  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode: string;

  @Column({ type: 'text' })
  name: string;
}

@Entity({ name: 'districts' })
export class District {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Index()
  @Column({ name: 'regency_code', type: 'varchar', length: 5 })
  regencyCode: string;

  @Column({ type: 'text' })
  name: string;
}

@Entity({ name: 'villages' })
export class Village {
  @PrimaryColumn({ type: 'varchar', length: 13 })
  code: string;

  @Index()
  @Column({ name: 'district_code', type: 'varchar', length: 8 })
  districtCode: string;

  @Column({ type: 'text' })
  name: string;
}

export const REGION_ENTITIES = [Province, Regency, District, Village];
