import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { StepClock } from '../calendar/business-calendar';

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

  /** A repair case not repaired this long after its report starts an escalation letter. */
  @Column({ name: 'escalation_threshold_seconds', type: 'integer' })
  escalationThresholdSeconds: number;

  /** While a letter waits for approval, the manager is reminded at this interval… */
  @Column({ name: 'approval_reminder_seconds', type: 'integer' })
  approvalReminderSeconds: number;

  /** …and once it has waited this long, the supervisors too. */
  @Column({ name: 'approval_supervisor_after_seconds', type: 'integer' })
  approvalSupervisorAfterSeconds: number;

  /** Without a reply from the ministry this long after a letter is sent, a follow-up letter is drafted. */
  @Column({ name: 'reply_wait_seconds', type: 'integer' })
  replyWaitSeconds: number;

  /** A village head is told this long before the tour's stop in the village. */
  @Column({ name: 'tour_notice_lead_seconds', type: 'integer' })
  tourNoticeLeadSeconds: number;

  /** When a tour's recording kit breaks: wait for the repair, or move the remaining stops by tourKitShiftDays. */
  @Column({ name: 'tour_kit_failure_policy', type: 'varchar', length: 16 })
  tourKitFailurePolicy: TourKitFailurePolicy;

  @Column({ name: 'tour_kit_shift_days', type: 'integer' })
  tourKitShiftDays: number;

  /** An open outage that stops recording over a tour's kit: hold the tour (default), or let it record offline. */
  @Column({ name: 'tour_outage_policy', type: 'varchar', length: 16 })
  tourOutagePolicy: TourOutagePolicy;

  /** An outage still open this long after it started drafts an escalation letter. */
  @Column({ name: 'outage_escalation_seconds', type: 'integer' })
  outageEscalationSeconds: number;

  /** While a print backlog is burned down, no progress for this long reminds the office. */
  @Column({ name: 'backlog_stall_seconds', type: 'integer' })
  backlogStallSeconds: number;

  /** Per step: `working` counts the office's business calendar (seconds of working time), `elapsed` the clock. */
  @Column({ name: 'triage_clock', type: 'varchar', length: 8 })
  triageClock: StepClock;

  @Column({ name: 'repair_clock', type: 'varchar', length: 8 })
  repairClock: StepClock;

  @Column({ name: 'verification_clock', type: 'varchar', length: 8 })
  verificationClock: StepClock;

  @Column({ name: 'reminder_clock', type: 'varchar', length: 8 })
  reminderClock: StepClock;

  @Column({ name: 'approval_reminder_clock', type: 'varchar', length: 8 })
  approvalReminderClock: StepClock;

  @Column({ name: 'reply_wait_clock', type: 'varchar', length: 8 })
  replyWaitClock: StepClock;

  @Column({ name: 'triage_warn_share', type: 'double precision', nullable: true })
  triageWarnShare: number | null;

  @Column({ name: 'triage_warn_before_seconds', type: 'integer', nullable: true })
  triageWarnBeforeSeconds: number | null;

  @Column({ name: 'repair_warn_share', type: 'double precision', nullable: true })
  repairWarnShare: number | null;

  @Column({ name: 'repair_warn_before_seconds', type: 'integer', nullable: true })
  repairWarnBeforeSeconds: number | null;

  @Column({ name: 'verification_warn_share', type: 'double precision', nullable: true })
  verificationWarnShare: number | null;

  @Column({ name: 'verification_warn_before_seconds', type: 'integer', nullable: true })
  verificationWarnBeforeSeconds: number | null;

  @Column({ name: 'reply_wait_warn_share', type: 'double precision', nullable: true })
  replyWaitWarnShare: number | null;

  @Column({ name: 'reply_wait_warn_before_seconds', type: 'integer', nullable: true })
  replyWaitWarnBeforeSeconds: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const TOUR_KIT_FAILURE_POLICIES = ['wait-for-repair', 'shift-days'] as const;
export type TourKitFailurePolicy = (typeof TOUR_KIT_FAILURE_POLICIES)[number];

/** `hold`: the tour's stops wait while the outage lasts; `proceed-offline`: the kits record offline and batches wait for the centre. */
export const TOUR_OUTAGE_POLICIES = ['hold', 'proceed-offline'] as const;
export type TourOutagePolicy = (typeof TOUR_OUTAGE_POLICIES)[number];

const DAY = 24 * 60 * 60;

export const DEFAULT_SLA_POLICY = {
  triageSeconds: 1 * DAY,
  repairSeconds: 14 * DAY,
  verificationSeconds: 2 * DAY,
  reminderIntervalSeconds: 1 * DAY,
  escalationThresholdSeconds: 30 * DAY,
  approvalReminderSeconds: 1 * DAY,
  approvalSupervisorAfterSeconds: 3 * DAY,
  replyWaitSeconds: 14 * DAY,
  tourNoticeLeadSeconds: 3 * DAY,
  tourKitFailurePolicy: 'wait-for-repair' as TourKitFailurePolicy,
  tourKitShiftDays: 7,
  tourOutagePolicy: 'hold' as TourOutagePolicy,
  outageEscalationSeconds: 3 * DAY,
  backlogStallSeconds: 2 * DAY,
  // Elapsed time unless an admin chooses working time per step: nothing changes for an office that does not.
  triageClock: 'elapsed' as StepClock,
  repairClock: 'elapsed' as StepClock,
  verificationClock: 'elapsed' as StepClock,
  reminderClock: 'elapsed' as StepClock,
  approvalReminderClock: 'elapsed' as StepClock,
  replyWaitClock: 'elapsed' as StepClock,
  triageWarnShare: null as number | null,
  triageWarnBeforeSeconds: null as number | null,
  repairWarnShare: null as number | null,
  repairWarnBeforeSeconds: null as number | null,
  verificationWarnShare: null as number | null,
  verificationWarnBeforeSeconds: null as number | null,
  replyWaitWarnShare: null as number | null,
  replyWaitWarnBeforeSeconds: null as number | null,
} as const;
