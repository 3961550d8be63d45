// Booking a first meeting through the HTTP API on the embedded PostgreSQL: p50/p95/p99 of
// POST /api/meetings (slot check, exclusion constraint, queued reminder, mails to the outbox).
// Peer in the same run: GET /health/ready, one database round trip through the same stack.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase } from '../../src/db/client.js';
import { startEmbeddedPostgres } from '../../src/db/embedded/supervisor.js';
import { startServer } from '../../src/server/start.js';
import { freeSlotsOf } from '../../src/services/angels/availability.js';
import { bootstrapDatabase } from '../../src/services/system/bootstrap-database.js';
import { makeAngel, makeBusiness, makeSportello, makeUser, TEST_PASSWORD } from '../../src/test/factories.js';
import { signInOverHttp } from '../../src/test/http.js';

const N = Number(process.env.BOOKINGS ?? 200);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-bench-'));
fs.chmodSync(dir, 0o755);
const pgServer = await startEmbeddedPostgres({ dataDir: dir });
await bootstrapDatabase(pgServer.url, { seedDemo: false });
const database = openDatabase(pgServer.url);
const server = await startServer({ databaseUrl: pgServer.url, port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }), authLimits: { signIn: 100_000, magicLink: 100_000 }, runJobs: false });
const desk = await makeSportello(database.db, ['098']);

const prepared: { cookie: string; businessId: string; angelId: string; startsAt: string }[] = [];
let angelId = '';
let slots: string[] = [];
for (let i = 0; i < N; i++) {
  if (i % 4 === 0) {
    angelId = (await makeAngel(database.db, desk.id, { capacity: 20 })).id;
    const from = new Date(Date.now() + 2 * 86_400_000);
    slots = (await freeSlotsOf(database.db, angelId, from, new Date(from.getTime() + 14 * 86_400_000))).map((s) => s.start.toISOString());
  }
  const owner = await makeUser(database.db);
  const biz = await makeBusiness(database.db, owner.id, desk.id, '098031');
  const cookie = await signInOverHttp(server.url, owner.email, TEST_PASSWORD);
  prepared.push({ cookie, businessId: biz.id, angelId, startsAt: slots[i % 4]! });
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const book: number[] = [];
const ready: number[] = [];
for (const item of prepared) {
  let t0 = performance.now();
  const res = await fetch(`${server.url}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: item.cookie, origin: server.url },
    body: JSON.stringify({ businessId: item.businessId, angelUserId: item.angelId, startsAt: item.startsAt, mode: 'phone', note: 'Vorrei parlare dei prezzi' }),
  });
  await res.arrayBuffer();
  book.push(performance.now() - t0);
  if (res.status !== 201) throw new Error(`booking answered ${res.status}`);
  t0 = performance.now();
  await (await fetch(`${server.url}/health/ready`)).arrayBuffer();
  ready.push(performance.now() - t0);
}
const line = (name: string, xs: number[]) => `${name}: p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, p99 ${percentile(xs, 99).toFixed(1)} ms (n ${xs.length})`;
console.log(line('POST /api/meetings (book a first meeting, signed in)', book));
console.log(line('peer: GET /health/ready', ready));

await server.close();
await database.close();
await pgServer.stop();
fs.rmSync(dir, { recursive: true, force: true });
