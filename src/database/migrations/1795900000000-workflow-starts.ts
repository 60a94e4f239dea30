import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox of workflow starts: a create stores its rows and the start of their workflow in one
 * transaction, so a process that dies before the start leaves a row the worker's sweeper finishes
 * (or gives back) instead of an object without its workflow. Never edit once merged: add a new migration.
 */
export class WorkflowStarts1795900000000 implements MigrationInterface {
  name = 'WorkflowStarts1795900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE workflow_starts (
      workflow_id text PRIMARY KEY,
      workflow_type text NOT NULL,
      task_queue text NOT NULL,
      args jsonb NOT NULL,
      search_attributes jsonb NOT NULL DEFAULT '[]',
      subject_kind varchar(16) NOT NULL CHECK (subject_kind IN ('repair','tour','outage','escalation')),
      subject_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      next_attempt_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX idx_workflow_starts_due ON workflow_starts(task_queue, next_attempt_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE workflow_starts`);
  }
}
