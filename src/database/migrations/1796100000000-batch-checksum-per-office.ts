import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A packet's checksum identifies it within its office: the same bytes uploaded by another office
 * are that office's own batch, and one office's batches reveal nothing to another. Never edit once
 * merged: add a new migration.
 */
export class BatchChecksumPerOffice1796100000000 implements MigrationInterface {
  name = 'BatchChecksumPerOffice1796100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tour_batches DROP CONSTRAINT tour_batches_sha256_key`);
    await q.query(`ALTER TABLE tour_batches ADD CONSTRAINT uq_tour_batches_office_sha256 UNIQUE (office_id, sha256)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tour_batches DROP CONSTRAINT uq_tour_batches_office_sha256`);
    await q.query(`ALTER TABLE tour_batches ADD CONSTRAINT tour_batches_sha256_key UNIQUE (sha256)`);
  }
}
