import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed webhooks: endpoints (the signing secret encrypted, since the server must sign with it), the
 * outbox of events (one row per happening, its id derived from the workflow event), one delivery per
 * event and matching endpoint, and the log of each delivery's attempts.
 * Never edit once merged: add a new migration.
 */
export class Webhooks1796500000000 implements MigrationInterface {
  name = 'Webhooks1796500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid REFERENCES offices(id) ON DELETE CASCADE,
        url text NOT NULL,
        description text NOT NULL DEFAULT '',
        event_types text[] NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        allow_http boolean NOT NULL DEFAULT false,
        allow_private_targets boolean NOT NULL DEFAULT false,
        secret_ciphertext text NOT NULL,
        secret_hint varchar(16) NOT NULL,
        secret_rotated_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_endpoints_office ON webhook_endpoints (office_id)`);
    await q.query(`
      CREATE TABLE webhook_events (
        id uuid PRIMARY KEY,
        type varchar(64) NOT NULL,
        office_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES webhook_events(id) ON DELETE CASCADE,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        task_queue text NOT NULL,
        series int NOT NULL DEFAULT 1,
        started_series int NOT NULL DEFAULT 0,
        status varchar(16) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        last_status_code int,
        last_error text,
        last_attempt_at timestamptz,
        delivered_at timestamptz,
        failed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_id, endpoint_id)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_to_start ON webhook_deliveries (task_queue, created_at) WHERE started_series < series`);
    await q.query(`CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE webhook_attempts (
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
        series int NOT NULL,
        attempt int NOT NULL,
        status_code int,
        error text,
        duration_ms int NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (delivery_id, series, attempt)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_attempts`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_events`);
    await q.query(`DROP TABLE webhook_endpoints`);
  }
}
