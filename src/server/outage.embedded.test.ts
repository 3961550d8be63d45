import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type TDatabase } from '../db/client.js';
import { readConnectionFile } from '../db/embedded/connection-file.js';
import { startEmbeddedPostgres, stopPid, type TEmbeddedServer } from '../db/embedded/supervisor.js';
import { meeting } from '../db/schema/index.js';
import { REMINDER_TASK } from '../services/meetings/meetings.js';
import { enqueueJob } from '../services/system/job-queue.js';
import { makeAngel, makeBusiness, makeSportello, makeUser, TEST_PASSWORD } from '../test/factories.js';
import { runTs, type TChild } from '../test/processes.js';
import { startSystemPostgres, systemPostgresBin } from '../test/system-postgres.js';
import { startSmtpCapture, type TMailbox } from '../test/smtp.js';

// The app in its own process, as in production, so "the process is still alive" means something.
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await Promise.resolve(c()).catch(() => {});
});

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-outage-'));
  fs.chmodSync(dir, 0o755);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function startApp(env: Record<string, string>): Promise<{ app: TChild; baseUrl: string }> {
  const app = runTs('src/main.ts', [], { PORT: '0', HOST: '127.0.0.1', SEED_DEMO: '0', LOG_LEVEL: 'info', PUBLIC_WRITE_LIMIT_SCALE: '10000', ...env });
  cleanups.push(async () => {
    app.child.kill('SIGTERM');
    await Promise.race([app.exited, sleep(5000)]);
    app.child.kill('SIGKILL');
  });
  const [, baseUrl] = (await app.waitFor(/Affianco is ready at (http:\/\/[^"\s]+)/, 90_000)) as RegExpMatchArray;
  return { app, baseUrl: baseUrl! };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * What these tests guard is that the app comes back by itself. How fast is a speed figure
 * (about 1–2 s on an idle machine, the 5 s target): a 2-core machine busy with a million-row
 * load took 7.4 s once, so the bound here only catches "never", not "slow".
 */
const RECOVERY_BOUND_MS = 15_000;

async function isReady(baseUrl: string) {
  try {
    const res = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(1000) });
    await res.text();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** Milliseconds until /health/ready answers 200, polling every 50 ms, at most `limitMs`. */
async function msUntilReady(baseUrl: string, limitMs = 20_000) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await isReady(baseUrl)) return Date.now() - started;
    await sleep(50);
  }
  return Infinity;
}

interface TLoadResult {
  acknowledged: Map<string, string>;
  statuses: Map<number, number>;
  socketErrors: string[];
  badUnavailable: number;
}

/**
 * Clients sending ascolto requests as the web app does: each with its own idempotency
 * key, sent again with the same key after a 503 until it is acknowledged.
 */
function writeLoad(baseUrl: string, clients = 4) {
  const result: TLoadResult = { acknowledged: new Map(), statuses: new Map(), socketErrors: [], badUnavailable: 0 };
  let running = true;
  let n = 0;
  const loop = async (client: number) => {
    while (running) {
      const key = `outage-${client}-${n++}-${Date.now()}`;
      for (let attempt = 0; attempt < 200 && running; attempt++) {
        let res: Response;
        try {
          res = await fetch(`${baseUrl}/api/intake/requests`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify({
              comuneIstat: '015146',
              text: `Non so come farmi trovare su internet: ${key}`,
              chosenAreas: ['communication'],
              contact: { kind: 'callback', name: 'Anna', phone: '+39 333 1234567' },
              consent: { version: '2026-11-v1', accepted: true },
            }),
            signal: AbortSignal.timeout(10_000),
          });
        } catch (err) {
          result.socketErrors.push(String((err as Error).cause ?? err));
          await sleep(100);
          continue;
        }
        const body = (await res.json().catch(() => ({}))) as { id?: string };
        result.statuses.set(res.status, (result.statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201) {
          result.acknowledged.set(key, body.id!);
          break;
        }
        if (res.status === 503) {
          if (!res.headers.get('retry-after') || !res.headers.get('content-type')?.startsWith('application/problem+json')) result.badUnavailable++;
          await sleep(100);
          continue;
        }
        break;
      }
    }
  };
  const done = Promise.all(Array.from({ length: clients }, (_, i) => loop(i)));
  return {
    result,
    async stop() {
      running = false;
      await done;
      return result;
    },
  };
}

/** Every acknowledged ascolto is in the database exactly once, whatever happened in between. */
async function expectEachWriteOnce(database: TDatabase, acknowledged: Map<string, string>) {
  expect(acknowledged.size).toBeGreaterThan(10);
  const rows = await database.db.execute<{ text: string; n: number }>(sql`select text, count(*)::int as n from intake_request where text like 'Non so come farmi trovare su internet: outage-%' group by text`);
  const byKey = new Map(rows.rows.map((r) => [r.text.split(': ')[1]!, r.n]));
  for (const key of acknowledged.keys()) expect(byKey.get(key), key).toBe(1);
  expect([...byKey.values()].every((n) => n === 1)).toBe(true);
}

/** What an ISTAT import on another instance does: change the comuni, then tell every instance. */
async function renameComuneElsewhere(database: TDatabase, newName: string) {
  await database.db.execute(sql`update comune set name = ${newName} where istat = '015146'`);
  await database.db.execute(sql`select pg_notify('affianco_comuni_changed', '')`);
}

async function comuneFound(baseUrl: string, query: string, timeoutMs = 10_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const res = await fetch(`${baseUrl}/api/comuni?q=${encodeURIComponent(query)}`);
    const body = (await res.json()) as { items?: { name: string }[] } | { name: string }[];
    const items = Array.isArray(body) ? body : (body.items ?? []);
    if (items.some((c) => c.name.toLowerCase().includes(query.toLowerCase()))) return true;
    await sleep(100);
  }
  return false;
}

async function makeReminderDueSoon(database: TDatabase, runAt: Date) {
  const desk = await makeSportello(database.db, []);
  const angel = await makeAngel(database.db, desk.id);
  const owner = await makeUser(database.db);
  const biz = await makeBusiness(database.db, owner.id, desk.id);
  const startsAt = new Date(Date.now() + 20 * 3_600_000);
  const [row] = await database.db
    .insert(meeting)
    .values({ businessId: biz.id, angelUserId: angel.id, sportelloId: desk.id, startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000), mode: 'phone' })
    .returning();
  await enqueueJob(database.db, REMINDER_TASK, { meetingId: row!.id }, { runAt, jobKey: `meeting-reminder:${row!.id}` });
  return { ownerEmail: owner.email };
}

