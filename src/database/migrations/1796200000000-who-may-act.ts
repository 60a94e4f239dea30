import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the API needs to tell a person which actions they may take now, kept by the read-model
 * activities from the events they already receive: who marked a case repaired (someone else must
 * verify it) and who drafted or edited an escalation's current letter (none of them may decide on
 * it). Existing rows are filled from their timelines. Never edit once merged: add a new migration.
 */
export class WhoMayAct1796200000000 implements MigrationInterface {
  name = 'WhoMayAct1796200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE repair_cases ADD COLUMN repaired_by text`);
    // The latest marking: a case that failed verification and was repaired again has a new repairer.
    await q.query(
      `UPDATE repair_cases rc
          SET repaired_by = (SELECT t.actor FROM timeline_entries t
                              WHERE t.workflow_id = rc.workflow_id AND t.to_status = 'repaired' AND t.from_status IS DISTINCT FROM 'repaired'
                              ORDER BY t.seq DESC LIMIT 1)`,
    );
    await q.query(`ALTER TABLE escalations ADD COLUMN drafters jsonb NOT NULL DEFAULT '[]'::jsonb`);
    // The current round's drafters: who drafted it (the system for a follow-up) and everyone who edited it since.
    await q.query(
      `UPDATE escalations e
          SET drafters = (SELECT COALESCE(jsonb_agg(DISTINCT d.actor), '[]'::jsonb) FROM (
                            SELECT CASE WHEN e.round = 1 THEN e.drafted_by ELSE 'system' END AS actor
                            UNION
                            SELECT t.actor FROM timeline_entries t
                             WHERE t.workflow_id = e.workflow_id AND t.event = 'edited' AND (t.details->>'round')::int = e.round
                          ) d)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE escalations DROP COLUMN drafters`);
    await q.query(`ALTER TABLE repair_cases DROP COLUMN repaired_by`);
  }
}
