import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OUTAGE_KINDS } from '../../../workflows/outage.messages';
import { STOP_STATUSES, TOUR_STATUSES, type StopStatus, type TourStatus } from '../../../workflows/tour.messages';
import { TimelineEntryView, WorkflowStateBase } from '../../common/api-responses';
import { ROLES } from '../../auth/user.entity';
import { DEVICE_KINDS, DEVICE_STATUSES } from '../../registry/device.entity';
import { DistrictCoverage, DistrictCoverageDetail } from '../../coverage/dto/coverage.responses';
import { STOP_ACTIONS, TOUR_ACTIONS, type StopAction, type TourAction } from '../tour-actions';

export const BATCH_STATUSES = ['received', 'sent', 'acknowledged', 'rejected'] as const;

export class TourView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: TOUR_STATUSES }) status: TourStatus;
  @ApiProperty({ description: 'Waiting for its kit to be repaired' }) onHold: boolean;
  @ApiProperty({ format: 'uuid' }) kitServicePointId: string;
  @ApiProperty() plannedBy: string;
  @ApiProperty({ type: String, nullable: true }) approvedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) lastComment: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A tour in lists: with its number of stops and first and last dates. */
export class TourListItem extends TourView {
  @ApiProperty({ type: 'integer' }) stopCount: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) firstDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastDate: string | null;
}

export class TourTeamMember {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: string;
}

export class TourKitDevice {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DEVICE_KINDS }) kind: string;
  @ApiProperty() serialNumber: string;
  @ApiProperty({ enum: DEVICE_STATUSES }) status: string;
}

export class ReRecording {
  @ApiProperty({ format: 'uuid' }) batchId: string;
  @ApiProperty({ type: 'integer' }) residentsCount: number;
  @ApiProperty() villageCode: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export class TourStopView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) position: number;
  @ApiProperty({ example: '61.05.09.2001' }) villageCode: string;
  @ApiProperty() villageName: string;
  @ApiProperty() districtName: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ format: 'date' }) plannedDate: string;
  @ApiProperty({ format: 'date-time', description: "When the stop begins: 08:00 of its day, the office's own time (WIB, WITA or WIT)" }) startsAt: string;
  @ApiProperty({ enum: STOP_STATUSES }) status: StopStatus;
  @ApiProperty({ type: 'integer' }) expectedResidents: number;
  @ApiProperty({ type: String, nullable: true }) contactName: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) notifiedFor: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) checkedInAt: string | null;
  @ApiProperty({ type: String, nullable: true }) checkedInBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) skipReason: string | null;
  @ApiProperty({ type: 'integer' }) batchCount: number;
  @ApiProperty({ type: [ReRecording], description: 'Rejected batches of other stops to be recorded again here' }) reRecordings: ReRecording[];
  @ApiProperty({
    enum: STOP_ACTIONS,
    enumName: 'TourStopAction',
    isArray: true,
    description: 'What the caller may do at this stop now (POST /tours/{id}/stops/{stopId}/<action>; upload-batch: POST …/batches)',
  })
  allowedActions: StopAction[];
}

/** An open outage over the tour's kit that stops recording. */
export class TourOutageRef {
  @ApiProperty({ format: 'uuid' }) outageId: string;
  @ApiProperty({ enum: OUTAGE_KINDS }) kind: string;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'Over the whole office (else over the kit\'s service point)' }) wholeOffice: boolean;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
}

/** GET /tours/:id (and the answer of POST /tours). */
export class TourDetail extends TourView {
  @ApiProperty({ type: [TourOutageRef], description: "Open outages holding the tour (the office's tourOutagePolicy is hold): no check-in or upload until they are resolved" })
  heldBy: TourOutageRef[];
  @ApiProperty({ type: [TourOutageRef], description: 'Open outages the tour goes on through offline (policy proceed-offline): its batches wait for the centre' })
  recordingOffline: TourOutageRef[];
  @ApiProperty({ type: [TourTeamMember] }) team: TourTeamMember[];
  @ApiProperty({ type: [TourKitDevice] }) kit: TourKitDevice[];
  @ApiProperty({ type: [TourStopView] }) stops: TourStopView[];
  @ApiProperty({ type: [TimelineEntryView] }) timeline: TimelineEntryView[];
  @ApiProperty({ enum: TOUR_ACTIONS, enumName: 'TourAction', isArray: true, description: 'What the caller may do to the tour now (POST /tours/{id}/<action>)' })
  allowedActions: TourAction[];
}

export class StopStateView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ enum: STOP_STATUSES }) status: StopStatus;
  @ApiPropertyOptional({ format: 'date', description: 'The date the village head was last told about' }) noticedFor?: string;
  @ApiProperty({ type: [String] }) batches: string[];
  @ApiProperty({ type: [String], description: 'Batches whose push to the centre is not yet answered' }) unsettled: string[];
}

/** What an action on a tour answers: the workflow's state after it. */
export class TourActionResult extends WorkflowStateBase {
  @ApiProperty({ format: 'uuid' }) tourId: string;
  @ApiProperty({ enum: TOUR_STATUSES }) status: TourStatus;
  @ApiProperty() onHold: boolean;
  @ApiProperty({ type: [String], description: 'Repair cases of kit devices the tour waits for' }) kitCases: string[];
  @ApiProperty({ type: [String], description: 'Every repair case a kit failure of this tour opened or joined' }) kitRepairs: string[];
  @ApiProperty({ type: [StopStateView] }) stops: StopStateView[];
  @ApiPropertyOptional({ type: [String], description: 'Open outages over the kit that hold the tour' }) outageHolds?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Open outages the team was told of while the tour goes on offline' }) outagesNoted?: string[];
}

