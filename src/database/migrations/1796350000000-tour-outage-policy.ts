import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an open outage that stops recording does to the office's tours whose kit it covers: `hold`
 * (default: the stops wait, check-in and uploads are refused) or `proceed-offline` (the kits record
 * offline; batches wait for the centre). Never edit once merged: add a new migration.
 */
export class TourOutagePolicy1796350000000 implements MigrationInterface {
  name = 'TourOutagePolicy1796350000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE sla_policies
         ADD COLUMN tour_outage_policy varchar(16) NOT NULL DEFAULT 'hold'
           CONSTRAINT ck_sla_policies_tour_outage_policy CHECK (tour_outage_policy IN ('hold','proceed-offline'))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_policies DROP COLUMN tour_outage_policy`);
  }
}
