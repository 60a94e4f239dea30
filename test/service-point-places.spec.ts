import { randomUUID } from 'node:crypto';
import { addRecordingSet, createOffice, OfficeFixture } from './support/fixtures';
import { eventually, HttpResult, Stack } from './support/stack';

/**
 * Service points with places: coordinates, address and opening hours; where residents are sent
 * when one cannot record (nearest first where coordinates are known, never a mobile unit); the
 * public answer; and the import of a registry of points as CSV.
 */
describe('service points with places and distances', () => {
  const stack = new Stack();
  beforeAll(() => stack.start());
  afterAll(() => stack.stop());

  function expectOk(res: HttpResult, status = 200) {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Along one meridian a degree of latitude is R·π/180 km: the expected distances, computed apart from the service. */
  const kmAlongMeridian = (degrees: number) => Math.round(((6371.0088 * Math.PI) / 180) * degrees * 10) / 10;

  async function point(office: OfficeFixture, body: Record<string, unknown>, recording = true) {
    const sp = expectOk(
      await office.operator.post('/service-points', { officeId: office.id, districtCode: office.districts[0], kind: 'kecamatan-office', name: `Titik ${randomUUID().slice(0, 8)}`, ...body }),
      201,
    );
    if (recording) await addRecordingSet(stack, sp.id);
    return sp as { id: string; name: string; districtCode: string };
  }

  /**
   * A point that cannot record (no devices) at 0.1° S 111.5° E in the first kecamatan, and the
   * recording points around it: one in the same kecamatan 100 km south, one in the next kecamatan
   * 5.6 km south, the Dinas office without coordinates, and a mobile unit parked on the spot.
   */
  async function placedOffice() {
    const office = await createOffice(stack);
    const [d0, d1] = office.districts;
    const broken = await point(office, { districtCode: d0, name: 'Kecamatan Rusak', latitude: -0.1, longitude: 111.5, address: 'Jl. Rusak 1' }, false);
    const far = await point(office, { districtCode: d0, name: 'A Sekecamatan Jauh', latitude: -1.0, longitude: 111.5 });
    const near = await point(office, {
      districtCode: d1,
      name: 'Z Tetangga Dekat',
      latitude: -0.15,
      longitude: 111.5,
      address: 'Jl. Tetangga 2',
      openingHours: [
        { day: 'fri', open: '13:30', close: '16:00' },
        { day: 'mon', open: '08:00', close: '15:00' },
        { day: 'fri', open: '08:00', close: '11:00' },
      ],
    });
    const hq = await point(office, { districtCode: d1, kind: 'office-hq', name: 'Kantor Dinas' });
    const mobile = await point(office, { districtCode: d0, kind: 'mobile-unit', name: 'Mobil Keliling', latitude: -0.1, longitude: 111.5 });
    return { office, d0, d1, broken, far, near, hq, mobile };
  }

  it('sends residents of a point that cannot record to the nearest that can, in km, never to a mobile unit', async () => {
    const { broken, far, near, hq, mobile } = await placedOffice();
    const detail = expectOk(await stack.get(`/service-points/${broken.id}`));
    expect(detail).toMatchObject({ canRecord: false, latitude: -0.1, longitude: 111.5, address: 'Jl. Rusak 1', openingHours: null });
    // Nearest first, although the far one is in the same kecamatan; the one without coordinates after them.
    expect(detail.alternatives.map((a: any) => [a.name, a.distanceKm])).toEqual([
      [near.name, kmAlongMeridian(0.05)],
      [far.name, kmAlongMeridian(0.9)],
      [hq.name, null],
    ]);
    expect(detail.alternatives.map((a: any) => a.id)).not.toContain(mobile.id);
    // What a resident needs at the other place: its address and hours (sorted, Monday first).
    expect(detail.alternatives[0]).toMatchObject({
      sameDistrict: false,
      address: 'Jl. Tetangga 2',
      openingHours: [
        { day: 'mon', open: '08:00', close: '15:00' },
        { day: 'fri', open: '08:00', close: '11:00' },
        { day: 'fri', open: '13:30', close: '16:00' },
      ],
    });
  });

  it("ranks a repair case's alternatives by distance from its broken point, without the mobile unit", async () => {
    const { office, far, near, hq, mobile } = await placedOffice();
    const sp = await point(office, { districtCode: office.districts[0], name: 'Kecamatan Kamera Rusak', latitude: -0.4, longitude: 111.5 }, false);
    const devices = await addRecordingSet(stack, sp.id);
    const opened = expectOk(await office.operator.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera tidak menyala' }), 201);
    const reported = await eventually(async () => {
      const r = await stack.get(`/repairs/${opened.id}`);
      return r.body.servicePoint?.canRecord === false && r.body.alternatives.length > 0 ? r.body : undefined;
    }, 30_000, 'the case to take the point down');
    // From 0.4° S: the far one (1.0° S) is 0.6°, the near one (0.15° S) 0.25°; the broken "Kecamatan Rusak" cannot record.
    expect(reported.alternatives.map((a: any) => [a.name, a.distanceKm])).toEqual([
      [near.name, kmAlongMeridian(0.25)],
      [far.name, kmAlongMeridian(0.6)],
      [hq.name, null],
    ]);
    expect(reported.alternatives.map((a: any) => a.id)).not.toContain(mobile.id);
  });

  it('keeps the usual order where coordinates are not known: the same kecamatan, the Dinas office first, then by name', async () => {
    const office = await createOffice(stack);
    const [d0, d1] = office.districts;
    const broken = await point(office, { districtCode: d0, name: 'Kecamatan Tanpa Koordinat' }, false);
    const otherB = await point(office, { districtCode: d1, name: 'B Kecamatan Lain', latitude: -0.2, longitude: 111.5 });
    const otherA = await point(office, { districtCode: d1, name: 'A Kecamatan Lain' });
    const sameMpp = await point(office, { districtCode: d0, kind: 'mpp-desk', name: 'Z MPP Sekecamatan' });
    const hq = await point(office, { districtCode: d1, kind: 'office-hq', name: 'Kantor Dinas' });
    await point(office, { districtCode: d0, kind: 'mobile-unit', name: 'Mobil Keliling' });
    const detail = expectOk(await stack.get(`/service-points/${broken.id}`));
    expect(detail.alternatives.map((a: any) => [a.name, a.sameDistrict, a.distanceKm])).toEqual([
      [sameMpp.name, true, null],
      [hq.name, false, null],
      [otherA.name, false, null],
      [otherB.name, false, null],
    ]);
    // The public page: the same kecamatan, then the regency, then the Dinas office; no distances.
    const pub = expectOk(await stack.anonymous.get(`/availability?regency=${office.regencyCode}`));
    const byName = Object.fromEntries(pub.servicePoints.map((p: any) => [p.name, p]));
    expect(byName['Mobil Keliling']).toBeUndefined();
    expect(byName[broken.name].recordInstead.map((r: any) => [r.name, r.distanceKm])).toEqual([
      [sameMpp.name, null],
      [otherA.name, null],
      [otherB.name, null],
    ]);
    expect(pub.servicePoints.every((p: any) => p.distanceKm === null)).toBe(true);
  });

  it('answers the public with address, hours and distance from where the resident is, nearest first', async () => {
    const { office, broken, far, near, hq } = await placedOffice();
    // The resident stands at 0.15° N: 0.25° from the broken point, 0.3° from the near one, 1.15° from the far one.
    const res = await stack.anonymous.get(`/availability?regency=${office.regencyCode}&lat=0.15&lon=111.5`);
    const pub = expectOk(res);
    expect(res.headers.get('cache-control')).toBe('public, max-age=30');
    expect(pub.servicePoints.map((p: any) => [p.name, p.distanceKm])).toEqual([
      [broken.name, kmAlongMeridian(0.25)],
      [near.name, kmAlongMeridian(0.3)],
      [far.name, kmAlongMeridian(1.15)],
      [hq.name, null],
    ]);
    const byName = Object.fromEntries(pub.servicePoints.map((p: any) => [p.name, p]));
    expect(byName[near.name]).toMatchObject({ address: 'Jl. Tetangga 2', canRecord: true, recordInstead: [] });
    expect(byName[near.name].openingHours).toHaveLength(3);
    // Where to go instead is measured from the point that cannot record, not from the resident.
    expect(byName[broken.name].recordInstead).toEqual([
      { name: near.name, districtName: expect.any(String), address: 'Jl. Tetangga 2', openingHours: byName[near.name].openingHours, distanceKm: kmAlongMeridian(0.05) },
      { name: far.name, districtName: expect.any(String), address: null, openingHours: null, distanceKm: kmAlongMeridian(0.9) },
      { name: hq.name, districtName: expect.any(String), address: null, openingHours: null, distanceKm: null },
    ]);
    // Places as residents know them: no coordinates, no ids.
    const keys = new Set(pub.servicePoints.flatMap((p: any) => Object.keys(p)));
    expect([...keys].sort()).toEqual(
      ['address', 'canPrint', 'canRecord', 'distanceKm', 'districtCode', 'districtName', 'kind', 'name', 'openingHours', 'printingDownSince', 'printsHere', 'recordInstead', 'recordingDownSince'].sort(),
    );
    expect(JSON.stringify(pub)).not.toMatch(/111\.5|[0-9a-f]{8}-[0-9a-f]{4}-/);
    // Without a location: the usual order (by kecamatan, then name), no distances from the resident.
    const plain = expectOk(await stack.anonymous.get(`/availability?regency=${office.regencyCode}`));
    expect(plain.servicePoints.map((p: any) => [p.name, p.distanceKm])).toEqual([
      [far.name, null],
      [broken.name, null],
      [hq.name, null],
      [near.name, null],
    ]);
    expect(plain.servicePoints.find((p: any) => p.name === broken.name).recordInstead).toEqual(byName[broken.name].recordInstead);
  });

  it('refuses coordinates outside Indonesia, half a pair and opening hours that do not fit, naming the field, and changes nothing', async () => {
    const office = await createOffice(stack);
    const base = { officeId: office.id, districtCode: office.districts[0], kind: 'kecamatan-office', name: `Titik ${randomUUID().slice(0, 8)}` };
    const refused = async (body: Record<string, unknown>, field: string, rule?: string) => {
      const res = await office.operator.post('/service-points', { ...base, ...body });
      expect(res.status).toBe(400);
      if (rule) expect(res.body.errors.find((e: any) => e.field === field)?.rules).toContain(rule);
      else expect(res.body.field).toBe(field);
    };
    await refused({ latitude: 20, longitude: 111.5 }, 'latitude', 'max');
    await refused({ latitude: -12, longitude: 111.5 }, 'latitude', 'min');
    await refused({ latitude: -0.1, longitude: 151.2 }, 'longitude', 'max');
    await refused({ latitude: -0.1, longitude: 50 }, 'longitude', 'min');
    await refused({ latitude: '-0.1', longitude: 111.5 }, 'latitude', 'isNumber');
    await refused({ latitude: -0.1 }, 'longitude');
    await refused({ openingHours: [{ day: 'mon', open: '15:00', close: '08:00' }] }, 'openingHours', 'isWeekOfOpeningHours');
    await refused({ openingHours: [{ day: 'mon', open: '08:00', close: '12:00' }, { day: 'mon', open: '11:00', close: '15:00' }] }, 'openingHours', 'isWeekOfOpeningHours');
    await refused({ openingHours: [{ day: 'senin', open: '08:00', close: '12:00' }] }, 'openingHours.0.day', 'isIn');
    await refused({ openingHours: [{ day: 'mon', open: '8:00', close: '25:00' }] }, 'openingHours.0.open', 'matches');
    await refused({ openingHours: [] }, 'openingHours', 'arrayMinSize');
    expect((await stack.get(`/service-points?officeId=${office.id}`)).body.total).toBe(0);

    const sp = expectOk(await office.operator.post('/service-points', { ...base, latitude: -0.1, longitude: 111.5 }), 201);
    const patchRefused = await office.operator.patch(`/service-points/${sp.id}`, { latitude: null });
    expect([patchRefused.status, patchRefused.body.field]).toEqual([400, 'longitude']);
    const outside = await office.operator.patch(`/service-points/${sp.id}`, { longitude: 160 });
    expect([outside.status, outside.body.errors?.[0]?.field]).toEqual([400, 'longitude']);
    expect(expectOk(await stack.get(`/service-points/${sp.id}`))).toMatchObject({ latitude: -0.1, longitude: 111.5 });
    // One of the pair on its own is fine when the other is stored; null and null clear both.
    expect(expectOk(await office.operator.patch(`/service-points/${sp.id}`, { latitude: -0.2 }))).toMatchObject({ latitude: -0.2, longitude: 111.5 });
    expect(expectOk(await office.operator.patch(`/service-points/${sp.id}`, { latitude: null, longitude: null }))).toMatchObject({ latitude: null, longitude: null });

    // The resident's location: both or neither, within Indonesia.
    const half = await stack.anonymous.get(`/availability?regency=${office.regencyCode}&lat=-0.1`);
    expect([half.status, half.body.field]).toEqual([400, 'lon']);
    const abroad = await stack.anonymous.get(`/availability?regency=${office.regencyCode}&lat=48.85&lon=2.35`);
    expect([abroad.status, abroad.body.errors?.map((e: any) => e.field)]).toEqual([400, ['lat', 'lon']]);
    const empty = await stack.anonymous.get(`/availability?regency=${office.regencyCode}&lat=&lon=111`);
    expect([empty.status, empty.body.errors?.[0]?.field]).toEqual([400, 'lat']);
  });

  it('imports a registry of points as CSV: all rows checked, nothing from a file with an error, and a retry adds nothing', async () => {
    const office = await createOffice(stack);
    const [d0, d1] = office.districts;
    const csv = (text: string) => office.operator.http('POST', `/offices/${office.id}/service-points`, text, { 'content-type': 'text/csv' });
    const good = [
      'nama,jenis,kode_kecamatan,alamat,lintang,bujur,jam_buka',
      `Kantor Dinas,office-hq,${d0},"Jl. Merdeka 1, Kota",-0.1,111.5,"sen-kam 08:00-15:00; jum 08:00-11:00,13:30-16:00"`,
      `Kantor Kecamatan Dua,kecamatan-office,${d1},,-0.15,111.5,`,
      `MPP Kota,mpp-desk,${d0},Gedung MPP,,,mon-sat 08:00-14:00`,
    ].join('\n');

    // One bad row (a latitude outside Indonesia on line 3, column 5) and one unknown kecamatan: nothing is imported.
    const bad = good.replace(',-0.15,111.5,', ',15.2,111.5,').replace(`MPP Kota,mpp-desk,${d0}`, `MPP Kota,mpp-desk,${office.regencyCode}.99`);
    const refused = await csv(bad);
    expect([refused.status, refused.body.code]).toEqual([400, 'invalid_csv']);
    expect(refused.body.errors).toEqual([
      { line: 3, column: 5, field: 'latitude', message: expect.stringContaining('within Indonesia') },
      { line: 4, column: 3, field: 'district_code', message: expect.stringContaining('not a known district') },
    ]);
    expect(refused.body.message).toMatch(/nothing was imported.*line 3, column 5/);
    expect((await stack.get(`/service-points?officeId=${office.id}`)).body.total).toBe(0);
    const badHours = await csv(good.replace('mon-sat 08:00-14:00', 'mon-sat 14:00-08:00'));
    expect(badHours.body.errors).toEqual([{ line: 4, column: 7, field: 'opening_hours', message: expect.stringContaining('closes (08:00) before') }]);
    expect((await stack.get(`/service-points?officeId=${office.id}`)).body.total).toBe(0);

    const imported = expectOk(await csv(good));
    expect(imported).toMatchObject({ officeId: office.id, created: 3, updated: 0, unchanged: 0 });
    expect(imported.servicePoints.map((l: any) => [l.line, l.name, l.result])).toEqual([
      [2, 'Kantor Dinas', 'created'],
      [3, 'Kantor Kecamatan Dua', 'created'],
      [4, 'MPP Kota', 'created'],
    ]);
    const hq = expectOk(await stack.get(`/service-points/${imported.servicePoints[0].id}`));
    expect(hq).toMatchObject({ kind: 'office-hq', districtCode: d0, address: 'Jl. Merdeka 1, Kota', latitude: -0.1, longitude: 111.5, canRecord: false });
    expect(hq.openingHours).toEqual([
      ...['mon', 'tue', 'wed', 'thu'].map((day) => ({ day, open: '08:00', close: '15:00' })),
      { day: 'fri', open: '08:00', close: '11:00' },
      { day: 'fri', open: '13:30', close: '16:00' },
    ]);
    // The imported places rank alternatives like any other.
    await addRecordingSet(stack, imported.servicePoints[1].id);
    expect(expectOk(await stack.get(`/service-points/${hq.id}`)).alternatives.map((a: any) => [a.name, a.distanceKm])).toEqual([
      ['Kantor Kecamatan Dua', kmAlongMeridian(0.05)],
    ]);

    // The same file again (a retry): no duplicate, nothing changed.
    const again = expectOk(await csv(good));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(again.servicePoints.map((l: any) => l.id)).toEqual(imported.servicePoints.map((l: any) => l.id));
    expect((await stack.get(`/service-points?officeId=${office.id}`)).body.total).toBe(3);

    // A registry of coordinates only updates the points it names; an empty cell clears.
    const coordinates = expectOk(await csv('name,latitude,longitude\nMPP Kota,-0.12,111.52\nKantor Dinas,,'));
    expect(coordinates).toMatchObject({ created: 0, updated: 2, unchanged: 0 });
    expect(expectOk(await stack.get(`/service-points/${hq.id}`))).toMatchObject({ latitude: null, longitude: null, address: 'Jl. Merdeka 1, Kota' });
    const unknown = await csv('name,latitude,longitude\nTidak Terdaftar,-0.1,111.5');
    expect(unknown.body.errors.map((e: any) => [e.line, e.field])).toEqual([
      [2, 'kind'],
      [2, 'district_code'],
    ]);
    const header = await csv('nama,warna\nX,merah');
    expect(header.body.errors).toEqual([{ line: 1, column: 2, field: 'header', message: expect.stringContaining('unknown column "warna"') }]);
    expect((await stack.get(`/service-points?officeId=${office.id}`)).body.total).toBe(3);
    // Another office's staff cannot import into this one.
    const other = await createOffice(stack);
    const foreign = await other.operator.http('POST', `/offices/${office.id}/service-points`, good, { 'content-type': 'text/csv' });
    expect(foreign.status).toBe(404);
  });
});
