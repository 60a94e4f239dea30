import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages a person chose to receive "in the digest" (notification_preferences.channel = 'digest')
 * are listed in their next digest; `digest_id` records which one took them, so no message is listed
 * twice and none is forgotten.
 * Never edit once merged: add a new migration.
 */
export class DigestHeldMessages1796600000000 implements MigrationInterface {
  name = 'DigestHeldMessages1796600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN digest_id uuid REFERENCES digests(id) ON DELETE SET NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN digest_id`);
  }
}
