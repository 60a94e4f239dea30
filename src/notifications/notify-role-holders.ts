import { EntityManager } from 'typeorm';
import { returnedRows } from '../common/sql';

export interface RoleMessage {
  /** Made unique per person by appending the user id; the same prefix again delivers nothing twice. */
  dedupPrefix: string;
  officeId: string;
  role: 'operator' | 'manager' | 'supervisor';
  kind: string;
  subjectType: string;
  subjectId: string;
  title: string;
  body: string;
}

/**
 * Puts a message in the inbox of every active person holding the role for the office: its operators
 * or managers, or the supervisors whose province (or the whole country) covers it. Returns how many
 * new messages were delivered.
 */
export async function notifyRoleHolders(m: EntityManager, msg: RoleMessage): Promise<number> {
  const holders =
    msg.role === 'supervisor'
      ? `SELECT u.id FROM users u, offices o WHERE o.id = $2::uuid AND u.role = 'supervisor' AND u.active
           AND (u.province_code IS NULL OR o.regency_code LIKE u.province_code || '.%')`
      : `SELECT u.id FROM users u WHERE u.office_id = $2::uuid AND u.role = $3::varchar AND u.active`;
  const rows = await m.query(
    `INSERT INTO notifications (dedup_key, office_id, recipient_role, recipient_user_id, kind, subject_type, subject_id, title, body)
     SELECT $1::text || ':' || x.id::text, $2::uuid, $3::varchar, x.id, $4::varchar, $5::varchar, $6::uuid, $7::text, $8::text
       FROM (${holders}) x
     ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
    [msg.dedupPrefix, msg.officeId, msg.role, msg.kind, msg.subjectType, msg.subjectId, msg.title, msg.body],
  );
  return returnedRows(rows).length;
}
