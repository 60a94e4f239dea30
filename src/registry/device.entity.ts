import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const DEVICE_KINDS = [
  'pc',
  'fingerprint-scanner',
  'iris-scanner',
  'camera',
  'signature-pad',
  'card-reader',
  'card-printer',
] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** The components without which a service point cannot record an e-KTP. */
export const RECORDING_SET_KINDS: readonly DeviceKind[] = ['pc', 'fingerprint-scanner', 'iris-scanner', 'camera', 'signature-pad'];

export const DEVICE_OWNERS = ['central', 'regional'] as const;
export type DeviceOwner = (typeof DEVICE_OWNERS)[number];

/** `broken` and `in-repair` are set by repair cases; `active` and `retired` by people. */
export const DEVICE_STATUSES = ['active', 'broken', 'in-repair', 'retired'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

@Entity({ name: 'devices' })
export class Device {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Index()
  @Column({ name: 'service_point_id', type: 'uuid' })
  servicePointId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: DeviceKind;

  @Column({ name: 'serial_number', type: 'text', unique: true })
  serialNumber: string;

  @Column({ type: 'varchar', length: 16 })
  owner: DeviceOwner;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: DeviceStatus;

  @Column({ type: 'text', nullable: true })
  model: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
