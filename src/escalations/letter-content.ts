import type { DataSource, EntityManager } from 'typeorm';
import type { DeviceKind } from '../registry/device.entity';
import { DEVICE_KIND_ID } from '../repairs/repair-labels';
import type { LetterContent } from './letter-pdf';
import { DEFAULT_RECIPIENT } from './letter-text';

/** What a letter's PDF takes beyond the escalation's own text: its number and date, and who signs it. */
export interface LetterIssue {
  number: string;
  /** The letter's date, `YYYY-MM-DD` in the office's calendar. */
  date: string;
  round: number;
  /** The approving manager's username: their name, NIP and position sign the letter. */
  approvedBy: string | null;
  /** When the approver is not (or no longer) a user: the name and NIP the approval carried. */
  signer?: { name: string; nip: string | null };
  draft?: boolean;
}

/** The signature of a draft: the Kepala Dinas's title, no name until a manager approves it. */
export const UNSIGNED = '(belum ditandatangani)';
/** The number of a draft: numbers are allocated only on approval. */
export const UNNUMBERED = '(diberi nomor saat disetujui)';

/**
 * The facts of one escalation's letter (letterhead, text, devices, signer) as the PDF renders them:
 * the same for a numbered letter and for the preview of a draft. Null when the escalation is unknown.
 */
export async function letterContent(db: DataSource | EntityManager, escalationId: string, issue: LetterIssue): Promise<LetterContent | null> {
  const [l] = await db.query(
    `SELECT e.subject, e.recipient, e.body, e.attachments,
            o.name AS office_name, o.address, o.email, o.phone, COALESCE(o.letter_city, r.name) AS city, r.name AS regency_name,
            u.display_name, u.nip, u.position
       FROM escalations e
       JOIN offices o ON o.id = e.office_id
       JOIN regencies r ON r.code = o.regency_code
       LEFT JOIN users u ON u.username = $2
      WHERE e.id = $1`,
    [escalationId, issue.approvedBy],
  );
  if (!l) return null;
  const devices = await db.query(
    `SELECT d.kind, d.serial_number, sp.name AS service_point, dist.name AS district,
            -- Out of service until it was repaired (closed), or to the letter's date.
            GREATEST(0, (LEAST($2::date, COALESCE((c.closed_at AT TIME ZONE o.time_zone)::date, $2::date)) - (c.opened_at AT TIME ZONE o.time_zone)::date))::int AS days,
            CASE WHEN c.status IN ('closed', 'cancelled') AND (c.closed_at AT TIME ZONE o.time_zone)::date <= $2::date THEN c.status END AS ended
       FROM escalation_repair_cases x
       JOIN repair_cases c ON c.id = x.repair_case_id
       JOIN offices o ON o.id = c.office_id
       JOIN devices d ON d.id = c.device_id
       JOIN service_points sp ON sp.id = c.service_point_id
       JOIN districts dist ON dist.code = sp.district_code
      WHERE x.escalation_id = $1 ORDER BY d.serial_number`,
    [escalationId, issue.date],
  );
  const contact = [l.email ? `Surel: ${l.email}` : null, l.phone ? `Telp. ${l.phone}` : null].filter(Boolean).join(' · ');
  return {
    regencyName: l.regency_name,
    officeName: l.office_name,
    officeAddress: l.address,
    officeContact: contact || null,
    city: String(l.city).replace(/^(Kabupaten|Kota) /, ''),
    date: new Date(`${issue.date}T00:00:00Z`),
    number: issue.number,
    sifat: issue.round > 1 ? 'Segera' : 'Penting',
    attachments: l.attachments ?? [],
    subject: l.subject,
    recipient: l.recipient || DEFAULT_RECIPIENT,
    body: l.body,
    devices: devices.map((d: { kind: string; serial_number: string; service_point: string; district: string; days: number; ended: string | null }) => ({
      kind: DEVICE_KIND_ID[d.kind as DeviceKind] ?? d.kind,
      serialNumber: d.serial_number,
      servicePoint: d.service_point,
      district: d.district,
      days: d.days,
      ...(d.ended ? { state: d.ended === 'closed' ? 'sudah diperbaiki' : 'laporan dibatalkan' } : {}),
    })),
    signerTitle: signerTitle(l.regency_name, issue.approvedBy ? l.position : null),
    signerName: (issue.approvedBy ? l.display_name : null) ?? issue.signer?.name ?? UNSIGNED,
    signerNip: (issue.approvedBy ? l.nip : null) ?? issue.signer?.nip ?? null,
    draft: issue.draft,
  };
}

/** Signed by the Kepala Dinas, or on their behalf ("a.n.") by the approving manager in their own position. */
export function signerTitle(regencyName: string, position: string | null): string {
  const head = `Kepala Dinas Kependudukan dan Pencatatan Sipil ${regencyName}`;
  if (!position || /^kepala dinas/i.test(position.trim())) return head;
  return `a.n. ${head}\n${position.trim()}`;
}
