import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Digests: one row per digest sent (an office's day, or an area's week), the subject its inbox
 * messages point to. `dedup_key` makes a retried or re-triggered digest the same row. A weekly
 * digest of a province or of the whole country belongs to no single office, so a notification's
 * office may now be empty — for digests only.
 * Never edit once merged: add a new migration.
 */
export class Digests1796550000000 implements MigrationInterface {
  name = 'Digests1796550000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE digests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      dedup_key text NOT NULL UNIQUE,
      cadence varchar(8) NOT NULL CHECK (cadence IN ('daily','weekly')),
      office_id uuid REFERENCES offices(id) ON DELETE CASCADE,
      -- The weekly digest's area: a province code, or NULL for the whole country.
      province_code varchar(2) REFERENCES provinces(code),
      local_date date NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ck_digests_scope CHECK ((cadence = 'daily') = (office_id IS NOT NULL)))`);
    await q.query(`CREATE INDEX idx_digests_office ON digests(office_id, local_date)`);
    await q.query(`ALTER TABLE notifications ALTER COLUMN office_id DROP NOT NULL`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT ck_notifications_office CHECK (office_id IS NOT NULL OR kind = 'digest')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE office_id IS NULL`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT ck_notifications_office`);
    await q.query(`ALTER TABLE notifications ALTER COLUMN office_id SET NOT NULL`);
    await q.query(`DROP TABLE digests`);
  }
}
