import type { EntityManager } from 'typeorm';
import { OPEN_ESCALATION_STATUSES } from '../../workflows/escalation.messages';
import { notifyRoleHolders } from '../notifications/notify-role-holders';

/** What the office's managers read when an escalation has nothing left to chase. */
export const SOLVED_TITLE = 'Masalah dalam surat eskalasi sudah selesai';

/** The key of that message: one per escalation, whoever notices first (the case, the outage or the workflow). */
export const solvedDedupPrefix = (escalationId: string) => `escalation-solved:${escalationId}`;

/** "2 kasus perbaikan sudah selesai dan gangguan sudah pulih", in Bahasa Indonesia. */
export function solvedSummary(cases: number, outages: number): string {
  return [
    cases ? `${cases === 1 ? 'kasus perbaikan' : `${cases} kasus perbaikan`} sudah selesai` : null,
    outages ? `${outages === 1 ? 'gangguan' : `${outages} gangguan`} sudah pulih` : null,
  ]
    .filter(Boolean)
    .join(' dan ');
}

/** Tells the office's managers, once per escalation; returns how many new messages were delivered. */
export async function tellManagersSolved(m: EntityManager, e: { escalationId: string; officeId: string; subject: string; summary: string }): Promise<number> {
  return notifyRoleHolders(m, {
    dedupPrefix: solvedDedupPrefix(e.escalationId),
    officeId: e.officeId,
    role: 'manager',
    kind: 'escalation-solved',
    subjectType: 'escalation',
    subjectId: e.escalationId,
    title: SOLVED_TITLE,
    body:
      `Semua yang dilaporkan dalam surat "${e.subject}" sudah selesai (${e.summary}). Surat susulan tidak akan dibuat lagi. ` +
      `Tarik kembali eskalasi ini bila tidak diperlukan lagi, atau catat tanggapan kementerian bila datang.`,
  });
}

/**
 * Called in the transaction that records a repair case closed (or cancelled) or an outage resolved:
 * every open escalation about it whose cases are now all closed and outages all resolved is marked
 * solved (`solved_at`) and its managers are told at once, so a draft not yet sent can be withdrawn
 * without waiting for the follow-up to fall due. The workflow still decides on its own check before
 * a follow-up; its message has the same key, so nobody is told twice.
 */
export async function noteSolvedEscalations(m: EntityManager, about: { repairCaseId?: string; outageId?: string }): Promise<string[]> {
  const solved: Array<{ id: string; office_id: string; subject: string; cases: number; outages: number }> = await m.query(
    `SELECT e.id, e.office_id, e.subject,
            (SELECT count(*)::int FROM escalation_repair_cases x WHERE x.escalation_id = e.id) AS cases,
            (SELECT count(*)::int FROM escalation_outages x WHERE x.escalation_id = e.id) AS outages
       FROM escalations e
      WHERE e.status = ANY($3) AND e.solved_at IS NULL
        AND (e.id IN (SELECT escalation_id FROM escalation_repair_cases WHERE repair_case_id = $1::uuid)
             OR e.id IN (SELECT escalation_id FROM escalation_outages WHERE outage_id = $2::uuid))
        AND NOT EXISTS (SELECT 1 FROM escalation_repair_cases x JOIN repair_cases c ON c.id = x.repair_case_id
                         WHERE x.escalation_id = e.id AND c.status NOT IN ('closed', 'cancelled'))
        AND NOT EXISTS (SELECT 1 FROM escalation_outages x JOIN outages o ON o.id = x.outage_id
                         WHERE x.escalation_id = e.id AND o.resolved_at IS NULL AND o.status = 'open')`,
    [about.repairCaseId ?? null, about.outageId ?? null, OPEN_ESCALATION_STATUSES],
  );
  for (const e of solved) {
    await m.query(`UPDATE escalations SET solved_at = COALESCE(solved_at, now()) WHERE id = $1`, [e.id]);
    await tellManagersSolved(m, { escalationId: e.id, officeId: e.office_id, subject: e.subject, summary: solvedSummary(e.cases, e.outages) });
  }
  return solved.map((e) => e.id);
}
