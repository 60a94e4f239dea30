import type { OpeningHoursEntry } from './places';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SERVICE_POINT_KINDS = ['office-hq', 'kecamatan-office', 'mpp-desk', 'mobile-unit'] as const;
export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number];

/**
 * Where residents are served. `canRecord` / `canPrint` are derived from the devices
 * (AvailabilityService), never written by a request.
 */
@Entity({ name: 'service_points' })
export class ServicePoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Index()
  @Column({ name: 'district_code', type: 'varchar', length: 8 })
  districtCode: string;

  @Column({ type: 'varchar', length: 32 })
  kind: ServicePointKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  /** Both or neither, within Indonesia (src/registry/places.ts); entered by the office. */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  /** Per weekday, in the office's local time; null when the office has not entered them. */
  @Column({ name: 'opening_hours', type: 'jsonb', nullable: true })
  openingHours: OpeningHoursEntry[] | null;

  @Column({ name: 'can_record', type: 'boolean', default: false })
  canRecord: boolean;

  @Column({ name: 'can_print', type: 'boolean', default: false })
  canPrint: boolean;

  /** Since when it cannot record (null while it can); an outage counts from when it began. */
  @Column({ name: 'record_down_since', type: 'timestamptz', nullable: true })
  recordDownSince: Date | null;

  @Column({ name: 'print_down_since', type: 'timestamptz', nullable: true })
  printDownSince: Date | null;

  @Column({ name: 'availability_changed_at', type: 'timestamptz', default: () => 'now()' })
  availabilityChangedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
