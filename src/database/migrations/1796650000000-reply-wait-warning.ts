import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, part 2: the escalation letter's wait for the ministry's reply can warn the office's
 * managers once, at a share of the wait or a time before its end, like the repair steps do
 * (1796400000000-business-calendar). Existing policies get no warning, so nothing changes for them.
 * Never edit once merged: add a new migration.
 */
export class ReplyWaitWarning1796650000000 implements MigrationInterface {
  name = 'ReplyWaitWarning1796650000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE sla_policies
         ADD COLUMN reply_wait_warn_share double precision
           CONSTRAINT ck_sla_policies_reply_wait_warn_share CHECK (reply_wait_warn_share > 0 AND reply_wait_warn_share < 1),
         ADD COLUMN reply_wait_warn_before_seconds integer
           CONSTRAINT ck_sla_policies_reply_wait_warn_before CHECK (reply_wait_warn_before_seconds > 0)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_policies DROP COLUMN reply_wait_warn_share, DROP COLUMN reply_wait_warn_before_seconds`);
  }
}
