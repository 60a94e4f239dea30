import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { launchChromium } from './support/browser';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy, UserFixture } from './support/fixtures';
import { eventually, Stack } from './support/stack';
import { englishOnPage, expectAccessible, openPage, SCREENSHOTS, signIn as signInAs } from './support/web';

type Browser = { context: BrowserContext; close: () => Promise<void> };

describe('letters to the ministry in Chromium', () => {
  const stack = new Stack();
  const browsers: Browser[] = [];
  let office: OfficeFixture;
  let operator: UserFixture;
  let reviewer: UserFixture;
  let approver: UserFixture;

  beforeAll(async () => {
    await stack.start();
    office = await createOffice(stack);
    // A case stalls two seconds after it opens and its letter is drafted; the other deadlines are far away.
    await setPolicy(stack, office.id, {
      triageSeconds: 3600,
      repairSeconds: 3600,
      verificationSeconds: 3600,
      reminderIntervalSeconds: 3600,
      escalationThresholdSeconds: 2,
      approvalReminderSeconds: 3600,
      approvalSupervisorAfterSeconds: 7200,
      replyWaitSeconds: 3600,
    });
    [operator, reviewer, approver] = await Promise.all([
      createUser(stack, 'operator', { officeId: office.id }),
      createUser(stack, 'manager', { officeId: office.id }),
      createUser(stack, 'manager', { officeId: office.id }),
    ]);
  });
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await stack.stop();
  });

  /** Each person in a browser of their own (their own session cookie). */
  async function browserOf(who: UserFixture, at: string, viewport?: { width: number; height: number }): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
    const browser = await launchChromium(viewport);
    browsers.push(browser);
    const opened = await openPage(browser.context);
    await signInAs(opened.page, stack.baseUrl, at, who);
    return { ...opened, close: () => browsers.splice(browsers.indexOf(browser), 1)[0].close() };
  }

  /**
   * The server's answer for `url` (Chromium's PDF viewer then reads the same URL again as a stream
   * of its own, which carries no headers: the answer that came from the API carries its request id).
   */
  const isPdf = (url: string) => (r: Response) => r.url() === `${stack.baseUrl}${url}` && r.headers()['x-request-id'] !== undefined;

  it('takes a stalled case’s letter from review through changes and a second manager’s approval to the ministry’s reply, and the case links to it', async () => {
    const pointName = `Kecamatan ${randomUUID().slice(0, 6)}`;
    const sp = await createServicePoint(stack, office, { name: pointName });
    const { camera } = await addRecordingSet(stack, sp.id);
    const opened = await operator.client.post('/repairs', { deviceId: camera.id, description: 'Kamera perekaman mati total' });
    expect(opened.status).toBe(201);
    const caseId: string = opened.body.id;

    // The case stalls: the system drafts the letter, which waits for a manager.
    const drafted = await eventually(async () => {
      const items = (await office.manager.get(`/escalations?officeId=${office.id}`)).body.items as Array<{ id: string }>;
      for (const item of items) {
        const e = (await office.manager.get(`/escalations/${item.id}`)).body;
        if (e.repairCaseIds.includes(caseId)) return e;
      }
      return undefined;
    }, 30_000, 'the letter about the stalled case');
    expect(drafted).toMatchObject({ status: 'drafted', draftedBy: 'system', source: 'repair-stalled' });
    const id: string = drafted.id;

    // A manager finds it among the letters awaiting their decision and opens it.
    const manager = await browserOf(reviewer, '/');
    await manager.page.getByRole('link', { name: 'Surat ke kementerian' }).click();
    await manager.page.getByRole('heading', { name: 'Surat ke kementerian', level: 1 }).waitFor();
    const awaiting = manager.page.getByRole('table', { name: 'Menunggu keputusan Anda' });
    await awaiting.waitFor();
    await expectAccessible(manager.page);
    expect(await englishOnPage(manager.page)).toEqual([]);
    const draftPdf = manager.page.waitForResponse(isPdf(`/escalations/${id}/draft.pdf`));
    await awaiting.getByRole('link', { name: drafted.subject }).click();
    await manager.page.getByRole('heading', { name: drafted.subject, level: 1 }).waitFor();
    expect(new URL(manager.page.url()).pathname).toBe(`/surat/${id}`);

    // The draft is in the page as a PDF, framed by the app (its CSP and X-Frame-Options allow this origin).
    const preview = await draftPdf;
    expect(preview.status()).toBe(200);
    expect(preview.headers()['content-type']).toBe('application/pdf');
    expect(preview.headers()['content-disposition']).toMatch(/^inline;/);
    expect(preview.request().frame()).not.toBe(manager.page.mainFrame());
    expect(preview.request().frame().parentFrame()).toBe(manager.page.mainFrame());
    await manager.page.getByTitle(`Konsep surat: ${drafted.subject}`).waitFor();
    await manager.page.getByText('Menunggu persetujuan', { exact: true }).first().waitFor();
    await manager.page.getByRole('link', { name: new RegExp(`^Kamera perekaman mati total .*${pointName}`) }).waitFor();
    await expectAccessible(manager.page);
    expect(await englishOnPage(manager.page)).toEqual([]);
    await manager.page.screenshot({ path: path.join(SCREENSHOTS, 'surat.png'), fullPage: true });

    // Sent back with a comment.
    await manager.page.getByRole('button', { name: 'Kembalikan untuk diperbaiki' }).click();
    await manager.page.getByLabel(/^Perbaikan yang diminta/).fill('Sebutkan jumlah penduduk yang belum terekam');
    await manager.page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await manager.page.getByText('Dikembalikan untuk diperbaiki', { exact: true }).first().waitFor();
    await manager.page.getByRole('note', { name: 'Catatan terakhir dari pimpinan' }).getByText('Sebutkan jumlah penduduk yang belum terekam').waitFor();
    expect(await manager.page.getByRole('button', { name: 'Setujui', exact: true }).count()).toBe(0);
    expect((await stack.get(`/escalations/${id}`)).body).toMatchObject({ status: 'changes-requested', lastComment: 'Sebutkan jumlah penduduk yang belum terekam' });
    expect(manager.problems).toEqual([]);
    await manager.close();

    // The operator edits the text; they get no approve button, and the server refuses an approval forged from their session.
    const op = await browserOf(operator, `/surat/${id}`);
    await op.page.getByRole('heading', { name: drafted.subject, level: 1 }).waitFor();
    await op.page.getByRole('note', { name: 'Catatan terakhir dari pimpinan' }).waitFor();
    expect(await op.page.getByRole('button', { name: 'Setujui', exact: true }).count()).toBe(0);
    expect(await op.page.getByRole('button', { name: 'Tolak', exact: true }).count()).toBe(0);
    await op.page.getByRole('button', { name: 'Ubah konsep' }).click();
    const body = op.page.getByLabel(/^Isi surat/);
    const text = await body.inputValue();
    expect(text).toContain(camera.serialNumber);
    const added = 'Di kecamatan ini masih 1.250 penduduk wajib KTP-el yang belum terekam.';
    await body.fill(`${text}\n\n${added}`);
    const editedPdf = op.page.waitForResponse(isPdf(`/escalations/${id}/draft.pdf`));
    await op.page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await op.page.getByText('Menunggu persetujuan', { exact: true }).first().waitFor();
    expect((await editedPdf).headers()['content-type']).toBe('application/pdf');
    await op.page.getByText('Konsep diubah', { exact: true }).waitFor();
    const edited = (await stack.get(`/escalations/${id}`)).body;
    expect(edited).toMatchObject({ status: 'drafted', drafters: expect.arrayContaining([operator.username]) });
    expect(edited.body).toContain(added);

    // The page's own cookie (readable by its scripts, as the app reads it) and its own session.
    const cookies = String(await op.page.evaluate('document.cookie'));
    const csrf = cookies
      .split(';')
      .map((c) => c.trim().split('='))
      .find(([k]) => k === 'ektp_csrf')?.[1];
    expect(csrf).toBeTruthy();
    const forged = await op.page.evaluate(
      async ({ letterId, token }) => {
        const res = await fetch(`/escalations/${letterId}/approve`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', 'X-CSRF-Token': token },
          body: '{}',
        });
        return { status: res.status, body: await res.json() };
      },
      { letterId: id, token: decodeURIComponent(csrf!) },
    );
    // Refused for the role, not for a missing token: the session and its CSRF token were sent.
    expect(forged).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    const unchanged = (await stack.get(`/escalations/${id}`)).body;
    expect(unchanged).toMatchObject({ status: 'drafted', letters: [], lastSeq: edited.lastSeq });
    await expectAccessible(op.page);
    expect(await englishOnPage(op.page)).toEqual([]);
    expect(op.problems).toEqual([]);

    // Another manager approves: the letter gets its number, and the numbered PDF is in the page.
    const second = await browserOf(approver, '/surat');
    const row = second.page.getByRole('table', { name: 'Menunggu keputusan Anda' }).getByRole('link', { name: drafted.subject });
    await row.click();
    await second.page.getByRole('heading', { name: drafted.subject, level: 1 }).waitFor();
    await second.page.getByRole('button', { name: 'Setujui', exact: true }).click();
    // Listened for before approving: on a busy machine the page may frame the numbered PDF at once.
    const letterPdf = second.page.waitForResponse(isPdf(`/escalations/${id}/letter.pdf?round=1`), { timeout: 60_000 });
    await second.page.getByRole('button', { name: 'Setujui dan beri nomor' }).click();
    const numbered = await eventually(async () => {
      const e = (await stack.get(`/escalations/${id}`)).body;
      return e.letters.length === 1 ? e : undefined;
    }, 30_000, 'the numbered letter');
    const number: string = numbered.letters[0].number;
    expect(numbered.letters[0].approvedBy).toBe(approver.username);
    await second.page.getByRole('heading', { name: `Surat nomor ${number}` }).waitFor();
    expect((await letterPdf).headers()['content-type']).toBe('application/pdf');
    await second.page.getByTitle(`Surat nomor ${number}`).waitFor();
    await second.page.getByRole('cell', { name: number, exact: true }).waitFor();
    // No SMTP here: once it is "sent" (to be sent by hand) it waits for the ministry.
    await second.page.getByText('Menunggu tanggapan', { exact: true }).first().waitFor({ timeout: 30_000 });
    await expectAccessible(second.page);
    expect(await englishOnPage(second.page)).toEqual([]);
    expect(second.problems).toEqual([]);
    await second.close();

    // The operator records the ministry's reply.
    await op.page.reload();
    await op.page.getByRole('button', { name: 'Catat tanggapan kementerian' }).click();
    await op.page.getByLabel(/^Nomor surat tanggapan/).fill('B-77/Dukcapil/XII/2026');
    await op.page.getByLabel(/^Ringkasan tanggapan/).fill('Kamera pengganti dikirim pekan depan');
    await op.page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await op.page.getByText('Selesai', { exact: true }).first().waitFor();
    await op.page.getByRole('heading', { name: 'Tanggapan kementerian' }).waitFor();
    await op.page.getByText('Nomor surat tanggapan: B-77/Dukcapil/XII/2026').waitFor();
    expect(await op.page.getByRole('button', { name: 'Catat tanggapan kementerian' }).count()).toBe(0);
    const closed = (await stack.get(`/escalations/${id}`)).body;
    expect(closed).toMatchObject({ status: 'closed', replyReference: 'B-77/Dukcapil/XII/2026', replySummary: 'Kamera pengganti dikirim pekan depan' });
    expect(closed.timeline.map((e: { event: string }) => e.event)).toEqual(['drafted', 'changes-requested', 'edited', 'approved', 'dispatch-skipped', 'answered']);
    for (const label of ['Konsep disusun', 'Dikembalikan untuk diperbaiki', 'Konsep diubah', 'Disetujui dan diberi nomor', 'Siap dikirim secara manual', 'Tanggapan kementerian dicatat']) {
      await op.page.getByText(label, { exact: true }).first().waitFor();
    }
    expect(op.problems).toEqual([]);

    // On a 360-px phone the letter fits the screen's width (its tables scroll within themselves).
    const small = await browserOf(operator, `/surat/${id}`, { width: 360, height: 740 });
    await small.page.getByRole('heading', { name: 'Tanggapan kementerian' }).waitFor();
    expect(await small.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    expect(small.problems).toEqual([]);
    await small.close();

    // The repair case links to its letter, and counts down to its deadline.
    await op.page.getByRole('link', { name: new RegExp(`^Kamera perekaman mati total`) }).click();
    await op.page.getByRole('heading', { name: 'Kamera perekaman mati total', level: 1 }).waitFor();
    expect(new URL(op.page.url()).pathname).toBe(`/perbaikan/${caseId}`);
    const letters = op.page.getByRole('region', { name: 'Surat ke kementerian' });
    await letters.getByRole('link', { name: `Surat pertama: Nomor ${number}` }).waitFor();
    await letters.getByText('Selesai', { exact: true }).waitFor();
    const timer = op.page.getByRole('timer');
    expect(await timer.innerText()).toMatch(/^\(sisa 5\d menit\)$/);
    expect(await op.page.getByText(/^Tenggat: .+ WIB$/).count()).toBe(1);
    await expectAccessible(op.page);
    expect(await englishOnPage(op.page)).toEqual([]);
    await op.page.screenshot({ path: path.join(SCREENSHOTS, 'perbaikan-kasus.png'), fullPage: true });
    await letters.getByRole('link', { name: `Surat pertama: Nomor ${number}` }).click();
    await op.page.getByRole('heading', { name: drafted.subject, level: 1 }).waitFor();
    expect(new URL(op.page.url()).pathname).toBe(`/surat/${id}`);
    expect(op.problems).toEqual([]);
  });

  it('lets a manager withdraw a letter with a reason, in Bahasa Indonesia; the operator is offered no such button', async () => {
    const sp = await createServicePoint(stack, office);
    const { camera } = await addRecordingSet(stack, sp.id);
    const opened = await operator.client.post('/repairs', { deviceId: camera.id, description: 'Kamera tidak menyala' });
    const letter = await operator.client.post('/escalations', { repairCaseIds: [opened.body.id] });
    expect(letter.status).toBe(201);
    const id = letter.body.id;

    const op = await browserOf(operator, `/surat/${id}`);
    await op.page.getByRole('heading', { name: letter.body.subject, level: 1 }).waitFor();
    await op.page.getByRole('button', { name: 'Ubah konsep' }).waitFor();
    expect(await op.page.getByRole('button', { name: 'Tarik kembali eskalasi' }).count()).toBe(0);
    await op.close();

    const manager = await browserOf(reviewer, `/surat/${id}`);
    await manager.page.getByRole('heading', { name: letter.body.subject, level: 1 }).waitFor();
    await manager.page.getByRole('button', { name: 'Tarik kembali eskalasi' }).click();
    const form = manager.page.getByRole('form', { name: 'Tarik kembali eskalasi' });
    await form.getByText('Eskalasi ditutup sebagai ditarik kembali').waitFor();
    await form.getByRole('textbox', { name: 'Alasan penarikan' }).fill('Kamera sudah diperbaiki teknisi daerah');
    await expectAccessible(manager.page);
    expect(await englishOnPage(manager.page)).toEqual([]);
    await form.getByRole('button', { name: 'Kirim', exact: true }).click();
    await manager.page.getByText('Ditarik kembali', { exact: true }).first().waitFor();
    await manager.page.getByRole('note', { name: 'Alasan ditarik kembali' }).getByText('Kamera sudah diperbaiki teknisi daerah').waitFor();
    expect(await manager.page.getByRole('button', { name: 'Tarik kembali eskalasi' }).count()).toBe(0);
    expect((await stack.get(`/escalations/${id}`)).body).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Kamera sudah diperbaiki teknisi daerah' });
    expect(manager.problems).toEqual([]);
  });

  it('counts a deadline down live, and shows it in red once it has passed', async () => {
    const sp = await createServicePoint(stack, office);
    const { pc } = await addRecordingSet(stack, sp.id);
    const opened = await operator.client.post('/repairs', { deviceId: pc.id, description: 'PC perekaman tidak menyala' });
    expect(opened.status).toBe(201);
    const browser = await launchChromium();
    browsers.push(browser);
    // The browser's clock is the test's: two hours pass in a moment.
    await browser.context.clock.install();
    const { page, problems } = await openPage(browser.context);
    await signInAs(page, stack.baseUrl, `/perbaikan/${opened.body.id}`, operator);
    const timer = page.getByRole('timer');
    await timer.waitFor();
    const before = await timer.innerText();
    expect(before).toMatch(/^\(sisa 5\d menit\)$/);
    // Not a live region: a screen reader is not told every tick.
    expect(await timer.getAttribute('aria-live')).toBe('off');
    await browser.context.clock.fastForward('02:00:00');
    await page.getByRole('timer').getByText(/^\(lewat 1 jam( \d+ menit)?\)$/).waitFor({ timeout: 5000 }).catch(async (e) => {
      throw new Error(`${(e as Error).message}; the timer reads ${await timer.innerText()}`);
    });
    const color = String(await page.evaluate(`getComputedStyle(document.querySelector('[role=timer]')).color`));
    const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number);
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(100);
    expect(b).toBeLessThan(100);
    // Passing the deadline is announced once, politely.
    await page.getByText('Tenggat telah lewat').waitFor({ state: 'attached' });
    expect(problems).toEqual([]);
  });
});
