import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OPEN_REPAIR_STATUSES } from '../../workflows/repair.messages';
import type { DigestWorkflowInput } from '../../workflows/digest.workflow';
import type { OutageKind } from '../../workflows/outage.messages';
import { zoneAbbreviation, zoneOfProvince } from '../common/time-zones';
import { returnedRows } from '../common/sql';
import { AppConfig } from '../config/app-config';
import { OUTAGE_KIND_ID } from '../outages/outage-labels';
import { OPEN_TOUR } from '../tours/outage-holds';
import { DIGEST_HOUR, NATIONAL_ZONE } from './digest-schedules.service';
import { isWorkingDay, localDateOf, localTimeOf, mondayOf } from './working-days';

/** A repair case "close to its deadline" when the deadline falls within this time from the digest. */
export const CLOSE_TO_DEADLINE_MS = 24 * 3600_000;
/** Items listed per section; the section's count says how many there are in all. */
const LISTED = 10;

export type DigestPlanInput = DigestWorkflowInput & { scheduledAt: string | null };
export interface DigestPlan {
  localDate: string;
  send: boolean;
  reason: string | null;
  /** Triggered by hand (or started outside a schedule): sent whatever the day. */
  byHand: boolean;
}

interface OfficeRow {
  id: string;
  name: string;
  regencyCode: string;
  timeZone: string;
}

interface AreaFigures {
  name: string;
  repairsOpen: number;
  repairsOverdue: number;
  lettersAwaitingApproval: number;
  lettersAwaitingReply: number;
  outagesOpen: number;
  backlog: number;
  stopsThisWeek: number;
}

