import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../auth/principal';
import { auditedTransaction } from '../audit/audited-transaction';
import { CsvImportError, CsvLineError, csvProblems, readCsv } from '../common/csv-import';
import { ConflictError, NotFoundError } from '../common/domain-errors';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../common/pg-errors';
import { noteAuditOffice } from '../common/request-context';
import { LATITUDE_RANGE, LONGITUDE_RANGE, normalizeOpeningHours, parseOpeningHoursText, type OpeningHoursEntry } from './places';
import { SERVICE_POINT_KINDS, type ServicePointKind } from './service-point.entity';

/** More than any office registers (a regency has at most a few dozen kecamatan). */
const MAX_ROWS = 2_000;

type Column = 'name' | 'kind' | 'district_code' | 'address' | 'latitude' | 'longitude' | 'opening_hours';

/** Header names, in English or Indonesian, case-insensitive. */
const COLUMNS = new Map<string, Column>([
  ['name', 'name'],
  ['nama', 'name'],
  ['kind', 'kind'],
  ['jenis', 'kind'],
  ['district_code', 'district_code'],
  ['kode_kecamatan', 'district_code'],
  ['address', 'address'],
  ['alamat', 'address'],
  ['latitude', 'latitude'],
  ['lintang', 'latitude'],
  ['longitude', 'longitude'],
  ['bujur', 'longitude'],
  ['opening_hours', 'opening_hours'],
  ['jam_buka', 'opening_hours'],
]);

const DISTRICT_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
/** Decimal degrees as a registry writes them: `-0.0745`, `111.4969`. */
const DEGREES = /^-?\d{1,3}(\.\d{1,12})?$/;

/** What a row sets: a field it has no column for is left as it is (undefined); an empty cell clears it (null). */
interface RowValues {
  line: number;
  name: string;
  kind?: ServicePointKind;
  districtCode?: string;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  openingHours?: OpeningHoursEntry[] | null;
}

interface Stored {
  id: string;
  name: string;
  kind: string;
  district_code: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  opening_hours: OpeningHoursEntry[] | null;
}

export type ImportResult = 'created' | 'updated' | 'unchanged';

/**
 * An office's service points from a registry as CSV: `name,kind,district_code[,address,latitude,
 * longitude,opening_hours]` (or `nama,jenis,kode_kecamatan,alamat,lintang,bujur,jam_buka`). A row
 * creates the point of that name or updates it; only the columns the file has are set, an empty
 * cell clears an optional one. Every row is checked first (line and column named) and nothing is
 * imported from a file with an error. The same file again changes nothing and creates no duplicate.
 */
@Injectable()
export class ServicePointsImportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async import(officeId: string, csv: unknown, p: Principal) {
    const [office] = await this.db.query(`SELECT id, regency_code FROM offices WHERE id = $1`, [officeId]);
    if (!office || !p.write.allows(officeId)) throw new NotFoundError('Office', officeId);
    noteAuditOffice(officeId);
    const [head, ...rows] = readCsv(csv);
    const columns = this.header(head.cells);
    if (rows.length === 0) throw new CsvImportError('The CSV has no rows', [{ line: head.line + 1, field: 'body', message: 'no rows after the header' }]);
    if (rows.length > MAX_ROWS) throw new CsvImportError(`At most ${MAX_ROWS} rows per import`, [{ line: rows[MAX_ROWS].line, field: 'body', message: 'too many rows' }]);

    const errors: CsvLineError[] = [];
    const parsed = rows.map((r) => this.row(r.line, r.cells, columns, errors));
    const seen = new Map<string, number>();
    for (const r of parsed) {
      const earlier = seen.get(r.name);
      if (earlier !== undefined) errors.push({ line: r.line, column: columns.get('name')!, field: 'name', message: `"${r.name}" is already on line ${earlier}` });
      else if (r.name) seen.set(r.name, r.line);
    }
    const districts = [...new Set(parsed.map((r) => r.districtCode).filter((d): d is string => !!d))];
    const known = new Map<string, string>(
      (await this.db.query(`SELECT code, regency_code FROM districts WHERE code = ANY($1::varchar[])`, [districts])).map((d: { code: string; regency_code: string }) => [
        d.code,
        d.regency_code,
      ]),
    );
    for (const r of parsed) {
      if (!r.districtCode) continue;
      const regency = known.get(r.districtCode);
      const at = { line: r.line, column: columns.get('district_code'), field: 'district_code' };
      if (regency === undefined) errors.push({ ...at, message: `${r.districtCode} is not a known district code` });
      else if (regency !== office.regency_code) errors.push({ ...at, message: `district ${r.districtCode} is not in the office's regency ${office.regency_code}` });
    }

