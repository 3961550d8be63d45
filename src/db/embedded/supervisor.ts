import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { findPgBinaries, type TPgBinaries } from './binaries.js';
import { assertReachableByServer, chownForServer, resolveRunAs, type TRunAs } from './os-user.js';
import { isPostgresProcess, isProcessAlive, readPostmasterPid, sleep } from './process.js';
import { readConnectionFile, removeConnectionFile, writeConnectionFile } from './connection-file.js';

export interface TEmbeddedOptions {
  /** Directory holding the cluster (`pg/`), its log, password and connection file. */
  dataDir: string;
  /** System user the server runs as when we are root. */
  pgUser?: string;
  /** Port to listen on when free (a restart keeps the URL the pool already uses); else any free port. */
  port?: number;
  /** Start attempts before giving up (each with a longer pause). */
  attempts?: number;
  log?: (message: string) => void;
}

export interface TEmbeddedServer {
  /** postgres:// URL of the application database. */
  url: string;
  /** URL of the maintenance database, for CREATE DATABASE and friends. */
  adminUrl: string;
  port: number;
  pid: number;
  /** True when this process started or adopted the server and so stops it. */
  isOwned: boolean;
  stop(): Promise<void>;
}

const DB_USER = 'affianco';
const DB_NAME = 'affianco';

/**
 * Starts (or reuses) the embedded PostgreSQL server under `dataDir`.
 *
 * - first run: initdb into a temporary directory, then an atomic rename to `pg/`;
 * - a live server left by a killed app is reused and adopted;
 * - a stale postmaster.pid whose process is gone is removed;
 * - start failures are retried with backoff and end with PostgreSQL's own log line.
 *
 * @example
 *   const server = await startEmbeddedPostgres({ dataDir: './data' });
 *   // ... use server.url ...
 *   await server.stop();
 */
export async function startEmbeddedPostgres(options: TEmbeddedOptions): Promise<TEmbeddedServer> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const pgData = path.join(dataDir, 'pg');
  const attempts = options.attempts ?? 4;
  // A folder we create ourselves is open to the server's user; one given to us is checked.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const pgUser = options.pgUser ?? 'affianco-pg';
  const runAs = resolveRunAs(pgUser);
  assertReachableByServer(dataDir, runAs, pgUser);
  const bins = await findPgBinaries();
  const password = readOrCreatePassword(dataDir, fs.existsSync(path.join(pgData, 'PG_VERSION')));

  if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) {
    await initCluster(bins, dataDir, pgData, password, runAs, log);
  }

  const reused = await tryReuse(pgData, dataDir, password, log);
  if (reused) return reused;

  let lastError: Error | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await launch(bins, dataDir, pgData, password, runAs, log, options.port);
    } catch (err) {
      lastError = err as Error;
      log(`embedded PostgreSQL did not start (attempt ${attempt}/${attempts}): ${lastError.message}`);
      if (attempt < attempts) await sleep(250 * 2 ** attempt);
    }
  }
  throw lastError ?? new Error('embedded PostgreSQL did not start');
}