/**
 * The digests: which day a run is for and whether it is sent, what it holds (read from the read
 * model) and its delivery — one `digests` row per office and day (or area and week) and one inbox
 * message per recipient, both keyed so a retried activity or a second trigger adds nothing. Every
 * inbox row also goes out by e-mail once the e-mail channel of issue 15 (part 3) is merged.
 */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * The local day of the run (the day it was due, in the office's or area's zone) and whether to send.
   * A daily digest due on a day that is not a working day is skipped. One started by hand — triggered
   * in the Temporal UI or with `trigger()`, whose due time is not the schedule's 07:00:00, or started
   * outside a schedule — is sent on any day: whoever asked for it wants it now. A weekly digest is sent
   * on its Monday even when that is a holiday (it is read when work resumes).
   */
  async plan(input: DigestPlanInput): Promise<DigestPlan> {
    let zone = NATIONAL_ZONE;
    if (input.cadence === 'daily') {
      const office = await this.office(input.officeId);
      if (!office) return { localDate: input.localDate ?? localDateOf(new Date(), zone), send: false, reason: 'kantor sudah dihapus', byHand: false };
      zone = office.timeZone;
    } else if (input.provinceCode) {
      zone = zoneOfProvince(input.provinceCode);
    }
    const due = input.scheduledAt ? new Date(input.scheduledAt) : new Date();
    const localDate = input.localDate ?? localDateOf(due, zone);
    const t = localTimeOf(due, zone);
    const bySchedule = input.localDate !== undefined || (input.scheduledAt !== null && t.hour === DIGEST_HOUR && t.minute === 0 && t.second === 0 && t.millisecond === 0);
    if (input.cadence === 'weekly' || !bySchedule) return { localDate, send: true, reason: null, byHand: !bySchedule };
    const day = await isWorkingDay(this.db, input.officeId, localDate);
    return { localDate, send: day.working, reason: day.reason, byHand: false };
  }

  /** Gathers and delivers the digest of `localDate`; the number of new inbox messages. */
  async send(input: DigestWorkflowInput & { localDate: string }): Promise<{ delivered: number }> {
    return input.cadence === 'daily' ? this.sendDaily(input.officeId, input.localDate) : this.sendWeekly(input.provinceCode, input.localDate);
  }

  private async sendDaily(officeId: string, localDate: string): Promise<{ delivered: number }> {
    const office = await this.office(officeId);
    if (!office) return { delivered: 0 };
    const dedupKey = `digest:daily:${officeId}:${localDate}`;
    const { title, body } = await this.dailyText(office, localDate);
    return this.db.transaction(async (m) => {
      const digest = await storeDigest(m, { dedupKey, cadence: 'daily', officeId, provinceCode: null, localDate, title, body });
      // The managers get the office's digest; anyone of the office who chose to receive some kind of
      // message "in the digest" finds those listed in theirs (an operator: a digest of their own).
      const people: Array<{ id: string; role: 'operator' | 'manager' }> = await m.query(
        `SELECT id, role FROM users WHERE office_id = $1 AND active AND role IN ('operator', 'manager') ORDER BY id`,
        [officeId],
      );
      let delivered = 0;
      for (const person of people) {
        const held = await heldFor(m, person.id);
        if (person.role !== 'manager' && held.length === 0) continue;
        const text =
          person.role === 'manager'
            ? { title: digest.title, body: withHeld(digest.body, held, office.timeZone) }
            : {
                title: `Ringkasan pesan Anda ${tanggalPendek(localDate)}: ${held.length} pesan`,
                body: withHeld(`Ringkasan pesan Anda dari ${office.name}, ${hariTanggal(localDate)}.`, held, office.timeZone),
              };
        delivered += await deliverDigest(m, { dedupKey, digestId: digest.id, officeId, userId: person.id, role: person.role, subjectType: 'digest', ...text }, held);
      }
      return { delivered };
    });
  }

  private async sendWeekly(provinceCode: string | null, localDate: string): Promise<{ delivered: number }> {
    const monday = mondayOf(localDate);
    const dedupKey = `digest:weekly:${provinceCode ?? 'national'}:${monday}`;
    const { title, body } = await this.weeklyText(provinceCode, monday);
    const zone = provinceCode ? zoneOfProvince(provinceCode) : NATIONAL_ZONE;
    return this.db.transaction(async (m) => {
      const digest = await storeDigest(m, { dedupKey, cadence: 'weekly', officeId: null, provinceCode, localDate: monday, title, body });
      // The supervisors of exactly this area: a province's for its digest, the national ones for the country's.
      const supervisors: Array<{ id: string }> = await m.query(
        `SELECT id FROM users WHERE role = 'supervisor' AND active AND province_code IS NOT DISTINCT FROM $1::varchar ORDER BY id`,
        [provinceCode],
      );
      let delivered = 0;
      for (const s of supervisors) {
        const held = await heldFor(m, s.id);
        delivered += await deliverDigest(
          m,
          { dedupKey, digestId: digest.id, officeId: null, userId: s.id, role: 'supervisor', subjectType: 'area-digest', title: digest.title, body: withHeld(digest.body, held, zone) },
          held,
        );
      }
      return { delivered };
    });
  }

  /** The daily digest's words: concise title, a body that reads as the text of an e-mail. */
  async dailyText(office: OfficeRow, localDate: string): Promise<{ title: string; body: string }> {
    const zone = office.timeZone;
    const tz = zoneAbbreviation(zone);
    const at = (d: Date) => `${new Intl.DateTimeFormat('id-ID', { timeZone: zone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d)} ${tz}`;
    const now = Date.now();
    const [repairs, approvals, replies, outages, stops] = await Promise.all([
      this.db.query(
        `SELECT c.description, d.serial_number AS serial, sp.name AS place, c.deadline_at AS "deadlineAt"
           FROM repair_cases c JOIN devices d ON d.id = c.device_id JOIN service_points sp ON sp.id = c.service_point_id
          WHERE c.office_id = $1 AND c.status = ANY($2) AND c.deadline_at < now() + ($3::int * interval '1 millisecond')
          ORDER BY c.deadline_at, c.id`,
        [office.id, OPEN_REPAIR_STATUSES, CLOSE_TO_DEADLINE_MS],
      ) as Promise<Array<{ description: string; serial: string; place: string; deadlineAt: Date }>>,
      this.db.query(
        `SELECT subject, updated_at AS since FROM escalations WHERE office_id = $1 AND status = 'drafted' ORDER BY updated_at, id`,
        [office.id],
      ) as Promise<Array<{ subject: string; since: Date }>>,
      this.db.query(
        `SELECT e.subject, l.number, COALESCE(l.dispatched_at, e.updated_at) AS since
           FROM escalations e
           LEFT JOIN LATERAL (SELECT number, dispatched_at FROM escalation_letters x WHERE x.escalation_id = e.id ORDER BY x.round DESC LIMIT 1) l ON true
          WHERE e.office_id = $1 AND e.status = 'awaiting-reply' ORDER BY since, e.id`,
        [office.id],
      ) as Promise<Array<{ subject: string; number: string | null; since: Date }>>,
      this.db.query(
        `SELECT kind, description, status, started_at AS "startedAt", backlog_remaining AS backlog
           FROM outages WHERE office_id = $1 AND (status = 'open' OR (status = 'recovering' AND COALESCE(backlog_remaining, 0) > 0))
          ORDER BY started_at, id`,
        [office.id],
      ) as Promise<Array<{ kind: OutageKind; description: string; status: 'open' | 'recovering'; startedAt: Date; backlog: number | null }>>,
      this.db.query(
        `SELECT t.name AS tour, v.name AS village, s.status
           FROM tour_stops s JOIN tours t ON t.id = s.tour_id JOIN villages v ON v.code = s.village_code
          WHERE s.office_id = $1 AND s.scheduled_date = $2::date AND ${OPEN_TOUR} AND s.status NOT IN ('skipped','cancelled')
          ORDER BY t.name, s.position`,
        [office.id, localDate],
      ) as Promise<Array<{ tour: string; village: string; status: string }>>,
    ]);
    const overdue = repairs.filter((r) => new Date(r.deadlineAt).getTime() < now);
    const soon = repairs.filter((r) => new Date(r.deadlineAt).getTime() >= now);
    const open = outages.filter((o) => o.status === 'open');
    const backlogs = outages.filter((o) => o.status === 'recovering');

    const lines: string[] = [`Ringkasan pagi ${office.name}, ${hariTanggal(localDate)}.`, ''];
    const section = <T>(heading: string, items: T[], line: (item: T) => string) => {
      if (items.length === 0) return;
      lines.push(`${heading} (${items.length}):`);
      for (const item of items.slice(0, LISTED)) lines.push(`- ${line(item)}`);
      if (items.length > LISTED) lines.push(`- dan ${items.length - LISTED} lainnya`);
      lines.push('');
    };
    section('Perbaikan melewati tenggat', overdue, (r) => `${r.description} (${r.serial}, ${r.place}): tenggat ${at(new Date(r.deadlineAt))}, terlambat ${lama(now - new Date(r.deadlineAt).getTime())}`);
    section('Perbaikan mendekati tenggat (24 jam)', soon, (r) => `${r.description} (${r.serial}, ${r.place}): tenggat ${at(new Date(r.deadlineAt))}`);
    section('Surat menunggu persetujuan', approvals, (l) => `${l.subject}: menunggu ${lama(now - new Date(l.since).getTime())}`);
    section('Surat menunggu balasan kementerian', replies, (l) => `${l.subject}${l.number ? ` (${l.number})` : ''}: menunggu ${lama(now - new Date(l.since).getTime())}`);
    section('Gangguan terbuka', open, (o) => `${OUTAGE_KIND_ID[o.kind] ?? o.kind}: ${o.description}, sejak ${at(new Date(o.startedAt))} (${lama(now - new Date(o.startedAt).getTime())})`);
    section('Tunggakan cetak KTP-el', backlogs, (o) => `${OUTAGE_KIND_ID[o.kind] ?? o.kind}: ${o.description}, sisa ${o.backlog ?? 0} kartu`);
    section('Kunjungan hari ini', stops, (s) => `${s.tour}: Desa ${s.village}`);
    const counted = overdue.length + soon.length + approvals.length + replies.length + open.length + backlogs.length + stops.length;
    if (counted === 0) lines.push('Tidak ada perkara yang perlu perhatian hari ini.', '');
    lines.push(this.config.PUBLIC_BASE_URL ? `Buka Beranda: ${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/` : 'Rinciannya ada di Beranda aplikasi.');

    const parts = [
      overdue.length ? `${overdue.length} perbaikan lewat tenggat` : null,
      approvals.length + replies.length ? `${approvals.length + replies.length} surat menunggu` : null,
      open.length ? `${open.length} gangguan` : null,
      stops.length ? `${stops.length} kunjungan` : null,
    ].filter((p): p is string => p !== null);
    const title = `Ringkasan harian ${tanggalPendek(localDate)}: ${parts.length ? parts.join(', ') : 'tidak ada yang mendesak'}`;
    return { title, body: lines.join('\n') };
  }

  /** The weekly digest's words: per regency (an office) of a province, or per province for the country. */
  async weeklyText(provinceCode: string | null, monday: string): Promise<{ title: string; body: string }> {
    const sunday = addDays(monday, 6);
    const rows: Array<AreaFigures & { province: string; provinceName: string }> = await this.db.query(
      `SELECT o.name, left(o.regency_code, 2) AS province, p.name AS "provinceName",
              (SELECT count(*) FROM repair_cases c WHERE c.office_id = o.id AND c.status = ANY($2))::int AS "repairsOpen",
              (SELECT count(*) FROM repair_cases c WHERE c.office_id = o.id AND c.status = ANY($2) AND c.deadline_at < now())::int AS "repairsOverdue",
              (SELECT count(*) FROM escalations e WHERE e.office_id = o.id AND e.status = 'drafted')::int AS "lettersAwaitingApproval",
              (SELECT count(*) FROM escalations e WHERE e.office_id = o.id AND e.status = 'awaiting-reply')::int AS "lettersAwaitingReply",
              (SELECT count(*) FROM outages g WHERE g.office_id = o.id AND g.status = 'open')::int AS "outagesOpen",
              (SELECT COALESCE(sum(g.backlog_remaining), 0) FROM outages g WHERE g.office_id = o.id AND g.status <> 'closed')::int AS backlog,
              (SELECT count(*) FROM tour_stops s JOIN tours t ON t.id = s.tour_id
                WHERE s.office_id = o.id AND s.scheduled_date BETWEEN $3::date AND $4::date AND ${OPEN_TOUR}
                  AND s.status NOT IN ('skipped','cancelled'))::int AS "stopsThisWeek"
         FROM offices o JOIN provinces p ON p.code = left(o.regency_code, 2)
        WHERE $1::varchar IS NULL OR o.regency_code LIKE $1 || '.%'
        ORDER BY o.regency_code`,
      [provinceCode, OPEN_REPAIR_STATUSES, monday, sunday],
    );
    let areaName = 'seluruh Indonesia';
    let units: AreaFigures[] = rows;
    if (provinceCode) {
      const [p] = await this.db.query(`SELECT name FROM provinces WHERE code = $1`, [provinceCode]);
      areaName = `Provinsi ${p?.name ?? provinceCode}`;
    } else {
      const byProvince = new Map<string, AreaFigures>();
      for (const r of rows) {
        const sum = byProvince.get(r.province) ?? { ...ZERO, name: `Provinsi ${r.provinceName}` };
        for (const k of FIGURES) sum[k] += r[k];
        byProvince.set(r.province, sum);
      }
      units = [...byProvince.values()];
    }
    const total = units.reduce((s, u) => { for (const k of FIGURES) s[k] += u[k]; return s; }, { ...ZERO, name: areaName });
    const quiet = units.filter((u) => FIGURES.every((k) => u[k] === 0));
    const busy = units.filter((u) => !quiet.includes(u));
    const lines = [
      `Ringkasan mingguan ${areaName}, ${hariTanggal(monday)} sampai ${hariTanggal(sunday)}.`,
      '',
      `Seluruhnya: ${figuresText(total)}.`,
      '',
    ];
    if (busy.length) {
      lines.push(provinceCode ? 'Per kabupaten/kota:' : 'Per provinsi:');
      for (const u of busy) lines.push(`- ${u.name}: ${figuresText(u)}`);
      lines.push('');
    }
    if (quiet.length) lines.push(`Tanpa perkara terbuka: ${quiet.map((u) => u.name).join(', ')}.`, '');
    lines.push(this.config.PUBLIC_BASE_URL ? `Buka aplikasi: ${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/` : 'Rinciannya ada di halaman pengawasan aplikasi.');
    const urgent = [
      total.repairsOverdue ? `${total.repairsOverdue} perbaikan lewat tenggat` : null,
      total.outagesOpen ? `${total.outagesOpen} gangguan terbuka` : null,
      total.lettersAwaitingReply ? `${total.lettersAwaitingReply} surat menunggu balasan` : null,
    ].filter((p): p is string => p !== null);
    const title = `Ringkasan mingguan ${areaName}: ${urgent.length ? urgent.join(', ') : 'tidak ada yang mendesak'}`;
    return { title, body: lines.join('\n') };
  }

  private async office(id: string): Promise<OfficeRow | undefined> {
    const [office] = await this.db.query(
      `SELECT id, name, regency_code AS "regencyCode", time_zone AS "timeZone" FROM offices WHERE id = $1`,
      [id],
    );
    return office;
  }
}

