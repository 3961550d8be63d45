// A big relaunch plan through the API on the embedded PostgreSQL: 50 goals, 500 actions, 200
// meeting-log entries. Measures GET /api/businesses/{id}/plan (p50/p95) and POST /sync with 100
// offline changes at once. Peer in the same run: GET /health/ready.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase } from '../../src/db/client.js';
import { assignment, plan, planAction, planGoal, planLogEntry } from '../../src/db/schema/index.js';
import { startEmbeddedPostgres } from '../../src/db/embedded/supervisor.js';
import { startServer } from '../../src/server/start.js';
import { bootstrapDatabase } from '../../src/services/system/bootstrap-database.js';
import { makeAngel, makeBusiness, makeSportello, makeUser, TEST_PASSWORD } from '../../src/test/factories.js';
import { signInOverHttp } from '../../src/test/http.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-bench-'));
fs.chmodSync(dir, 0o755);
const pgServer = await startEmbeddedPostgres({ dataDir: dir });
await bootstrapDatabase(pgServer.url, { seedDemo: false });
const { db, close } = openDatabase(pgServer.url);
const server = await startServer({ databaseUrl: pgServer.url, port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }), runJobs: false, authLimits: { signIn: 1000, magicLink: 1000 } });

const desk = await makeSportello(db, ['098']);
const owner = await makeUser(db);
const biz = await makeBusiness(db, owner.id, desk.id, '098031');
const angel = await makeAngel(db, desk.id);
await db.insert(assignment).values({ businessId: biz.id, angelUserId: angel.id, sportelloId: desk.id });
const [p] = await db.insert(plan).values({ businessId: biz.id }).returning();
const goals = await db
  .insert(planGoal)
  .values(Array.from({ length: 50 }, (_, i) => ({ planId: p!.id, title: `Obiettivo ${i + 1}`, indicatorName: 'clienti', unit: 'clienti', baseline: 10, target: 30, current: 10 + (i % 20), byDate: '2027-06-30' })))
  .returning();
const actions = await db
  .insert(planAction)
  .values(Array.from({ length: 500 }, (_, i) => ({ planId: p!.id, goalId: goals[i % 50]!.id, title: `Azione ${i + 1}`, owner: i % 2 ? ('angel' as const) : ('entrepreneur' as const), dueDate: '2027-01-15', status: (['todo', 'doing', 'done', 'blocked'] as const)[i % 4] })))
  .returning();
await db.insert(planLogEntry).values(Array.from({ length: 200 }, (_, i) => ({ planId: p!.id, date: '2026-10-01', mode: 'phone' as const, durationMinutes: 30, notes: `Incontro ${i + 1}: abbiamo parlato di prezzi e di clienti.`, decisions: 'Proviamo', nextSteps: ['Chiamare il fornitore'], hours: 0.5 })));

const cookie = await signInOverHttp(server.url, angel.email, TEST_PASSWORD);
const percentile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((q / 100) * xs.length))]!;
const line = (name: string, xs: number[]) => `${name}: p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms (n ${xs.length})`;

const open: number[] = [];
const ready: number[] = [];
let bytes = 0;
for (let i = 0; i < 100; i++) {
  let t0 = performance.now();
  const res = await fetch(`${server.url}/api/businesses/${biz.id}/plan`, { headers: { cookie } });
  bytes = (await res.arrayBuffer()).byteLength;
  open.push(performance.now() - t0);
  if (res.status !== 200) throw new Error(`plan answered ${res.status}`);
  t0 = performance.now();
  await (await fetch(`${server.url}/health/ready`)).arrayBuffer();
  ready.push(performance.now() - t0);
}

const sync: number[] = [];
const versions = new Map(actions.map((a) => [a.id, { version: a.version, status: a.status as string }]));
for (let round = 0; round < 5; round++) {
  const changes = actions.slice(round * 100, round * 100 + 100).map((a) => {
    const seen = versions.get(a.id)!;
    const next = seen.status === 'done' ? 'doing' : 'done';
    return { clientChangeId: crypto.randomUUID(), entity: 'action', entityId: a.id, baseVersion: seen.version, base: { status: seen.status }, patch: { status: next }, madeAt: new Date().toISOString() };
  });
  const t0 = performance.now();
  const res = await fetch(`${server.url}/api/plans/${p!.id}/sync`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, origin: server.url }, body: JSON.stringify({ changes }) });
  const body = (await res.json()) as { results: { kind: string }[] };
  sync.push(performance.now() - t0);
  if (body.results.filter((r) => r.kind === 'applied').length !== 100) throw new Error('not every change applied');
}

console.log(line(`GET /api/businesses/{id}/plan (50 goals, 500 actions, 200 log entries, ${(bytes / 1024).toFixed(0)} KB JSON)`, open));
console.log(line('peer: GET /health/ready', ready));
console.log(`POST /api/plans/{id}/sync with 100 offline changes: ${sync.map((s) => `${s.toFixed(0)} ms`).join(', ')}`);

await server.close();
await close();
await pgServer.stop();
fs.rmSync(dir, { recursive: true, force: true });
