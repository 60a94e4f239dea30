import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { isDatabaseUnavailable } from '../common/dependency-errors';
import { InvalidInputError } from '../common/domain-errors';
import { zoneOfProvince } from '../common/time-zones';
import { byDistance, coordinatesOf, type Coordinates, type OpeningHoursEntry } from '../registry/places';
import { AvailabilityQuery } from './dto/outages.dto';

/** Where to record instead, as residents find it: name, kecamatan, address, hours and how far from the point that cannot. */
export interface RecordInsteadPlace {
  name: string;
  districtName: string;
  address: string | null;
  openingHours: OpeningHoursEntry[] | null;
  /** Great-circle km from the service point that cannot record; null when either has no coordinates. */
  distanceKm: number | null;
}

/** What a resident needs to find a place: its name, kecamatan, address and hours, no internal ids. */
export interface PublicServicePoint {
  name: string;
  kind: string;
  districtCode: string;
  districtName: string;
  address: string | null;
  openingHours: OpeningHoursEntry[] | null;
  /** Great-circle km from the resident (`?lat=&lon=`); null without them or without the point's coordinates. */
  distanceKm: number | null;
  canRecord: boolean;
  canPrint: boolean;
  /** Since when it cannot record (null while it can). */
  recordingDownSince: string | null;
  /** Since when it cannot print (null while it can). */
  printingDownSince: string | null;
  /** Whether it has a card printer at all: most kecamatan offices record only, and the Dinas office prints. */
  printsHere: boolean;
  /** For one that cannot record: the nearest that can — by distance where known; else same kecamatan, then the regency, then the Dinas office. */
  recordInstead: RecordInsteadPlace[];
}

/** Queries remembered (fresh answers, and last good answers for when the database is down). */
const MAX_KEYS = 2_000;

export interface PublicAvailability {
  regency: { code: string; name: string };
  district: string | null;
  /** The kecamatan's name, when one was asked for. */
  districtName: string | null;
  /** The office's IANA zone (WIB, WITA or WIT): its opening hours are in it, and the public page reads times in it. */
  timeZone: string;
  /** When this answer was read from the database. */
  asOf: string;
  servicePoints: PublicServicePoint[];
  canRecordSomewhere: boolean;
}

/** An answer as remembered: each point with its coordinates, to measure from a resident's location (never answered). */
/** A regency residents can look up: one whose office has a place to go to. */
export interface PublicRegencyChoice {
  code: string;
  name: string;
  provinceName: string;
}

type RegencyAnswer = Omit<PublicAvailability, 'servicePoints'> & {
  servicePoints: Array<Omit<PublicServicePoint, 'distanceKm'> & { latitude: number | null; longitude: number | null }>;
};

/**
 * Where residents can record and print today, for anyone, without a login: service points with
 * their derived availability and nothing else (no devices, no outage details, no people).
 * While the database is down, a query asked before is answered from its last good answer, marked
 * `stale: true` (its `asOf` says when it was true); only a query never answered gets 503.
 */
@Injectable()
export class PublicAvailabilityService {
  private readonly cache = new Map<string, { at: number; value: Promise<RegencyAnswer> }>();
  private readonly lastGood = new Map<string, RegencyAnswer>();
  private regencyList: { at: number; value: Promise<PublicRegencyChoice[]> } | null = null;
  private lastRegencyList: PublicRegencyChoice[] | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** How long an answer is reused: the public may ask often, the state changes by the hour. */
  get maxAgeSeconds(): number {
    return this.config.PUBLIC_AVAILABILITY_CACHE_SECONDS;
  }

  /**
   * The caching headers of an answer, the same for the JSON and the public page: a good answer may
   * be reused by browsers and proxies for the TTL; the last good answer served while the database is
   * down must not be kept (`no-cache`, `Warning: 110`); errors set none (not cached).
   */
  cacheHeaders(stale: boolean): Record<string, string> {
    return stale ? { 'Cache-Control': 'no-cache', Warning: '110 - "Response is Stale"' } : { 'Cache-Control': `public, max-age=${this.maxAgeSeconds}` };
  }

