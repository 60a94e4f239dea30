import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An office's coverage totals look up, for each counted village, the batches recorded at its stops
 * (UnrecordedResidentsService.coverage): without an index on the stops' village that is a scan of
 * every stop per village, about a second for a regency of 850 villages once tours have made 17,000
 * stops (bench/coverage.bench.ts). Never edit once merged: add a new migration.
 */
export class TourStopsByVillage1796310000000 implements MigrationInterface {
  name = 'TourStopsByVillage1796310000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX idx_tour_stops_village ON tour_stops(village_code)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_tour_stops_village`);
  }
}
