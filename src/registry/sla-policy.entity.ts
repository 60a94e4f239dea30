import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Per-office durations for every waiting step, in seconds so that tests can shrink them. */
@Entity({ name: 'sla_policies' })
export class SlaPolicy {
  @PrimaryColumn({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Column({ name: 'triage_seconds', type: 'integer' })
  triageSeconds: number;

  @Column({ name: 'repair_seconds', type: 'integer' })
  repairSeconds: number;

  @Column({ name: 'verification_seconds', type: 'integer' })
  verificationSeconds: number;

  @Column({ name: 'reminder_interval_seconds', type: 'integer' })
  reminderIntervalSeconds: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

const DAY = 24 * 60 * 60;

export const DEFAULT_SLA_POLICY = {
  triageSeconds: 1 * DAY,
  repairSeconds: 14 * DAY,
  verificationSeconds: 2 * DAY,
  reminderIntervalSeconds: 1 * DAY,
} as const;
