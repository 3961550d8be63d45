import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TCapturedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The iCalendar invitation carried by the mail, if any. */
  calendar: string | null;
  /** Every header by lower-case name, as written (List-Unsubscribe, …). */
  headers: Record<string, string>;
}

export interface TMailbox {
  /** smtp:// URL for SMTP_URL / nodemailer. */
  url: string;
  messages: TCapturedMail[];
  /** Resolves with the first mail to `to` (matching `predicate`), waiting up to `timeoutMs`. */
  waitFor(to: string, predicate?: (m: TCapturedMail) => boolean, timeoutMs?: number): Promise<TCapturedMail>;
  close(): Promise<void>;
}

/** A real SMTP server on a free loopback port that keeps what it receives. */
export async function startSmtpCapture(): Promise<TMailbox> {
  const messages: TCapturedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          for (const to of recipients) {
            const ics = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
            const headers = Object.fromEntries(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()]));
            messages.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', calendar: ics ? ics.content.toString('utf8') : null, headers });
          }
          for (const wake of waiters) wake();
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(to, predicate = () => true, timeoutMs = 10_000) {
      const find = () => messages.find((m) => m.to === to.toLowerCase() && predicate(m));
      return new Promise((resolve, reject) => {
        const hit = find();
        if (hit) return resolve(hit);
        const wake = () => {
          const found = find();
          if (found) {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`no mail to ${to} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first http(s) link in a mail's text. */
export function firstLink(text: string): string {
  const match = /https?:\/\/\S+/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return match[0];
}