const FIGURES = ['repairsOpen', 'repairsOverdue', 'lettersAwaitingApproval', 'lettersAwaitingReply', 'outagesOpen', 'backlog', 'stopsThisWeek'] as const;
const ZERO: Omit<AreaFigures, 'name'> = { repairsOpen: 0, repairsOverdue: 0, lettersAwaitingApproval: 0, lettersAwaitingReply: 0, outagesOpen: 0, backlog: 0, stopsThisWeek: 0 };

function figuresText(f: AreaFigures): string {
  return [
    `${f.repairsOpen} perbaikan terbuka (${f.repairsOverdue} lewat tenggat)`,
    `${f.lettersAwaitingApproval} surat menunggu persetujuan`,
    `${f.lettersAwaitingReply} menunggu balasan kementerian`,
    `${f.outagesOpen} gangguan terbuka`,
    `${f.backlog} kartu tertunda cetak`,
    `${f.stopsThisWeek} kunjungan minggu ini`,
  ].join(', ');
}

interface HeldMessage {
  id: string;
  title: string;
  createdAt: Date;
}

/** The messages this person chose to receive in the digest that no digest has listed yet, oldest first. */
async function heldFor(m: EntityManager, userId: string): Promise<HeldMessage[]> {
  return m.query(
    `SELECT n.id, n.title, n.created_at AS "createdAt"
       FROM notifications n
       JOIN notification_preferences p ON p.user_id = n.recipient_user_id AND p.kind = n.kind AND p.channel = 'digest'
      WHERE n.recipient_user_id = $1 AND n.digest_id IS NULL AND n.kind <> 'digest'
      ORDER BY n.created_at, n.id`,
    [userId],
  );
}

