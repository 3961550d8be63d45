// Time from `npm start`'s commands (the two build checks, then the compiled server) to the first
// page served, on a fresh DATA_DIR and after. Peers in the same run: the embedded PostgreSQL alone
// (initdb + start, then start), to show the app's share, and the former start through tsx.
import { spawn, spawnSync } from 'node:child_process';
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

// What `npm start` runs, without npm itself: the checks are included because every start pays them.
const COMPILED = ['build/server/main.js'];
const THROUGH_TSX = ['--import', 'tsx', 'src/main.ts'];

function runCheck(script: string) {
  const result = spawnSync(process.execPath, [path.join(root, script)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} failed`);
}

async function timeAppStart(dataDir: string, command: string[]): Promise<number> {
  const started = performance.now();
  if (command === COMPILED) {
    runCheck('scripts/ensure-web-build.mjs');
    runCheck('scripts/ensure-server-build.mjs');
  }
  const child = spawn(process.execPath, command, {
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

// The one-time compilation, like the one-time web build, is timed apart from the starts.
const compileStarted = performance.now();
const compiled = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-server-build.mjs'), '--force'], { cwd: root, stdio: 'inherit' });
if (compiled.status !== 0) throw new Error('the server did not compile');
const compileMs = performance.now() - compileStarted;

const appFresh: number[] = [];
const appWarm: number[] = [];
const tsxFresh: number[] = [];
const tsxWarm: number[] = [];
const pgFresh: number[] = [];
const pgWarm: number[] = [];
for (let i = 0; i < rounds; i++) {
  for (const [command, fresh, warm] of [
    [COMPILED, appFresh, appWarm],
    [THROUGH_TSX, tsxFresh, tsxWarm],
  ] as const) {
    const dir = tempDir();
    fresh.push(await timeAppStart(dir, command));
    warm.push(await timeAppStart(dir, command));
    const left = readConnectionFile(dir);
    if (left) await stopPid(left.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const pgDir = tempDir();
  pgFresh.push(await timePostgresStart(pgDir));
  pgWarm.push(await timePostgresStart(pgDir));
  fs.rmSync(pgDir, { recursive: true, force: true });
}
console.log(`one-time compilation of the server (build/server): ${(compileMs / 1000).toFixed(2)} s`);
console.log(`app, fresh DATA_DIR → first page: ${fmt(appFresh)} (median ${(median(appFresh) / 1000).toFixed(2)} s)`);
console.log(`app, existing DATA_DIR → first page: ${fmt(appWarm)} (median ${(median(appWarm) / 1000).toFixed(2)} s)`);
console.log(`peer: through tsx (before ADR 018), fresh DATA_DIR: ${fmt(tsxFresh)} (median ${(median(tsxFresh) / 1000).toFixed(2)} s)`);
console.log(`peer: through tsx (before ADR 018), existing DATA_DIR: ${fmt(tsxWarm)} (median ${(median(tsxWarm) / 1000).toFixed(2)} s)`);
console.log(`peer: embedded PostgreSQL alone, initdb + start: ${fmt(pgFresh)} (median ${(median(pgFresh) / 1000).toFixed(2)} s)`);
console.log(`peer: embedded PostgreSQL alone, start: ${fmt(pgWarm)} (median ${(median(pgWarm) / 1000).toFixed(2)} s)`);
