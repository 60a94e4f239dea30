import { createHash } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import { escapeHtml } from '../public-page/html';
import { PREFERENCES_PATH, subjectLink } from './subject-links';

export interface OwedEmail {
  dedupKey: string;
  address: string;
  displayName: string;
  officeName: string | null;
  title: string;
  body: string;
  subjectType: string;
  subjectId: string;
}

/** A stable Message-ID from the notification's dedup key: a message sent again is the same message. */
export function messageIdOf(dedupKey: string, mailFrom: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'dukcapil.local';
  return `<notif-${createHash('sha256').update(dedupKey).digest('hex').slice(0, 40)}@${domain}>`;
}

/** The e-mail of one notification, in Bahasa Indonesia: its title, its text and the link to its page. */
export function notificationEmail(e: OwedEmail, baseUrl: string, mailFrom: string): SendMailOptions {
  const link = subjectLink(baseUrl, e.subjectType, e.subjectId);
  const settings = `${baseUrl.replace(/\/+$/, '')}${PREFERENCES_PATH}`;
  const sender = e.officeName ? `layanan e-KTP ${e.officeName}` : 'layanan e-KTP Dinas Dukcapil';
  const text = [
    `Yth. ${e.displayName},`,
    '',
    e.body,
    '',
    `Buka halamannya: ${link}`,
    '',
    '--',
    `Pesan otomatis dari ${sender}; mohon tidak membalas e-mail ini.`,
    `Atur pemberitahuan yang dikirim lewat e-mail: ${settings}`,
  ].join('\n');
  const html =
    `<p>Yth. ${escapeHtml(e.displayName)},</p>` +
    // A long text (the daily digest) keeps its paragraphs and lines.
    e.body
      .split(/\n{2,}/)
      .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
      .join('') +
    `<p><a href="${escapeHtml(link)}">Buka halamannya</a></p>` +
    `<hr><p style="color:#555;font-size:smaller">Pesan otomatis dari ${escapeHtml(sender)}; mohon tidak membalas e-mail ini.<br>` +
    `<a href="${escapeHtml(settings)}">Atur pemberitahuan</a></p>`;
  return {
    from: mailFrom,
    to: e.address,
    subject: e.title,
    text,
    html,
    messageId: messageIdOf(e.dedupKey, mailFrom),
    headers: { 'Content-Language': 'id', 'Auto-Submitted': 'auto-generated', 'X-Notification-Key': e.dedupKey },
  };
}
