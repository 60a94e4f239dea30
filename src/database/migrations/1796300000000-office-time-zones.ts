import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each office keeps its own time zone (WIB, WITA or WIT), from its province: every day and hour the
 * service derives or prints for it is read in that zone. Existing offices get theirs from their
 * regency code; an admin may change it. Never edit once merged: add a new migration.
 */
export class OfficeTimeZones1796300000000 implements MigrationInterface {
  name = 'OfficeTimeZones1796300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offices ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Jakarta'`);
    await q.query(`ALTER TABLE offices ADD CONSTRAINT offices_time_zone_known CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'))`);
    await q.query(
      `UPDATE offices SET time_zone = CASE
          WHEN left(regency_code, 2) IN ('51','52','53','63','64','65','71','72','73','74','75','76') THEN 'Asia/Makassar'
          WHEN left(regency_code, 1) IN ('8','9') THEN 'Asia/Jayapura'
          ELSE 'Asia/Jakarta' END`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offices DROP COLUMN time_zone`);
  }
}
