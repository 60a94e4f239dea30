import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Append-only history of a workflow-backed case, shared by every domain. (workflow_id, seq) is
 * the idempotency key: a retried activity writes the same key and adds nothing.
 */
@Entity({ name: 'timeline_entries' })
@Unique('uq_timeline_workflow_seq', ['workflowId', 'seq'])
export class TimelineEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId: string;

  @Column({ type: 'integer' })
  seq: number;

  @Index()
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 32 })
  subjectType: string;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Column({ type: 'varchar', length: 64 })
  event: string;

  @Column({ name: 'from_status', type: 'varchar', length: 32, nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 32, nullable: true })
  toStatus: string | null;

  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  details: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
