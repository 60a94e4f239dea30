import { zoneAbbreviation } from '../common/time-zones';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  approveTourUpdate,
  batchUploadedUpdate,
  cancelTourUpdate,
  checkInUpdate,
  completeStopUpdate,
  kitFailureUpdate,
  rejectTourUpdate,
  rescheduleStopUpdate,
  skipStopUpdate,
  TourState,
  TourWorkflowInput,
  tourWorkflowId,
} from '../../workflows/tour.messages';
import { OFFICE_ID } from '../../workflows/search-attributes';
import { OfficeScope, Principal } from '../auth/principal';
import { AppConfig } from '../config/app-config';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { csvCell } from '../common/csv';
import { Page } from '../common/pagination';
import { currentRequest } from '../common/request-context';
import { OfficesService } from '../registry/offices.service';
import { stageWorkflowStart, WorkflowStart, WorkflowStartsService } from '../temporal/workflow-starts.service';
import { CreateTourDto, KitFailureDto, ReasonDto, RescheduleDto, TourQuery, UploadBatchDto } from './dto/tours.dto';
import { auditedTransaction } from '../audit/audited-transaction';
import { withTemporalDeadline } from '../temporal/temporal-deadline';
import { outagesOverTour } from './outage-holds';
import { withTourActions } from './tour-actions';

/** The packet file as multer hands it over (memory storage). */
export interface UploadedPacket {
  buffer: Buffer;
  size: number;
  originalname?: string;
}

interface TourRow {
  id: string;
  workflow_id: string;
  office_id: string;
  status: string;
  kit_service_point_id: string;
  kit_device_ids: string[];
}

const ENDED = ['completed', 'cancelled', 'rejected'];

/** Plans tours, runs them through TourWorkflow (Temporal Updates) and reads them back from Postgres. */
@Injectable()
export class ToursService {
  private readonly logger = new Logger(ToursService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly client: Client,
    private readonly config: AppConfig,
    private readonly offices: OfficesService,
    private readonly starts: WorkflowStartsService,
  ) {}

