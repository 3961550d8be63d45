// Time from `npm start`'s server command to the first page served, on a fresh DATA_DIR and after.
// Peer in the same run: the embedded PostgreSQL alone (initdb + start, then start), to show the app's share.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConnectionFile } from '../../src/db/embedded/connection-file.js';
import { startEmbeddedPostgres, stopPid } from '../../src/db/embedded/supervisor.js';

const root = path.resolve(import.meta.dirname, '../..');
const rounds = Number(process.env.ROUNDS ?? 3);

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-bench-'));
  fs.chmodSync(dir, 0o755);
  return dir;
}

async function timeAppStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/main.ts')], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Affianco is ready at (http:\/\/[^"\s]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error(`app exited:\n${out}`)));
  });
  const res = await fetch(`${url}/`);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`first page answered ${res.status}`);
  const elapsed = performance.now() - started;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
  return elapsed;
}

async function timePostgresStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const server = await startEmbeddedPostgres({ dataDir });
  const elapsed = performance.now() - started;
  await server.stop();
  return elapsed;
}

const fmt = (ms: number[]) => ms.map((m) => `${(m / 1000).toFixed(2)} s`).join(', ');
const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;

const appFresh: number[] = [];
const appWarm: number[] = [];
const pgFresh: number[] = [];
const pgWarm: number[] = [];
for (let i = 0; i < rounds; i++) {
  const dir = tempDir();
  appFresh.push(await timeAppStart(dir));
  appWarm.push(await timeAppStart(dir));
  const left = readConnectionFile(dir);
  if (left) await stopPid(left.pid);
  fs.rmSync(dir, { recursive: true, force: true });

  const pgDir = tempDir();
  pgFresh.push(await timePostgresStart(pgDir));
  pgWarm.push(await timePostgresStart(pgDir));
  fs.rmSync(pgDir, { recursive: true, force: true });
}
console.log(`app, fresh DATA_DIR → first page: ${fmt(appFresh)} (median ${(median(appFresh) / 1000).toFixed(2)} s)`);
console.log(`app, existing DATA_DIR → first page: ${fmt(appWarm)} (median ${(median(appWarm) / 1000).toFixed(2)} s)`);
console.log(`peer: embedded PostgreSQL alone, initdb + start: ${fmt(pgFresh)} (median ${(median(pgFresh) / 1000).toFixed(2)} s)`);
console.log(`peer: embedded PostgreSQL alone, start: ${fmt(pgWarm)} (median ${(median(pgWarm) / 1000).toFixed(2)} s)`);
