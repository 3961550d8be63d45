import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { runTs } from '../../test/processes.js';
import { readConnectionFile } from './connection-file.js';
import { isProcessAlive } from './process.js';
import { lastMeaningfulLine, startEmbeddedPostgres, stopPid, type TEmbeddedServer } from './supervisor.js';

const dirs: string[] = [];
const servers: TEmbeddedServer[] = [];

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-sup-'));
  fs.chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
}

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

afterEach(async () => {
  for (const s of servers.splice(0)) await stopPid(s.pid);
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('embedded PostgreSQL supervisor', () => {
  it('creates the cluster atomically, clearing a half-made one, with owner-only secrets', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'pg.init-deadbeef'));
    fs.writeFileSync(path.join(dir, 'pg.init-deadbeef', 'junk'), 'left by a crash');
    const server = await startEmbeddedPostgres({ dataDir: dir });
    servers.push(server);
    expect(fs.readdirSync(dir).filter((e) => e.startsWith('pg.init-'))).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'pg', 'PG_VERSION'))).toBe(true);
    expect(fs.statSync(path.join(dir, 'pg-password')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, 'connection.json')).mode & 0o777).toBe(0o600);
    expect(readConnectionFile(dir)).toMatchObject({ port: server.port, pid: server.pid, ownerPid: process.pid });
    expect(server.url).toMatch(/^postgres:\/\/affianco:[^@]+@127\.0\.0\.1:\d+\/affianco$/);
    expect(await query(server.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
  });

  it.runIf(process.getuid?.() === 0)('runs the server as a dedicated unprivileged user when we are root', async () => {
    const dir = tempDir();
    const server = await startEmbeddedPostgres({ dataDir: dir });
    servers.push(server);
    expect(fs.statSync(path.join(dir, 'pg')).uid).not.toBe(0);
    const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
    expect(status).not.toMatch(/^Uid:\s+0\b/m);
  });

  it('after a kill -9 of the app, the next start adopts the server it left running', async () => {
    const dir = tempDir();
    const app = runTs('src/db/embedded/fixtures/hold-server.ts', [dir], {});
    const [, pid] = (await app.waitFor(/ready (\d+)/)) as RegExpMatchArray;
    app.child.kill('SIGKILL');
    await app.exited;
    expect(isProcessAlive(Number(pid))).toBe(true);

    const logs: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir: dir, log: (m) => logs.push(m) });
    servers.push(server);
    expect(server.pid).toBe(Number(pid));
    expect(server.isOwned).toBe(true);
    expect(logs.join('\n')).toContain('adopting');
    expect(await query(server.url, 'select 2 as ok')).toEqual([{ ok: 2 }]);
    await server.stop();
    expect(isProcessAlive(server.pid)).toBe(false);
  });

  it('removes a stale postmaster.pid whose process is gone and starts', async () => {
    const dir = tempDir();
    const first = await startEmbeddedPostgres({ dataDir: dir });
    await first.stop();
    // What a power cut leaves: a pid file naming a process that no longer exists.
    fs.writeFileSync(path.join(dir, 'pg', 'postmaster.pid'), `999999\n${dir}/pg\n1700000000\n${first.port}\n\n127.0.0.1\n  1234  5678\nready\n`);
    const logs: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir: dir, log: (m) => logs.push(m) });
    servers.push(server);
    expect(logs.join('\n')).toContain('stale postmaster.pid');
    expect(await query(server.url, 'select 3 as ok')).toEqual([{ ok: 3 }]);
  });

  it("retries with backoff and then shows PostgreSQL's own log line", async () => {
    const dir = tempDir();
    const first = await startEmbeddedPostgres({ dataDir: dir });
    await first.stop();
    fs.appendFileSync(path.join(dir, 'pg', 'postgresql.conf'), "\nshared_buffers = 'a lot'\n");
    const logs: string[] = [];
    const started = Date.now();
    await expect(startEmbeddedPostgres({ dataDir: dir, attempts: 2, log: (m) => logs.push(m) })).rejects.toThrow(/shared_buffers/);
    expect(logs.filter((l) => l.includes('attempt'))).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  it.runIf(process.getuid?.() === 0)('says in one line how to open a data folder the server user cannot reach (mktemp -d is 0700)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-closed-'));
    dirs.push(dir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const failure = startEmbeddedPostgres({ dataDir: dir, attempts: 1 });
    await expect(failure).rejects.toThrow(`cannot enter ${dir}: run \`chmod o+x ${dir}\``);
    // Nothing half-made is left behind, and once opened as told the same folder starts.
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.chmodSync(dir, 0o701);
    const server = await startEmbeddedPostgres({ dataDir: dir });
    servers.push(server);
    expect(await query(server.url, 'select 4 as ok')).toEqual([{ ok: 4 }]);
  });

  it.runIf(process.getuid?.() === 0)('opens a data folder it creates itself to the server user', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'made', 'here');
    const server = await startEmbeddedPostgres({ dataDir: dir });
    servers.push(server);
    expect(await query(server.url, 'select 5 as ok')).toEqual([{ ok: 5 }]);
  });

  it('keeps the same port when asked, so pools reconnect after a restart', async () => {
    const dir = tempDir();
    const first = await startEmbeddedPostgres({ dataDir: dir });
    await first.stop();
    const again = await startEmbeddedPostgres({ dataDir: dir, port: first.port });
    servers.push(again);
    expect(again.port).toBe(first.port);
  });
});

describe('lastMeaningfulLine', () => {
  it('prefers the FATAL line', () => {
    expect(lastMeaningfulLine('2026-11-22 17:04:25.876 UTC [14478] LOG:  invalid value for parameter "shared_buffers": "a lot"\n2026-11-22 17:04:25.876 UTC [14478] FATAL:  configuration file contains errors\n')).toBe('LOG:  invalid value for parameter "shared_buffers": "a lot" — FATAL:  configuration file contains errors');
  });
});
