import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const RECIPIENT_ROLES = ['operator', 'manager', 'supervisor', 'admin'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/**
 * The in-app inbox: one row per recipient, sent because they hold `recipientRole` in the office;
 * `dedup_key` makes a retried activity land the same message once.
 */
@Entity({ name: 'notifications' })
@Index(['recipientUserId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'dedup_key', type: 'text', unique: true })
  dedupKey: string;

  /** Null only on a weekly digest of a province or of the country (kind `digest`). */
  @Column({ name: 'office_id', type: 'uuid', nullable: true })
  officeId: string | null;

  @Column({ name: 'recipient_role', type: 'varchar', length: 16 })
  recipientRole: RecipientRole;

  /** Null only on messages written before accounts existed. */
  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 32 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
