import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15's business calendar: an office's working week and hours (no row: Monday–Friday
 * 08:00–16:00), days off decreed nationally (cuti bersama; the public holidays come from
 * date-holidays) and an office's own days off; and per SLA step whether it counts working or
 * elapsed time, and when it warns before its deadline. Existing policies keep elapsed time and no
 * warning, so nothing changes for them. Never edit once merged: add a new migration.
 */
export class BusinessCalendar1796400000000 implements MigrationInterface {
  name = 'BusinessCalendar1796400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE office_working_weeks (
         office_id uuid PRIMARY KEY REFERENCES offices(id) ON DELETE CASCADE,
         working_days smallint[] NOT NULL
           CONSTRAINT ck_office_working_weeks_days CHECK (cardinality(working_days) BETWEEN 1 AND 7 AND working_days <@ '{1,2,3,4,5,6,7}'::smallint[]),
         day_start time NOT NULL,
         day_end time NOT NULL,
         updated_at timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT ck_office_working_weeks_hours CHECK (day_start < day_end)
       )`,
    );
    await q.query(
      `CREATE TABLE national_days_off (
         day date PRIMARY KEY,
         name text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await q.query(
      `CREATE TABLE office_days_off (
         office_id uuid NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
         day date NOT NULL,
         name text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (office_id, day)
       )`,
    );
    const clock = (c: string) =>
      `ADD COLUMN ${c} varchar(8) NOT NULL DEFAULT 'elapsed' CONSTRAINT ck_sla_policies_${c} CHECK (${c} IN ('elapsed','working'))`;
    const warn = (step: string) =>
      `ADD COLUMN ${step}_warn_share double precision CONSTRAINT ck_sla_policies_${step}_warn_share CHECK (${step}_warn_share > 0 AND ${step}_warn_share < 1),
       ADD COLUMN ${step}_warn_before_seconds integer CONSTRAINT ck_sla_policies_${step}_warn_before CHECK (${step}_warn_before_seconds > 0)`;
    await q.query(
      `ALTER TABLE sla_policies
         ${['triage_clock', 'repair_clock', 'verification_clock', 'reminder_clock', 'approval_reminder_clock', 'reply_wait_clock'].map(clock).join(',\n')},
         ${['triage', 'repair', 'verification'].map(warn).join(',\n')}`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE sla_policies
         DROP COLUMN triage_clock, DROP COLUMN repair_clock, DROP COLUMN verification_clock, DROP COLUMN reminder_clock,
         DROP COLUMN approval_reminder_clock, DROP COLUMN reply_wait_clock,
         DROP COLUMN triage_warn_share, DROP COLUMN triage_warn_before_seconds,
         DROP COLUMN repair_warn_share, DROP COLUMN repair_warn_before_seconds,
         DROP COLUMN verification_warn_share, DROP COLUMN verification_warn_before_seconds`,
    );
    await q.query(`DROP TABLE office_days_off`);
    await q.query(`DROP TABLE national_days_off`);
    await q.query(`DROP TABLE office_working_weeks`);
  }
}
