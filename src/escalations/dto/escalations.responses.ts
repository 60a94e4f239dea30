import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ESCALATION_STATUSES, type EscalationStatus } from '../../../workflows/escalation.messages';
import { ApiAllowedActions, TimelineEntryView, WorkflowStateBase } from '../../common/api-responses';

export const ESCALATION_SOURCES = ['manual', 'repair-stalled', 'outage'] as const;

/** An escalation letter in lists and as drafted. */
export class EscalationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ enum: ESCALATION_STATUSES }) status: EscalationStatus;
  @ApiProperty({ enum: ESCALATION_SOURCES }) source: (typeof ESCALATION_SOURCES)[number];
  @ApiProperty({ type: 'integer', description: '1 for the first letter, one more for each follow-up letter' }) round: number;
  @ApiProperty() subject: string;
  @ApiProperty() recipient: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String] }) attachments: string[];
  @ApiProperty() draftedBy: string;
  @ApiProperty({ type: [String], description: 'Who drafted or edited this round (they do not decide on it)' }) drafters: string[];
  @ApiProperty({ type: String, nullable: true }) lastComment: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) replyReceivedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) replyReference: string | null;
  @ApiProperty({ type: String, nullable: true }) replySummary: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When every repair case and outage it is about was found closed or resolved: no further follow-up; it waits for the reply or a withdrawal',
  })
  solvedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why a manager withdrew it (status withdrawn)' }) withdrawalReason: string | null;
  @ApiProperty({ type: 'integer' }) lastSeq: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiAllowedActions() allowedActions: string[];
}

/** One numbered letter of an escalation (round 1, then each follow-up). */
export class EscalationLetterView {
  @ApiProperty({ format: 'uuid' }) escalationId: string;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: 'integer' }) seq: number;
  @ApiProperty({ example: '470/12/Dukcapil/2026' }) number: string;
  @ApiProperty({ format: 'date' }) letterDate: string;
  @ApiProperty() subject: string;
  @ApiProperty() approvedBy: string;
  @ApiProperty({ format: 'date-time' }) approvedAt: string;
  @ApiProperty({ type: String, nullable: true }) pdfSha256: string | null;
  @ApiProperty({ type: 'integer' }) dispatchAttempts: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dispatchedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) dispatchMessageId: string | null;
  @ApiProperty({ type: String, nullable: true }) dispatchedTo: string | null;
}

/** GET /escalations/:id: the escalation with its repair cases, letters and timeline. */
export class EscalationDetail extends EscalationView {
  @ApiProperty({ type: [String], format: 'uuid' }) repairCaseIds: string[];
  @ApiProperty({ type: [EscalationLetterView] }) letters: EscalationLetterView[];
  @ApiProperty({ type: [TimelineEntryView] }) timeline: TimelineEntryView[];
}

/** What an action on an escalation answers: the workflow's state after it. */
export class EscalationActionResult extends WorkflowStateBase {
  @ApiProperty({ format: 'uuid' }) escalationId: string;
  @ApiProperty({ enum: ESCALATION_STATUSES }) status: EscalationStatus;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty({ type: [String], description: "Everyone who drafted or edited this round's letter: none of them may approve it" }) drafters: string[];
  @ApiProperty({ type: 'integer' }) lettersSent: number;
  @ApiPropertyOptional() letterNumber?: string;
  @ApiPropertyOptional({ description: 'Every repair case and outage it is about is closed or resolved: no further follow-up' }) solved?: boolean;
}
