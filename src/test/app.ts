import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase } from '../db/client.js';
import { createApp } from '../server/app.js';
import type { TDeps } from '../server/context.js';
import { createAuth } from '../services/auth/auth.js';
import { createMailer } from '../services/mail/mailer.js';
import { createTestDatabase, type TTestDatabase } from './db.js';
import { TEST_PASSWORD } from './factories.js';
import { startSmtpCapture, type TMailbox } from './smtp.js';

export interface TTestApp {
  app: ReturnType<typeof createApp>;
  /** What the app was built with: a second app on the same deps is a second instance on one database. */
  deps: TDeps;
  db: TTestDatabase['db'];
  database: TTestDatabase;
  /** What the app's mail reached: a real SMTP server started for this test file. */
  mailbox: TMailbox;
  /** Signs in with e-mail and password, returns the Cookie header to send. */
  signIn(email: string, password?: string): Promise<string>;
  /** JSON request helper; `cookie` signs the request in. */
  call(method: string, path: string, options?: { cookie?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

export const TEST_BASE_URL = 'http://localhost:3999';
const TEST_AUTH_SECRET = 'test-secret-test-secret-test-secret-1234';

/**
 * The app over a fresh database (cloned from the migrated template), exercised
 * with `app.request()` as hono's own tests do. Mail goes over SMTP to a capture server.
 */
export async function createTestApp(
  options: { authLimits?: { signIn: number; magicLink: number; signUp?: number }; webDist?: string; writeLimits?: TDeps['config']['writeLimits']; trustProxy?: boolean } = {},
): Promise<TTestApp> {
  const database = await createTestDatabase();
  const logger = pino({ level: 'silent' });
  const mailbox = await startSmtpCapture();
  const mailer = createMailer({ db: database.db, logger, from: 'test@affianco.test', smtpUrl: mailbox.url });
  const auth = createAuth({ db: database.db, mailer, logger, secret: TEST_AUTH_SECRET, baseUrl: TEST_BASE_URL, limits: options.authLimits ?? { signIn: 1000, magicLink: 1000 } });
  // The library's files go to a folder of this test file's own, removed on close.
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-files-'));
  const deps: TDeps = { db: database.db, auth, mailer, logger, config: { baseUrl: TEST_BASE_URL, trustProxy: options.trustProxy ?? false, webDist: options.webDist, writeLimits: options.writeLimits, filesDir } };
  const app = createApp(deps);

  const call: TTestApp['call'] = (method, path, opts = {}) => {
    const headers: Record<string, string> = { origin: TEST_BASE_URL, ...(opts.headers ?? {}) };
    if (opts.cookie) headers.cookie = opts.cookie;
    let body: string | undefined;
    if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    }
    return Promise.resolve(app.request(`${TEST_BASE_URL}${path}`, { method, headers, body }));
  };

  return {
    app,
    deps,
    db: database.db,
    database,
    mailbox,
    call,
    async signIn(email, password = TEST_PASSWORD) {
      const res = await call('POST', '/api/auth/sign-in/email', { body: { email, password } });
      if (res.status !== 200) throw new Error(`sign-in failed for ${email}: ${res.status} ${await res.text()}`);
      return cookieFrom(res);
    },
    async close() {
      await mailbox.close();
      await database.drop();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/**
 * Another app instance on the same database, as a second process behind a load balancer would be:
 * its own pool, its own better-auth, the same shared secret. Only `call` and `close` differ.
 *
 * @example const b = createSecondInstance(t); await b.call('GET', '/api/me', { cookie });
 */
export function createSecondInstance(first: TTestApp): Pick<TTestApp, 'call' | 'close'> {
  const database = openDatabase(first.database.url, { max: 5 });
  const logger = pino({ level: 'silent' });
  const mailer = createMailer({ db: database.db, logger, from: 'test@affianco.test', smtpUrl: first.mailbox.url });
  const auth = createAuth({ db: database.db, mailer, logger, secret: TEST_AUTH_SECRET, baseUrl: TEST_BASE_URL, limits: { signIn: 1000, magicLink: 1000 } });
  const app = createApp({ db: database.db, auth, mailer, logger, config: { baseUrl: TEST_BASE_URL, trustProxy: false } });
  return {
    call(method, path, opts = {}) {
      const headers: Record<string, string> = { origin: TEST_BASE_URL, ...(opts.headers ?? {}) };
      if (opts.cookie) headers.cookie = opts.cookie;
      const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
      if (body !== undefined) headers['content-type'] = 'application/json';
      return Promise.resolve(app.request(`${TEST_BASE_URL}${path}`, { method, headers, body }));
    },
    close: () => database.close(),
  };
}

/** The Cookie header a browser would send back after this response. */
export function cookieFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
