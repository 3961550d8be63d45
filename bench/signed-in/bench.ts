// Throughput of signed-in reads against the anonymous read, through HTTP on loopback: the compiled
// server (`npm start`'s, ADR 018) in its own process on a fresh embedded DATA_DIR with the demo
// data, and CONNECTIONS loops here, each sending its next request when the last one is answered,
// for SECONDS per case. Peer in the same run: the anonymous GET /api/comuni?q=mil.
// Then each request ALONE times one after the other (latency without load).
import { DEMO_PASSWORD } from '../../src/services/network/demo-data.js';
import { startCompiledServer } from '../support/compiled-server.js';
import { signInOverHttp } from '../../src/test/http.js';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);
const SECONDS = Number(process.env.SECONDS ?? 5);
const ALONE = Number(process.env.ALONE ?? 200);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

// SERVER_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to profile the server under this load.
const server = await startCompiledServer({ builds: ['scripts/ensure-server-build.mjs'], nodeArgs: (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean) });
const { url } = server;

const owner = await signInOverHttp(url, 'caseificio@demo.affianco.it', DEMO_PASSWORD);
const me = (await (await fetch(`${url}/api/me`, { headers: { cookie: owner } })).json()) as { businesses: { id: string }[] };
const businessId = me.businesses[0]!.id;

interface TCase {
  name: string;
  path: string;
  cookie?: string;
}
const cases: TCase[] = [
  { name: 'peer: anonymous GET /api/comuni?q=mil', path: '/api/comuni?q=mil' },
  { name: 'signed in GET /api/me (entrepreneur)', path: '/api/me', cookie: owner },
  { name: 'signed in GET /api/businesses/{id}/matches', path: `/api/businesses/${businessId}/matches`, cookie: owner },
];

async function once(c: TCase): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${url}${c.path}`, { headers: c.cookie ? { cookie: c.cookie } : {} });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${c.path} answered ${res.status}`);
  return performance.now() - t0;
}

async function load(c: TCase) {
  const latencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) latencies.push(await once(c));
    }),
  );
  return { rps: latencies.length / SECONDS, p50: pct(latencies, 50), p99: pct(latencies, 99) };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const median = (xs: number[]) => pct(xs, 50);

for (const c of cases) for (let i = 0; i < 50; i++) await once(c); // warm-up: JIT, pools, caches
const results = new Map<string, { rps: number[]; p50: number[]; p99: number[]; alone: number[] }>();
for (let round = 0; round < ROUNDS; round++) {
  // Cases alternate within each round, so load from elsewhere on the machine falls on all of them.
  for (const c of cases) {
    const r = await load(c);
    const entry = results.get(c.name) ?? { rps: [], p50: [], p99: [], alone: [] };
    entry.rps.push(r.rps);
    entry.p50.push(r.p50);
    entry.p99.push(r.p99);
    for (let i = 0; i < ALONE / ROUNDS; i++) entry.alone.push(await once(c));
    results.set(c.name, entry);
  }
}
console.log(`${CONNECTIONS} connections, ${SECONDS} s per case, ${ROUNDS} rounds; medians of the rounds`);
for (const [name, r] of results) {
  console.log(
    `${name}: ${Math.round(median(r.rps))} req/s (rounds ${r.rps.map(Math.round).join(', ')}), p50 ${median(r.p50).toFixed(1)} ms, p99 ${median(r.p99).toFixed(1)} ms; alone p50 ${median(r.alone).toFixed(2)} ms`,
  );
}

await server.stop();
