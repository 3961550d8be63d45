import pino from 'pino';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { startSmtpCapture } from '../../test/smtp.js';
import { listMail } from './list-mail.js';
import { createMailer } from './mailer.js';

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('mailer', () => {
  it('without SMTP_URL keeps mail in the outbox and writes it to the log', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const mailer = createMailer({ db: t.db, logger: pino({ level: 'info' }, sink), from: 'x@affianco.test' });
    await mailer.send({ to: 'outbox@example.test', subject: 'Il tuo link', text: 'apri http://localhost/x' });
    const [latest] = await listMail(t.db);
    expect(latest).toMatchObject({ to: 'outbox@example.test', status: 'outbox', subject: 'Il tuo link' });
    expect(lines.join('')).toContain('outbox@example.test');
  });

  it('with SMTP_URL delivers to the SMTP server and records it as sent', async () => {
    const smtp = await startSmtpCapture();
    try {
      const mailer = createMailer({ db: t.db, logger: pino({ level: 'silent' }), from: 'Affianco <noreply@affianco.test>', smtpUrl: smtp.url });
      await mailer.send({ to: 'real@example.test', subject: 'Benvenuta', text: 'Ciao!' });
      expect((await smtp.waitFor('real@example.test')).text.trim()).toBe('Ciao!');
      expect((await listMail(t.db))[0]).toMatchObject({ to: 'real@example.test', status: 'sent' });
    } finally {
      await smtp.close();
    }
  });

  it('records a failure when the SMTP server is unreachable', async () => {
    const mailer = createMailer({ db: t.db, logger: pino({ level: 'silent' }), from: 'x@affianco.test', smtpUrl: 'smtp://127.0.0.1:1' });
    await expect(mailer.send({ to: 'lost@example.test', subject: 'S', text: 'T' })).rejects.toThrow();
    expect((await listMail(t.db))[0]).toMatchObject({ to: 'lost@example.test', status: 'failed' });
  });
});
