import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Client,
  ScheduleAlreadyRunning,
  ScheduleDescription,
  ScheduleNotFoundError,
  ScheduleOptions,
  ScheduleOverlapPolicy,
  ScheduleSummary,
} from '@temporalio/client';
import { DataSource } from 'typeorm';
import { zoneAbbreviation, zoneOfProvince } from '../common/time-zones';
import { AppConfig } from '../config/app-config';
import { OFFICE_ID } from '../../workflows/search-attributes';
import type { DigestWorkflowInput } from '../../workflows/digest.workflow';

/** The hour of the morning, in the office's (or area's) own zone, at which a digest is sent. */
export const DIGEST_HOUR = 7;
/** A digest missed while Temporal was down is still sent within this window (by early afternoon). */
const CATCHUP_WINDOW = '6 hours';
/** The whole country's weekly digest is read in WIB. */
export const NATIONAL_ZONE = 'Asia/Jakarta';

export const dailyScheduleId = (officeId: string) => `digest-daily-${officeId}`;
/** `null`: the whole country. */
export const weeklyScheduleId = (provinceCode: string | null) => `digest-weekly-${provinceCode ?? 'national'}`;

/** Every day: the run asks the office's business calendar (its week may include Saturday) and skips days off. */
const EVERY_DAY = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;

interface OfficeRow {
  id: string;
  name: string;
  regencyCode: string;
  timeZone: string;
}

export type ScheduleChange = 'created' | 'updated' | 'unchanged';

/**
 * The Temporal Schedules of the digests: one per office (07:00 in its own zone, every day; the run skips the office's days off), and
 * one weekly per province that has offices and one for the whole country (Monday 07:00 in the area's
 * zone). Each is created or brought up to date idempotently — by the API when an office is created or
 * its zone changes, and for every office by the worker when it starts and now and then after
 * (`reconcile`), so schedules come back on a fresh Temporal server and after Temporal was unreachable.
 */
@Injectable()
export class DigestSchedulesService {
  private readonly logger = new Logger('DigestSchedules');

  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /**
   * After an office was created or changed: its daily schedule, and the weekly ones of its province
   * and of the country. Temporal unreachable is logged, not thrown: the office is stored, and the
   * worker's reconciliation makes the schedule later.
   */
  async afterOfficeChanged(officeId: string): Promise<void> {
    try {
      const office = await this.office(officeId);
      if (!office) return;
      await this.upsert(this.dailyOptions(office));
      await this.upsert(await this.weeklyOptions(office.regencyCode.slice(0, 2)));
      await this.upsert(await this.weeklyOptions(null));
    } catch (err) {
      this.logger.warn(`digest schedules of office ${officeId} not brought up to date (the worker's reconciliation will): ${(err as Error).message}`);
    }
  }

  /** After an office was removed: its daily schedule goes (the weekly ones list what is left). */
  async afterOfficeRemoved(officeId: string): Promise<void> {
    try {
      await this.client.schedule.getHandle(dailyScheduleId(officeId)).delete();
    } catch (err) {
      if (!(err instanceof ScheduleNotFoundError)) this.logger.warn(`digest schedule of removed office ${officeId} not deleted: ${(err as Error).message}`);
    }
  }

  /**
   * Every office's and area's schedule: one listing of the schedules, then a create for each one
   * missing and an update for each one whose zone or workflow differs. Cheap when nothing changed.
   * The listing is eventually consistent: a schedule it does not show yet is met by `upsert`.
   */
  async reconcile(): Promise<{ created: number; updated: number }> {
    const existing = new Map<string, ScheduleSummary>();
    for await (const s of this.client.schedule.list({ pageSize: 1000 })) {
      if (s.scheduleId.startsWith('digest-')) existing.set(s.scheduleId, s);
    }
    const offices: OfficeRow[] = await this.db.query(
      `SELECT id, name, regency_code AS "regencyCode", time_zone AS "timeZone" FROM offices ORDER BY regency_code`,
    );
    const wanted: ScheduleOptions[] = offices.map((o) => this.dailyOptions(o));
    for (const province of [...new Set(offices.map((o) => o.regencyCode.slice(0, 2)))]) wanted.push(await this.weeklyOptions(province));
    if (offices.length > 0) wanted.push(await this.weeklyOptions(null));
    let created = 0;
    let updated = 0;
    for (const options of wanted) {
      const now = existing.get(options.scheduleId);
      if (
        now &&
        now.spec?.timezone === options.spec.timezone &&
        now.action?.workflowType === workflowTypeOf(options) &&
        now.state?.note === options.state?.note &&
        (now.state.paused || !this.config.DIGEST_SCHEDULES_PAUSED)
      ) {
        continue;
      }
      const change = await this.upsert(options);
      if (change === 'created') created++;
      if (change === 'updated') updated++;
    }
    if (created + updated > 0) this.logger.log(`digest schedules reconciled: ${created} created, ${updated} updated`);
    return { created, updated };
  }

