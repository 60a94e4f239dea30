import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Village recording tours ("jemput bola"): the per-village counts of residents not yet recorded,
 * tours with their team, stops and notices to the village heads, the offline recording batches and
 * their packets, and the tour steps of the SLA policy. Never edit once merged: add a new migration.
 */
export class Tours1795700000000 implements MigrationInterface {
  name = 'Tours1795700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_policies
      ADD COLUMN tour_notice_lead_seconds integer NOT NULL DEFAULT 259200,
      ADD COLUMN tour_kit_failure_policy varchar(16) NOT NULL DEFAULT 'wait-for-repair'
        CHECK (tour_kit_failure_policy IN ('wait-for-repair','shift-days')),
      ADD COLUMN tour_kit_shift_days integer NOT NULL DEFAULT 7 CHECK (tour_kit_shift_days BETWEEN 1 AND 365)`);

    // Imported per office from CSV; a re-import replaces a village's counts.
    await q.query(`CREATE TABLE unrecorded_residents (
      office_id uuid NOT NULL REFERENCES offices(id),
      village_code varchar(13) NOT NULL REFERENCES villages(code),
      unrecorded integer NOT NULL CHECK (unrecorded >= 0),
      required_total integer CHECK (required_total >= 0),
      imported_by text NOT NULL,
      imported_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (office_id, village_code))`);

    await q.query(`CREATE TABLE tours (
      id uuid PRIMARY KEY,
      workflow_id text NOT NULL UNIQUE,
      office_id uuid NOT NULL REFERENCES offices(id),
      name text NOT NULL,
      status varchar(16) NOT NULL,
      kit_service_point_id uuid NOT NULL REFERENCES service_points(id),
      kit_device_ids uuid[] NOT NULL,
      planned_by text NOT NULL,
      approved_by text,
      last_comment text,
      on_hold boolean NOT NULL DEFAULT false,
      last_seq integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX idx_tours_office_status ON tours(office_id, status)`);

    await q.query(`CREATE TABLE tour_team (
      tour_id uuid NOT NULL REFERENCES tours(id),
      user_id uuid NOT NULL REFERENCES users(id),
      PRIMARY KEY (tour_id, user_id))`);

    // One kit is at one stop a day, across every tour that has not given the day up.
    await q.query(`CREATE TABLE tour_stops (
      id uuid PRIMARY KEY,
      tour_id uuid NOT NULL REFERENCES tours(id),
      office_id uuid NOT NULL REFERENCES offices(id),
      position integer NOT NULL,
      village_code varchar(13) NOT NULL REFERENCES villages(code),
      kit_service_point_id uuid NOT NULL REFERENCES service_points(id),
      scheduled_date date NOT NULL,
      planned_date date NOT NULL,
      expected_residents integer NOT NULL CHECK (expected_residents >= 0),
      contact_name text,
      contact_email text,
      status varchar(16) NOT NULL DEFAULT 'planned',
      notified_for date,
      pending_notice varchar(16),
      checked_in_at timestamptz,
      checked_in_by text,
      finished_at timestamptz,
      skip_reason text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (tour_id, position),
      CONSTRAINT ex_tour_stops_kit_day EXCLUDE USING btree (kit_service_point_id WITH =, scheduled_date WITH =)
        WHERE (status NOT IN ('skipped','cancelled')) DEFERRABLE INITIALLY DEFERRED)`);
    await q.query(`CREATE INDEX idx_tour_stops_tour ON tour_stops(tour_id, position)`);

    // What the village heads were told, once per (stop, kind, date).
    await q.query(`CREATE TABLE tour_notices (
      id bigserial PRIMARY KEY,
      dedup_key text NOT NULL UNIQUE,
      tour_id uuid NOT NULL REFERENCES tours(id),
      stop_id uuid NOT NULL REFERENCES tour_stops(id),
      office_id uuid NOT NULL REFERENCES offices(id),
      kind varchar(16) NOT NULL CHECK (kind IN ('scheduled','rescheduled','postponed','cancelled')),
      for_date date,
      channel varchar(16) NOT NULL CHECK (channel IN ('email','manual')),
      recipient text,
      subject text NOT NULL,
      body text NOT NULL,
      message_id text,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX idx_tour_notices_stop ON tour_notices(stop_id)`);
    await q.query(`CREATE INDEX idx_tour_notices_tour ON tour_notices(tour_id, id)`);

    // An offline recording batch: the packet's checksum is its identity here and at the centre.
    await q.query(`CREATE TABLE tour_batches (
      id uuid PRIMARY KEY,
      tour_id uuid NOT NULL REFERENCES tours(id),
      stop_id uuid NOT NULL REFERENCES tour_stops(id),
      office_id uuid NOT NULL REFERENCES offices(id),
      sha256 char(64) NOT NULL UNIQUE,
      size_bytes integer NOT NULL,
      filename text,
      residents_count integer NOT NULL CHECK (residents_count >= 0),
      device_serial text NOT NULL,
      captured_at timestamptz NOT NULL,
      status varchar(16) NOT NULL DEFAULT 'received' CHECK (status IN ('received','sent','acknowledged','rejected')),
      attempts integer NOT NULL DEFAULT 0,
      last_attempt_at timestamptz,
      last_error text,
      acknowledged_at timestamptz,
      central_receipt text,
      rejected_reason text,
      rerecord boolean NOT NULL DEFAULT false,
      rerecord_stop_id uuid REFERENCES tour_stops(id),
      uploaded_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX idx_tour_batches_stop ON tour_batches(stop_id)`);
    await q.query(`CREATE INDEX idx_tour_batches_tour ON tour_batches(tour_id)`);
    await q.query(`CREATE TABLE tour_batch_packets (
      batch_id uuid PRIMARY KEY REFERENCES tour_batches(id),
      content bytea NOT NULL)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['tour_batch_packets', 'tour_batches', 'tour_notices', 'tour_stops', 'tour_team', 'tours', 'unrecorded_residents']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE sla_policies DROP COLUMN tour_notice_lead_seconds, DROP COLUMN tour_kit_failure_policy, DROP COLUMN tour_kit_shift_days`);
  }
}