/** One offline recording batch, as uploaded. */
export class BatchView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tourId: string;
  @ApiProperty({ format: 'uuid' }) stopId: string;
  @ApiProperty() sha256: string;
  @ApiProperty({ type: 'integer' }) sizeBytes: number;
  @ApiProperty({ type: 'integer' }) residentsCount: number;
  @ApiProperty() deviceSerial: string;
  @ApiProperty({ format: 'date-time' }) capturedAt: string;
  @ApiProperty({ enum: BATCH_STATUSES }) status: (typeof BATCH_STATUSES)[number];
  @ApiProperty({ type: 'integer' }) attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectedReason: string | null;
  @ApiProperty() uploadedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ReportTour {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: TOUR_STATUSES }) status: TourStatus;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty() officeName: string;
}

export class BatchCounts {
  @ApiProperty({ type: 'integer' }) received: number;
  @ApiProperty({ type: 'integer' }) sent: number;
  @ApiProperty({ type: 'integer' }) acknowledged: number;
  @ApiProperty({ type: 'integer' }) rejected: number;
}

export class ReportTotals {
  @ApiProperty({ type: 'integer' }) target: number;
  @ApiProperty({ type: 'integer', description: 'Acknowledged by the centre' }) recorded: number;
  @ApiProperty({ type: 'integer' }) awaitingSync: number;
  @ApiProperty({ type: 'integer' }) rejected: number;
  @ApiProperty({ type: BatchCounts, description: 'Batches by status' }) batches: BatchCounts;
}

export class ReportBatch {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: BATCH_STATUSES }) status: string;
  @ApiProperty({ type: 'integer' }) residentsCount: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ type: 'integer' }) sizeBytes: number;
  @ApiProperty() deviceSerial: string;
  @ApiProperty({ format: 'date-time' }) capturedAt: string;
  @ApiProperty({ type: 'integer' }) attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) centralReceipt: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectedReason: string | null;
  @ApiProperty({ description: 'Rejected and flagged to be recorded again' }) reRecord: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reRecordAtStopId: string | null;
}

export class ReportVillage {
  @ApiProperty({ format: 'uuid' }) stopId: string;
  @ApiProperty({ type: 'integer' }) position: number;
  @ApiProperty() villageCode: string;
  @ApiProperty() villageName: string;
  @ApiProperty() districtName: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ enum: STOP_STATUSES }) stopStatus: StopStatus;
  @ApiProperty({ type: 'integer' }) target: number;
  @ApiProperty({ type: 'integer' }) recorded: number;
  @ApiProperty({ type: 'integer' }) awaitingSync: number;
  @ApiProperty({ type: 'integer' }) rejected: number;
  @ApiProperty({ type: [ReportBatch] }) batches: ReportBatch[];
}

/** GET /tours/:id/report: recorded against the target per village, and every batch's sync state. */
export class TourReport {
  @ApiProperty({ type: ReportTour }) tour: ReportTour;
  @ApiProperty({ type: ReportTotals }) totals: ReportTotals;
  @ApiProperty({ description: 'Every batch acknowledged, or rejected and flagged for re-recording' }) allSynced: boolean;
  @ApiProperty({ type: [ReportVillage] }) villages: ReportVillage[];
}

export class UnrecordedImportResult {
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ type: 'integer', description: 'Rows imported' }) imported: number;
  @ApiProperty({ type: 'integer' }) villageCount: number;
  @ApiProperty({ type: 'integer' }) totalUnrecorded: number;
}

export class UnrecordedVillage {
  @ApiProperty() villageCode: string;
  @ApiProperty() villageName: string;
  @ApiProperty() districtCode: string;
  @ApiProperty() districtName: string;
  @ApiProperty({ type: 'integer' }) unrecorded: number;
  @ApiProperty({ type: 'integer', nullable: true }) requiredTotal: number | null;
  @ApiProperty({ format: 'date-time' }) importedAt: string;
  @ApiProperty() importedBy: string;
}

export class UnrecordedResidentsView {
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ type: 'integer' }) villageCount: number;
  @ApiProperty({ type: 'integer' }) totalUnrecorded: number;
  @ApiProperty({ type: [UnrecordedVillage] }) villages: UnrecordedVillage[];
}

export class CoverageDay {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: 'integer' }) recordedByTours: number;
  @ApiProperty({ type: 'integer' }) notYetRecorded: number;
}

export class CoverageView {
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty() officeName: string;
  @ApiProperty({ type: 'integer' }) villagesCounted: number;
  @ApiProperty({ type: 'integer', nullable: true }) requiredTotal: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) recorded: number | null;
  @ApiProperty({ type: 'integer' }) notYetRecorded: number;
  @ApiProperty({ type: 'integer' }) recordedByToursSinceImport: number;
  @ApiProperty({ type: Number, nullable: true }) coveragePercent: number | null;
  @ApiProperty({ type: [CoverageDay], description: 'Day by day, the last 90 days at most' }) trend: CoverageDay[];
  @ApiProperty({ type: [DistrictCoverage], description: 'Every kecamatan of the regency, most not yet recorded first' }) districts: DistrictCoverage[];
  @ApiPropertyOptional({ type: DistrictCoverageDetail, description: 'With ?district=: that kecamatan and its villages' }) district?: DistrictCoverageDetail;
}
