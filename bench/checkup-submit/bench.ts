// Check-up submission through the HTTP API on the embedded PostgreSQL: p50/p95/p99 of
// POST /api/checkups/{id}/submit with every answer. Peer in the same run: GET /health/ready
// (one database round trip through the same stack), the floor any request pays.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase } from '../../src/db/client.js';
import { startEmbeddedPostgres } from '../../src/db/embedded/supervisor.js';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire } from '../../src/domain/checkup/questionnaire.js';
import { startServer } from '../../src/server/start.js';
import { bootstrapDatabase } from '../../src/services/system/bootstrap-database.js';
import { makeBusiness, makeSportello, makeUser, TEST_PASSWORD } from '../../src/test/factories.js';
import { signInOverHttp } from '../../src/test/http.js';

const N = Number(process.env.SUBMISSIONS ?? 300);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-bench-'));
fs.chmodSync(dir, 0o755);
const pgServer = await startEmbeddedPostgres({ dataDir: dir });
await bootstrapDatabase(pgServer.url, { seedDemo: false });
const database = openDatabase(pgServer.url);
const server = await startServer({ databaseUrl: pgServer.url, port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }), authLimits: { signIn: 100_000, magicLink: 100_000 } });

const q = getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION)!;
const desk = await makeSportello(database.db, ['098']);
const headers = (cookie: string) => ({ 'content-type': 'application/json', cookie, origin: server.url });

const prepared: { cookie: string; checkupId: string; answers: Record<string, string> }[] = [];
for (let i = 0; i < N; i++) {
  const user = await makeUser(database.db);
  const biz = await makeBusiness(database.db, user.id, desk.id, '098031');
  const cookie = await signInOverHttp(server.url, user.email, TEST_PASSWORD);
  const started = (await (await fetch(`${server.url}/api/businesses/${biz.id}/checkups`, { method: 'POST', headers: headers(cookie) })).json()) as { id: string };
  const answers = Object.fromEntries(q.questions.map((question, k) => [question.id, question.options[(i + k) % question.options.length]!.id]));
  prepared.push({ cookie, checkupId: started.id, answers });
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const submit: number[] = [];
const ready: number[] = [];
for (const item of prepared) {
  let t0 = performance.now();
  const res = await fetch(`${server.url}/api/checkups/${item.checkupId}/submit`, { method: 'POST', headers: headers(item.cookie), body: JSON.stringify({ answers: item.answers }) });
  await res.arrayBuffer();
  submit.push(performance.now() - t0);
  if (res.status !== 200) throw new Error(`submit answered ${res.status}`);
  t0 = performance.now();
  await (await fetch(`${server.url}/health/ready`)).arrayBuffer();
  ready.push(performance.now() - t0);
}
const line = (name: string, xs: number[]) => `${name}: p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, p99 ${percentile(xs, 99).toFixed(1)} ms (n ${xs.length})`;
console.log(line('check-up submit (answers + scoring + report, signed in)', submit));
console.log(line('peer: GET /health/ready', ready));

await server.close();
await database.close();
await pgServer.stop();
fs.rmSync(dir, { recursive: true, force: true });