    // One import of an office at a time: a retry racing the first sees its rows, not a unique violation.
    const outcome = await auditedTransaction(this.db, async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('service-points-import:' || $1::text))`, [officeId]);
      const stored = new Map<string, Stored>(
        (
          await m.query(
            `SELECT id, name, kind, district_code, address, latitude, longitude, opening_hours FROM service_points WHERE office_id = $1 AND name = ANY($2::text[])`,
            [officeId, parsed.map((r) => r.name)],
          )
        ).map((s: Stored) => [s.name, s]),
      );
      for (const r of parsed) {
        if (stored.has(r.name) || !r.name) continue;
        for (const field of ['kind', 'district_code'] as const) {
          if (!columns.has(field)) errors.push({ line: r.line, field, message: `"${r.name}" is not registered yet: a new service point needs a ${field} column` });
        }
      }
      if (errors.length > 0) throw csvProblems(errors);
      const lines: Array<{ line: number; id: string; name: string; result: ImportResult }> = [];
      for (const r of parsed) lines.push({ line: r.line, name: r.name, ...(await this.write(m, officeId, r, stored.get(r.name))) });
      return { officeId, lines };
    }).catch((err) => {
      // A point of the same name registered by hand (POST /service-points) between the read and the write.
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw new ConflictError('service_point_exists', 'A service point of a name in the file was registered meanwhile; import again');
      throw err;
    });
    const count = (result: ImportResult) => outcome.lines.filter((l) => l.result === result).length;
    return { officeId, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), servicePoints: outcome.lines };
  }

  /** Which column holds what (1-based); refuses unknown, repeated and missing columns. */
  private header(cells: string[]): Map<Column, number> {
    const columns = new Map<Column, number>();
    const errors: CsvLineError[] = [];
    cells.forEach((cell, i) => {
      const column = COLUMNS.get(cell.toLowerCase());
      if (!column) errors.push({ line: 1, column: i + 1, field: 'header', message: `unknown column "${cell}"; the columns are ${[...new Set(COLUMNS.values())].join(', ')}` });
      else if (columns.has(column)) errors.push({ line: 1, column: i + 1, field: 'header', message: `column ${column} is named twice` });
      else columns.set(column, i + 1);
    });
    if (!columns.has('name')) errors.push({ line: 1, field: 'header', message: 'the header must name a name (or nama) column' });
    if (columns.has('latitude') !== columns.has('longitude')) {
      errors.push({ line: 1, field: 'header', message: 'latitude and longitude (lintang and bujur) come together: name both columns or neither' });
    }
    if (errors.length > 0) throw csvProblems(errors);
    return columns;
  }

  /** One row's values, its problems added to `errors` (named by line and column). */
  private row(line: number, cells: string[], columns: Map<Column, number>, errors: CsvLineError[]): RowValues {
    const cell = (c: Column): string | undefined => (columns.has(c) ? cells[columns.get(c)! - 1] : undefined);
    const fail = (field: Column, message: string) => errors.push({ line, column: columns.get(field), field, message });
    const values: RowValues = { line, name: cell('name') ?? '' };
    if (values.name.length < 3 || values.name.length > 200) fail('name', 'name must be 3 to 200 characters');

    const kind = cell('kind');
    if (kind !== undefined) {
      if ((SERVICE_POINT_KINDS as readonly string[]).includes(kind)) values.kind = kind as ServicePointKind;
      else fail('kind', `kind must be one of ${SERVICE_POINT_KINDS.join(', ')}, not "${kind}"`);
    }
    const district = cell('district_code');
    if (district !== undefined) {
      if (DISTRICT_CODE.test(district)) values.districtCode = district;
      else fail('district_code', `district_code must be a district code such as 61.05.09, not "${district}"`);
    }
    const address = cell('address');
    if (address !== undefined) {
      if (address.length > 500) fail('address', 'address must be at most 500 characters');
      else values.address = address || null;
    }
    if (columns.has('latitude')) {
      const lat = this.degrees(cell('latitude')!, 'latitude', LATITUDE_RANGE, fail);
      const lon = this.degrees(cell('longitude')!, 'longitude', LONGITUDE_RANGE, fail);
      if ((lat === null) !== (lon === null) && lat !== undefined && lon !== undefined) {
        const missing = lat === null ? 'latitude' : 'longitude';
        fail(missing, `${missing} is required with ${missing === 'latitude' ? 'longitude' : 'latitude'}: both coordinates or neither`);
      } else if (lat !== undefined && lon !== undefined) {
        values.latitude = lat;
        values.longitude = lon;
      }
    }
    const hours = cell('opening_hours');
    if (hours !== undefined) {
      if (!hours) values.openingHours = null;
      else {
        const result = parseOpeningHoursText(hours);
        if ('error' in result) fail('opening_hours', `opening_hours: ${result.error}`);
        else values.openingHours = result.entries;
      }
    }
    return values;
  }

  /** A coordinate cell: null when empty, undefined when refused. */
  private degrees(text: string, field: 'latitude' | 'longitude', range: { min: number; max: number }, fail: (f: Column, m: string) => void): number | null | undefined {
    if (text === '') return null;
    if (!DEGREES.test(text)) {
      fail(field, `${field} must be decimal degrees such as ${field === 'latitude' ? '-0.0745' : '111.4969'}, not "${text}"`);
      return undefined;
    }
    const value = Number(text);
    if (value < range.min || value > range.max) {
      fail(field, `${field} must lie within Indonesia: ${range.min} to ${range.max}, not ${text}`);
      return undefined;
    }
    return value;
  }

  /** Creates the point, or sets what the row changes on the stored one. */
  private async write(m: EntityManager, officeId: string, r: RowValues, stored: Stored | undefined): Promise<{ id: string; result: ImportResult }> {
    const hours = (h: OpeningHoursEntry[] | null | undefined) => (h ? JSON.stringify(normalizeOpeningHours(h)) : null);
    if (!stored) {
      const [row] = await m.query(
        `INSERT INTO service_points (office_id, name, kind, district_code, address, latitude, longitude, opening_hours)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) RETURNING id`,
        [officeId, r.name, r.kind, r.districtCode, r.address ?? null, r.latitude ?? null, r.longitude ?? null, hours(r.openingHours)],
      );
      return { id: row.id, result: 'created' };
    }
    const changes: Array<[string, unknown]> = [];
    if (r.kind !== undefined && r.kind !== stored.kind) changes.push(['kind', r.kind]);
    if (r.districtCode !== undefined && r.districtCode !== stored.district_code) changes.push(['district_code', r.districtCode]);
    if (r.address !== undefined && r.address !== stored.address) changes.push(['address', r.address]);
    if (r.latitude !== undefined && (r.latitude !== stored.latitude || r.longitude !== stored.longitude)) {
      changes.push(['latitude', r.latitude], ['longitude', r.longitude]);
    }
    if (r.openingHours !== undefined && hours(r.openingHours) !== hours(stored.opening_hours)) changes.push(['opening_hours', hours(r.openingHours)]);
    if (changes.length === 0) return { id: stored.id, result: 'unchanged' };
    // Column names from the fixed list above, values as parameters.
    const set = changes.map(([column], i) => `${column} = $${i + 2}${column === 'opening_hours' ? '::jsonb' : ''}`).join(', ');
    await m.query(`UPDATE service_points SET ${set}, updated_at = now() WHERE id = $1`, [stored.id, ...changes.map(([, v]) => v)]);
    return { id: stored.id, result: 'updated' };
  }
}
