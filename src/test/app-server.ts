import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { TDeps } from '../server/context.js';
import { startServer } from '../server/start.js';
import { seedDemo } from '../services/network/seed-demo.js';
import { createTestDatabase } from './db.js';
import { startSmtpCapture, type TMailbox } from './smtp.js';

export interface TTestServer {
  baseUrl: string;
  mailbox: TMailbox;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The full app (API and the built web app) listening on a free port, over a fresh
 * database, sending mail to a real SMTP server that keeps it for the test to read.
 */
export async function startTestApp(options: { seedDemo?: boolean; writeLimits?: TDeps['config']['writeLimits'] } = {}): Promise<TTestServer> {
  const database = await createTestDatabase();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-files-'));
  if (options.seedDemo ?? true) await seedDemo(database.db, undefined, { filesDir });
  const mailbox = await startSmtpCapture();
  const server = await startServer({
    databaseUrl: database.url,
    port: 0,
    host: '127.0.0.1',
    smtpUrl: mailbox.url,
    logger: pino({ level: 'silent' }),
    authLimits: { signIn: 1000, magicLink: 1000, signUp: 1000 },
    writeLimits: options.writeLimits,
    filesDir,
  });
  return {
    baseUrl: server.url,
    mailbox,
    databaseUrl: database.url,
    async close() {
      await server.close();
      await mailbox.close();
      await database.drop();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
