import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { regionDataChecksum } from '../src/regions/region-data-checksum';
import { createOffice, createServicePoint } from './support/fixtures';
import { Stack } from './support/stack';

describe('regions and registry over HTTP', () => {
  const stack = new Stack();
  beforeAll(() => stack.start({ worker: false }));
  afterAll(() => stack.stop());

  it('serves all Kemendagri regions with their codes, filtered and paginated', async () => {
    expect((await stack.get('/regions/provinces?limit=1')).body.total).toBe(38);
    expect((await stack.get('/regions/regencies?limit=1')).body.total).toBe(514);
    expect((await stack.get('/regions/districts?limit=1')).body.total).toBe(7285);
    expect((await stack.get('/regions/villages?limit=1')).body.total).toBe(83762);

    const kalbar = await stack.get('/regions/regencies?province=61&limit=100');
    expect(kalbar.body.items.map((r: { code: string }) => r.code)).toContain('61.05');
    const sintang = await stack.get('/regions/districts?regency=61.05&limit=100');
    expect(sintang.body.items.find((d: { code: string }) => d.code === '61.05.09')).toBeDefined();
    const villages = await stack.get('/regions/villages?district=61.05.09&limit=5&page=2');
    expect(villages.body.page).toBe(2);
    expect(villages.body.items.length).toBeGreaterThan(0);
    expect(villages.body.items.every((v: { code: string }) => v.code.startsWith('61.05.09.'))).toBe(true);
  });

  describe('the region import, skipped while the data is the one last imported', () => {
    const importRegions = async (...args: string[]) => {
      const { stdout } = await promisify(execFile)(process.execPath, [path.resolve(__dirname, '..', 'dist', 'src', 'cli', 'import-regions.js'), ...args], {
        env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, LOG_LEVEL: 'warn' },
      });
      return JSON.parse(stdout.trim().split('\n').pop() as string);
    };
    const stored = async () =>
      (await stack.db.query(`SELECT checksum, imported_at, villages FROM region_imports WHERE id = 1`)).rows[0] as
        | { checksum: string; imported_at: Date; villages: number }
        | undefined;
    const counts = { provinces: 38, regencies: 514, districts: 7285, villages: 83762 };

    it('a second import of the same data is a no-op: skipped, nothing written, the stored import untouched', async () => {
      // The run's database was made by the same CLI, so its import is stored.
      const before = await stored();
      expect(before).toMatchObject({ villages: 83762 });
      const result = await importRegions();
      expect(result).toMatchObject({ ...counts, changed: 0, skipped: true, checksum: before?.checksum });
      expect((await stored())?.imported_at).toEqual(before?.imported_at);
      expect((await stack.get('/regions/villages?limit=1')).body.total).toBe(83762);
    });

    it('--force imports anyway (idempotently: no row differs) and records the import', async () => {
      const before = await stored();
      const result = await importRegions('--force');
      expect(result).toMatchObject({ ...counts, changed: 0, skipped: false, checksum: before?.checksum });
      const after = await stored();
      expect(after?.imported_at.getTime()).toBeGreaterThan(before?.imported_at.getTime() as number);
      await expect(importRegions('--forse')).rejects.toThrow(/unknown argument --forse/);
    });

    it('re-imports when the stored checksum is not the data\'s (new package data or a new importer), then skips again', async () => {
      const current = (await stored())?.checksum;
      await stack.db.query(`UPDATE region_imports SET checksum = 'data-of-an-older-package' WHERE id = 1`);
      expect(await importRegions()).toMatchObject({ ...counts, skipped: false, checksum: current });
      expect((await stored())?.checksum).toBe(current);
      expect(await importRegions()).toMatchObject({ skipped: true });
    });

    it('the checksum follows every byte of the data files and their names', () => {
      const files = [
        { name: 'provinces.csv', bytes: Buffer.from('code,name\n61,KALIMANTAN BARAT\n') },
        { name: 'regencies.csv', bytes: Buffer.from('code,province_code,name\n61.05,61,KABUPATEN SINTANG\n') },
      ];
      const base = regionDataChecksum(files);
      expect(regionDataChecksum(files.map((f) => ({ ...f })))).toBe(base);
      expect(regionDataChecksum([files[0], { ...files[1], bytes: Buffer.from('code,province_code,name\n61.05,61,KABUPATEN SINTANG \n') }])).not.toBe(base);
      expect(regionDataChecksum([{ ...files[0], name: 'islands.csv' }, files[1]])).not.toBe(base);
    });
  });

  it('rejects bad region filters and oversized pages naming the field', async () => {
    const bad = await stack.get('/regions/districts?regency=6105');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('regency');
    const big = await stack.get('/regions/villages?limit=1000');
    expect(big.status).toBe(400);
    expect(big.body.errors[0].field).toBe('limit');
  });

  it('keeps one office per regency and validates service points against the office regency', async () => {
    const office = await createOffice(stack);
    const dup = await stack.post('/offices', { regencyCode: office.regencyCode, name: 'Kantor kedua' });
    expect(dup.status).toBe(409);
    expect(dup.body.officeId).toBe(office.id);

    const unknownRegency = await stack.post('/offices', { regencyCode: '99.99', name: 'Tidak ada' });
    expect(unknownRegency.status).toBe(400);
    expect(unknownRegency.body.field).toBe('regencyCode');

    // Kecamatan Kayan Hulu (61.05.09) lies in Sintang, a demo regency that no test office is in.
    const wrongDistrict = await stack.post('/service-points', {
      officeId: office.id,
      districtCode: '61.05.09',
      kind: 'kecamatan-office',
      name: 'Salah kabupaten',
    });
    expect(wrongDistrict.status).toBe(400);
    expect(wrongDistrict.body.field).toBe('districtCode');
    expect(wrongDistrict.body.message).toMatch(/not in the office's regency/);

    const badKind = await stack.post('/service-points', { officeId: office.id, districtCode: office.districts[0], kind: 'bus', name: 'Bus' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors[0].field).toBe('kind');
  });

  it('derives availability from devices and refuses duplicate serials', async () => {
    const office = await createOffice(stack);
    const sp = await createServicePoint(stack, office);
    const kinds = ['pc', 'fingerprint-scanner', 'iris-scanner', 'camera'];
    const ids: string[] = [];
    for (const kind of kinds) {
      const r = await stack.post('/devices', { servicePointId: sp.id, kind, serialNumber: `R-${kind}-${sp.id.slice(0, 8)}`, owner: 'regional' });
      expect(r.status).toBe(201);
      ids.push(r.body.id);
    }
    // Without a signature pad the set is incomplete.
    expect((await stack.get(`/service-points/${sp.id}`)).body.canRecord).toBe(false);
    const pad = await stack.post('/devices', { servicePointId: sp.id, kind: 'signature-pad', serialNumber: `R-pad-${sp.id.slice(0, 8)}`, owner: 'central' });
    expect((await stack.get(`/service-points/${sp.id}`)).body.canRecord).toBe(true);
    expect((await stack.get(`/service-points/${sp.id}`)).body.canPrint).toBe(false);

    const dup = await stack.post('/devices', { servicePointId: sp.id, kind: 'camera', serialNumber: `R-pad-${sp.id.slice(0, 8)}`, owner: 'central' });
    expect(dup.status).toBe(409);
    expect(dup.body.field).toBe('serialNumber');

    const retired = await stack.http('PATCH', `/devices/${pad.body.id}`, { status: 'retired' });
    expect(retired.status).toBe(200);
    expect((await stack.get(`/service-points/${sp.id}`)).body.canRecord).toBe(false);
    const cannotBreak = await stack.http('PATCH', `/devices/${ids[0]}`, { status: 'broken' });
    expect(cannotBreak.status).toBe(400);
    expect(cannotBreak.body.errors[0].field).toBe('status');

    const filtered = await stack.get(`/devices?servicePointId=${sp.id}&status=retired`);
    expect(filtered.body.items.map((d: { id: string }) => d.id)).toEqual([pad.body.id]);
    const recordable = await stack.get(`/service-points?officeId=${office.id}&canRecord=false`);
    expect(recordable.body.items.map((s: { id: string }) => s.id)).toContain(sp.id);

    const policy = await stack.get(`/offices/${office.id}/sla-policy`);
    expect(policy.body).toMatchObject({ isDefault: true, triageSeconds: 86400, repairSeconds: 14 * 86400, verificationSeconds: 2 * 86400 });
    const badPolicy = await stack.http('PUT', `/offices/${office.id}/sla-policy`, { triageSeconds: 0, repairSeconds: 1, verificationSeconds: 1, reminderIntervalSeconds: 1 });
    expect(badPolicy.status).toBe(400);
    expect(badPolicy.body.errors[0].field).toBe('triageSeconds');
  });

  it('publishes its OpenAPI document', async () => {
    const doc = await stack.get('/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/repairs', '/repairs/{id}/triage', '/devices', '/regions/villages']));
  });
});
