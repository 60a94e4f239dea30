import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RepairStatus } from '../../workflows/repair.messages';

/**
 * Read model of one RepairWorkflow. The API reserves the row when a case is opened (the partial
 * unique index on device_id keeps one open case per device); afterwards only the workflow's
 * activities change it, and only with a newer event sequence (`last_seq`).
 */
@Entity({ name: 'repair_cases' })
export class RepairCase {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'workflow_id', type: 'text', unique: true })
  workflowId: string;

  @Index()
  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Column({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  @Column({ name: 'service_point_id', type: 'uuid' })
  servicePointId: string;

  @Column({ type: 'text' })
  description: string;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  status: RepairStatus;

  @Column({ name: 'last_seq', type: 'integer', default: 0 })
  lastSeq: number;

  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  @Column({ name: 'reminders_sent', type: 'integer', default: 0 })
  remindersSent: number;

  @Column({ name: 'reported_by', type: 'text' })
  reportedBy: string;

  @Column({ type: 'text', nullable: true })
  assessment: string | null;

  @Column({ name: 'repair_channel', type: 'text', nullable: true })
  repairChannel: string | null;

  /** Who last marked the device repaired: someone else must verify it (four-eyes). */
  @Column({ name: 'repaired_by', type: 'text', nullable: true })
  repairedBy: string | null;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
