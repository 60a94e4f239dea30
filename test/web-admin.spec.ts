import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { createOffice, createServicePoint, createUser, OfficeFixture, UserFixture } from './support/fixtures';
import { eventually, HttpResult, Stack } from './support/stack';
import { englishOnPage, expectAccessible, openPage, SCREENSHOTS, signIn as signInAs } from './support/web';

const DAY = 86_400;

function expectOk(res: HttpResult, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

describe('the administration pages in Chromium', () => {
  const stack = new Stack();
  let chromium: { context: BrowserContext; close: () => Promise<void> };
  let office: OfficeFixture;
  let officeName: string;
  let admin: UserFixture;

  beforeAll(async () => {
    await stack.start({ worker: false });
    chromium = await launchChromium();
    office = await createOffice(stack);
    officeName = (await stack.get(`/offices/${office.id}`)).body.name;
    admin = await createUser(stack, 'admin');
  });
  afterAll(async () => {
    await chromium?.close();
    await stack.stop();
  });
  beforeEach(() => chromium.context.clearCookies());

  const signIn = (page: Page, to: string, who: UserFixture = admin) => signInAs(page, stack.baseUrl, to, who);

  /** A Mantine select by its label: opens it, types to search when asked, picks the option. */
  async function choose(page: Page, label: RegExp, option: string, search?: string, within: Page | Locator = page) {
    const input = within.locator('input').and(within.getByLabel(label));
    await input.click();
    if (search) await input.fill(search);
    await page.getByRole('option', { name: option }).click();
  }

  /** The one-time secret on the page (a new password or API key). */
  async function secretOn(page: Page): Promise<string> {
    const code = page.locator('[data-secret]');
    await code.waitFor();
    return (await code.innerText()).trim();
  }

  const duration = (page: Page, name: string) => page.getByRole('group', { name });
  const unit = (group: Locator, label: string) => group.getByLabel(label, { exact: true });

  it('lets an admin set the SLA policy in days, hours and minutes, with the defaults beside each field, and the API answers seconds', async () => {
    // A step set through the API to 90 seconds is shown exactly (1 minute 30 seconds), never rounded.
    expectOk(await stack.admin.put(`/offices/${office.id}/sla-policy`, { triageSeconds: 90, repairSeconds: 14 * DAY, verificationSeconds: 2 * DAY, reminderIntervalSeconds: 6 * 3600 }));
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, '/');
    await page.getByRole('link', { name: 'Administrasi' }).click();
    await page.getByRole('heading', { name: 'Kantor Dinas Dukcapil' }).waitFor();
    await page.getByLabel('Cari kantor').fill(officeName);
    await page.getByRole('link', { name: officeName }).click();
    await page.getByRole('heading', { name: officeName }).waitFor();
    await page.getByRole('link', { name: 'Kebijakan SLA' }).click();
    await page.getByRole('heading', { name: 'Kebijakan SLA' }).waitFor();

    const repair = duration(page, 'Batas waktu perbaikan');
    await repair.waitFor();
    expect(await unit(repair, 'Hari').inputValue()).toBe('14');
    expect(await unit(repair, 'Jam').inputValue()).toBe('0');
    expect(await repair.innerText()).toContain('Bawaan: 14 hari');
    const triage = duration(page, 'Batas waktu pemeriksaan awal');
    expect([await unit(triage, 'Hari').inputValue(), await unit(triage, 'Jam').inputValue(), await unit(triage, 'Menit').inputValue(), await unit(triage, 'Detik').inputValue()]).toEqual(['0', '0', '1', '30']);
    expect(await triage.innerText()).toContain('Bawaan: 1 hari');
    const reminders = duration(page, 'Jarak pengingat setelah tenggat lewat');
    expect(await unit(reminders, 'Jam').inputValue()).toBe('6');
    expect(await unit(reminders, 'Menit').inputValue()).toBe('0');
    expect(await page.getByText('Kebijakan kantor sendiri').count()).toBe(1);
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);

    // Nothing at all is refused on the field it names, and nothing is sent.
    const verification = duration(page, 'Batas waktu verifikasi');
    await unit(verification, 'Hari').fill('0');
    await page.getByRole('button', { name: 'Simpan kebijakan' }).click();
    await verification.getByText('Paling sedikit 1 detik').waitFor();
    expect((await stack.get(`/offices/${office.id}/sla-policy`)).body.verificationSeconds).toBe(2 * DAY);

    // Repair 14 days → 10 days; verification 1 day 12 hours; the approval reminder 2 hours 30 minutes.
    await unit(repair, 'Hari').fill('10');
    await unit(verification, 'Hari').fill('1');
    await unit(verification, 'Jam').fill('12');
    const approval = duration(page, 'Jarak pengingat persetujuan surat');
    await unit(approval, 'Hari').fill('0');
    await unit(approval, 'Jam').fill('2');
    await unit(approval, 'Menit').fill('30');
    // Triage counts the office's working time, and warns at half of it.
    await triage.getByLabel('Dihitung dalam').click();
    await page.getByRole('option', { name: 'Jam kerja kantor' }).click();
    await triage.getByLabel(/^Peringatan sebelum batas waktu/).fill('50');
    // The wait for the ministry's reply warns the managers at three quarters of it.
    await duration(page, 'Surat susulan bila tidak ada balasan setelah').getByLabel(/^Peringatan sebelum surat susulan disusun/).fill('75');
    await page.getByRole('button', { name: 'Simpan kebijakan' }).click();
    await page.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
    const policy = expectOk(await stack.get(`/offices/${office.id}/sla-policy`));
    expect(policy).toMatchObject({ triageClock: 'working', triageWarnShare: 0.5, repairClock: 'elapsed', repairWarnShare: null, replyWaitClock: 'elapsed', replyWaitWarnShare: 0.75 });
    expect(policy).toMatchObject({ repairSeconds: 864_000, verificationSeconds: 36 * 3600, approvalReminderSeconds: 2.5 * 3600, triageSeconds: 90, reminderIntervalSeconds: 6 * 3600, replyWaitSeconds: 14 * DAY });
    expect(policy.defaults.repairSeconds).toBe(14 * DAY);

    // Read again, the page shows what was saved, the default still beside it.
    await page.reload();
    await unit(duration(page, 'Batas waktu perbaikan'), 'Hari').waitFor();
    expect(await unit(duration(page, 'Batas waktu perbaikan'), 'Hari').inputValue()).toBe('10');
    expect(await duration(page, 'Batas waktu perbaikan').innerText()).toContain('Bawaan: 14 hari');
    expect(await duration(page, 'Batas waktu pemeriksaan awal').getByLabel('Dihitung dalam').inputValue()).toBe('Jam kerja kantor');
    expect(await duration(page, 'Batas waktu pemeriksaan awal').getByLabel(/^Peringatan sebelum batas waktu/).inputValue()).toBe('50 %');
    expect(await duration(page, 'Surat susulan bila tidak ada balasan setelah').getByLabel(/^Peringatan sebelum surat susulan disusun/).inputValue()).toBe('75 %');
    expect(await page.locator('body').innerText()).not.toMatch(/undefined|NaN/);
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-kebijakan.png'), fullPage: true });
    await page.close();
  });

  it("lets an admin set an office's working week and its own days off, and shows the days off ahead with their reasons", async () => {
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, `/administrasi/kantor/${office.id}`);
    await page.getByRole('heading', { name: officeName }).waitFor();
    await page.getByRole('link', { name: 'Kalender kerja' }).click();
    await page.getByRole('heading', { name: 'Kalender kerja', level: 1 }).waitFor();
    await page.getByText('Memakai bawaan (Senin–Jumat 08.00–16.00)').waitFor();

    // Saturday becomes a working day, 07:30–15:00; an end before the start is refused first, nothing sent.
    const week = page.getByRole('form', { name: 'Hari dan jam kerja' });
    await week.getByLabel('Sabtu').check();
    await week.getByLabel('Jam mulai').fill('07:30');
    await week.getByLabel('Jam selesai').fill('07:00');
    await week.getByRole('button', { name: 'Simpan hari kerja' }).click();
    await week.getByText('Jam selesai harus setelah jam mulai').waitFor();
    expect(expectOk(await stack.get(`/offices/${office.id}/calendar/working-week`)).isDefault).toBe(true);
    await week.getByLabel('Jam selesai').fill('15:00');
    await week.getByRole('button', { name: 'Simpan hari kerja' }).click();
    await page.getByText('Pekan kerja kantor sendiri').waitFor();
    expect(expectOk(await stack.get(`/offices/${office.id}/calendar/working-week`))).toMatchObject({ workingDays: [1, 2, 3, 4, 5, 6], dayStart: '07:30', dayEnd: '15:00', isDefault: false });

    // A day off of the office, tomorrow in its own zone: listed, and among the days off ahead.
    const tomorrow = new Date(Date.now() + 7 * 3_600_000 + DAY * 1000).toISOString().slice(0, 10);
    const add = page.getByRole('form', { name: 'Tambah hari libur' });
    await add.getByLabel('Tanggal').fill(tomorrow);
    await add.getByLabel('Keterangan').fill('Hari jadi kabupaten uji');
    await add.getByRole('button', { name: 'Tambah hari libur' }).click();
    await page.getByRole('cell', { name: 'Hari jadi kabupaten uji' }).waitFor();
    await page.getByText('Libur kantor: Hari jadi kabupaten uji').waitFor();
    expect(expectOk(await stack.get(`/offices/${office.id}/calendar/days-off`))).toEqual([{ officeId: office.id, date: tomorrow, name: 'Hari jadi kabupaten uji' }]);
    // Read again (as the policy test does: the forms' "Tersimpan." notices are gone), the page shows what was saved.
    await page.reload();
    await page.getByText('Libur kantor: Hari jadi kabupaten uji').waitFor();
    expect(await page.getByRole('form', { name: 'Hari dan jam kerja' }).getByLabel('Sabtu').isChecked()).toBe(true);
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-kalender.png'), fullPage: true });

    const own = page.getByRole('region', { name: 'Hari libur kantor' });
    await own.getByRole('button', { name: /^Hapus hari libur/ }).click();
    await page.getByText('Belum ada hari libur kantor.').waitFor();

    // A cuti bersama day for every office (far ahead, where no other test looks), added twice, then removed.
    const national = page.getByRole('region', { name: 'Cuti bersama (nasional)' });
    for (let i = 0; i < 2; i++) {
      await national.getByLabel('Tanggal').fill('2099-03-13');
      await national.getByLabel('Keterangan').fill('Cuti bersama uji');
      await national.getByRole('button', { name: 'Tambah cuti bersama' }).click();
      await national.getByRole('cell', { name: 'Cuti bersama uji' }).waitFor();
    }
    expect(expectOk(await stack.get('/calendar/national-days-off?year=2099')).filter((d: { date: string }) => d.date === '2099-03-13')).toHaveLength(1);
    await national.getByRole('button', { name: /^Hapus hari libur/ }).click();
    await national.getByRole('cell', { name: 'Cuti bersama uji' }).waitFor({ state: 'detached' });
    expect(expectOk(await stack.get('/calendar/national-days-off?year=2099')).filter((d: { date: string }) => d.date === '2099-03-13')).toHaveLength(0);
    expect(expectOk(await stack.get(`/offices/${office.id}/calendar/days-off`))).toEqual([]);
    expectOk(await stack.delete(`/offices/${office.id}/calendar/working-week`));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets an admin create a user who can then sign in, deactivate them (ending their access), reactivate them and reset their password', async () => {
    const username = `op.${randomUUID().slice(0, 8)}`;
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, '/administrasi/pengguna');
    await page.getByRole('heading', { name: 'Pengguna dan peran' }).waitFor();
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    await page.getByLabel(/^Nama pengguna/).fill(username);
    await page.getByLabel(/^Nama lengkap/).fill('Ani Lestari');
    const form = page.getByRole('form', { name: 'Tambah pengguna' });
    await choose(page, /^Peran/, 'Operator', undefined, form);
    // An operator without an office is refused on the office field, before anything is sent.
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByText('Operator dan kepala kantor harus punya kantor').waitFor();
    await choose(page, /^Kantor/, officeName, officeName, form);
    await page.getByLabel(/^NIP/).fill('19800101200501100');
    await page.getByLabel(/^Jabatan/).fill('Operator Kecamatan');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByText('18 angka', { exact: true }).first().waitFor();
    await page.getByLabel(/^NIP/).fill('198001012005011001');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByText(`Akun ${username} dibuat`).waitFor();
    expect(await page.getByText('Simpan sekarang: ini tidak akan ditampilkan lagi.').count()).toBe(1);
    const password = await secretOn(page);
    const created = expectOk(await stack.get(`/users?q=${username}`)).items[0];
    expect(created).toMatchObject({ username, displayName: 'Ani Lestari', role: 'operator', officeId: office.id, nip: '198001012005011001', position: 'Operator Kecamatan', active: true });

    // Listed, found by the filters.
    await page.getByRole('button', { name: 'Sudah saya simpan' }).click();
    await page.getByLabel('Cari nama atau nama pengguna').fill(username);
    const row = page.getByRole('row', { name: new RegExp(username.replace('.', '\\.')) });
    await row.waitFor();
    expect(await row.innerText()).toContain(officeName);
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    await page.getByLabel('Cari nama atau nama pengguna').fill('');
    await eventually(async () => (await page.getByRole('table', { name: 'Daftar pengguna' }).getByRole('row').count()) > 3, 10_000, 'the whole list again');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-pengguna.png'), fullPage: true });

    // The new person signs in, in a browser of their own.
    const theirs = await launchChromium();
    try {
      const own = await theirs.context.newPage();
      await signInAs(own, stack.baseUrl, '/', { id: created.id, username, password, client: stack.anonymous });
      await own.getByRole('button', { name: 'Keluar' }).waitFor();
      // An operator sees no administration.
      expect(await own.getByRole('link', { name: 'Administrasi' }).count()).toBe(0);
      const session = await stack.login(username, password);
      expect((await session.get('/auth/me')).status).toBe(200);

      // Deactivated: their sessions end, and they cannot sign in.
      await page.getByLabel('Cari nama atau nama pengguna').fill(username);
      await page.getByRole('link', { name: username }).click();
      await page.getByRole('heading', { name: 'Ani Lestari' }).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Nonaktifkan akun' }).click();
      await page.getByRole('button', { name: 'Aktifkan kembali' }).waitFor();
      expect(await page.getByText('Nonaktif', { exact: true }).count()).toBeGreaterThan(0);
      expect((await session.get('/auth/me')).status).toBe(401);
      expect((await stack.anonymous.post('/auth/login', { username, password })).status).toBe(401);
      await own.reload();
      await own.getByLabel('Nama pengguna').waitFor();

      // Reactivated, with a new password shown once: the old one no longer signs in.
      await page.getByRole('button', { name: 'Aktifkan kembali' }).click();
      await page.getByRole('button', { name: 'Nonaktifkan akun' }).waitFor();
      await page.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
      await page.getByText(`Kata sandi baru untuk ${username}:`).waitFor();
      const fresh = await secretOn(page);
      expect(fresh).not.toBe(password);
      expect((await stack.anonymous.post('/auth/login', { username, password })).status).toBe(401);
      expect((await stack.anonymous.post('/auth/login', { username, password: fresh })).status).toBe(200);
      await expectAccessible(page);
      expect(await englishOnPage(page)).toEqual([]);
    } finally {
      await theirs.close();
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a manager their office’s users read-only, their office’s working calendar, and lets them register a webhook for their own office', async () => {
    const manager = await createUser(stack, 'manager', { officeId: office.id });
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, '/', manager);
    await page.getByRole('link', { name: 'Pengguna kantor' }).click();
    await page.getByRole('heading', { name: 'Pengguna dan peran' }).waitFor();
    await page.getByRole('link', { name: manager.username }).waitFor();
    expect(await page.getByRole('button', { name: 'Tambah pengguna' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Administrasi' }).count()).toBe(0);
    await page.getByRole('link', { name: manager.username }).click();
    await page.getByRole('heading', { name: `Pengguna ${manager.username}` }).waitFor();
    expect(await page.getByRole('button', { name: 'Nonaktifkan akun' }).count()).toBe(0);
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);

    // Their office's working calendar: their own days off, not the national ones (an admin's).
    await page.getByRole('link', { name: 'Kalender kerja kantor' }).click();
    await page.getByRole('heading', { name: 'Kalender kerja', exact: true }).waitFor();
    await page.getByText(officeName, { exact: true }).waitFor();
    expect(await page.getByText('Cuti bersama (nasional)').count()).toBe(0);
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);

    // Their office's webhooks: registered for their own office, without the admin's allowances.
    await page.getByRole('link', { name: 'Webhook kantor' }).click();
    await page.getByRole('heading', { name: 'Webhook', exact: true }).waitFor();
    expect(await page.getByLabel(/^Kantor/).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    const url = `https://93.184.216.34/kantor/${randomUUID().slice(0, 8)}`;
    await page.getByLabel(/^Alamat URL/).fill(url);
    await choose(page, /^Jenis peristiwa/, 'Gangguan dilaporkan');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
    await page.getByText(`Endpoint ${url} didaftarkan`).waitFor();
    expect(expectOk(await manager.client.get('/webhooks')).items.find((w: any) => w.url === url)).toMatchObject({ officeId: office.id, allowHttp: false, allowPrivateTargets: false });
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a new API key once, with a copy button; the key reads the API as X-Api-Key and as a Bearer token until it is revoked', async () => {
    const name = `Sinkronisasi SIAK ${randomUUID().slice(0, 6)}`;
    // A name someone typed in English (as other suites do) is theirs, not the page's language.
    expectOk(await stack.post('/api-keys', { name: `integrasi manager ${randomUUID().slice(0, 6)}`, officeId: office.id, role: 'manager' }), 201);
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, '/administrasi/kunci-api');
    await page.getByRole('heading', { name: 'Kunci API', exact: true }).waitFor();
    await page.getByLabel(/^Nama/).fill(name);
    await choose(page, /^Kantor/, officeName, officeName);
    await choose(page, /^Peran/, 'Operator');
    await page.getByRole('button', { name: 'Buat kunci' }).click();
    await page.getByText(`Kunci ${name} dibuat`).waitFor();
    expect(await page.getByText('Simpan sekarang: ini tidak akan ditampilkan lagi.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Salin' }).count()).toBe(1);
    const key = await secretOn(page);
    expect(key).toMatch(/^ektp_k_/);

    const byHeader = stack.client(undefined, { 'x-api-key': key });
    expect(expectOk(await byHeader.get('/auth/me'))).toMatchObject({ kind: 'api-key', role: 'operator', officeId: office.id, displayName: name });
    const byBearer = stack.client(key);
    expect(expectOk(await byBearer.get(`/service-points?officeId=${office.id}`)).total).toBeGreaterThanOrEqual(0);

    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.waitFor();
    expect(await row.innerText()).toContain(key.slice(0, 17));
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);

    // Read again, the page no longer has the key: only its prefix.
    await page.reload();
    await page.getByRole('row', { name: new RegExp(name) }).waitFor();
    expect(await page.locator('[data-secret]').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(key);

    // Revoked (after a question): the key no longer opens anything.
    await page.getByRole('button', { name: `Cabut ${name}` }).click();
    await page.getByRole('button', { name: 'Ya, cabut' }).click();
    await page.getByRole('row', { name: new RegExp(name) }).getByText(/^Dicabut/).waitFor();
    expect((await byHeader.get('/auth/me')).status).toBe(401);
    expect((await byBearer.get('/auth/me')).status).toBe(401);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets an admin add an office for a regency, its name proposed from the regency’s, and refuses a second one for the same regency in words', async () => {
    // A regency with no office yet (none of this run's tests took it), in a province of several.
    const { rows } = await stack.db.query(
      `SELECT r.code, r.name, p.code AS province_code, p.name AS province_name FROM regencies r JOIN provinces p ON p.code = r.province_code
        WHERE NOT EXISTS (SELECT 1 FROM offices o WHERE o.regency_code = r.code) ORDER BY random() LIMIT 1`,
    );
    const [regency] = rows as Array<{ code: string; name: string; province_code: string; province_name: string }>;
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, '/administrasi/kantor');
    const add = async () => {
      await page.getByRole('button', { name: 'Tambah kantor' }).click();
      await choose(page, /^Provinsi/, `${regency.province_name} (${regency.province_code})`, regency.province_name);
      await choose(page, /^Kabupaten\/kota/, `${regency.name} (${regency.code})`, regency.name);
    };
    await add();
    const proposed = `Dinas Kependudukan dan Pencatatan Sipil ${regency.name}`;
    expect(await page.getByLabel(/^Nama kantor/).inputValue()).toBe(proposed);
    await page.getByRole('button', { name: 'Buat kantor' }).click();
    // Its page opens, where the letterhead, zone and policy are set.
    await page.getByRole('heading', { name: proposed }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop();
    expect((await stack.get(`/offices/${id}`)).body).toMatchObject({ regencyCode: regency.code, name: proposed });
    // The same regency again: refused in words, and nothing made.
    await page.goto(`${stack.baseUrl}/administrasi/kantor`);
    await add();
    await page.getByRole('button', { name: 'Buat kantor' }).click();
    await page.getByText('Kantor untuk kabupaten/kota ini sudah ada').waitFor();
    expect((await stack.db.query('SELECT count(*)::int AS n FROM offices WHERE regency_code = $1', [regency.code])).rows[0].n).toBe(1);
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps an office’s letterhead, ministry address and time zone, and its service points’ places and hours', async () => {
    const own = await createOffice(stack, { users: false });
    const ownName = (await stack.get(`/offices/${own.id}`)).body.name;
    const sp = await createServicePoint(stack, own as OfficeFixture, { name: `Kantor Kecamatan ${randomUUID().slice(0, 6)}` });
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, `/administrasi/kantor/${own.id}`);
    await page.getByRole('heading', { name: ownName }).waitFor();
    await page.getByLabel(/^Alamat/).first().fill('Jl. Lintas Melawi No. 1');
    await page.getByLabel(/^Telepon/).fill('(0565) 21234');
    await page.getByLabel(/^Tempat penulisan surat/).fill('Sintang');
    await page.getByLabel(/^Surel kementerian/).fill('dukcapil@kemendagri.go.id');
    await page.getByLabel(/^Yth\./).fill('Direktur Jenderal Dukcapil, Kementerian Dalam Negeri');
    await page.getByLabel(/^Format nomor surat/).fill('470/<seq>/Dukcapil-STG/<year>');
    await choose(page, /^Zona waktu/, 'WITA (Asia/Makassar)');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
    expect(expectOk(await stack.get(`/offices/${own.id}`))).toMatchObject({
      address: 'Jl. Lintas Melawi No. 1',
      phone: '(0565) 21234',
      letterCity: 'Sintang',
      ministryEmail: 'dukcapil@kemendagri.go.id',
      ministryRecipient: 'Direktur Jenderal Dukcapil, Kementerian Dalam Negeri',
      letterNumberPattern: '470/<seq>/Dukcapil-STG/<year>',
      timeZone: 'Asia/Makassar',
    });
    // A bad e-mail is refused on its field; nothing changes.
    await page.getByLabel(/^Surel kementerian/).fill('bukan-surel');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText('Isian ini ditolak server; periksa kembali').waitFor();
    expect((await stack.get(`/offices/${own.id}`)).body.ministryEmail).toBe('dukcapil@kemendagri.go.id');

    await page.reload();
    await page.getByLabel(/^Telepon/).waitFor();
    expect(await page.getByLabel(/^Telepon/).inputValue()).toBe('(0565) 21234');
    expect(await page.locator('input').and(page.getByLabel(/^Zona waktu/)).inputValue()).toBe('WITA (Asia/Makassar)');
    await page.getByText('Jam buka menurut waktu setempat kantor (WITA).').waitFor();

    // A service point's place and hours, edited in a dialog; a latitude outside Indonesia is refused on its field.
    await page.getByRole('button', { name: `Ubah ${sp.name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Alamat/).fill('Jl. Kecamatan No. 5');
    await dialog.getByLabel(/^Lintang/).fill('40');
    await dialog.getByLabel(/^Bujur/).fill('112,4521');
    await dialog.getByLabel(/^Jam buka/).fill('sen-kam 08:00-15:00; jum 08:00-11:00 13:30-16:00');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Isian ini ditolak server; periksa kembali').waitFor();
    await dialog.getByLabel(/^Lintang/).fill('-0,5123');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const point = expectOk(await stack.get(`/service-points/${sp.id}`));
    expect(point).toMatchObject({ address: 'Jl. Kecamatan No. 5', latitude: -0.5123, longitude: 112.4521 });
    expect(point.openingHours).toEqual([
      ...['mon', 'tue', 'wed', 'thu'].map((day) => ({ day, open: '08:00', close: '15:00' })),
      { day: 'fri', open: '08:00', close: '11:00' },
      { day: 'fri', open: '13:30', close: '16:00' },
    ]);
    const row = page.getByRole('row', { name: new RegExp(sp.name) });
    await row.getByText('sen-kam 08:00-15:00; jum 08:00-11:00 13:30-16:00').waitFor();

    // The CSV import: a new point with its place and hours; the same file again changes nothing.
    const imported = `Kantor Desa ${randomUUID().slice(0, 6)}`;
    const csv = `name,kind,district_code,address,latitude,longitude,opening_hours\n${imported},kecamatan-office,${own.districts[0]},Jl. Desa 2,-0.6,112.5,sen-jum 08:00-14:00\n`;
    const file = { name: 'titik-layanan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('Dibuat 1, diperbarui 0, tidak berubah 0.').waitFor();
    await page.getByRole('row', { name: new RegExp(imported) }).getByText('sen-jum 08:00-14:00').waitFor();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('Dibuat 0, diperbarui 0, tidak berubah 1.').waitFor();
    expect(expectOk(await stack.get(`/service-points?officeId=${own.id}`)).total).toBe(2);
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('registers a webhook endpoint on a phone, shows its secret once, and its delivery log redelivers a failed event', async () => {
    const url = `https://93.184.216.34/hook/${randomUUID().slice(0, 8)}`;
    const { page, problems } = await openPage(chromium.context);
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, '/administrasi/webhook');
    await page.getByRole('heading', { name: 'Webhook', exact: true }).waitFor();
    await page.getByLabel(/^Alamat URL/).fill(url);
    await page.getByLabel(/^Keterangan/).fill('Dasbor provinsi');
    await choose(page, /^Kantor/, officeName, officeName);
    await choose(page, /^Jenis peristiwa/, 'Gangguan dilaporkan');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
    await page.getByText(`Endpoint ${url} didaftarkan`).waitFor();
    const secret = await secretOn(page);
    expect(secret).toMatch(/^whsec_/);
    const hook = expectOk(await stack.get(`/webhooks?officeId=${office.id}`)).items.find((w: any) => w.url === url);
    expect(hook).toMatchObject({ eventTypes: ['outage.opened'], description: 'Dasbor provinsi', enabled: true, secretHint: secret.slice(0, 10) });
    expect({ width: Number(await page.evaluate('document.documentElement.scrollWidth')) }).toEqual({ width: 360 });
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);

    // A delivery that failed (no worker runs in this file: it is written as the worker would have left it).
    const eventId = randomUUID();
    await stack.db.query(`INSERT INTO webhook_events (id, type, office_id, occurred_at, body) VALUES ($1, 'outage.opened', $2, now(), '{}')`, [eventId, office.id]);
    await stack.db.query(
      `INSERT INTO webhook_deliveries (event_id, endpoint_id, task_queue, status, attempts, last_status_code, last_error, last_attempt_at, failed_at, started_series)
       VALUES ($1, $2, $3, 'failed', 7, 503, 'answered HTTP 503', now(), now(), 1)`,
      [eventId, hook.id, stack.taskQueue],
    );
    await page.getByRole('link', { name: url }).click();
    const log = page.getByRole('table', { name: 'Riwayat pengiriman' });
    const row = log.getByRole('row', { name: /Gangguan dilaporkan/ });
    await row.getByText('Gagal').waitFor();
    expect(await row.innerText()).toContain('HTTP 503');
    expect(await page.locator('[data-secret]').count()).toBe(0);
    await row.getByRole('button', { name: /^Kirim ulang peristiwa/ }).click();
    await row.getByText('Sedang dikirim').waitFor();
    expect(expectOk(await stack.get(`/webhooks/${hook.id}/deliveries`)).items[0]).toMatchObject({ eventId, status: 'pending', series: 2 });

    // A new secret, shown once.
    await page.getByRole('button', { name: 'Ganti rahasia' }).click();
    await page.getByText('Rahasia baru dibuat; rahasia lama tidak berlaku lagi').waitFor();
    const rotated = await secretOn(page);
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    expect({ width: Number(await page.evaluate('document.documentElement.scrollWidth')) }).toEqual({ width: 360 });
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits every administration page on a 360-px-wide phone', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, '/');
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    const users = expectOk(await stack.get(`/users?officeId=${office.id}`)).items;
    // More users than a page holds: the list's page buttons are named too.
    const total = expectOk(await stack.get('/users?limit=1')).total as number;
    await Promise.all(Array.from({ length: Math.max(0, 21 - total) }, () => createUser(stack, 'operator', { officeId: office.id })));
    for (const at of ['/administrasi/kantor', `/administrasi/kantor/${office.id}`, `/administrasi/kantor/${office.id}/kebijakan`, '/administrasi/pengguna', `/administrasi/pengguna/${users[0].id}`, '/administrasi/kunci-api']) {
      await page.goto(`${stack.baseUrl}${at}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByRole('status', { name: 'Memuat…' }).first().waitFor({ state: 'detached' });
      await page.getByRole('table').or(page.getByRole('form')).first().waitFor();
      expect({ at, broken: (await page.locator('body').innerText()).match(/undefined|NaN|Invalid Date/g) }).toEqual({ at, broken: null });
      expect({ at, width: Number(await page.evaluate('document.documentElement.scrollWidth')) }).toEqual({ at, width: 360 });
      await expectAccessible(page);
      expect(await englishOnPage(page)).toEqual([]);
    }
    // The next page of users, by its named button.
    await page.goto(`${stack.baseUrl}/administrasi/pengguna`);
    const first = await page.getByRole('table', { name: 'Daftar pengguna' }).getByRole('link').first().innerText();
    await page.getByRole('button', { name: 'Halaman berikutnya' }).click();
    await eventually(async () => (await page.getByRole('table', { name: 'Daftar pengguna' }).getByRole('link').first().innerText()) !== first, 10_000, 'the second page');
    expect(problems).toEqual([]);
    await page.close();
  });
});
