import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';
import { startEmbeddedPostgres, stopPid, type TEmbeddedServer } from '../db/embedded/supervisor.js';
import { communityPost, communityThread } from '../db/schema/index.js';
import { addMember, makeSportello, makeUser, TEST_PASSWORD } from '../test/factories.js';
import { runTs, type TChild } from '../test/processes.js';
import { startSmtpCapture } from '../test/smtp.js';

// The community's reads and writes while PostgreSQL restarts, with the app in its own process
// as in production (see outage.embedded.test.ts for the whole app under a write load).
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await Promise.resolve(c()).catch(() => {});
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// A 1×1 PNG, for the picture upload.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

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

async function msUntilReady(baseUrl: string, limitMs = 20_000) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const ok = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(1000) })
      .then(async (r) => (await r.text(), r.status === 200))
      .catch(() => false);
    if (ok) return Date.now() - started;
    await sleep(50);
  }
  return Infinity;
}

async function signIn(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: baseUrl }, body: JSON.stringify({ email, password: TEST_PASSWORD }) });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

describe('the community through a database outage', () => {
  it('answers 503 with Retry-After to its reads and writes while PostgreSQL is down, keeps running, and works again once it is back', async () => {
    const pgDir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-community-outage-'));
    fs.chmodSync(pgDir, 0o755);
    cleanups.push(() => fs.rmSync(pgDir, { recursive: true, force: true }));
    let server: TEmbeddedServer = await startEmbeddedPostgres({ dataDir: pgDir });
    cleanups.push(() => stopPid(server.pid));
    const mailbox = await startSmtpCapture();
    cleanups.push(() => mailbox.close());
    const { app, baseUrl } = await startApp({ DATABASE_URL: server.url, SMTP_URL: mailbox.url });
    const database = openDatabase(server.url, { max: 2 });
    cleanups.push(() => database.close());

    const asker = await makeUser(database.db, { name: 'Rosa Fornaia' });
    const angel = await makeUser(database.db, { name: 'Angela Prova' });
    await addMember(database.db, angel.id, (await makeSportello(database.db)).id, 'angel');
    const askerCookie = await signIn(baseUrl, asker.email);
    const angelCookie = await signIn(baseUrl, angel.email);
    const write = (cookie: string, url: string, body: unknown) =>
      fetch(`${baseUrl}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: baseUrl, cookie }, body: JSON.stringify(body) });
    const created = await write(askerCookie, '/api/community/threads', { kind: 'question', title: 'Come mi faccio trovare su Google Maps?', body: 'Ho un forno e su Google Maps non compaio. Da dove comincio?', area: 'communication' });
    expect(created.status).toBe(201);
    const { slug } = (await created.json()) as { slug: string };
    const reply = { body: 'Apri la scheda della tua attività e scegli la categoria «Panificio».' };

    await server.stop();
    const picture = new FormData();
    picture.set('file', new Blob([PNG], { type: 'image/png' }), 'forno.png');
    const [list, search, thread, page, replied, asked, uploaded, inbox] = await Promise.all([
      fetch(`${baseUrl}/api/community/threads?tab=latest&page=1`),
      fetch(`${baseUrl}/api/community/threads?tab=latest&q=google&page=1`, { headers: { 'accept-language': 'en' } }),
      fetch(`${baseUrl}/api/community/threads/${slug}`, { headers: { cookie: angelCookie } }),
      fetch(`${baseUrl}/comunita/${slug}`),
      write(angelCookie, `/api/community/threads/${slug}/posts`, reply),
      write(askerCookie, '/api/community/threads', { kind: 'question', title: 'Una seconda domanda durante il guasto', body: 'Questa domanda arriva mentre il database è giù.', area: 'finance' }),
      fetch(`${baseUrl}/api/community/images`, { method: 'POST', headers: { origin: baseUrl, cookie: askerCookie }, body: picture }),
      fetch(`${baseUrl}/api/community/notifications`, { headers: { cookie: askerCookie } }),
    ]);
    for (const res of [list, search, thread, replied, asked, uploaded, inbox]) {
      expect(res.status, res.url).toBe(503);
      expect(res.headers.get('retry-after'), res.url).toBe('5');
      expect(res.headers.get('content-type'), res.url).toMatch(/^application\/problem\+json/);
    }
    expect(((await replied.json()) as { detail: string }).detail).toMatch(/riprova/i);
    expect(((await search.json()) as { detail: string }).detail).toMatch(/try again/i);
    // The pages the server draws answer 503 with Retry-After and the plain shell (the web app, or
    // the phone's kept copy, takes it from there): never an empty 200 a search engine would keep.
    const otherPages = await Promise.all(['/comunita', '/soluzioni', '/attenzione', '/lezioni'].map((p) => fetch(`${baseUrl}${p}`)));
    for (const res of [page, ...otherPages]) {
      const html = await res.text();
      expect(res.status, res.url).toBe(503);
      expect(res.headers.get('retry-after'), res.url).toBe('5');
      expect(res.headers.get('x-affianco-rendered'), res.url).toBeNull();
      expect(res.headers.get('cache-control') ?? '', res.url).toBe('no-store');
      expect(html, res.url).toContain('<div id="root">');
    }
    // Longer than a single reconnect attempt of the pool.
    await sleep(6000);
    server = await startEmbeddedPostgres({ dataDir: pgDir, port: server.port });
    expect(await msUntilReady(baseUrl)).toBeLessThanOrEqual(5000);

    // Sent again, as the web does after a 503: now it lands, once.
    const again = await write(angelCookie, `/api/community/threads/${slug}/posts`, reply);
    expect(again.status).toBe(201);
    const shown = (await (await fetch(`${baseUrl}/api/community/threads/${slug}`)).json()) as { replies: { html: string | null }[] };
    expect(shown.replies).toHaveLength(1);
    expect((await fetch(`${baseUrl}/comunita/${slug}`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/api/community/threads?tab=latest&q=google&page=1`)).status).toBe(200);
    const [row] = await database.db.select({ id: communityThread.id }).from(communityThread).where(eq(communityThread.slug, slug));
    expect(await database.db.select().from(communityPost).where(and(eq(communityPost.threadId, row!.id), eq(communityPost.position, 1)))).toHaveLength(1);
    expect(await database.db.select().from(communityThread).where(eq(communityThread.title, 'Una seconda domanda durante il guasto'))).toEqual([]);

    expect(app.child.exitCode).toBeNull();
    expect(app.output()).not.toMatch(/Unhandled 'error' event|unhandled error/);
  }, 180_000);
});
