import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPAIR_STATUSES, type RepairStatus } from '../../../workflows/repair.messages';
import { ESCALATION_STATUSES, type EscalationStatus } from '../../../workflows/escalation.messages';
import { ApiAllowedActions, TimelineEntryView, WorkflowStateBase } from '../../common/api-responses';
import { DEVICE_KINDS, DEVICE_OWNERS, DEVICE_STATUSES } from '../../registry/device.entity';
import { AlternativeServicePointView } from '../../registry/dto/registry.responses';
import { ServicePointSummary } from '../../registry/dto/registry.responses';

const ASSESSMENTS = ['fix-on-site', 'needs-repair'] as const;
const REPAIR_CHANNELS = ['ministry', 'vendor'] as const;

/** A repair case in lists and as opened. */
export class RepairCaseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'repair-<id>' }) workflowId: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ format: 'uuid' }) deviceId: string;
  @ApiProperty({ format: 'uuid' }) servicePointId: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: REPAIR_STATUSES }) status: RepairStatus;
  @ApiProperty({ type: 'integer' }) lastSeq: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Deadline of the current waiting step' }) deadlineAt: string | null;
  @ApiProperty({ type: 'integer' }) remindersSent: number;
  @ApiProperty() reportedBy: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who last marked the device repaired (they do not verify it)' }) repairedBy: string | null;
  @ApiProperty({ enum: ASSESSMENTS, nullable: true }) assessment: string | null;
  @ApiProperty({ enum: REPAIR_CHANNELS, nullable: true }) repairChannel: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ description: 'Open and past its current deadline' }) stalled: boolean;
  @ApiAllowedActions() allowedActions: string[];
}

export class RepairDeviceSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DEVICE_KINDS }) kind: string;
  @ApiProperty() serialNumber: string;
  @ApiProperty({ enum: DEVICE_OWNERS }) owner: string;
  @ApiProperty({ enum: DEVICE_STATUSES }) status: string;
}

export class RepairEscalationSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ESCALATION_STATUSES }) status: EscalationStatus;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty({ type: String, nullable: true }) letterNumber: string | null;
}

/** GET /repairs/:id: the case with its device, service point, alternatives, escalations and timeline. */
export class RepairCaseDetail extends RepairCaseView {
  @ApiProperty({ type: RepairDeviceSummary }) device: RepairDeviceSummary;
  @ApiProperty({ type: ServicePointSummary }) servicePoint: ServicePointSummary;
  @ApiProperty({ type: [AlternativeServicePointView], description: 'Where residents can record while this service point cannot' })
  alternatives: AlternativeServicePointView[];
  @ApiProperty({ type: [RepairEscalationSummary] }) escalations: RepairEscalationSummary[];
  @ApiProperty({ type: [TimelineEntryView] }) timeline: TimelineEntryView[];
}

/** What an action on a repair case answers: the workflow's state after it. */
export class RepairActionResult extends WorkflowStateBase {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: REPAIR_STATUSES }) status: RepairStatus;
  @ApiPropertyOptional({ enum: ASSESSMENTS }) assessment?: string;
  @ApiPropertyOptional({ enum: REPAIR_CHANNELS }) repairChannel?: string;
  @ApiPropertyOptional({ description: 'Who marked the device repaired; someone else must verify it' }) repairedBy?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The escalation the case was put into when it stalled' }) escalationId?: string;
  @ApiPropertyOptional({ format: 'date-time', description: "Deadline of the case's new step, as the office's business calendar planned it" }) deadlineAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the next reminder goes out, once the deadline has passed (in working hours where the office counts them)' }) nextReminderAt?: string;
}