function readOrCreatePassword(dataDir: string, hasCluster: boolean): string {
  const file = path.join(dataDir, 'pg-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  if (hasCluster) {
    throw new Error(`The password file ${file} is missing; the cluster in ${dataDir}/pg cannot be opened.`);
  }
  const password = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function initCluster(
  bins: TPgBinaries,
  dataDir: string,
  pgData: string,
  password: string,
  runAs: TRunAs | undefined,
  log: (m: string) => void,
): Promise<void> {
  // A crash during an earlier initdb leaves only a temporary directory behind.
  for (const entry of fs.readdirSync(dataDir)) {
    if (entry.startsWith('pg.init-')) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
  }
  if (fs.existsSync(pgData)) {
    throw new Error(`${pgData} exists but holds no PostgreSQL cluster (no PG_VERSION); move it away and start again.`);
  }
  const tmp = path.join(dataDir, `pg.init-${crypto.randomBytes(4).toString('hex')}`);
  const pwFile = `${tmp}.pw`;
  fs.mkdirSync(tmp, { mode: 0o700 });
  chownForServer(tmp, runAs);
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  chownForServer(pwFile, runAs);
  log(`creating the embedded PostgreSQL cluster in ${pgData}`);
  try {
    const result = spawnSync(
      bins.initdb,
      [
        `--pgdata=${tmp}`,
        `--username=${DB_USER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      { encoding: 'utf8', uid: runAs?.uid, gid: runAs?.gid, env: { ...process.env, LC_ALL: 'C' } },
    );
    if (result.status !== 0) {
      const detail = (result.stderr || result.error?.message || '').trim();
      throw new Error(`initdb failed: ${lastMeaningfulLine(detail) ?? detail}`);
    }
    fs.renameSync(tmp, pgData);
  } finally {
    fs.rmSync(pwFile, { force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function tryReuse(
  pgData: string,
  dataDir: string,
  password: string,
  log: (m: string) => void,
): Promise<TEmbeddedServer | undefined> {
  const pidFile = path.join(pgData, 'postmaster.pid');
  const postmaster = readPostmasterPid(pidFile);
  if (!postmaster) return undefined;
  if (!isPostgresProcess(postmaster.pid)) {
    log(`removing a stale postmaster.pid (process ${postmaster.pid} is gone)`);
    fs.rmSync(pidFile, { force: true });
    return undefined;
  }
  const url = buildUrl(password, postmaster.port, DB_NAME);
  // A server that is still starting up or shutting down gets a few chances.
  for (let i = 0; i < 5; i++) {
    if (await canConnect(buildUrl(password, postmaster.port, 'postgres'))) {
      const previous = readConnectionFile(dataDir);
      const ownerAlive = previous?.ownerPid !== undefined && previous.ownerPid !== process.pid && isProcessAlive(previous.ownerPid);
      log(
        ownerAlive
          ? `using the embedded PostgreSQL already run by process ${previous?.ownerPid} on port ${postmaster.port}`
          : `adopting the embedded PostgreSQL left running on port ${postmaster.port}`,
      );
      await ensureDatabase(buildUrl(password, postmaster.port, 'postgres'));
      if (!ownerAlive) writeConnectionFile(dataDir, { url, port: postmaster.port, pid: postmaster.pid, ownerPid: process.pid });
      return makeHandle(url, password, postmaster.port, postmaster.pid, !ownerAlive, dataDir);
    }
    await sleep(200 * 2 ** i);
  }
  log(`the server ${postmaster.pid} does not answer; stopping it`);
  await stopPid(postmaster.pid);
  fs.rmSync(pidFile, { force: true });
  return undefined;
}

async function launch(
  bins: TPgBinaries,
  dataDir: string,
  pgData: string,
  password: string,
  runAs: TRunAs | undefined,
  log: (m: string) => void,
  preferredPort?: number,
): Promise<TEmbeddedServer> {
  const port = preferredPort && (await isPortFree(preferredPort)) ? preferredPort : await findFreePort();
  const logFile = path.join(dataDir, 'pg.log');
  const fd = fs.openSync(logFile, 'a', 0o600);
  const logStart = fs.fstatSync(fd).size;
  const child = spawn(
    bins.postgres,
    [
      '-D', pgData,
      '-p', String(port),
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      '-c', 'shared_buffers=128MB',
    ],
    { detached: true, stdio: ['ignore', fd, fd], uid: runAs?.uid, gid: runAs?.gid, env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  fs.closeSync(fd);
  child.unref();
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const adminUrl = buildUrl(password, port, 'postgres');
  const deadline = Date.now() + 30_000;
  let delay = 50;
  while (Date.now() < deadline) {
    if (exited) break;
    if (await canConnect(adminUrl)) {
      await ensureDatabase(adminUrl);
      const url = buildUrl(password, port, DB_NAME);
      writeConnectionFile(dataDir, { url, port, pid: child.pid ?? 0, ownerPid: process.pid });
      log(`embedded PostgreSQL ready on 127.0.0.1:${port}`);
      return makeHandle(url, password, port, child.pid ?? 0, true, dataDir);
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 500);
  }
  if (!exited && child.pid) await stopPid(child.pid);
  const output = readFrom(logFile, logStart);
  throw new Error(lastMeaningfulLine(output) ?? 'PostgreSQL did not become ready in 30 s');
}

function makeHandle(url: string, password: string, port: number, pid: number, isOwned: boolean, dataDir: string): TEmbeddedServer {
  return {
    url,
    adminUrl: buildUrl(password, port, 'postgres'),
    port,
    pid,
    isOwned,
    async stop() {
      if (!isOwned) return;
      await stopPid(pid);
      removeConnectionFile(dataDir, pid);
    },
  };
}

/** Fast shutdown (SIGINT), then immediate shutdown (SIGQUIT) if it lingers. */
export async function stopPid(pid: number): Promise<void> {
  if (!isProcessAlive(pid)) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && isProcessAlive(pid); i++) await sleep(100);
  if (isProcessAlive(pid)) {
    try {
      process.kill(pid, 'SIGQUIT');
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 50 && isProcessAlive(pid); i++) await sleep(100);
  }
}

function buildUrl(password: string, port: number, database: string): string {
  return `postgres://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  // A server going away mid-way fails the query below; it must not also end the process.
  client.on('error', () => {});
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DB_NAME]);
    if (found.rowCount === 0) {
      await client.query(`create database ${DB_NAME}`).catch((err: { code?: string }) => {
        // Two processes may race to create it; the loser is fine.
        if (err.code !== '42P04') throw err;
      });
    }
  } finally {
    await client.end();
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function readFrom(file: string, offset: number): string {
  try {
    const buffer = fs.readFileSync(file);
    return buffer.subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}

/**
 * PostgreSQL's own explanation: the last FATAL/PANIC/ERROR line with the line just
 * before it (which often names the bad setting), without timestamps; else the last line.
 */
export function lastMeaningfulLine(output: string): string | undefined {
  const lines = output
    .split('\n')
    .map((l) => l.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \w+ \[\d+\] /, '').trim())
    .filter(Boolean);
  const index = lines.findLastIndex((l) => /\b(FATAL|PANIC|ERROR)\b|initdb: error/.test(l));
  if (index < 0) return lines.at(-1);
  const before = lines[index - 1];
  return before && !/^LOG: {2}(database system|starting|listening|redirecting)/.test(before) && !/shut/.test(before) ? `${before} — ${lines[index]}` : lines[index];
}