  /**
   * The regencies whose office has a place residents can go to (not only mobile units), by
   * province and name: the public page's choice. Remembered like the answers, and served from the
   * last good list (`stale`) while the database is down.
   */
  regencies(): Promise<{ regencies: PublicRegencyChoice[]; stale: boolean }> {
    const hit = this.regencyList;
    let value = hit && Date.now() - hit.at < this.maxAgeSeconds * 1000 ? hit.value : undefined;
    if (!value) {
      const loading: Promise<PublicRegencyChoice[]> = this.db
        .query(
          `SELECT r.code, r.name, p.name AS province_name
             FROM regencies r JOIN provinces p ON p.code = r.province_code
            WHERE EXISTS (SELECT 1 FROM offices o JOIN service_points sp ON sp.office_id = o.id
                           WHERE o.regency_code = r.code AND sp.kind <> 'mobile-unit')
            ORDER BY r.code`,
        )
        .then(
          (rows: Array<Record<string, string>>) => (this.lastRegencyList = rows.map((r) => ({ code: r.code, name: r.name, provinceName: r.province_name }))),
          (err: unknown) => {
            if (this.regencyList?.value === loading) this.regencyList = null;
            throw err;
          },
        );
      this.regencyList = { at: Date.now(), value: loading };
      value = loading;
    }
    return value.then(
      (regencies) => ({ regencies, stale: false }),
      (err) => {
        if (this.lastRegencyList && isDatabaseUnavailable(err)) return { regencies: this.lastRegencyList, stale: true };
        throw err;
      },
    );
  }

  /**
   * With the resident's location (`lat` and `lon`), each point carries its distance from them and
   * the points come nearest first (those without coordinates after, in the usual order). The
   * answer of the regency or kecamatan is remembered without the location; distances are measured
   * on every request.
   */
  get(query: AvailabilityQuery): Promise<PublicAvailability & { stale: boolean }> {
    if (!query.regency && !query.district) throw new InvalidInputError('regency', 'regency or district is required (a regency code such as 52.02)');
    if ((query.lat === undefined) !== (query.lon === undefined)) {
      const missing = query.lat === undefined ? 'lat' : 'lon';
      throw new InvalidInputError(missing, `${missing} is required with ${missing === 'lat' ? 'lon' : 'lat'}: send both coordinates of where you are, or neither`);
    }
    const here = query.lat !== undefined && query.lon !== undefined ? { latitude: query.lat, longitude: query.lon } : null;
    const key = `${query.regency ?? ''}|${query.district ?? ''}`;
    const hit = this.cache.get(key);
    const answer = hit && Date.now() - hit.at < this.maxAgeSeconds * 1000 ? hit.value : this.refresh(key, query);
    return answer.then(
      (fresh) => ({ ...measuredFrom(here, fresh), stale: false }),
      (err) => {
        const last = this.lastGood.get(key);
        if (last && isDatabaseUnavailable(err)) return { ...measuredFrom(here, last), stale: true };
        throw err;
      },
    );
  }

  private refresh(key: string, query: AvailabilityQuery): Promise<RegencyAnswer> {
    if (this.cache.size > MAX_KEYS) this.cache.clear();
    const value = this.load(query).then(
      (answer) => {
        // Most recently answered last, so that the oldest is the one forgotten.
        this.lastGood.delete(key);
        this.lastGood.set(key, answer);
        if (this.lastGood.size > MAX_KEYS) this.lastGood.delete(this.lastGood.keys().next().value as string);
        return answer;
      },
      (err) => {
        this.cache.delete(key);
        throw err;
      },
    );
    this.cache.set(key, { at: Date.now(), value });
    return value;
  }

  /** An outage of the office began or ended: this process answers afresh for its regency at once (others within the TTL). */
  async invalidate(officeId: string): Promise<void> {
    const [office] = await this.db.query(`SELECT regency_code FROM offices WHERE id = $1`, [officeId]);
    if (!office) return;
    for (const key of this.cache.keys()) if (key.startsWith(`${office.regency_code}|`) || key.includes(`|${office.regency_code}.`)) this.cache.delete(key);
  }

