import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EscalationStatus } from '../../workflows/escalation.messages';

/** The read model of one EscalationWorkflow: the letter being drafted or awaiting its reply. */
@Entity({ name: 'escalations' })
export class Escalation {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'workflow_id', type: 'text', unique: true })
  workflowId: string;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Column({ type: 'varchar', length: 32 })
  status: EscalationStatus;

  @Column({ type: 'varchar', length: 32 })
  source: 'manual' | 'repair-stalled' | 'outage';

  @Column({ type: 'integer' })
  round: number;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb' })
  attachments: string[];

  @Column({ name: 'drafted_by', type: 'text' })
  draftedBy: string;

  /** Who drafted or edited the current round's letter (`system` for a follow-up): none of them may decide on it. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  drafters: string[];

  @Column({ name: 'last_comment', type: 'text', nullable: true })
  lastComment: string | null;

  @Column({ name: 'reply_received_at', type: 'timestamptz', nullable: true })
  replyReceivedAt: Date | null;

  @Column({ name: 'reply_reference', type: 'text', nullable: true })
  replyReference: string | null;

  @Column({ name: 'reply_summary', type: 'text', nullable: true })
  replySummary: string | null;

  /** When every repair case and outage it is about was found closed or resolved: no further follow-up is drafted. */
  @Column({ name: 'solved_at', type: 'timestamptz', nullable: true })
  solvedAt: Date | null;

  /** Why a manager withdrew it before a reply (status `withdrawn`). */
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: string | null;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One approved letter of an escalation (round 1, then each follow-up), numbered once. */
@Entity({ name: 'escalation_letters' })
export class EscalationLetter {
  @PrimaryColumn({ name: 'escalation_id', type: 'uuid' })
  escalationId: string;

  @PrimaryColumn({ type: 'integer' })
  round: number;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  number: string;

  @Column({ name: 'letter_date', type: 'date' })
  letterDate: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text', select: false })
  body: string;

  @Column({ name: 'approved_by', type: 'text' })
  approvedBy: string;

  @Column({ name: 'approved_at', type: 'timestamptz' })
  approvedAt: Date;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf: Buffer | null;

  @Column({ name: 'pdf_sha256', type: 'varchar', length: 64, nullable: true })
  pdfSha256: string | null;

  @Column({ name: 'dispatch_attempts', type: 'integer' })
  dispatchAttempts: number;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ name: 'dispatch_message_id', type: 'text', nullable: true })
  dispatchMessageId: string | null;

  @Column({ name: 'dispatched_to', type: 'text', nullable: true })
  dispatchedTo: string | null;
}
