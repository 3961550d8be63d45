import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { TDb } from '../../db/client.js';
import { mail } from '../../db/schema/index.js';

export interface TOutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A calendar invitation (.ics) that mail programs show as an event to accept. */
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; filename: string; content: string };
  /** Extra headers, such as List-Unsubscribe for the community mails. */
  headers?: Record<string, string>;
}

export interface TMailer {
  send(message: TOutgoingMail): Promise<void>;
  readonly isSmtp: boolean;
}

/**
 * Sends through SMTP_URL when set; otherwise keeps the mail in the outbox table
 * (read by admins at /admin/posta) and writes it to the log. Every mail is recorded.
 *
 * @example await createMailer({ db, logger, from }).send({ to, subject, text });
 */
export function createMailer(options: { db: TDb; logger: Logger; from: string; smtpUrl?: string }): TMailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  return {
    isSmtp: Boolean(transport),
    async send(message) {
      const record = { to: message.to, subject: message.subject, text: message.text, html: message.html };
      if (!transport) {
        await options.db.insert(mail).values({ ...record, status: 'outbox' });
        options.logger.info({ mail: { to: message.to, subject: message.subject }, text: message.text }, 'mail kept in the outbox');
        return;
      }
      try {
        await transport.sendMail({ from: options.from, ...message });
        await options.db.insert(mail).values({ ...record, status: 'sent' });
      } catch (err) {
        await options.db.insert(mail).values({ ...record, status: 'failed', error: String((err as Error).message) });
        options.logger.error({ err, to: message.to }, 'mail could not be sent');
        throw err;
      }
    },
  };
}