  async create(dto: CreateTourDto, p: Principal) {
    if (!p.write.allows(dto.officeId)) throw new InvalidInputError('officeId', `officeId ${dto.officeId} is not a known office`);
    const [office] = await this.db.query(`SELECT id, regency_code FROM offices WHERE id = $1`, [dto.officeId]);
    if (!office) throw new InvalidInputError('officeId', `officeId ${dto.officeId} is not a known office`);

    const team: Array<{ id: string; office_id: string | null; active: boolean; role: string }> = await this.db.query(
      `SELECT id, office_id, active, role FROM users WHERE id = ANY($1::uuid[])`,
      [dto.teamUserIds],
    );
    for (const id of dto.teamUserIds) {
      const u = team.find((x) => x.id === id);
      if (!u || u.office_id !== dto.officeId) throw new InvalidInputError('teamUserIds', `teamUserIds: ${id} is not a user of this office`);
      if (!u.active) throw new InvalidInputError('teamUserIds', `teamUserIds: user ${id} is deactivated`);
    }

    const [kit] = await this.db.query(`SELECT id, kind, name FROM service_points WHERE id = $1 AND office_id = $2`, [dto.kitServicePointId, dto.officeId]);
    if (!kit) throw new InvalidInputError('kitServicePointId', `kitServicePointId ${dto.kitServicePointId} is not a service point of this office`);
    if (kit.kind !== 'mobile-unit') {
      throw new InvalidInputError('kitServicePointId', `kitServicePointId must be a mobile unit (kind mobile-unit); ${kit.name} is ${kit.kind}`);
    }
    const devices: Array<{ id: string; status: string; serial_number: string }> = await this.db.query(
      `SELECT id, status, serial_number FROM devices WHERE service_point_id = $1 AND status <> 'retired' ORDER BY serial_number`,
      [kit.id],
    );
    let kitDeviceIds: string[];
    if (dto.kitDeviceIds) {
      for (const id of dto.kitDeviceIds) {
        const d = devices.find((x) => x.id === id);
        if (!d) throw new InvalidInputError('kitDeviceIds', `kitDeviceIds: ${id} is not a device of the mobile unit`);
        if (d.status !== 'active') throw new InvalidInputError('kitDeviceIds', `kitDeviceIds: device ${d.serial_number} is ${d.status}, not working`);
      }
      kitDeviceIds = dto.kitDeviceIds;
    } else {
      kitDeviceIds = devices.filter((d) => d.status === 'active').map((d) => d.id);
      if (kitDeviceIds.length === 0) throw new InvalidInputError('kitServicePointId', `kitServicePointId: the mobile unit ${kit.name} has no working device`);
    }

    const { today, zone } = await this.today(dto.officeId);
    const villages: Array<{ code: string; unrecorded: number | null }> = await this.db.query(
      `SELECT v.code, u.unrecorded FROM villages v LEFT JOIN unrecorded_residents u ON u.village_code = v.code AND u.office_id = $2
        WHERE v.code = ANY($1::varchar[])`,
      [dto.stops.map((s) => s.villageCode), dto.officeId],
    );
    const seen = new Map<string, number>();
    const stops = dto.stops.map((s, i) => {
      const v = villages.find((x) => x.code === s.villageCode);
      if (!v) throw new InvalidInputError(`stops.${i}.villageCode`, `stops.${i}.villageCode: ${s.villageCode} is not a known village`);
      if (!s.villageCode.startsWith(`${office.regency_code}.`)) {
        throw new InvalidInputError(`stops.${i}.villageCode`, `stops.${i}.villageCode: village ${s.villageCode} does not lie in the office's regency ${office.regency_code}`);
      }
      if (!isCalendarDate(s.date)) throw new InvalidInputError(`stops.${i}.date`, `stops.${i}.date: ${s.date} is not a calendar date`);
      if (s.date < today) throw new InvalidInputError(`stops.${i}.date`, `stops.${i}.date: ${s.date} is in the past (today is ${today}, ${zone})`);
      const other = seen.get(s.date);
      if (other !== undefined) {
        throw new InvalidInputError(`stops.${i}.date`, `stops.${i}.date: the kit is already at stop ${other} on ${s.date}; one kit is at one stop a day`);
      }
      seen.set(s.date, i);
      const expected = s.expectedResidents ?? v.unrecorded;
      if (expected === null || expected === undefined) {
        throw new InvalidInputError(
          `stops.${i}.expectedResidents`,
          `stops.${i}.expectedResidents is required: no count of unrecorded residents was imported for village ${s.villageCode}`,
        );
      }
      return { ...s, id: randomUUID(), expected };
    });
    stops.sort((a, b) => a.date.localeCompare(b.date));

    // Read before anything is stored: a failure here leaves no tour without its workflow behind.
    const policy = await this.offices.getPolicy(dto.officeId, OfficeScope.all());
    const id = randomUUID();
    const workflowId = tourWorkflowId(id);
    const input: TourWorkflowInput = {
      tourId: id,
      officeId: dto.officeId,
      plannedBy: p.actor,
      requestId: currentRequest()?.requestId,
      policy: {
        approvalReminderSeconds: policy.approvalReminderSeconds,
        approvalSupervisorAfterSeconds: policy.approvalSupervisorAfterSeconds,
        noticeLeadSeconds: policy.tourNoticeLeadSeconds,
        kitFailure: policy.tourKitFailurePolicy,
        kitShiftDays: policy.tourKitShiftDays,
        reminderIntervalSeconds: policy.reminderIntervalSeconds,
      },
      stops: stops.map((s) => ({ stopId: s.id, date: s.date })),
      historyLimit: this.config.TOUR_HISTORY_LIMIT,
      batchRetry: { initialIntervalMs: this.config.CENTRAL_RETRY_INITIAL_MS, maximumIntervalMs: this.config.CENTRAL_RETRY_MAX_MS },
    };
    const start: WorkflowStart = {
      workflowId,
      workflowType: 'tourWorkflow',
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [input],
      searchAttributes: [{ key: OFFICE_ID, value: dto.officeId }],
      subject: { kind: 'tour', id },
    };
    // The tour, its stops (the kit's days) and its workflow's start are stored together.
    await auditedTransaction(this.db, async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`tour-kit:${kit.id}`]);
      const [busy] = await m.query(
        `SELECT s.scheduled_date::text AS date, t.name FROM tour_stops s JOIN tours t ON t.id = s.tour_id
          WHERE s.kit_service_point_id = $1 AND s.scheduled_date = ANY($2::date[]) AND s.status NOT IN ('skipped','cancelled')
          ORDER BY s.scheduled_date LIMIT 1`,
        [kit.id, stops.map((s) => s.date)],
      );
      if (busy) {
        const i = dto.stops.findIndex((s) => s.date === busy.date);
        throw new ConflictError('kit_busy', `stops.${i}.date: the recording kit is already booked on ${busy.date} (tour "${busy.name}")`, {
          field: `stops.${i}.date`,
          date: busy.date,
        });
      }
      await m.query(
        `INSERT INTO tours (id, workflow_id, office_id, name, status, kit_service_point_id, kit_device_ids, planned_by)
         VALUES ($1, $2, $3, $4, 'planned', $5, $6::uuid[], $7)`,
        [id, workflowId, dto.officeId, dto.name, kit.id, kitDeviceIds, p.actor],
      );
      for (const userId of dto.teamUserIds) await m.query(`INSERT INTO tour_team (tour_id, user_id) VALUES ($1, $2)`, [id, userId]);
      for (const [position, s] of stops.entries()) {
        await m.query(
          `INSERT INTO tour_stops (id, tour_id, office_id, position, village_code, kit_service_point_id, scheduled_date, planned_date, expected_residents, contact_name, contact_email)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9, $10)`,
          [s.id, id, dto.officeId, position + 1, s.villageCode, kit.id, s.date, s.expected, s.contactName ?? null, s.contactEmail ?? null],
        );
      }
      await stageWorkflowStart(m, start);
      return { id, officeId: dto.officeId };
    });

    await this.starts.startNow(start);
    return this.get(id, OfficeScope.all(), p);
  }

  async list(query: TourQuery, scope: OfficeScope): Promise<Page<Record<string, unknown>>> {
    const [where, params] = scopeSql(scope, 't.office_id', 1);
    const filters = [where];
    if (query.status) filters.push(`t.status = $${params.push(query.status)}`);
    if (query.officeId) filters.push(`t.office_id = $${params.push(query.officeId)}`);
    const sql = `FROM tours t WHERE ${filters.join(' AND ')}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total ${sql}`, params);
    const items = await this.db.query(
      `SELECT ${TOUR_COLUMNS},
              (SELECT count(*)::int FROM tour_stops s WHERE s.tour_id = t.id) AS "stopCount",
              (SELECT min(s.scheduled_date)::text FROM tour_stops s WHERE s.tour_id = t.id) AS "firstDate",
              (SELECT max(s.scheduled_date)::text FROM tour_stops s WHERE s.tour_id = t.id) AS "lastDate"
         ${sql} ORDER BY t.created_at DESC, t.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, (query.page - 1) * query.limit],
    );
    return { items, total, page: query.page, limit: query.limit };
  }

  /** The tour with its team, kit, stops and timeline, and what `reader` may do to it and at each stop now. */
  async get(id: string, scope: OfficeScope, reader: Principal) {
    await this.find(id, scope);
    const [[tour], stops, team, kit, timeline] = await Promise.all([
      this.db.query(`SELECT ${TOUR_COLUMNS} FROM tours t WHERE t.id = $1`, [id]),
      this.db.query(
        `SELECT s.id, s.position, s.village_code AS "villageCode", v.name AS "villageName", d.name AS "districtName",
                s.scheduled_date::text AS date, s.planned_date::text AS "plannedDate",
                (s.scheduled_date::timestamp + interval '8 hours') AT TIME ZONE (SELECT f.time_zone FROM offices f WHERE f.id = s.office_id) AS "startsAt",
                s.status, s.expected_residents AS "expectedResidents",
                s.contact_name AS "contactName", s.contact_email AS "contactEmail", s.notified_for::text AS "notifiedFor",
                s.checked_in_at AS "checkedInAt", s.checked_in_by AS "checkedInBy", s.finished_at AS "finishedAt", s.skip_reason AS "skipReason",
                (SELECT count(*)::int FROM tour_batches b WHERE b.stop_id = s.id) AS "batchCount",
                COALESCE((SELECT json_agg(json_build_object('batchId', b.id, 'residentsCount', b.residents_count, 'villageCode', bs.village_code, 'reason', b.rejected_reason))
                            FROM tour_batches b JOIN tour_stops bs ON bs.id = b.stop_id WHERE b.rerecord_stop_id = s.id), '[]'::json) AS "reRecordings"
           FROM tour_stops s JOIN villages v ON v.code = s.village_code JOIN districts d ON d.code = v.district_code
          WHERE s.tour_id = $1 ORDER BY s.position`,
        [id],
      ),
      this.db.query(
        `SELECT u.id, u.username, u.display_name AS "displayName", u.role FROM tour_team t JOIN users u ON u.id = t.user_id WHERE t.tour_id = $1 ORDER BY u.username`,
        [id],
      ),
      this.db.query(
        `SELECT d.id, d.kind, d.serial_number AS "serialNumber", d.status FROM devices d
          WHERE d.id = ANY((SELECT kit_device_ids FROM tours WHERE id = $1)::uuid[]) ORDER BY d.serial_number`,
        [id],
      ),
      this.db.query(
        `SELECT seq, event, from_status AS "fromStatus", to_status AS "toStatus", actor, note, details, occurred_at AS "occurredAt"
           FROM timeline_entries WHERE subject_type = 'tour' AND subject_id = $1 ORDER BY occurred_at, id`,
        [id],
      ),
    ]);
    const over = ENDED.includes(tour.status) ? { policy: 'hold', outages: [] } : await outagesOverTour(this.db, id);
    const heldBy = over.policy === 'hold' ? over.outages : [];
    const recordingOffline = over.policy === 'proceed-offline' ? over.outages : [];
    return withTourActions({ ...tour, heldBy, recordingOffline, team, kit, stops, timeline }, reader);
  }

  /** Per village: residents recorded (acknowledged by the centre) against the target, and every batch's sync state. */
  async report(id: string, scope: OfficeScope) {
    await this.find(id, scope);
    const [[tour], stops, batches] = await Promise.all([
      this.db.query(`SELECT t.id, t.name, t.status, t.office_id AS "officeId", o.name AS "officeName" FROM tours t JOIN offices o ON o.id = t.office_id WHERE t.id = $1`, [id]),
      this.db.query(
        `SELECT s.id, s.position, s.village_code, v.name AS village_name, d.name AS district_name, s.scheduled_date::text AS date, s.status, s.expected_residents
           FROM tour_stops s JOIN villages v ON v.code = s.village_code JOIN districts d ON d.code = v.district_code
          WHERE s.tour_id = $1 ORDER BY s.position`,
        [id],
      ),
      this.db.query(
        `SELECT id, stop_id, status, residents_count, sha256, size_bytes, device_serial, captured_at, attempts, last_error,
                acknowledged_at, central_receipt, rejected_reason, rerecord, rerecord_stop_id
           FROM tour_batches WHERE tour_id = $1 ORDER BY created_at, id`,
        [id],
      ),
    ]);
    const villages = stops.map((s: Record<string, any>) => {
      const own = batches.filter((b: Record<string, any>) => b.stop_id === s.id);
      const sum = (status: string[]) => own.filter((b: Record<string, any>) => status.includes(b.status)).reduce((n: number, b: Record<string, any>) => n + b.residents_count, 0);
      return {
        stopId: s.id,
        position: s.position,
        villageCode: s.village_code,
        villageName: s.village_name,
        districtName: s.district_name,
        date: s.date,
        stopStatus: s.status,
        target: s.expected_residents,
        recorded: sum(['acknowledged']),
        awaitingSync: sum(['received', 'sent']),
        rejected: sum(['rejected']),
        batches: own.map((b: Record<string, any>) => ({
          id: b.id,
          status: b.status,
          residentsCount: b.residents_count,
          sha256: b.sha256,
          sizeBytes: b.size_bytes,
          deviceSerial: b.device_serial,
          capturedAt: b.captured_at,
          attempts: b.attempts,
          lastError: b.last_error,
          acknowledgedAt: b.acknowledged_at,
          centralReceipt: b.central_receipt,
          rejectedReason: b.rejected_reason,
          reRecord: b.rerecord,
          reRecordAtStopId: b.rerecord_stop_id,
        })),
      };
    });
    const total = (k: 'target' | 'recorded' | 'awaitingSync' | 'rejected') => villages.reduce((n: number, v: Record<string, any>) => n + v[k], 0);
    const byStatus: Record<string, number> = { received: 0, sent: 0, acknowledged: 0, rejected: 0 };
    for (const b of batches) byStatus[b.status]++;
    return {
      tour,
      totals: { target: total('target'), recorded: total('recorded'), awaitingSync: total('awaitingSync'), rejected: total('rejected'), batches: byStatus },
      // Nothing recorded in the field is unaccounted for: every batch acknowledged, or rejected and flagged for re-recording.
      allSynced: batches.every((b: Record<string, any>) => b.status === 'acknowledged' || (b.status === 'rejected' && b.rerecord)),
      villages,
    };
  }

  async reportCsv(id: string, scope: OfficeScope): Promise<{ csv: string; filename: string }> {
    const r = await this.report(id, scope);
    const header = ['urutan', 'kode_desa', 'desa', 'kecamatan', 'tanggal', 'status_singgah', 'target', 'terekam_diterima_pusat', 'menunggu_sinkron', 'ditolak_rekam_ulang', 'jumlah_batch', 'batch_diterima', 'batch_ditolak'];
    const lines = [header.join(',')];
    for (const v of r.villages) {
      lines.push(
        [
          v.position,
          v.villageCode,
          v.villageName,
          v.districtName,
          v.date,
          v.stopStatus,
          v.target,
          v.recorded,
          v.awaitingSync,
          v.rejected,
          v.batches.length,
          v.batches.filter((b: { status: string }) => b.status === 'acknowledged').length,
          v.batches.filter((b: { status: string }) => b.status === 'rejected').length,
        ]
          .map(csvCell)
          .join(','),
      );
    }
    const t = r.totals;
    lines.push(['', '', 'JUMLAH', '', '', '', t.target, t.recorded, t.awaitingSync, t.rejected, Object.values(t.batches).reduce((a, b) => a + b, 0), t.batches.acknowledged, t.batches.rejected].map(csvCell).join(','));
    return { csv: `${lines.join('\r\n')}\r\n`, filename: `laporan-tur-${id}.csv` };
  }

  approve(id: string, p: Principal) {
    return this.act(id, p, true, (h) => h.executeUpdate(approveTourUpdate, { args: [actedBy(p)], updateId: updateId() }));
  }

  reject(id: string, dto: ReasonDto, p: Principal) {
    return this.act(id, p, true, (h) => h.executeUpdate(rejectTourUpdate, { args: [{ ...actedBy(p), reason: dto.reason }], updateId: updateId() }));
  }

  cancel(id: string, dto: ReasonDto, p: Principal) {
    return this.act(id, p, false, (h) => h.executeUpdate(cancelTourUpdate, { args: [{ ...actedBy(p), reason: dto.reason }], updateId: updateId() }));
  }

  async checkIn(id: string, stopId: string, p: Principal) {
    await this.findStop(id, stopId, p.write);
    await this.refuseIfHeld(id, 'check in');
    return this.act(id, p, false, (h) => h.executeUpdate(checkInUpdate, { args: [{ ...actedBy(p), stopId }], updateId: updateId() }));
  }

  async complete(id: string, stopId: string, p: Principal) {
    await this.findStop(id, stopId, p.write);
    return this.act(id, p, false, (h) => h.executeUpdate(completeStopUpdate, { args: [{ ...actedBy(p), stopId }], updateId: updateId() }));
  }

  async skip(id: string, stopId: string, dto: ReasonDto, p: Principal) {
    await this.findStop(id, stopId, p.write);
    return this.act(id, p, false, (h) => h.executeUpdate(skipStopUpdate, { args: [{ ...actedBy(p), stopId, reason: dto.reason }], updateId: updateId() }));
  }

  async reschedule(id: string, stopId: string, dto: RescheduleDto, p: Principal) {
    const stop = await this.findStop(id, stopId, p.write);
    if (!isCalendarDate(dto.date)) throw new InvalidInputError('date', `date: ${dto.date} is not a calendar date`);
    const { today, zone } = await this.today(stop.office_id);
    if (dto.date < today) throw new InvalidInputError('date', `date: ${dto.date} is in the past (today is ${today}, ${zone})`);
    return this.act(id, p, false, (h) => h.executeUpdate(rescheduleStopUpdate, { args: [{ ...actedBy(p), stopId, date: dto.date }], updateId: updateId() }));
  }

  async kitFailure(id: string, dto: KitFailureDto, p: Principal) {
    const tour = await this.find(id, p.write);
    if (!tour.kit_device_ids.includes(dto.deviceId)) throw new InvalidInputError('deviceId', `deviceId ${dto.deviceId} is not a device of this tour's kit`);
    return this.act(id, p, false, (h) =>
      h.executeUpdate(kitFailureUpdate, { args: [{ ...actedBy(p), deviceId: dto.deviceId, description: dto.description }], updateId: updateId() }),
    );
  }

  /**
   * Stores an offline recording batch (the packet and its metadata, in one transaction) after
   * verifying its checksum, then hands it to the tour, which starts its push to the centre. The same
   * packet sent again is the same batch.
   */
  async uploadBatch(id: string, stopId: string, file: UploadedPacket | undefined, dto: UploadBatchDto, p: Principal) {
    const tour = await this.find(id, p.write);
    const stop = await this.findStop(id, stopId, p.write);
    if (!file?.buffer) throw new InvalidInputError('file', 'file is required: the packet, as the multipart field "file"');
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    if (sha256 !== dto.sha256.toLowerCase()) {
      throw new InvalidInputError('sha256', `sha256 does not match the uploaded file (its SHA-256 is ${sha256}): the packet was damaged on the way; nothing was stored, send it again`);
    }
    const [device] = await this.db.query(`SELECT id FROM devices WHERE serial_number = $1 AND id = ANY($2::uuid[])`, [dto.deviceSerial, tour.kit_device_ids]);
    if (!device) throw new InvalidInputError('deviceSerial', `deviceSerial ${dto.deviceSerial} is not a device of this tour's kit`);
    const captured = new Date(dto.capturedAt);
    if (captured.getTime() > Date.now() + 5 * 60_000) throw new InvalidInputError('capturedAt', 'capturedAt is in the future');

    // The same packet is the same batch within the office; another office's copy is its own batch.
    const [existing] = await this.db.query(`SELECT id, stop_id FROM tour_batches WHERE office_id = $1 AND sha256 = $2`, [tour.office_id, sha256]);
    if (existing && existing.stop_id !== stopId) {
      throw new ConflictError('duplicate_packet', `This packet (SHA-256 ${sha256}) was already uploaded as batch ${existing.id} at another stop`, { batchId: existing.id });
    }
    let batchId: string = existing?.id;
    if (!existing) {
      // A batch stored before the outage is never refused (above: the same packet is the same batch); a new one waits.
      await this.refuseIfHeld(id, 'upload a batch');
      if (stop.status !== 'checked-in') {
        throw new ConflictError('invalid_transition', `Batches are uploaded while the team is checked in at the stop; this stop is ${stop.status}`, { stopStatus: stop.status });
      }
      batchId = randomUUID();
      try {
        await auditedTransaction(this.db, async (m) => {
          await m.query(
            `INSERT INTO tour_batches (id, tour_id, stop_id, office_id, sha256, size_bytes, filename, residents_count, device_serial, captured_at, uploaded_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
            [batchId, id, stopId, tour.office_id, sha256, file.size, file.originalname ?? null, dto.residentsCount, dto.deviceSerial, captured, p.actor],
          );
          await m.query(`INSERT INTO tour_batch_packets (batch_id, content) VALUES ($1, $2)`, [batchId, file.buffer]);
        });
      } catch (err) {
        // The same packet in a parallel request: one row, the other request answers with it.
        const [again] = await this.db.query(`SELECT id, stop_id FROM tour_batches WHERE office_id = $1 AND sha256 = $2`, [tour.office_id, sha256]);
        if (!again || again.stop_id !== stopId) throw err;
        batchId = again.id;
      }
    }
    try {
      await withTemporalDeadline(this.client, () =>
        this.client.workflow
          .getHandle(tour.workflow_id)
          .executeUpdate(batchUploadedUpdate, { args: [{ ...actedBy(p), stopId, batchId }], updateId: `batch-uploaded-${batchId}` }),
      );
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) {
        // The stop was finished meanwhile and this batch is not part of it: nothing stays stored.
        if (!existing) {
          await this.db.transaction(async (m) => {
            await m.query(`DELETE FROM tour_batch_packets WHERE batch_id = $1`, [batchId]);
            await m.query(`DELETE FROM tour_batches WHERE id = $1 AND status = 'received'`, [batchId]);
          });
        }
        throw err;
      }
      // Stored durably; the tour picks it up when the stop is completed (it reads the stop's batches).
      this.logger.warn(`batch ${batchId} stored; the tour was not told yet: ${(err as Error).message}`);
    }
    return this.batchView(batchId);
  }

  private async batchView(batchId: string) {
    const [b] = await this.db.query(
      `SELECT id, tour_id AS "tourId", stop_id AS "stopId", sha256, size_bytes AS "sizeBytes", residents_count AS "residentsCount",
              device_serial AS "deviceSerial", captured_at AS "capturedAt", status, attempts, last_error AS "lastError",
              acknowledged_at AS "acknowledgedAt", rejected_reason AS "rejectedReason", uploaded_by AS "uploadedBy", created_at AS "createdAt"
         FROM tour_batches WHERE id = $1`,
      [batchId],
    );
    return b;
  }

  private async act(
    id: string,
    p: Principal,
    personOnly: boolean,
    send: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<TourState>,
  ): Promise<TourState & { id: string; officeId: string }> {
    // The office check comes first: nothing reaches another office's workflow.
    const tour = await this.find(id, p.write);
    if (personOnly && p.kind !== 'user') throw new ForbiddenError('person_required', 'Only a signed-in manager can decide on a tour plan');
    if (ENDED.includes(tour.status)) throw new ConflictError('invalid_transition', `The tour is ${tour.status}; it has ended`, { status: tour.status });
    const state = await send(this.client.workflow.getHandle(tour.workflow_id));
    return { id: tour.id, officeId: tour.office_id, ...state };
  }

  /**
   * An open outage that stops recording over the tour's kit, with the office's policy `hold`: 409
   * naming it. The database is read, so the answer holds from the moment the outage is recorded,
   * before the tour's workflow has heard of it (its own check-in rule refuses the same).
   */
  private async refuseIfHeld(id: string, what: string): Promise<void> {
    const { policy, outages } = await outagesOverTour(this.db, id);
    if (policy !== 'hold' || outages.length === 0) return;
    const [o] = outages;
    throw new ConflictError(
      'tour_held_by_outage',
      `Cannot ${what}: outage ${o.outageId} (${o.kind}${o.wholeOffice ? ', whole office' : ", the kit's service point"}) stops recording; the tour is held until it is resolved`,
      { outageId: o.outageId, outageIds: outages.map((x) => x.outageId) },
    );
  }

  /** Before an upload is read: the stop exists and the caller may write to its office (404 otherwise). */
  async assertStopWritable(id: string, stopId: string, p: Principal): Promise<void> {
    await this.findStop(id, stopId, p.write);
  }

  private async find(id: string, scope: OfficeScope): Promise<TourRow> {
    const [tour] = await this.db.query(`SELECT id, workflow_id, office_id, status, kit_service_point_id, kit_device_ids FROM tours WHERE id = $1`, [id]);
    if (!tour || !scope.allows(tour.office_id)) throw new NotFoundError('Tour', id);
    return tour;
  }

  private async findStop(id: string, stopId: string, scope: OfficeScope): Promise<{ id: string; status: string; office_id: string }> {
    await this.find(id, scope);
    const [stop] = await this.db.query(`SELECT id, status, office_id FROM tour_stops WHERE id = $1 AND tour_id = $2`, [stopId, id]);
    if (!stop) throw new NotFoundError('Stop of tour', stopId);
    return stop;
  }

  /** Today in the office's own zone, and the zone's name for messages (WIB, WITA, WIT). */
  private async today(officeId: string): Promise<{ today: string; zone: string }> {
    const [row] = await this.db.query(`SELECT (now() AT TIME ZONE time_zone)::date::text AS today, time_zone FROM offices WHERE id = $1`, [officeId]);
    if (!row) throw new NotFoundError('Office', officeId);
    return { today: row.today, zone: zoneAbbreviation(row.time_zone) };
  }
}

const TOUR_COLUMNS = `t.id, t.workflow_id AS "workflowId", t.office_id AS "officeId", t.name, t.status, t.on_hold AS "onHold",
  t.kit_service_point_id AS "kitServicePointId", t.planned_by AS "plannedBy", t.approved_by AS "approvedBy", t.last_comment AS "lastComment",
  t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

/** A raw-SQL office condition for a scope, appending its parameter. */
function scopeSql(scope: OfficeScope, column: string, firstParam: number): [string, unknown[]] {
  if (scope.officeIds === 'all') return ['TRUE', []];
  return [`${column} = ANY($${firstParam}::uuid[])`, [scope.officeIds]];
}

export function isCalendarDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

function updateId(): string | undefined {
  return currentRequest()?.requestId;
}

function actedBy(p: Principal): { actor: string; role: string; requestId?: string } {
  return { actor: p.actor, role: p.role, requestId: currentRequest()?.requestId };
}
