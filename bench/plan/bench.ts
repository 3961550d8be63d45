// A big relaunch plan through the API on the embedded PostgreSQL: 50 goals, 500 actions, 200
// meeting-log entries. Measures GET /api/businesses/{id}/plan (p50/p95), the plan's page as the
// server draws it (GET /piano/{id}: the same answer, /api/me and React on the server; needs
// `npm run build:web`) and POST /sync with 100 offline changes at once. Peer in the same run:
// GET /health/ready.
import crypto from 'node:crypto';
import { startWithBigPlan } from '../support/big-plan.js';

const { server, businessId, planId, actions, cookie, stop } = await startWithBigPlan();
const percentile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((q / 100) * xs.length))]!;
const line = (name: string, xs: number[]) => `${name}: p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms (n ${xs.length})`;

const open: number[] = [];
const drawn: number[] = [];
const ready: number[] = [];
let bytes = 0;
let pageBytes = 0;
for (let i = 0; i < 100; i++) {
  let t0 = performance.now();
  const res = await fetch(`${server.url}/api/businesses/${businessId}/plan`, { headers: { cookie } });
  bytes = (await res.arrayBuffer()).byteLength;
  open.push(performance.now() - t0);
  if (res.status !== 200) throw new Error(`plan answered ${res.status}`);
  t0 = performance.now();
  const page = await fetch(`${server.url}/piano/${businessId}`, { headers: { cookie } });
  pageBytes = (await page.arrayBuffer()).byteLength;
  drawn.push(performance.now() - t0);
  if (page.headers.get('x-affianco-rendered') !== 'plan') throw new Error('the plan page was not drawn by the server (npm run build:web?)');
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
  const res = await fetch(`${server.url}/api/plans/${planId}/sync`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, origin: server.url }, body: JSON.stringify({ changes }) });
  const body = (await res.json()) as { results: { kind: string }[] };
  sync.push(performance.now() - t0);
  if (body.results.filter((r) => r.kind === 'applied').length !== 100) throw new Error('not every change applied');
}

console.log(line(`GET /api/businesses/{id}/plan (50 goals, 500 actions, 200 log entries, ${(bytes / 1024).toFixed(0)} KB JSON)`, open));
console.log(line(`GET /piano/{id}, drawn by the server (${(pageBytes / 1024).toFixed(0)} KB HTML)`, drawn));
console.log(line('peer: GET /health/ready', ready));
console.log(`POST /api/plans/{id}/sync with 100 offline changes: ${sync.map((s) => `${s.toFixed(0)} ms`).join(', ')}`);

await stop();
