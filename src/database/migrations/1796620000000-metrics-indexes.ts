import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partial indexes for the domain gauges of /metrics (src/metrics/domain-metrics.ts): each counts
 * the few rows still waiting in a table that keeps every sent, delivered or acknowledged row, so a
 * scrape reads a small index instead of the whole table. Small on disk (only the waiting rows).
 * Never edit once merged: add a new migration.
 */
export class MetricsIndexes1796620000000 implements MigrationInterface {
  name = 'MetricsIndexes1796620000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX notification_emails_failed ON notification_emails (status) WHERE status = 'failed'`);
    await q.query(`CREATE INDEX webhook_deliveries_waiting ON webhook_deliveries (status) WHERE status IN ('pending', 'failed')`);
    await q.query(`CREATE INDEX tour_batches_unacknowledged ON tour_batches (status) WHERE status IN ('received', 'sent')`);
    await q.query(`CREATE INDEX escalations_waiting ON escalations (status) WHERE status IN ('drafted', 'awaiting-reply')`);
    await q.query(`CREATE INDEX outages_not_closed ON outages (status) WHERE status <> 'closed'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const index of ['outages_not_closed', 'escalations_waiting', 'tour_batches_unacknowledged', 'webhook_deliveries_waiting', 'notification_emails_failed']) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }
}