  private async load(query: AvailabilityQuery): Promise<RegencyAnswer> {
    const regency = query.regency ?? query.district!.slice(0, 5);
    if (query.district && !query.district.startsWith(`${regency}.`)) throw new InvalidInputError('district', `district ${query.district} does not lie in regency ${regency}`);
    const rows: Array<Record<string, any>> = await this.db.query(
      // Mobile units go on tour: they are not a place residents can go to.
      `SELECT sp.name, sp.kind, sp.district_code, d.name AS district_name, sp.address, sp.opening_hours, sp.latitude, sp.longitude,
              sp.can_record, sp.can_print, sp.record_down_since, sp.print_down_since,
              EXISTS (SELECT 1 FROM devices dv WHERE dv.service_point_id = sp.id AND dv.kind = 'card-printer' AND dv.status <> 'retired') AS prints_here
         FROM service_points sp JOIN districts d ON d.code = sp.district_code
        WHERE d.regency_code = $1 AND sp.kind <> 'mobile-unit'
        ORDER BY sp.district_code, sp.name`,
      [regency],
    );
    const recorders = rows.filter((r) => r.can_record);
    // By distance from the point that cannot record where both have coordinates; the rest (or all,
    // without them) as before: the same kecamatan, then the regency, then the Dinas office.
    const nearest = (r: Record<string, any>): RecordInsteadPlace[] =>
      byDistance(
        coordinatesOf(r),
        [...recorders].sort((a, b) => rank(a, r) - rank(b, r) || String(a.name).localeCompare(String(b.name))),
      )
        .slice(0, 3)
        .map((a) => ({ name: a.name, districtName: a.district_name, address: a.address, openingHours: a.opening_hours, distanceKm: a.distanceKm }));
    const points: RegencyAnswer['servicePoints'] = rows
      .filter((r) => !query.district || r.district_code === query.district)
      .map((r) => ({
        name: r.name,
        kind: r.kind,
        districtCode: r.district_code,
        districtName: r.district_name,
        address: r.address,
        openingHours: r.opening_hours,
        canRecord: r.can_record,
        canPrint: r.can_print,
        recordingDownSince: r.record_down_since ? new Date(r.record_down_since).toISOString() : null,
        printingDownSince: r.print_down_since ? new Date(r.print_down_since).toISOString() : null,
        printsHere: r.prints_here,
        recordInstead: r.can_record ? [] : nearest(r),
        latitude: r.latitude,
        longitude: r.longitude,
      }));
    const [regencyRow] = await this.db.query(`SELECT code, name FROM regencies WHERE code = $1`, [regency]);
    if (!regencyRow) throw new InvalidInputError(query.regency ? 'regency' : 'district', `regency ${regency} is not a known regency`);
    let districtName: string | null = null;
    if (query.district) {
      const [district] = await this.db.query(`SELECT code, name FROM districts WHERE code = $1`, [query.district]);
      if (!district) throw new InvalidInputError('district', `district ${query.district} is not a known district`);
      districtName = district.name;
    }
    const [office] = await this.db.query(`SELECT time_zone FROM offices WHERE regency_code = $1`, [regency]);
    return {
      regency: { code: regencyRow.code, name: regencyRow.name },
      district: query.district ?? null,
      districtName,
      timeZone: office?.time_zone ?? zoneOfProvince(regency),
      asOf: new Date().toISOString(),
      servicePoints: points,
      // Somewhere in the regency (the listed kecamatan's points are among them).
      canRecordSomewhere: recorders.length > 0,
    };
  }
}

/**
 * The answer for a resident: with their location, each point's distance from them and the points
 * nearest first; the coordinates themselves stay inside (a place is named as residents know it).
 */
function measuredFrom(here: Coordinates | null, answer: RegencyAnswer): PublicAvailability {
  return {
    ...answer,
    servicePoints: byDistance(here, answer.servicePoints).map(({ latitude: _lat, longitude: _lon, ...p }) => p),
  };
}

/** Same kecamatan first; then elsewhere in the regency; then the Dinas office itself. */
function rank(candidate: Record<string, any>, from: Record<string, any>): number {
  if (candidate.district_code === from.district_code) return 0;
  return candidate.kind === 'office-hq' ? 2 : 1;
}