async function expectReminderSentOnce(mailbox: TMailbox, to: string) {
  await mailbox.waitFor(to, (m) => m.subject.startsWith('Domani'), 30_000);
  await sleep(2500);
  expect(mailbox.messages.filter((m) => m.to === to && m.subject.startsWith('Domani'))).toHaveLength(1);
}

describe('the app through a database outage', () => {
  const systemBin = systemPostgresBin();
  // The server the app reaches through DATABASE_URL: the embedded binaries always, and the
  // system's own PostgreSQL (15 on Debian, as in production) where it is installed.
  const targets: { name: string; start(): Promise<{ url: string; stop(): Promise<void> | void; start(): Promise<void> | void }> }[] = [
    {
      name: 'embedded binaries',
      async start() {
        const pgDir = tempDir();
        let server: TEmbeddedServer = await startEmbeddedPostgres({ dataDir: pgDir });
        cleanups.push(() => stopPid(server.pid));
        return {
          url: server.url,
          stop: () => server.stop(),
          async start() {
            server = await startEmbeddedPostgres({ dataDir: pgDir, port: server.port });
          },
        };
      },
    },
    ...(systemBin
      ? [
          {
            name: `system PostgreSQL (${path.basename(path.dirname(systemBin))})`,
            async start() {
              const server = await startSystemPostgres(systemBin);
              cleanups.push(() => server.destroy());
              return server;
            },
          },
        ]
      : []),
  ];

  it.each(targets)('keeps serving while PostgreSQL ($name) restarts under a write load, and is ready again by itself', async (target) => {
    const server = await target.start();
    const mailbox = await startSmtpCapture();
    cleanups.push(() => mailbox.close());
    const { app, baseUrl } = await startApp({ DATABASE_URL: server.url, SMTP_URL: mailbox.url });
    const database = openDatabase(server.url, { max: 2 });
    cleanups.push(() => database.close());
    // Queued before the outage, due just after it: the queue must have come through it.
    const reminder = await makeReminderDueSoon(database, new Date(Date.now() + 12_000));

    const member = await makeUser(database.db);
    const signedInBefore = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ email: member.email, password: TEST_PASSWORD }),
    });
    expect(signedInBefore.status).toBe(200);
    const cookie = signedInBefore.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

    const load = writeLoad(baseUrl);
    await sleep(1500);
    // What a managed PostgreSQL does on a minor upgrade: a fast shutdown, then a start.
    await server.stop();
    const downAt = Date.now();
    const [live, ready, api, apiEn, signIn, signedIn] = await Promise.all([
      fetch(`${baseUrl}/health/live`),
      fetch(`${baseUrl}/health/ready`),
      fetch(`${baseUrl}/api/sportelli`),
      fetch(`${baseUrl}/api/intake/requests`, {
        method: 'POST',
        headers: { 'accept-language': 'en', 'content-type': 'application/json', 'idempotency-key': 'outage-probe-en' },
        body: JSON.stringify({ comuneIstat: '015146', text: 'Una prova durante il guasto', chosenAreas: [], contact: { kind: 'callback', name: 'Anna', phone: '+39 333 1234567' }, consent: { version: '2026-11-v1', accepted: true } }),
      }),
      // better-auth catches its own database errors: they must still read as "retry later".
      fetch(`${baseUrl}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: baseUrl },
        body: JSON.stringify({ email: 'anna@example.it', password: 'una-password-lunga' }),
      }),
      fetch(`${baseUrl}/api/me`, { headers: { cookie } }),
    ]);
    expect(Date.now() - downAt).toBeLessThan(5000);
    expect(live.status).toBe(200);
    expect(ready.status).toBe(503);
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('5');
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await api.json()) as { code: string; detail: string }).detail).toMatch(/riprova/i);
    expect(signedIn.status).toBe(503);
    expect(signIn.status).toBe(503);
    expect(signIn.headers.get('retry-after')).toBe('5');
    expect(apiEn.status).toBe(503);
    expect(((await apiEn.json()) as { detail: string }).detail).toMatch(/try again/i);
    // Longer than the old watchers' single 5 s retry.
    await sleep(6000);
    await server.start();
    expect(await msUntilReady(baseUrl)).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
    await sleep(1500);
    const result = await load.stop();

    expect(app.child.exitCode).toBeNull();
    expect(app.output()).not.toMatch(/Unhandled 'error' event|unhandled error/);
    expect(result.socketErrors).toEqual([]);
    expect([...result.statuses.keys()].sort()).toEqual([201, 503]);
    expect(result.badUnavailable).toBe(0);
    await expectEachWriteOnce(database, result.acknowledged);

    await app.waitFor(/listening again on affianco_comuni_changed/, 15_000);
    await renameComuneElsewhere(database, 'Milano Dopoguasto');
    expect(await comuneFound(baseUrl, 'dopoguasto')).toBe(true);
    await expectReminderSentOnce(mailbox, reminder.ownerEmail);
  }, 180_000);

  it('keeps serving when the embedded PostgreSQL is killed with kill -9 under load, and is ready again by itself', async () => {
    const dataDir = tempDir();
    const { app, baseUrl } = await startApp({ DATA_DIR: dataDir });
    const first = readConnectionFile(dataDir)!;
    cleanups.push(() => stopPid(readConnectionFile(dataDir)?.pid ?? first.pid));
    const database = openDatabase(first.url, { max: 2 });
    cleanups.push(() => database.close());

    const load = writeLoad(baseUrl);
    await sleep(1500);
    process.kill(first.pid, 'SIGKILL');
    const recovery = await msUntilReady(baseUrl);
    await sleep(1500);
    const result = await load.stop();

    expect(recovery).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
    expect(readConnectionFile(dataDir)?.pid).not.toBe(first.pid);
    expect(app.child.exitCode).toBeNull();
    expect(app.output()).not.toMatch(/Unhandled 'error' event|unhandled error/);
    expect(result.socketErrors).toEqual([]);
    expect([...result.statuses.keys()].every((s) => s === 201 || s === 503)).toBe(true);
    expect(result.badUnavailable).toBe(0);
    await expectEachWriteOnce(database, result.acknowledged);

    await app.waitFor(/listening again on affianco_comuni_changed/, 15_000);
    await renameComuneElsewhere(database, 'Milano Dopokill');
    expect(await comuneFound(baseUrl, 'dopokill')).toBe(true);
  }, 180_000);
});
