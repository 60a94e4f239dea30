import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ESCALATION_ACTIONS, ESCALATION_STATUSES } from '../../../workflows/escalation.messages';
import { OUTAGE_ACTIONS, OUTAGE_STATUSES } from '../../../workflows/outage.messages';
import { REPAIR_ACTIONS, REPAIR_STATUSES } from '../../../workflows/repair.messages';
import { TOUR_STATUSES } from '../../../workflows/tour.messages';
import { STOP_ACTIONS, TOUR_ACTIONS } from '../../tours/tour-actions';

export class DashboardQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The office to show: required for admins and supervisors; operators and managers see their own' })
  @IsOptional()
  @IsUUID('4', { message: 'officeId must be a UUID' })
  officeId?: string;
}

export const NEEDS_YOU_KINDS = ['repair', 'escalation', 'outage', 'tour'] as const;
export type NeedsYouKind = (typeof NEEDS_YOU_KINDS)[number];

const STATUSES = [...new Set<string>([...REPAIR_STATUSES, ...ESCALATION_STATUSES, ...OUTAGE_STATUSES, ...TOUR_STATUSES])];
const ACTIONS = [...new Set<string>([...REPAIR_ACTIONS, ...ESCALATION_ACTIONS, ...OUTAGE_ACTIONS, ...TOUR_ACTIONS, ...STOP_ACTIONS])];

export class DashboardRepairCounts {
  @ApiProperty({ type: 'integer', description: 'Repair cases not closed or cancelled' }) open: number;
  @ApiProperty({ type: 'integer', description: 'Open cases past the deadline of their current step' }) stalled: number;
  @ApiProperty({ type: 'integer', description: 'Open cases an escalation letter still open is about' }) escalated: number;
}

export class DashboardLetterCounts {
  @ApiProperty({ type: 'integer', description: 'Letters drafted and waiting for a manager’s decision' }) awaitingApproval: number;
  @ApiProperty({ type: 'integer', description: 'Letters sent and waiting for the ministry’s reply' }) awaitingReply: number;
}

export class DashboardOutageCounts {
  @ApiProperty({ type: 'integer', description: 'Outages not yet resolved' }) open: number;
  @ApiProperty({ type: 'integer', description: 'Resolved outages still printing down the cards they left unprinted' }) recovering: number;
  @ApiProperty({ type: 'integer', description: 'Cards the outages left unprinted and not yet printed' }) backlog: number;
}

/**
 * A case, letter, outage or tour on which the caller may act now. A tour is listed as a plan the
 * caller may approve, or for its stop of today (the office's day) the team may check in at.
 */
export class NeedsYouItem {
  @ApiProperty({ enum: NEEDS_YOU_KINDS, description: 'repair: /repairs/{id}; escalation: /escalations/{id}; outage: /outages/{id}; tour: /tours/{id}' }) kind: NeedsYouKind;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The case’s description, the letter’s subject, the outage’s description, the tour’s name' }) title: string;
  @ApiProperty({ type: String, nullable: true, description: 'A case: its device’s serial number; a letter: its latest letter number; a tour’s stop of today: its village' })
  detail: string | null;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({
    enum: ACTIONS,
    isArray: true,
    description: 'What the caller may do now: the allowedActions of the object’s own read (a tour’s stop of today: that stop’s allowedActions)',
  })
  allowedActions: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'A case: the deadline of its current step' }) deadlineAt: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class NeedsYou {
  @ApiProperty({ type: 'integer', description: 'Everything the caller may act on now, over all kinds' }) total: number;
  @ApiProperty({ type: 'integer', description: 'At most this many items, the most recently changed first' }) limit: number;
  @ApiProperty({ type: [NeedsYouItem] }) items: NeedsYouItem[];
}

/** GET /dashboard: an office's counts, and what the caller may act on now. */
export class DashboardView {
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ type: DashboardRepairCounts }) repairs: DashboardRepairCounts;
  @ApiProperty({ type: DashboardLetterCounts }) letters: DashboardLetterCounts;
  @ApiProperty({ type: DashboardOutageCounts }) outages: DashboardOutageCounts;
  @ApiProperty({ type: NeedsYou, description: 'Perlu tindakan Anda' }) needsYou: NeedsYou;
}