  /**
   * Creates the schedule, or updates it when its zone, workflow, input, task queue or note differ (or
   * it runs while DIGEST_SCHEDULES_PAUSED says paused).
   */
  async upsert(options: ScheduleOptions): Promise<ScheduleChange> {
    try {
      await this.client.schedule.create(options);
      return 'created';
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    }
    const handle = this.client.schedule.getHandle(options.scheduleId);
    const paused = this.config.DIGEST_SCHEDULES_PAUSED;
    const now = await handle.describe();
    if (sameSchedule(now, options) && (now.state.paused || !paused)) return 'unchanged';
    await handle.update((previous) => ({
      ...previous,
      spec: options.spec,
      action: options.action,
      policies: options.policies,
      typedSearchAttributes: options.typedSearchAttributes,
      // Paused when the setting says so; otherwise a pause someone chose in the Temporal UI stays.
      state: { ...previous.state, paused: paused || previous.state.paused, note: options.state?.note },
    }));
    return 'updated';
  }

  private async office(id: string): Promise<OfficeRow | undefined> {
    const [office] = await this.db.query(
      `SELECT id, name, regency_code AS "regencyCode", time_zone AS "timeZone" FROM offices WHERE id = $1`,
      [id],
    );
    return office;
  }

  dailyOptions(office: OfficeRow): ScheduleOptions {
    const input: DigestWorkflowInput = { cadence: 'daily', officeId: office.id };
    return {
      scheduleId: dailyScheduleId(office.id),
      spec: {
        calendars: [{ comment: `${DIGEST_HOUR}:00 every day; the run skips the office's days off`, hour: DIGEST_HOUR, minute: 0, dayOfWeek: [...EVERY_DAY] }],
        timezone: office.timeZone,
      },
      action: {
        type: 'startWorkflow',
        workflowType: 'digestWorkflow',
        workflowId: `digest-daily-${office.id}`,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
        workflowExecutionTimeout: '1 day',
        typedSearchAttributes: [{ key: OFFICE_ID, value: office.id }],
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: CATCHUP_WINDOW },
      memo: { office: office.name, regencyCode: office.regencyCode, timeZone: office.timeZone },
      typedSearchAttributes: [{ key: OFFICE_ID, value: office.id }],
      state: {
        paused: this.config.DIGEST_SCHEDULES_PAUSED,
        note: `Ringkasan harian ${office.name}: pukul ${String(DIGEST_HOUR).padStart(2, '0')}.00 ${zoneAbbreviation(office.timeZone)} pada hari kerja kantor (hari libur dilewati)`,
      },
    };
  }

  async weeklyOptions(provinceCode: string | null): Promise<ScheduleOptions> {
    const zone = provinceCode ? zoneOfProvince(provinceCode) : NATIONAL_ZONE;
    let area = 'seluruh Indonesia';
    if (provinceCode) {
      const [p] = await this.db.query(`SELECT name FROM provinces WHERE code = $1`, [provinceCode]);
      area = `Provinsi ${p?.name ?? provinceCode}`;
    }
    const input: DigestWorkflowInput = { cadence: 'weekly', provinceCode };
    return {
      scheduleId: weeklyScheduleId(provinceCode),
      spec: {
        calendars: [{ comment: `Monday ${DIGEST_HOUR}:00`, hour: DIGEST_HOUR, minute: 0, dayOfWeek: ['MONDAY'] }],
        timezone: zone,
      },
      action: {
        type: 'startWorkflow',
        workflowType: 'digestWorkflow',
        workflowId: weeklyScheduleId(provinceCode),
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
        workflowExecutionTimeout: '1 day',
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: CATCHUP_WINDOW },
      memo: { area, provinceCode, timeZone: zone },
      state: { paused: this.config.DIGEST_SCHEDULES_PAUSED, note: `Ringkasan mingguan ${area} untuk pengawas: Senin pukul ${String(DIGEST_HOUR).padStart(2, '0')}.00 ${zoneAbbreviation(zone)}` },
    };
  }
}

function workflowTypeOf(options: ScheduleOptions): string {
  const t = options.action.workflowType;
  return typeof t === 'string' ? t : t.name;
}

/**
 * Whether the stored schedule already is what `options` describe: zone, workflow, input, task queue,
 * and the note (which names the office, the hour and the days, so a change of those shows in it).
 */
function sameSchedule(d: ScheduleDescription, options: ScheduleOptions): boolean {
  return (
    d.spec.timezone === options.spec.timezone &&
    d.action.type === 'startWorkflow' &&
    d.action.workflowType === workflowTypeOf(options) &&
    d.action.taskQueue === options.action.taskQueue &&
    JSON.stringify(d.action.args) === JSON.stringify(options.action.args) &&
    d.state.note === options.state?.note
  );
}
