import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters stop when the problem is solved: when the escalation found every repair case and outage it
 * is about closed or resolved (no further follow-up is drafted), and a manager's reason for withdrawing
 * one before a reply (status `withdrawn`; escalations.status has no CHECK, so that needs no change).
 * Never edit once merged: add a new migration.
 */
export class EscalationsSolvedWithdrawn1796360000000 implements MigrationInterface {
  name = 'EscalationsSolvedWithdrawn1796360000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE escalations ADD COLUMN solved_at timestamptz, ADD COLUMN withdrawal_reason text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE escalations DROP COLUMN withdrawal_reason, DROP COLUMN solved_at`);
  }
}
