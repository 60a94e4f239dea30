import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outages of a whole system (network, central system, office server, power, card stock) for a whole
 * office or some of its service points, the print backlog they leave and its burn-down with planned
 * overtime days, outages as sources of escalation letters, and the outage steps of the SLA policy.
 * Never edit once merged: add a new migration.
 */
export class Outages1795800000000 implements MigrationInterface {
  name = 'Outages1795800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_policies
      ADD COLUMN outage_escalation_seconds integer NOT NULL DEFAULT 259200,
      ADD COLUMN backlog_stall_seconds integer NOT NULL DEFAULT 172800`);

    await q.query(`CREATE TABLE outages (
      id uuid PRIMARY KEY,
      workflow_id text NOT NULL UNIQUE,
      office_id uuid NOT NULL REFERENCES offices(id),
      kind varchar(16) NOT NULL CHECK (kind IN ('network','central-system','server','server-blocked','power','card-stock')),
      whole_office boolean NOT NULL,
      stops_recording boolean NOT NULL,
      stops_printing boolean NOT NULL,
      description text NOT NULL,
      started_at timestamptz NOT NULL,
      status varchar(16) NOT NULL CHECK (status IN ('open','recovering','closed')),
      resolved_at timestamptz,
      closed_at timestamptz,
      backlog_initial integer CHECK (backlog_initial >= 0),
      backlog_remaining integer CHECK (backlog_remaining >= 0),
      needs_escalation boolean NOT NULL DEFAULT false,
      reminders_sent integer NOT NULL DEFAULT 0,
      reported_by text NOT NULL,
      resolved_by text,
      last_seq integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX idx_outages_office_status ON outages(office_id, status)`);
    await q.query(`CREATE TABLE outage_service_points (
      outage_id uuid NOT NULL REFERENCES outages(id),
      service_point_id uuid NOT NULL REFERENCES service_points(id),
      PRIMARY KEY (outage_id, service_point_id))`);
    await q.query(`CREATE INDEX idx_outage_service_points_sp ON outage_service_points(service_point_id)`);

    // Cards printed per day while the backlog is burned down (a day's count is corrected by sending it again).
    await q.query(`CREATE TABLE outage_print_progress (
      outage_id uuid NOT NULL REFERENCES outages(id),
      day date NOT NULL,
      printed integer NOT NULL CHECK (printed >= 0),
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (outage_id, day))`);
    await q.query(`CREATE TABLE outage_overtime_days (
      outage_id uuid NOT NULL REFERENCES outages(id),
      day date NOT NULL,
      target integer NOT NULL CHECK (target > 0),
      planned_by text NOT NULL,
      planned_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (outage_id, day))`);

    // Since when a service point cannot record, and cannot print (separately; null while it can).
    await q.query(`ALTER TABLE service_points ADD COLUMN record_down_since timestamptz, ADD COLUMN print_down_since timestamptz`);
    await q.query(`UPDATE service_points SET record_down_since = CASE WHEN NOT can_record THEN availability_changed_at END,
                                             print_down_since = CASE WHEN NOT can_print THEN availability_changed_at END`);

    await q.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_source_check`);
    await q.query(`ALTER TABLE escalations ADD CONSTRAINT escalations_source_check CHECK (source IN ('manual','repair-stalled','outage'))`);
    await q.query(`CREATE TABLE escalation_outages (
      escalation_id uuid NOT NULL REFERENCES escalations(id),
      outage_id uuid NOT NULL REFERENCES outages(id),
      PRIMARY KEY (escalation_id, outage_id))`);
    await q.query(`CREATE INDEX idx_escalation_outages_outage ON escalation_outages(outage_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE escalation_outages`);
    await q.query(`DELETE FROM escalations WHERE source = 'outage'`);
    // Since when a service point cannot record, and cannot print (separately; null while it can).
    await q.query(`ALTER TABLE service_points ADD COLUMN record_down_since timestamptz, ADD COLUMN print_down_since timestamptz`);
    await q.query(`UPDATE service_points SET record_down_since = CASE WHEN NOT can_record THEN availability_changed_at END,
                                             print_down_since = CASE WHEN NOT can_print THEN availability_changed_at END`);

    await q.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_source_check`);
    await q.query(`ALTER TABLE escalations ADD CONSTRAINT escalations_source_check CHECK (source IN ('manual','repair-stalled'))`);
    for (const table of ['outage_overtime_days', 'outage_print_progress', 'outage_service_points', 'outages']) await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE service_points DROP COLUMN record_down_since, DROP COLUMN print_down_since`);
    await q.query(`ALTER TABLE sla_policies DROP COLUMN outage_escalation_seconds, DROP COLUMN backlog_stall_seconds`);
  }
}
