import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy, UserFixture } from './support/fixtures';
import { launchChromium } from './support/browser';
import { englishOnPage, expectAccessible, openPage, SCREENSHOTS, signIn as signInAs } from './support/web';
import { eventually, Stack } from './support/stack';

describe('Perangkat, Beranda and the inbox in Chromium', () => {
  const stack = new Stack();
  let chromium: { context: BrowserContext; close: () => Promise<void> };
  let office: OfficeFixture;
  let operator: UserFixture;
  let pointName: string;
  let otherPointName: string;
  /** The case of the broken PC in beforeAll (its triage deadline passes: a reminder reaches the operators). */
  let remindedCase: string;
  /** What the second test reports from Perangkat. */
  let reported: { caseId: string; description: string; serial: string } | undefined;
  const serial = `CAM-${randomUUID().slice(0, 8).toUpperCase()}`;

  beforeAll(async () => {
    await stack.start();
    chromium = await launchChromium();
    office = await createOffice(stack);
    await setPolicy(stack, office.id, { triageSeconds: 2, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600, outageEscalationSeconds: 3600 });
    // The operator exists before the reminder is sent: it is addressed to the office's operators.
    operator = await createUser(stack, 'operator', { officeId: office.id });
    pointName = `Kecamatan ${randomUUID().slice(0, 6)}`;
    otherPointName = `MPP ${randomUUID().slice(0, 6)}`;
    await createServicePoint(stack, office, { name: pointName });
    const other = await createServicePoint(stack, office, { name: otherPointName, kind: 'mpp-desk' });
    const set = await addRecordingSet(stack, other.id);
    const pc = await office.operator.post('/repairs', { deviceId: set.pc.id, description: `PC tidak menyala ${randomUUID().slice(0, 4)}` });
    expect(pc.status).toBe(201);
    remindedCase = pc.body.id;
    // A letter awaiting approval and an outage, so the Beranda shows every count.
    expect((await office.operator.post('/escalations', { repairCaseIds: [remindedCase] })).status).toBe(201);
    const outage = await office.operator.post('/outages', {
      officeId: office.id,
      kind: 'network',
      servicePointIds: [other.id],
      // Ten minutes: well inside the hour after which an outage drafts a letter of its own.
      startedAt: new Date(Date.now() - 600_000).toISOString(),
      description: 'Jaringan ke MPP terputus',
    });
    expect(outage.status).toBe(201);
  });
  afterAll(async () => {
    await chromium?.close();
    await stack.stop();
  });

  const signIn = (page: Page, to: string, who: UserFixture = operator) => signInAs(page, stack.baseUrl, to, who);
  const select = async (page: Page, label: string, option: string) => {
    await page.locator('input').and(page.getByLabel(new RegExp(`^${label}`))).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  it('registers a device at a service point, shows it there, and finds it by part of its serial number', async () => {
    const { page, problems } = await openPage(chromium.context);
    await signIn(page, '/perangkat');
    await page.getByRole('heading', { name: 'Perangkat', level: 1 }).waitFor();
    await page.getByRole('region', { name: otherPointName }).getByText(/^T-camera-/).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Daftarkan perangkat' }).click();
    // Only the serial number: each missing field is named under it, and nothing is sent.
    await page.getByLabel(/^Nomor seri/).fill(serial);
    await page.getByRole('button', { name: 'Simpan perangkat' }).click();
    await page.getByText('Wajib diisi').first().waitFor();
    expect(await page.getByText('Wajib diisi').count()).toBe(3);
    expect((await office.operator.get(`/devices?serial=${serial}`)).body.total).toBe(0);
    await select(page, 'Titik layanan', pointName);
    await select(page, 'Jenis perangkat', 'Kamera');
    await select(page, 'Pemilik', 'Pusat (Kementerian)');
    await page.getByLabel('Merek dan model').fill('Canon EOS 1300D');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Simpan perangkat' }).click();
    await page.getByRole('status').getByText(`Perangkat ${serial} terdaftar di ${pointName}`).waitFor();

    // Registered as entered, at that service point.
    const found = (await office.operator.get(`/devices?serial=${serial}`)).body.items;
    expect(found.map((d: any) => [d.serialNumber, d.kind, d.owner, d.model, d.status])).toEqual([[serial, 'camera', 'central', 'Canon EOS 1300D', 'active']]);
    // The same serial number again: the server's refusal is shown, and nothing is added.
    await page.getByRole('button', { name: 'Daftarkan perangkat' }).click();
    await page.getByLabel(/^Nomor seri/).fill(serial);
    await page.getByRole('button', { name: 'Simpan perangkat' }).click();
    await page.getByRole('alert').waitFor();
    expect((await page.getByRole('alert').innerText()).trim()).not.toBe('');
    expect((await office.operator.get(`/devices?serial=${serial}`)).body.total).toBe(1);
    await page.getByRole('button', { name: 'Daftarkan perangkat' }).click();
    const point = page.getByRole('region', { name: pointName });
    await point.getByRole('row', { name: new RegExp(serial) }).getByText('Berfungsi', { exact: true }).waitFor();

    // Found by part of the serial number: only that device is listed, with its service point.
    await page.getByLabel('Cari nomor seri').fill(serial.slice(2).toLowerCase());
    await page.getByRole('heading', { name: /Hasil pencarian/ }).waitFor();
    const rows = page.getByRole('row').filter({ hasText: serial });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(pointName);
    expect(await page.getByRole('region', { name: otherPointName }).count()).toBe(0);
    expect(await page.getByText(/^T-camera-/).count()).toBe(0);

    await page.getByLabel('Cari nomor seri').fill('TIDAK-ADA-SERI-INI');
    await page.getByText('Tidak ada perangkat dengan nomor seri "TIDAK-ADA-SERI-INI"').waitFor();
    await page.getByLabel('Cari nomor seri').fill('');
    await page.getByRole('region', { name: otherPointName }).waitFor();

    expect(await englishOnPage(page)).toEqual([]);
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'perangkat.png'), fullPage: true });

    // On a 360-px phone the page does not scroll sideways (the tables scroll inside their frames).
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('reports a device broken from Perangkat and lands on its new repair case', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.goto(`${stack.baseUrl}/perangkat`);
    await page.getByLabel('Cari nomor seri').fill(serial);
    await page.getByRole('heading', { name: /Hasil pencarian/ }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(serial) });
    await row.getByRole('button', { name: 'Laporkan rusak' }).click();
    const dialog = page.getByRole('dialog', { name: `Laporkan kerusakan ${serial}` });
    await dialog.waitFor();
    // Checked once the dialog has faded in (half-faded text has too little contrast).
    // (A function, not a string: the page's CSP allows no eval.)
    await page.waitForFunction(() => {
      const w = globalThis as any;
      return [...w.document.querySelectorAll('[role=dialog], .mantine-Modal-overlay')].every((e: unknown) => w.getComputedStyle(e).opacity === '1');
    });
    await expectAccessible(page);
    const description = `Kamera ${serial} tidak fokus ${randomUUID().slice(0, 4)}`;
    await dialog.getByLabel(/^Uraian kerusakan/).fill(description);
    await dialog.getByRole('button', { name: 'Kirim laporan' }).click();

    await page.getByRole('heading', { name: description, level: 1 }).waitFor();
    const caseId = new URL(page.url()).pathname.match(/^\/perbaikan\/([0-9a-f-]{36})$/)?.[1];
    expect(caseId).toBeDefined();
    const opened = (await stack.get(`/repairs/${caseId}`)).body;
    expect([opened.description, opened.device.serialNumber, opened.status]).toEqual([description, serial, 'reported']);
    reported = { caseId: caseId!, description, serial };
    await eventually(async () => (await stack.get(`/devices/${opened.device.id}`)).body.status === 'broken', 30_000, 'the device marked broken');

    // Back on Perangkat, the device is broken and offers no second report.
    await page.getByRole('link', { name: 'Perangkat' }).click();
    await page.getByLabel('Cari nomor seri').fill(serial);
    await page.getByRole('heading', { name: /Hasil pencarian/ }).waitFor();
    const again = page.getByRole('row', { name: new RegExp(serial) });
    await again.getByText('Rusak', { exact: true }).waitFor();
    expect(await again.getByRole('button', { name: 'Laporkan rusak' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the office’s counts on the Beranda and lists the new case under "Perlu tindakan Anda" with a working link', async () => {
    expect(reported).toBeDefined();
    const { caseId, description } = reported!;
    const expected = await eventually(
      async () => {
        const d = (await operator.client.get('/dashboard')).body;
        // Both cases past their two seconds to triage.
        return d.needsYou.items.some((i: { id: string }) => i.id === caseId) && d.repairs.stalled === 2 ? d : undefined;
      },
      30_000,
      'the case on the dashboard',
    );
    expect(expected.repairs.open).toBe(2);
    const { page, problems } = await openPage(chromium.context);
    await page.goto(`${stack.baseUrl}/`);
    await page.getByRole('heading', { name: 'Beranda', level: 1 }).waitFor();
    const count = async (label: string) => {
      const group = page.getByRole('group', { name: label });
      await group.waitFor();
      return (await group.innerText()).replace(label, '').trim();
    };
    expect(await count('Kasus terbuka')).toBe('2');
    expect(await count('Dieskalasi ke kementerian')).toBe('1');
    expect(await count('Menunggu persetujuan')).toBe('1');
    expect(await count('Menunggu balasan kementerian')).toBe('0');
    expect(await count('Gangguan berlangsung')).toBe('1');
    expect(await count('Kartu belum tercetak')).toBe('0');
    expect(await count('Melewati tenggat')).toBe('2');

    await page.getByRole('heading', { name: 'Perlu tindakan Anda' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(description) });
    await row.waitFor();
    expect(await row.innerText()).toContain('Periksa, Batalkan kasus');
    expect(await row.innerText()).toContain(reported!.serial);
    // The letter and the outage are listed too, each with what the operator may do.
    expect(await page.getByRole('row', { name: /Jaringan ke MPP terputus/ }).innerText()).toContain('Nyatakan teratasi, Rencanakan lembur');
    expect(await page.getByRole('row', { name: /Surat eskalasi/ }).innerText()).toContain('Ubah draf');
    expect(await englishOnPage(page)).toEqual([]);
    await expectAccessible(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'beranda.png'), fullPage: true });

    await row.getByRole('link', { name: description }).click();
    await page.getByRole('heading', { name: description, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/perbaikan/${caseId}`);
    await page.getByRole('button', { name: 'Periksa', exact: true }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('links an inbox message to its case, and opening it marks it read', async () => {
    const message = await eventually(
      async () => {
        const items = (await operator.client.get('/notifications?unread=true')).body.items as Array<{ id: string; subjectType: string; subjectId: string; title: string }>;
        return items.find((n) => n.subjectType === 'repair' && n.subjectId === remindedCase);
      },
      30_000,
      'a reminder about the case',
    );
    const { page, problems } = await openPage(chromium.context);
    await page.goto(`${stack.baseUrl}/kotak-masuk`);
    await page.getByRole('heading', { name: 'Kotak masuk' }).waitFor();
    const link = page.getByRole('link', { name: message.title }).first();
    await link.waitFor();
    await expectAccessible(page);
    expect(await englishOnPage(page)).toEqual([]);
    await link.click();
    await page.waitForURL(`${stack.baseUrl}/perbaikan/${remindedCase}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await eventually(
      async () => (await operator.client.get('/notifications?limit=100')).body.items.find((n: { id: string }) => n.id === message.id)?.read === true,
      10_000,
      'the message marked read',
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