/** The digest's text with the person's held messages after it (every one: each was held for this). */
function withHeld(body: string, held: HeldMessage[], zone: string): string {
  if (held.length === 0) return body;
  const tz = zoneAbbreviation(zone);
  const at = (d: Date) => `${new Intl.DateTimeFormat('id-ID', { timeZone: zone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d)} ${tz}`;
  return [body, '', `Pesan yang Anda pilih untuk ringkasan (${held.length}):`, ...held.map((h) => `- ${at(new Date(h.createdAt))}: ${h.title}`)].join('\n');
}

/**
 * One person's inbox message of the digest (keyed per person, as notifyRoleHolders keys them), and
 * their held messages marked as listed by it; a second run the same day finds the key taken and
 * changes nothing, so what arrived meanwhile waits for the next digest.
 */
async function deliverDigest(
  m: EntityManager,
  d: { dedupKey: string; digestId: string; officeId: string | null; userId: string; role: 'operator' | 'manager' | 'supervisor'; subjectType: string; title: string; body: string },
  held: HeldMessage[],
): Promise<number> {
  const rows = returnedRows(
    await m.query(
      `INSERT INTO notifications (dedup_key, office_id, recipient_role, recipient_user_id, kind, subject_type, subject_id, title, body)
       VALUES ($1, $2, $3, $4, 'digest', $5, $6, $7, $8) ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
      [`${d.dedupKey}:${d.userId}`, d.officeId, d.role, d.userId, d.subjectType, d.digestId, d.title, d.body],
    ),
  );
  if (rows.length === 0) return 0;
  if (held.length) await m.query(`UPDATE notifications SET digest_id = $1 WHERE id = ANY($2::uuid[])`, [d.digestId, held.map((h) => h.id)]);
  return 1;
}

/** Stores the digest once; a second call with the same key answers the first one's row. */
async function storeDigest(
  m: EntityManager,
  d: { dedupKey: string; cadence: 'daily' | 'weekly'; officeId: string | null; provinceCode: string | null; localDate: string; title: string; body: string },
): Promise<{ id: string; title: string; body: string }> {
  await m.query(
    `INSERT INTO digests (dedup_key, cadence, office_id, province_code, local_date, title, body)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (dedup_key) DO NOTHING`,
    [d.dedupKey, d.cadence, d.officeId, d.provinceCode, d.localDate, d.title, d.body],
  );
  const [row] = await m.query(`SELECT id, title, body FROM digests WHERE dedup_key = $1`, [d.dedupKey]);
  return row;
}

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "Selasa, 1 Desember 2026" for a YYYY-MM-DD day. */
export function hariTanggal(localDate: string): string {
  const d = new Date(`${localDate}T00:00:00Z`);
  return `${HARI[d.getUTCDay()]}, ${d.getUTCDate()} ${BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "1 Des" for a YYYY-MM-DD day. */
function tanggalPendek(localDate: string): string {
  const d = new Date(`${localDate}T00:00:00Z`);
  return `${d.getUTCDate()} ${BULAN[d.getUTCMonth()].slice(0, 3)}`;
}

function addDays(localDate: string, days: number): string {
  const d = new Date(`${localDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A duration in words: "2 hari 3 jam", "5 jam", "12 menit", "kurang dari 1 menit". */
export function lama(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return hours > 0 ? `${days} hari ${hours} jam` : `${days} hari`;
  if (hours > 0) return `${hours} jam`;
  return minutes > 0 ? `${minutes} menit` : 'kurang dari 1 menit';
}
