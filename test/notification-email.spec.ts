import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { Mailbox } from './support/mailbox';
import { addRecordingSet, createOffice, createServicePoint, createUser, OfficeFixture, setPolicy, UserFixture } from './support/fixtures';
import { eventually, Stack } from './support/stack';
import { TcpProxy } from './support/tcp-proxy';

const BASE = 'https://ektp.daerah-uji.test';

/** The addresses a received e-mail went to. */
const to = (mail: ParsedMail): string[] => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));

describe('notifications by e-mail, per person and per kind', () => {
  const mailbox = new Mailbox();
  let smtp: TcpProxy;
  let stack: Stack;
  let office: Omit<OfficeFixture, 'operator' | 'operator2' | 'manager'>;
  /** Operators of the office: e-mail (the default), in the app only, in the digest, and one without an address. */
  let mailed: UserFixture;
  let inApp: UserFixture;
  let digest: UserFixture;
  let noAddress: UserFixture;
  const address = (who: string) => `${who}-${randomUUID().slice(0, 8)}@dukcapil-uji.test`;
  const addresses: Record<string, string> = {};

  beforeAll(async () => {
    await mailbox.start();
    // The SMTP server is reached through a loopback proxy, so the test can take it away.
    smtp = await TcpProxy.start(`127.0.0.1:${mailbox.port}`);
    stack = new Stack({
      SMTP_URL: `smtp://${smtp.address}`,
      MAIL_FROM: 'Dinas Dukcapil <dukcapil@daerah-uji.test>',
      PUBLIC_BASE_URL: BASE,
      EMAIL_SWEEP_INTERVAL_MS: '300',
      EMAIL_RETRY_INITIAL_MS: '300',
      EMAIL_RETRY_MAX_MS: '1000',
    });
    await stack.start();
    office = await createOffice(stack, { users: false });
    // The first reminder after two seconds, the next one an hour later.
    await setPolicy(stack, office.id, { triageSeconds: 2, repairSeconds: 3600, verificationSeconds: 3600, reminderIntervalSeconds: 3600 });
    [mailed, inApp, digest, noAddress] = await Promise.all([1, 2, 3, 4].map(() => createUser(stack, 'operator', { officeId: office.id })));
    addresses.mailed = address('ani');
    addresses.inApp = address('budi');
    addresses.digest = address('citra');
    // An admin sets one address; the others set their own.
    expect((await stack.http('PATCH', `/users/${mailed.id}`, { email: addresses.mailed })).body.email).toBe(addresses.mailed);
    expect((await inApp.client.http('PATCH', '/auth/me', { email: addresses.inApp })).body.email).toBe(addresses.inApp);
    expect((await digest.client.http('PATCH', '/auth/me', { email: `  ${addresses.digest.toUpperCase().replace(/@.*/, '')}@DUKCAPIL-UJI.test ` })).status).toBe(200);
    expect((await digest.client.get('/auth/me')).body.email).toBe(`${addresses.digest.toUpperCase().replace(/@.*/, '')}@dukcapil-uji.test`);
    expect((await digest.client.http('PATCH', '/auth/me', { email: addresses.digest })).body.email).toBe(addresses.digest);
    expect((await inApp.client.http('PUT', '/notification-preferences', { kind: 'repair-reminder', channel: 'in-app' })).status).toBe(200);
    expect((await digest.client.http('PUT', '/notification-preferences', { kind: 'repair-reminder', channel: 'digest' })).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.stop();
    await smtp?.close();
    await mailbox.stop();
  });

  /** The outbox rows of the notifications about one subject. */
  const outbox = async (subjectId: string) =>
    (
      await stack.db.query(
        `SELECT e.recipient_user_id, e.status, e.attempts, e.last_error, e.message_id, e.address
           FROM notification_emails e JOIN notifications n ON n.dedup_key = e.dedup_key WHERE n.subject_id = $1`,
        [subjectId],
      )
    ).rows;

  const inboxCount = async (who: UserFixture, subjectId: string) => (await who.client.get(`/notifications?subjectId=${subjectId}&limit=100`)).body.items.length as number;

  /** A case whose triage deadline passes in two seconds: its first reminder goes to every operator of the office. */
  const overdueCase = async () => {
    const sp = await createServicePoint(stack, office as OfficeFixture);
    const devices = await addRecordingSet(stack, sp.id);
    const res = await mailed.client.post('/repairs', { deviceId: devices.camera.id, description: 'Kamera tidak terdeteksi' });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, serial: devices.camera.serialNumber };
  };

  /** Writes a notification row straight into the table, as any code may (the daily digest will): it is e-mailed without knowing about e-mail. */
  const insertNotification = async (who: UserFixture, kind: string, title: string) => {
    const key = `uji:${randomUUID()}:${who.id}`;
    await stack.db.query(
      `INSERT INTO notifications (dedup_key, office_id, recipient_role, recipient_user_id, kind, subject_type, subject_id, title, body)
       VALUES ($1, $2, 'operator', $3, $4, 'office', $2, $5, 'Isi pesan uji') ON CONFLICT (dedup_key) DO NOTHING`,
      [key, office.id, who.id, kind, title],
    );
    return key;
  };

  it('e-mails a repair reminder once, in Indonesian with the link to the case, only to the person who chose e-mail and has an address', async () => {
    const repair = await overdueCase();
    // Everyone hears of it in the app, whatever they chose.
    for (const who of [mailed, inApp, digest, noAddress]) {
      await eventually(async () => (await inboxCount(who, repair.id)) === 1, 30_000, 'the in-app reminder');
    }
    const mail = await eventually(async () => mailbox.received.find((m) => to(m).includes(addresses.mailed) && m.text?.includes(repair.id)), 30_000, 'the reminder e-mail');
    expect(mail.subject).toMatch(/^Pengingat: perbaikan kamera/);
    expect(mail.subject).toContain(repair.serial);
    expect(mail.text).toContain(`Yth. Pengguna ${mailed.username},`);
    expect(mail.text).toContain('melewati batas waktu');
    expect(mail.text).toContain(`${BASE}/perbaikan/${repair.id}`);
    expect(mail.text).toContain(`${BASE}/pengaturan/pemberitahuan`);
    expect(mail.html).toContain(`href="${BASE}/perbaikan/${repair.id}"`);
    expect(mail.headers.get('content-language')).toBe('id');
    expect(mail.messageId).toMatch(/^<notif-[0-9a-f]{40}@daerah-uji\.test>$/);

    // The outbox holds one e-mail for the case: the one sent; nothing for the others.
    const rows = await outbox(repair.id);
    expect(rows).toEqual([expect.objectContaining({ recipient_user_id: mailed.id, status: 'sent', attempts: 1, last_error: null, message_id: mail.messageId, address: addresses.mailed })]);

    // A retried activity writes the same notification again: nothing new, nothing sent again.
    await stack.db.query(
      `INSERT INTO notifications (dedup_key, office_id, recipient_role, recipient_user_id, kind, subject_type, subject_id, title, body)
       SELECT dedup_key, office_id, recipient_role, recipient_user_id, kind, subject_type, subject_id, title, body FROM notifications WHERE subject_id = $1
       ON CONFLICT (dedup_key) DO NOTHING`,
      [repair.id],
    );
    // Any row written later is e-mailed too, the daily digest always (even to one who gathers reminders in it).
    const later = await insertNotification(mailed, 'tour-stop-overdue', `Pesan uji berikutnya ${randomUUID()}`);
    const digestTitle = `Ringkasan harian uji ${randomUUID()}`;
    await insertNotification(digest, 'digest', digestTitle);
    await eventually(async () => mailbox.received.some((m) => m.subject === digestTitle && to(m).includes(addresses.digest)), 30_000, 'the digest e-mail');
    const laterMail = await eventually(async () => mailbox.received.find((m) => m.headers.get('x-notification-key') === later), 30_000, 'the later e-mail');
    expect(laterMail.text).toContain(`${BASE}/`);
    // By now every pass that could have sent the reminder again has run: it came once, to one person.
    expect(mailbox.received.filter((m) => m.text?.includes(repair.id))).toHaveLength(1);
    expect(mailbox.received.filter((m) => to(m).includes(addresses.inApp))).toHaveLength(0);
    expect(mailbox.received.filter((m) => to(m).includes(addresses.digest) && m.text?.includes(repair.id))).toHaveLength(0);
    expect(await outbox(repair.id)).toHaveLength(1);
    for (const who of [mailed, inApp, digest, noAddress]) expect(await inboxCount(who, repair.id)).toBe(1);
    await mailed.client.post(`/repairs/${repair.id}/cancel`, { reason: 'Selesai diuji' });
  });

  it('keeps an e-mail while the SMTP server is down and delivers it once when it is back', async () => {
    await smtp.cut();
    const repair = await overdueCase();
    // Tried and refused, more than once (the backoff), while the reminder is in everyone's inbox.
    const failing = await eventually(async () => {
      const [row] = await outbox(repair.id);
      return row && row.attempts >= 2 && row.last_error ? row : undefined;
    }, 30_000, 'failed attempts');
    expect(failing.status).toBe('pending');
    expect(await inboxCount(mailed, repair.id)).toBe(1);
    expect(mailbox.received.filter((m) => m.text?.includes(repair.id))).toHaveLength(0);

    await smtp.restore();
    const mail = await eventually(async () => mailbox.received.find((m) => m.text?.includes(repair.id)), 30_000, 'the e-mail after the server is back');
    expect(to(mail)).toEqual([addresses.mailed]);
    const [sent] = await eventually(async () => {
      const rows = await outbox(repair.id);
      return rows[0]?.status === 'sent' ? rows : undefined;
    }, 30_000, 'the outbox row sent');
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(sent.last_error).toBeNull();
    // A later e-mail arrives after it: the reminder was not sent a second time meanwhile.
    const later = await insertNotification(mailed, 'tour-stop-overdue', `Pesan uji sesudah pulih ${randomUUID()}`);
    await eventually(async () => mailbox.received.some((m) => m.headers.get('x-notification-key') === later), 30_000, 'the later e-mail');
    expect(mailbox.received.filter((m) => m.text?.includes(repair.id))).toHaveLength(1);
    await mailed.client.post(`/repairs/${repair.id}/cancel`, { reason: 'Selesai diuji' });
  });

  it('lists every kind with its words and the channel in force, and refuses what does not fit, naming the field, changing nothing', async () => {
    const fresh = await createUser(stack, 'manager', { officeId: office.id });
    const listed = await fresh.client.get('/notification-preferences');
    expect(listed.status).toBe(200);
    expect(listed.body.email).toBeNull();
    const kinds = listed.body.items.map((i: { kind: string }) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['repair-reminder', 'escalation-reminder', 'outage-reminder', 'tour-reminder', 'digest']));
    for (const item of listed.body.items) {
      expect(item.channel).toBe('email');
      expect(item.label).toMatch(/\S/);
    }
    expect(listed.body.items.find((i: { kind: string }) => i.kind === 'repair-reminder').label).toBe('Pengingat kasus perbaikan yang melewati batas waktu');
    expect(listed.body.items.find((i: { kind: string }) => i.kind === 'digest').channels).toEqual(['email']);

    const refused = async (res: { status: number; body: { code: string; field?: string; errors?: Array<{ field: string }> } }, field: string) => {
      expect(res.status).toBe(400);
      expect(res.body.field ? [res.body.field] : res.body.errors?.map((e) => e.field)).toEqual([field]);
    };
    await refused(await fresh.client.http('PUT', '/notification-preferences', { kind: 'sms-blast', channel: 'email' }), 'kind');
    await refused(await fresh.client.http('PUT', '/notification-preferences', { kind: 'repair-reminder', channel: 'sms' }), 'channel');
    const digestInDigest = await fresh.client.http('PUT', '/notification-preferences', { kind: 'digest', channel: 'digest' });
    await refused(digestInDigest, 'channel');
    expect(digestInDigest.body.code).toBe('invalid_input');
    await refused(await fresh.client.http('PATCH', '/auth/me', { email: 'bukan-alamat' }), 'email');
    await refused(await stack.http('PATCH', `/users/${fresh.id}`, { email: 'ani@' }), 'email');
    await refused(await stack.post('/users', { username: `op.${randomUUID().slice(0, 8)}`, displayName: 'Uji', role: 'operator', officeId: office.id, password: `Pw-${randomUUID()}`, email: 'a b@c.test' }), 'email');
    const after = await fresh.client.get('/notification-preferences');
    expect(after.body).toEqual(listed.body);
    expect((await fresh.client.get('/auth/me')).body.email).toBeNull();

    // A choice is kept, and choosing it again changes nothing else; an empty address removes it.
    const set = await fresh.client.http('PUT', '/notification-preferences', { kind: 'escalation-reminder', channel: 'digest' });
    expect(set.body).toEqual(expect.objectContaining({ kind: 'escalation-reminder', channel: 'digest' }));
    expect((await fresh.client.http('PUT', '/notification-preferences', { kind: 'escalation-reminder', channel: 'digest' })).status).toBe(200);
    const chosen = (await fresh.client.get('/notification-preferences')).body.items.filter((i: { channel: string }) => i.channel !== 'email');
    expect(chosen.map((i: { kind: string }) => i.kind)).toEqual(['escalation-reminder']);
    const rows = (await stack.db.query(`SELECT kind, channel FROM notification_preferences WHERE user_id = $1`, [fresh.id])).rows;
    expect(rows).toEqual([{ kind: 'escalation-reminder', channel: 'digest' }]);
    expect((await fresh.client.http('PATCH', '/auth/me', { email: 'kabid@dukcapil-uji.test' })).body.email).toBe('kabid@dukcapil-uji.test');
    expect((await fresh.client.http('PATCH', '/auth/me', { email: '' })).body.email).toBeNull();

    // An API key receives no notifications and has no address.
    const key = (await stack.post('/api-keys', { name: 'integrasi uji', officeId: office.id, role: 'operator' })).body.key;
    const integration = stack.client(key);
    expect((await integration.get('/notification-preferences')).body.code).toBe('not_a_user');
    expect((await integration.http('PATCH', '/auth/me', { email: 'x@y.test' })).body.code).toBe('not_a_user');
  });
});
