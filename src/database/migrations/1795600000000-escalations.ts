import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalation letters to the ministry: the escalation, its letters (one per round: the first letter,
 * then each "surat susulan"), the per-office yearly letter sequence, letter settings of the office
 * and the escalation steps of the SLA policy. Never edit once merged: add a new migration.
 */
export class Escalations1795600000000 implements MigrationInterface {
  name = 'Escalations1795600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_policies
      ADD COLUMN escalation_threshold_seconds integer NOT NULL DEFAULT 2592000,
      ADD COLUMN approval_reminder_seconds integer NOT NULL DEFAULT 86400,
      ADD COLUMN approval_supervisor_after_seconds integer NOT NULL DEFAULT 259200,
      ADD COLUMN reply_wait_seconds integer NOT NULL DEFAULT 1209600`);

    await q.query(`ALTER TABLE offices
      ADD COLUMN letter_number_pattern text NOT NULL DEFAULT '470/<seq>/Dukcapil/<year>',
      ADD COLUMN letter_city text,
      ADD COLUMN ministry_email text,
      ADD COLUMN ministry_recipient text`);

    // A manager's position (jabatan) decides how a letter is signed: by the Kepala Dinas, or on their behalf (a.n.).
    await q.query(`ALTER TABLE users ADD COLUMN position text`);

    await q.query(`CREATE TABLE escalations (
      id uuid PRIMARY KEY,
      workflow_id text NOT NULL UNIQUE,
      office_id uuid NOT NULL REFERENCES offices(id),
      status varchar(32) NOT NULL,
      source varchar(32) NOT NULL CHECK (source IN ('manual','repair-stalled')),
      round integer NOT NULL DEFAULT 1,
      subject text NOT NULL,
      recipient text NOT NULL,
      body text NOT NULL,
      attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
      drafted_by text NOT NULL,
      -- For letters the system drafted about stalled cases: the case whose workflow starts this one.
      opened_by_case uuid,
      last_comment text,
      reply_received_at timestamptz,
      reply_reference text,
      reply_summary text,
      last_seq integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX idx_escalations_office_status ON escalations(office_id, status)`);

    await q.query(`CREATE TABLE escalation_repair_cases (
      escalation_id uuid NOT NULL REFERENCES escalations(id),
      repair_case_id uuid NOT NULL REFERENCES repair_cases(id),
      PRIMARY KEY (escalation_id, repair_case_id))`);
    await q.query(`CREATE INDEX idx_escalation_cases_case ON escalation_repair_cases(repair_case_id)`);

    // Each approved letter: numbered once, rendered once, sent once.
    await q.query(`CREATE TABLE escalation_letters (
      escalation_id uuid NOT NULL REFERENCES escalations(id),
      round integer NOT NULL,
      office_id uuid NOT NULL REFERENCES offices(id),
      year integer NOT NULL,
      seq integer NOT NULL,
      number text NOT NULL,
      letter_date date NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      approved_by text NOT NULL,
      approved_at timestamptz NOT NULL DEFAULT now(),
      pdf bytea,
      pdf_sha256 varchar(64),
      dispatch_attempts integer NOT NULL DEFAULT 0,
      -- Set by the attempt that is sending: a concurrent or overlapping retry waits instead of sending again.
      dispatch_claimed_at timestamptz,
      dispatched_at timestamptz,
      dispatch_message_id text,
      dispatched_to text,
      PRIMARY KEY (escalation_id, round),
      CONSTRAINT uq_letters_office_year_seq UNIQUE (office_id, year, seq))`);

    await q.query(`CREATE TABLE letter_sequences (
      office_id uuid NOT NULL REFERENCES offices(id),
      year integer NOT NULL,
      last_seq integer NOT NULL,
      PRIMARY KEY (office_id, year))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['letter_sequences', 'escalation_letters', 'escalation_repair_cases', 'escalations']) await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query(`ALTER TABLE users DROP COLUMN position`);
    await q.query(`ALTER TABLE offices DROP COLUMN letter_number_pattern, DROP COLUMN letter_city, DROP COLUMN ministry_email, DROP COLUMN ministry_recipient`);
    await q.query(`ALTER TABLE sla_policies DROP COLUMN escalation_threshold_seconds, DROP COLUMN approval_reminder_seconds,
      DROP COLUMN approval_supervisor_after_seconds, DROP COLUMN reply_wait_seconds`);
  }
}
