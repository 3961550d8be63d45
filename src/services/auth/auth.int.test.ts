import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start.js';
import { cookieFrom, createTestApp, TEST_BASE_URL, type TTestApp } from '../../test/app.js';
import { makeUser } from '../../test/factories.js';
import { firstLink } from '../../test/smtp.js';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const me = (cookie?: string) => t.call('GET', '/api/me', { cookie });

describe('accounts', () => {
  it('signs up with e-mail and password, then signs out', async () => {
    const res = await t.call('POST', '/api/auth/sign-up/email', { body: { name: 'Anna Bottega', email: 'anna@example.test', password: 'una-password-lunga' } });
    expect(res.status).toBe(200);
    const cookie = cookieFrom(res);
    const account = await me(cookie);
    expect(account.status).toBe(200);
    expect(await account.json()).toMatchObject({ user: { email: 'anna@example.test', locale: 'it', isAdmin: false } });

    const out = await t.call('POST', '/api/auth/sign-out', { cookie, body: {} });
    expect(out.status).toBe(200);
    const after = await me(cookie);
    expect(after.status).toBe(200);
    expect(await after.json()).toBeNull();
  });

  it('refuses a short password and a wrong one', async () => {
    const short = await t.call('POST', '/api/auth/sign-up/email', { body: { name: 'B', email: 'b@example.test', password: 'corta' } });
    expect(short.status).toBe(400);
    const { email } = await makeUser(t.db);
    const wrong = await t.call('POST', '/api/auth/sign-in/email', { body: { email, password: 'non-è-questa-123' } });
    expect(wrong.status).toBe(401);
  });

  it('signs in by magic link read from the SMTP server', async () => {
    const { email } = await makeUser(t.db);
    const ask = await t.call('POST', '/api/auth/sign-in/magic-link', { body: { email, callbackURL: '/account' } });
    expect(ask.status).toBe(200);
    const mail = await t.mailbox.waitFor(email, (m) => m.subject.includes('entrare'));
    expect(mail.text).toContain('Vale una volta sola');
    const link = firstLink(mail.text);
    expect(link.startsWith(`${TEST_BASE_URL}/api/auth/magic-link/verify`)).toBe(true);
    const verify = await t.app.request(link, { headers: { origin: TEST_BASE_URL } });
    expect(verify.status).toBe(302);
    expect(verify.headers.get('location')).toContain('/account');
    const cookie = cookieFrom(verify);
    expect((await me(cookie)).status).toBe(200);
    // The link works once.
    const again = await t.app.request(link);
    expect(cookieFrom(again)).not.toContain('session_token=');
  });

  it('writes the magic-link mail in English for an English browser', async () => {
    const email = 'new-en@example.test';
    await t.call('POST', '/api/auth/sign-in/magic-link', { body: { email, callbackURL: '/account' }, headers: { 'accept-language': 'en' } });
    const mail = await t.mailbox.waitFor(email);
    expect(mail.subject).toBe('Your link to sign in to Affianco');
  });

  it('resets a forgotten password through the mailed link', async () => {
    const { email } = await makeUser(t.db);
    const ask = await t.call('POST', '/api/auth/request-password-reset', { body: { email, redirectTo: '/nuova-password' } });
    expect(ask.status).toBe(200);
    const mail = await t.mailbox.waitFor(email, (m) => m.subject.includes('password'));
    const link = new URL(firstLink(mail.text));
    const landing = await t.app.request(link.toString());
    const target = new URL(landing.headers.get('location') ?? '', TEST_BASE_URL);
    const token = target.searchParams.get('token');
    expect(target.pathname).toBe('/nuova-password');
    expect(token).toBeTruthy();
    const reset = await t.call('POST', '/api/auth/reset-password', { body: { newPassword: 'nuova-password-sicura', token } });
    expect(reset.status).toBe(200);
    expect((await t.call('POST', '/api/auth/sign-in/email', { body: { email, password: 'nuova-password-sicura' } })).status).toBe(200);
  });
});

describe('sessions across app instances', () => {
  it('a session made by one instance is accepted by another on the same database', async () => {
    const logger = pino({ level: 'silent' });
    const a = await startServer({ databaseUrl: t.database.url, port: 0, host: '127.0.0.1', logger });
    const b = await startServer({ databaseUrl: t.database.url, port: 0, host: '127.0.0.1', logger });
    try {
      const { email } = await makeUser(t.db);
      const signIn = await fetch(`${a.url}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: a.url },
        body: JSON.stringify({ email, password: 'password-di-prova-123' }),
      });
      expect(signIn.status).toBe(200);
      const cookie = cookieFrom(signIn);
      const onB = await fetch(`${b.url}/api/me`, { headers: { cookie } });
      expect(onB.status).toBe(200);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('rate limits', () => {
  let limited: TTestApp;
  beforeAll(async () => {
    limited = await createTestApp({ authLimits: { signIn: 3, magicLink: 2 } });
  });
  afterAll(() => limited.close());

  it('stops repeated sign-in attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await limited.call('POST', '/api/auth/sign-in/email', { body: { email: 'nobody@example.test', password: 'sbagliata-123456' } });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
  });

  it('stops repeated magic-link requests', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await limited.call('POST', '/api/auth/sign-in/magic-link', { body: { email: 'spam@example.test', callbackURL: '/account' } });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(statuses.at(-1)).toBe(429);
  });
});
