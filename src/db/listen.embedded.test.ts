import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, stopPid, type TEmbeddedServer } from './embedded/supervisor.js';
import { listenForever, type TListener } from './listen.js';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await Promise.resolve(c()).catch(() => {});
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function notify(url: string, payload: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`select pg_notify('affianco_test_channel', $1)`, [payload]);
  await client.end();
}

async function until(check: () => boolean, timeoutMs = 10_000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await sleep(25);
  }
}

describe('listenForever', () => {
  it('subscribes again after an outage longer than any single retry, then reloads what it missed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-listen-'));
    fs.chmodSync(dir, 0o755);
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    let server: TEmbeddedServer = await startEmbeddedPostgres({ dataDir: dir });
    cleanups.push(() => stopPid(server.pid));

    const heard: (string | undefined)[] = [];
    let resubscribed = 0;
    let lost = 0;
    const listener: TListener = listenForever({
      url: server.url,
      channel: 'affianco_test_channel',
      onNotify: (p) => heard.push(p),
      onResubscribed: () => resubscribed++,
      onLost: () => lost++,
      maxDelayMs: 1000,
    });
    cleanups.push(() => listener.stop());
    await listener.ready;
    await notify(server.url, 'before');
    await until(() => heard.includes('before'));

    await server.stop();
    await until(() => lost === 1);
    expect(listener.isListening()).toBe(false);
    // Several failed attempts while the server is away (the old watcher gave up after one).
    await sleep(6000);
    server = await startEmbeddedPostgres({ dataDir: dir, port: server.port });
    await until(() => resubscribed === 1);
    expect(listener.isListening()).toBe(true);
    await notify(server.url, 'after');
    await until(() => heard.includes('after'));
    expect(heard).toEqual(['before', 'after']);
  }, 60_000);

  it('stops for good when told, even while retrying', async () => {
    const listener = listenForever({ url: 'postgres://nobody:x@127.0.0.1:1/none', channel: 'affianco_test_channel', onNotify: () => {}, onResubscribed: () => {}, maxDelayMs: 100 });
    await sleep(300);
    expect(listener.isListening()).toBe(false);
    await listener.stop();
    await listener.ready;
  });
});
