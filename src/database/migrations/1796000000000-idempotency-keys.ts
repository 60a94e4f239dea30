import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys (the caller's X-Request-Id on a write): which action a key was first used for,
 * whether that action committed, and its answer, so a retry gets the first answer and a key reused
 * for another action is refused. Never edit once merged: add a new migration.
 */
export class IdempotencyKeys1796000000000 implements MigrationInterface {
  name = 'IdempotencyKeys1796000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE idempotency_keys (
      key text PRIMARY KEY,
      -- sha256 of actor, method, path and body: the action the key stands for.
      fingerprint char(64) NOT NULL,
      -- pending: being carried out; committed: its database change committed; done: answered.
      state varchar(16) NOT NULL CHECK (state IN ('pending','committed','done')),
      status_code integer,
      response jsonb,
      target_id text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX idx_idempotency_keys_created ON idempotency_keys(created_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS idempotency_keys`);
  }
}
