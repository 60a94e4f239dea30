import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const API_KEY_ROLES = ['operator', 'manager', 'supervisor'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** A credential for an integration, scoped to one office and one role. Only its keyed hash is stored. */
@Entity({ name: 'api_keys' })
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The key's public beginning, shown in lists so a key can be recognised without revealing it. */
  @Column({ type: 'varchar', length: 24, unique: true })
  prefix: string;

  @Column({ name: 'key_hash', type: 'varchar', length: 64, unique: true, select: false })
  keyHash: string;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Column({ type: 'varchar', length: 16 })
  role: ApiKeyRole;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
