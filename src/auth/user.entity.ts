import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ROLES = ['operator', 'manager', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A person who signs in. Operators and managers belong to one office; a supervisor reads over a
 * province (or the whole country when `provinceCode` is null); an admin manages offices and users.
 */
@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-case and immutable: it is the actor name in timelines, histories and the audit trail. */
  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ name: 'office_id', type: 'uuid', nullable: true })
  officeId: string | null;

  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode: string | null;

  /** Nomor Induk Pegawai, printed under a manager's signature. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  nip: string | null;

  /** Jabatan, e.g. "Kepala Dinas" or "Sekretaris Dinas": how letters this manager approves are signed. */
  @Column({ type: 'text', nullable: true })
  position: string | null;

  /** Where the person's notifications are e-mailed (per kind, as they choose); null: in the app only. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
