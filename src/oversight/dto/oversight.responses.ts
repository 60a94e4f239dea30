import { ApiProperty } from '@nestjs/swagger';
import { DEVICE_KINDS, DEVICE_STATUSES, type DeviceKind, type DeviceStatus } from '../../registry/device.entity';
import { OFFICE_TIME_ZONES, type OfficeTimeZone } from '../../common/time-zones';
import { CoverageFigures, DistrictBehind, RegionRef } from '../../coverage/dto/coverage.responses';

/** How many kecamatan a province's view lists as furthest behind. */
export const DISTRICTS_BEHIND = 10;

/**
 * What stops recording over an area, the same counts for an office, a province and the country:
 * service points that cannot record now, kecamatan where none can, repair cases open and stalled
 * (past their deadline, as Beranda counts them), devices out of service, outages and their print
 * backlog, letters awaiting the ministry's reply.
 */
export class OversightFigures {
  @ApiProperty({ type: 'integer', description: 'Service points (every kind)' }) servicePoints: number;
  @ApiProperty({ type: 'integer', description: 'Of those, service points that cannot record now' }) servicePointsDown: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Since when the longest-down of them cannot record' })
  oldestDownSince: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Whole days since oldestDownSince, counted in the office’s own zone (0: since today)' })
  oldestDownDays: number | null;
  @ApiProperty({ type: 'integer', description: 'Kecamatan where no fixed service point (mobile units aside) can record now' }) districtsDown: number;
  @ApiProperty({ type: 'integer', description: 'Repair cases not closed or cancelled' }) openRepairs: number;
  @ApiProperty({ type: 'integer', description: 'Of those, past their deadline (late), as Beranda counts them' }) stalledRepairs: number;
  @ApiProperty({ type: 'integer', description: 'Devices broken or in repair' }) devicesOutOfService: number;
  @ApiProperty({ type: 'integer', description: 'Outages still stopping work (status open)' }) openOutages: number;
  @ApiProperty({ type: 'integer', description: 'Outages resolved, their print backlog still being burned down' }) recoveringOutages: number;
  @ApiProperty({ type: 'integer', description: 'Cards left unprinted over the outages not closed' }) backlogRemaining: number;
  @ApiProperty({ type: 'integer', description: 'Letters to the ministry awaiting its reply' }) lettersAwaitingReply: number;
}

/** A device out of service, the longest first. */
export class DeviceOutOfService {
  @ApiProperty({ format: 'uuid' }) deviceId: string;
  @ApiProperty() serialNumber: string;
  @ApiProperty({ enum: DEVICE_KINDS }) kind: DeviceKind;
  @ApiProperty({ enum: DEVICE_STATUSES }) status: DeviceStatus;
  @ApiProperty({ format: 'uuid' }) servicePointId: string;
  @ApiProperty() servicePointName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Its open repair case' }) repairCaseId: string | null;
  @ApiProperty({ format: 'date-time', description: 'Since when: its open repair case was reported (else its last change)' }) since: string;
  @ApiProperty({ type: 'integer', description: 'Whole days since then, in the office’s zone' }) days: number;
}

/** One regency of a province: its office's figures, coverage and longest-down devices. */
export class RegencyOversight extends OversightFigures {
  @ApiProperty({ example: '52.02' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty() officeName: string;
  @ApiProperty({ enum: OFFICE_TIME_ZONES, description: 'The office’s zone: its days and hours' }) timeZone: OfficeTimeZone;
  @ApiProperty({ format: 'date', description: 'Today in the office’s zone' }) today: string;
  @ApiProperty({ type: [DeviceOutOfService], description: 'Devices out of service longest (at most `top`)' }) longestOutOfService: DeviceOutOfService[];
  @ApiProperty({ type: CoverageFigures, description: 'Recording coverage (as GET /coverage/provinces/:code)' }) coverage: CoverageFigures;
}

/** A kecamatan where no fixed service point can record: residents must go elsewhere. */
export class DistrictDown {
  @ApiProperty({ example: '61.05.09' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '61.05' }) regencyCode: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty() officeName: string;
  @ApiProperty({ enum: OFFICE_TIME_ZONES }) timeZone: OfficeTimeZone;
  @ApiProperty({ type: 'integer', description: 'Its fixed service points, none of which can record' }) servicePoints: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Since when none can: when the last of them stopped' }) since: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Whole days since then, in the office’s zone' }) days: number | null;
}

