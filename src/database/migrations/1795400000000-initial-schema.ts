import { MigrationInterface, QueryRunner } from 'typeorm';

/** Regions, registry, repair cases, timeline and inbox. Never edit once merged: add a new migration. */
export class InitialSchema1795400000000 implements MigrationInterface {
  name = 'InitialSchema1795400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE provinces (code varchar(2) PRIMARY KEY, name text NOT NULL)`);
    await q.query(`CREATE TABLE regencies (
      code varchar(5) PRIMARY KEY,
      province_code varchar(2) NOT NULL REFERENCES provinces(code),
      name text NOT NULL)`);
    await q.query(`CREATE INDEX idx_regencies_province ON regencies(province_code)`);
    await q.query(`CREATE TABLE districts (
      code varchar(8) PRIMARY KEY,
      regency_code varchar(5) NOT NULL REFERENCES regencies(code),
      name text NOT NULL)`);
    await q.query(`CREATE INDEX idx_districts_regency ON districts(regency_code)`);
    await q.query(`CREATE TABLE villages (
      code varchar(13) PRIMARY KEY,
      district_code varchar(8) NOT NULL REFERENCES districts(code),
      name text NOT NULL)`);
    await q.query(`CREATE INDEX idx_villages_district ON villages(district_code)`);

    await q.query(`CREATE TABLE offices (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      regency_code varchar(5) NOT NULL UNIQUE REFERENCES regencies(code),
      name text NOT NULL,
      address text,
      email text,
      phone text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);

    await q.query(`CREATE TABLE sla_policies (
      office_id uuid PRIMARY KEY REFERENCES offices(id) ON DELETE CASCADE,
      triage_seconds integer NOT NULL CHECK (triage_seconds > 0),
      repair_seconds integer NOT NULL CHECK (repair_seconds > 0),
      verification_seconds integer NOT NULL CHECK (verification_seconds > 0),
      reminder_interval_seconds integer NOT NULL CHECK (reminder_interval_seconds > 0),
      updated_at timestamptz NOT NULL DEFAULT now())`);

    await q.query(`CREATE TABLE service_points (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      office_id uuid NOT NULL REFERENCES offices(id),
      district_code varchar(8) NOT NULL REFERENCES districts(code),
      kind varchar(32) NOT NULL CHECK (kind IN ('office-hq','kecamatan-office','mpp-desk','mobile-unit')),
      name text NOT NULL,
      address text,
      can_record boolean NOT NULL DEFAULT false,
      can_print boolean NOT NULL DEFAULT false,
      availability_changed_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_service_points_office_name UNIQUE (office_id, name))`);
    await q.query(`CREATE INDEX idx_service_points_office ON service_points(office_id)`);
    await q.query(`CREATE INDEX idx_service_points_district ON service_points(district_code)`);

    await q.query(`CREATE TABLE devices (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      office_id uuid NOT NULL REFERENCES offices(id),
      service_point_id uuid NOT NULL REFERENCES service_points(id),
      kind varchar(32) NOT NULL CHECK (kind IN ('pc','fingerprint-scanner','iris-scanner','camera','signature-pad','card-reader','card-printer')),
      serial_number text NOT NULL UNIQUE,
      owner varchar(16) NOT NULL CHECK (owner IN ('central','regional')),
      status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active','broken','in-repair','retired')),
      model text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX idx_devices_office ON devices(office_id)`);
    await q.query(`CREATE INDEX idx_devices_service_point ON devices(service_point_id)`);

    await q.query(`CREATE TABLE repair_cases (
      id uuid PRIMARY KEY,
      workflow_id text NOT NULL UNIQUE,
      office_id uuid NOT NULL REFERENCES offices(id),
      device_id uuid NOT NULL REFERENCES devices(id),
      service_point_id uuid NOT NULL REFERENCES service_points(id),
      description text NOT NULL,
      status varchar(32) NOT NULL,
      last_seq integer NOT NULL DEFAULT 0,
      deadline_at timestamptz,
      reminders_sent integer NOT NULL DEFAULT 0,
      reported_by text NOT NULL,
      assessment text,
      repair_channel text,
      opened_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz)`);
    await q.query(`CREATE INDEX idx_repair_cases_office_status ON repair_cases(office_id, status)`);
    await q.query(`CREATE INDEX idx_repair_cases_status ON repair_cases(status)`);
    // One open case per device, enforced by the database so that concurrent requests cannot race.
    await q.query(`CREATE UNIQUE INDEX uq_repair_cases_open_device ON repair_cases(device_id)
      WHERE status NOT IN ('closed','cancelled')`);

    await q.query(`CREATE TABLE timeline_entries (
      id bigserial PRIMARY KEY,
      workflow_id text NOT NULL,
      seq integer NOT NULL,
      subject_type varchar(32) NOT NULL,
      subject_id uuid NOT NULL,
      office_id uuid NOT NULL,
      event varchar(64) NOT NULL,
      from_status varchar(32),
      to_status varchar(32),
      actor text NOT NULL,
      note text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_timeline_workflow_seq UNIQUE (workflow_id, seq))`);
    await q.query(`CREATE INDEX idx_timeline_subject ON timeline_entries(subject_id, seq)`);

    await q.query(`CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      dedup_key text NOT NULL UNIQUE,
      office_id uuid NOT NULL REFERENCES offices(id),
      recipient_role varchar(16) NOT NULL CHECK (recipient_role IN ('operator','manager')),
      kind varchar(32) NOT NULL,
      subject_type varchar(32) NOT NULL,
      subject_id uuid NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz)`);
    await q.query(`CREATE INDEX idx_notifications_inbox ON notifications(office_id, recipient_role, created_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'notifications',
      'timeline_entries',
      'repair_cases',
      'devices',
      'service_points',
      'sla_policies',
      'offices',
      'villages',
      'districts',
      'regencies',
      'provinces',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
