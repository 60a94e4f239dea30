import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The region import's last checksum (the idn-area-data files and the importer's version): an API start
 * skips the import when the data has not changed. One row; written in the import's own transaction.
 * Never edit once merged: add a new migration.
 */
export class RegionImports1796700000000 implements MigrationInterface {
  name = 'RegionImports1796700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region_imports (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        checksum text NOT NULL,
        provinces integer NOT NULL,
        regencies integer NOT NULL,
        districts integer NOT NULL,
        villages integer NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE region_imports`);
  }
}
