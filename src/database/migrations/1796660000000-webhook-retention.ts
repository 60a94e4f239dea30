import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook events (with their deliveries and attempts) are kept WEBHOOK_RETENTION_DAYS, then the
 * worker removes those no delivery of which is still under way: the index finds the old ones.
 * Never edit once merged: add a new migration.
 */
export class WebhookRetention1796660000000 implements MigrationInterface {
  name = 'WebhookRetention1796660000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX webhook_events_created ON webhook_events (created_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX webhook_events_created`);
  }
}
