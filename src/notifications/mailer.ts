import { createTransport } from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';

/**
 * Sends one message through the configured SMTP server, with connection timeouts well inside an
 * activity's one minute (URL query parameters the caller set win).
 */
export async function sendMail(smtpUrl: string, message: SendMailOptions): Promise<void> {
  const smtp = new URL(smtpUrl);
  for (const [key, value] of Object.entries({ connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '20000' })) {
    if (!smtp.searchParams.has(key)) smtp.searchParams.set(key, value);
  }
  const transport = createTransport(smtp.toString());
  try {
    await transport.sendMail(message);
  } finally {
    transport.close();
  }
}