/** `GET /oversight/provinces/:code`: per regency (office), most service points down first, and the kecamatan down. */
export class ProvinceOversightView {
  @ApiProperty({ type: RegionRef }) province: RegionRef;
  @ApiProperty({ format: 'date-time', description: 'When the figures were read' }) asOf: string;
  @ApiProperty({ type: OversightFigures }) totals: OversightFigures;
  @ApiProperty({ type: CoverageFigures }) coverage: CoverageFigures;
  @ApiProperty({ type: [RegencyOversight] }) regencies: RegencyOversight[];
  @ApiProperty({ type: [DistrictDown], description: 'Kecamatan where no fixed service point can record, longest first' }) districtsDown: DistrictDown[];
  @ApiProperty({ type: [DistrictBehind], description: `The ${DISTRICTS_BEHIND} kecamatan furthest behind: most residents not yet recorded first, over the counted villages` })
  districtsBehind: DistrictBehind[];
}

/** One province of the national view. */
export class ProvinceOversight extends OversightFigures {
  @ApiProperty({ example: '52' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer', description: 'Offices counted (the ones you may read)' }) offices: number;
  @ApiProperty({ type: CoverageFigures }) coverage: CoverageFigures;
}

/** `GET /oversight`: per province with an office you may read, most kecamatan down first. */
export class NationalOversightView {
  @ApiProperty({ format: 'date-time' }) asOf: string;
  @ApiProperty({ type: OversightFigures }) totals: OversightFigures;
  @ApiProperty({ type: [ProvinceOversight] }) provinces: ProvinceOversight[];
}

/** One day of the province: service points that could not record at some time of it. */
export class DownDay {
  @ApiProperty({ format: 'date', description: 'A day in the offices’ zone' }) date: string;
  @ApiProperty({ type: 'integer' }) servicePointsDown: number;
}

/** Time to repair of an office's cases closed in the window. */
export class RepairTime {
  @ApiProperty({ example: '52.02' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty() officeName: string;
  @ApiProperty({ type: 'integer', description: 'Repair cases closed in the window (cancelled ones aside)' }) closedCases: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median days from the report to the repair, one decimal; null without closed cases' })
  medianDays: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '90th percentile of the same, one decimal' }) p90Days: number | null;
}

/**
 * `GET /oversight/provinces/:code/series`: the charts' figures over the last `days` days.
 *
 * The read model keeps no history of availability; a service point counts as unable to record on a
 * day when, at some time of that day (in its office's zone): a repair case of one of its recording
 * set's devices was open and not yet repaired (from the report to the case's first repaired, closed
 * or cancelled entry), an outage that stops recording covered it (from its start to its resolution),
 * or it cannot record now (since when it cannot). A spare device that kept a point recording
 * through a breakdown is not seen.
 */
export class ProvinceSeriesView {
  @ApiProperty({ type: RegionRef }) province: RegionRef;
  @ApiProperty({ type: 'integer' }) days: number;
  @ApiProperty({
    type: [DownDay],
    description:
      'Oldest day first, today last. Derived (no availability history is kept): a point counts on a day when at some time of it a repair case of a recording-set device of it was open and not yet repaired, an outage stopping recording covered it, or it cannot record now (since when it cannot)',
  })
  servicePointsDown: DownDay[];
  @ApiProperty({ type: [RepairTime], description: 'Per regency with an office' }) timeToRepair: RepairTime[];
}

/** One letter of an escalation as the ministry received it. */
export class LetterRound {
  @ApiProperty({ type: 'integer', description: '1 for the first letter, then one more per follow-up' }) round: number;
  @ApiProperty({ example: '470/12/Dukcapil/2026' }) number: string;
  @ApiProperty({ format: 'date', description: 'The date on the letter (the office’s day)' }) letterDate: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was e-mailed; null when it went by hand (no SMTP)' })
  sentAt: string | null;
}

/** A letter to the ministry awaiting its reply. */
export class LetterAwaitingReply {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() subject: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty() officeName: string;
  @ApiProperty({ example: '52.02' }) regencyCode: string;
  @ApiProperty({ enum: OFFICE_TIME_ZONES }) timeZone: OfficeTimeZone;
  @ApiProperty({ type: 'integer', description: 'Letters sent so far (the first and its follow-ups)' }) round: number;
  @ApiProperty({ format: 'date-time', description: 'Since when it waits: its first letter was sent (or approved, when sent by hand)' }) waitingSince: string;
  @ApiProperty({ type: 'integer', description: 'Whole days waiting, in the office’s zone' }) daysWaiting: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'What it is about was found solved; it still waits for the reply' })
  solvedAt: string | null;
  @ApiProperty({ type: [LetterRound], description: 'Every letter sent, the first first' }) rounds: LetterRound[];
}
