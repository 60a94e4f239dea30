import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login attempts are recorded before they are judged: `pending` marks one still being judged, so
 * that a burst against one account is counted whole, while concurrent logins of different people
 * behind one address do not slow each other down. Never edit once merged: add a new migration.
 */
export class LoginAttemptsInFlight1795550000000 implements MigrationInterface {
  name = 'LoginAttemptsInFlight1795550000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE login_failures ADD COLUMN pending boolean NOT NULL DEFAULT false`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE login_failures DROP COLUMN pending`);
  }
}
