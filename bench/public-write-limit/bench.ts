// Public-write limits on the embedded PostgreSQL, through HTTP on loopback.
// 1. A flood (below, run first): CLIENTS clients on one address send ascolti for FLOOD_SECONDS
//    with the real limits (PUBLIC_WRITE_LIMITS); how many were stored and how many refused.
// 2. What the limit costs an ascolto: p50/p95/p99 of POST /api/intake/requests (each with its own
//    key, limits raised so none is refused), beside the counting statement alone
//    (countPublicWrite) and GET /health/ready (one database round trip), in the same run.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { count } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.js';
import { intakeRequest } from '../../src/db/schema/index.js';
import { startEmbeddedPostgres } from '../../src/db/embedded/supervisor.js';
import { startServer } from '../../src/server/start.js';
import { bootstrapDatabase } from '../../src/services/system/bootstrap-database.js';
import { countPublicWrite, PUBLIC_WRITE_LIMITS } from '../../src/services/system/public-write-limit.js';
import { ascoltoBody } from '../../src/test/ascolto-body.js';
import { makeSportello } from '../../src/test/factories.js';

const N = Number(process.env.SUBMISSIONS ?? 300);
const CLIENTS = Number(process.env.CLIENTS ?? 4);
const FLOOD_SECONDS = Number(process.env.FLOOD_SECONDS ?? 10);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-bench-'));
fs.chmodSync(dir, 0o755);
const pgServer = await startEmbeddedPostgres({ dataDir: dir });
await bootstrapDatabase(pgServer.url, { seedDemo: false });
const database = openDatabase(pgServer.url);
await makeSportello(database.db, ['098']);
const logger = pino({ level: 'silent' });
const high = { windowSeconds: 600, perAddress: 1_000_000, perSportello: 1_000_000 };

const body = JSON.stringify(ascoltoBody());
const send = (url: string) => fetch(`${url}/api/intake/requests`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() }, body });
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const line = (name: string, xs: number[]) => `${name}: p50 ${percentile(xs, 50).toFixed(2)} ms, p95 ${percentile(xs, 95).toFixed(2)} ms, p99 ${percentile(xs, 99).toFixed(2)} ms (n ${xs.length})`;

// The flood first: the latency part below counts from the same address.
const before = (await database.db.select({ n: count() }).from(intakeRequest))[0]!.n;
const real = await startServer({ databaseUrl: pgServer.url, port: 0, host: '127.0.0.1', logger, runJobs: false });
const statuses = new Map<number, number>();
const deadline = Date.now() + FLOOD_SECONDS * 1000;
await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    while (Date.now() < deadline) {
      const res = await send(real.url);
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  }),
);
const stored = (await database.db.select({ n: count() }).from(intakeRequest))[0]!.n - before;
const sent = [...statuses.values()].reduce((a, b) => a + b, 0);
console.log(`flood: ${CLIENTS} clients, one address, ${FLOOD_SECONDS} s, limits ${JSON.stringify(PUBLIC_WRITE_LIMITS.intake)}`);
console.log(`  sent ${sent} (${Math.round(sent / FLOOD_SECONDS)}/s), stored ${stored}, answers ${JSON.stringify(Object.fromEntries(statuses))}`);
await real.close();

const roomy = await startServer({ databaseUrl: pgServer.url, port: 0, host: '127.0.0.1', logger, runJobs: false, writeLimits: { intake: high } });
const submit: number[] = [];
const counting: number[] = [];
const ready: number[] = [];
for (let i = 0; i < 20; i++) await (await send(roomy.url)).arrayBuffer();
for (let i = 0; i < N; i++) {
  let t0 = performance.now();
  const res = await send(roomy.url);
  await res.arrayBuffer();
  submit.push(performance.now() - t0);
  if (res.status !== 201) throw new Error(`ascolto answered ${res.status}`);
  t0 = performance.now();
  await countPublicWrite(database.db, 'intake', { address: `bench-${i}`, sportelloId: null }, high);
  counting.push(performance.now() - t0);
  t0 = performance.now();
  await (await fetch(`${roomy.url}/health/ready`)).arrayBuffer();
  ready.push(performance.now() - t0);
}
console.log(line('ascolto POST /api/intake/requests (limit counted, not reached)', submit));
console.log(line('peer: the counting statement alone (countPublicWrite)', counting));
console.log(line('peer: GET /health/ready', ready));
await roomy.close();

await database.close();
await pgServer.stop();
fs.rmSync(dir, { recursive: true, force: true });
