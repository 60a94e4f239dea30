import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a service point is and when it is open, entered by its office: coordinates (both or
 * neither, within Indonesia: src/registry/places.ts) and opening hours per weekday in the office's
 * local time (`[{day, open, close}]`). The address column exists already. All optional: a point
 * without coordinates is ranked as before. Never edit once merged: add a new migration.
 */
export class ServicePointPlaces1796340000000 implements MigrationInterface {
  name = 'ServicePointPlaces1796340000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE service_points
         ADD COLUMN latitude double precision,
         ADD COLUMN longitude double precision,
         ADD COLUMN opening_hours jsonb,
         ADD CONSTRAINT ck_service_points_coordinates_paired CHECK ((latitude IS NULL) = (longitude IS NULL)),
         ADD CONSTRAINT ck_service_points_latitude CHECK (latitude BETWEEN -11.5 AND 6.5),
         ADD CONSTRAINT ck_service_points_longitude CHECK (longitude BETWEEN 94.5 AND 141.5),
         ADD CONSTRAINT ck_service_points_opening_hours CHECK (opening_hours IS NULL OR jsonb_typeof(opening_hours) = 'array')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE service_points
         DROP CONSTRAINT ck_service_points_opening_hours,
         DROP CONSTRAINT ck_service_points_longitude,
         DROP CONSTRAINT ck_service_points_latitude,
         DROP CONSTRAINT ck_service_points_coordinates_paired,
         DROP COLUMN opening_hours,
         DROP COLUMN longitude,
         DROP COLUMN latitude`,
    );
  }
}
