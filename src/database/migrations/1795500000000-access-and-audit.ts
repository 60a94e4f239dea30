import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users, sessions, API keys, login throttling, the append-only audit trail and notifications
 * addressed to persons. Never edit once merged: add a new migration.
 */
export class AccessAndAudit1795500000000 implements MigrationInterface {
  name = 'AccessAndAudit1795500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username varchar(64) NOT NULL UNIQUE CHECK (username = lower(username)),
      display_name text NOT NULL,
      role varchar(16) NOT NULL CHECK (role IN ('operator','manager','supervisor','admin')),
      office_id uuid REFERENCES offices(id),
      province_code varchar(2) REFERENCES provinces(code),
      nip varchar(18),
      password_hash text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      -- Operators and managers belong to exactly one office; supervisors and admins to none.
      CONSTRAINT ck_users_office CHECK ((role IN ('operator','manager')) = (office_id IS NOT NULL)),
      CONSTRAINT ck_users_province CHECK (province_code IS NULL OR role = 'supervisor'))`);
    await q.query(`CREATE INDEX idx_users_office_role ON users(office_id, role) WHERE active`);

    await q.query(`CREATE TABLE auth_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      token_hash varchar(64) NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      client_ip text,
      user_agent text)`);
    await q.query(`CREATE INDEX idx_auth_tokens_user ON auth_tokens(user_id) WHERE revoked_at IS NULL`);

    await q.query(`CREATE TABLE api_keys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      prefix varchar(24) NOT NULL UNIQUE,
      key_hash varchar(64) NOT NULL UNIQUE,
      office_id uuid NOT NULL REFERENCES offices(id),
      role varchar(16) NOT NULL CHECK (role IN ('operator','manager','supervisor')),
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz)`);

    await q.query(`CREATE TABLE login_failures (
      id bigserial PRIMARY KEY,
      username varchar(64) NOT NULL,
      client_ip text NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX idx_login_failures_username ON login_failures(username, occurred_at)`);
    await q.query(`CREATE INDEX idx_login_failures_ip ON login_failures(client_ip, occurred_at)`);

    await q.query(`CREATE TABLE audit_entries (
      id bigserial PRIMARY KEY,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      actor_kind varchar(16) NOT NULL CHECK (actor_kind IN ('user','api-key','system','anonymous')),
      actor_id uuid,
      office_id uuid,
      action varchar(64) NOT NULL,
      target_type varchar(32) NOT NULL,
      target_id text,
      summary jsonb NOT NULL DEFAULT '{}'::jsonb,
      request_id text,
      client_ip text,
      -- Workflow-originated entries carry workflow id and event seq, so a retried activity appends once.
      dedup_key text UNIQUE)`);
    await q.query(`CREATE INDEX idx_audit_office_time ON audit_entries(office_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX idx_audit_target ON audit_entries(target_type, target_id)`);
    await q.query(`CREATE INDEX idx_audit_actor ON audit_entries(actor, occurred_at DESC)`);
    // Append-only, enforced by the database whoever connects: no UPDATE, DELETE or TRUNCATE.
    await q.query(`CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER trg_audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
    await q.query(`CREATE TRIGGER trg_audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM PUBLIC`);

    // Reminders now reach persons: one row per recipient, each with its own read state.
    await q.query(`ALTER TABLE notifications ADD COLUMN recipient_user_id uuid REFERENCES users(id)`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_recipient_role_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT ck_notifications_role
      CHECK (recipient_role IN ('operator','manager','supervisor','admin'))`);
    await q.query(`CREATE INDEX idx_notifications_recipient ON notifications(recipient_user_id, created_at DESC)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS idx_notifications_recipient`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS ck_notifications_role`);
    await q.query(`ALTER TABLE notifications DROP COLUMN IF EXISTS recipient_user_id`);
    await q.query(`DROP TABLE IF EXISTS audit_entries`);
    await q.query(`DROP FUNCTION IF EXISTS audit_entries_append_only()`);
    for (const table of ['login_failures', 'api_keys', 'auth_tokens', 'users']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
