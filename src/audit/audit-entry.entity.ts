import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ACTOR_KINDS = ['user', 'api-key', 'system', 'anonymous'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** One write, by whom, where and from which request. Append-only (the database refuses changes). */
@Entity({ name: 'audit_entries' })
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'text' })
  actor: string;

  @Column({ name: 'actor_kind', type: 'varchar', length: 16 })
  actorKind: ActorKind;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'office_id', type: 'uuid', nullable: true })
  officeId: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType: string;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  summary: Record<string, unknown>;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'client_ip', type: 'text', nullable: true })
  clientIp: string | null;

  @Column({ name: 'dedup_key', type: 'text', nullable: true, unique: true, select: false })
  dedupKey: string | null;
}
