/**
 * The funnel and the impact (issue 15, points 5 and 6): "the funnel for one sportello under
 * 300 ms" on 1,000,000 generated businesses and 50,000 angels. Times `funnelFor` (read from the
 * kept journeys, migration 0021: total and each breakdown) and `impactFor` for the sportello with
 * most businesses and for the whole network, beside, in the same run, `funnelLiveFor` (the same
 * funnel aggregated live from the step tables, as before 0021) and a peer: the naive funnel, one
 * count query per step (six statements, each finding the cohort again with EXISTS sub-queries, no
 * medians). Before timing, the kept and live funnels are compared figure by figure. Every line
 * carries the 1-minute load average when it was printed (the machine may be shared).
 *
 *   DATABASE_URL=postgres://…/generated npx tsx bench/insights/bench.ts [runs]          # an existing (generated) database, read only
 *   npx tsx bench/insights/bench.ts [runs] [businesses] [angels]                        # a fresh embedded database, generated first (small)
 *
 * Period: the last 365 days to BENCH_TO (default 2026-12-01, the generator's documented --as-of).
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase, type TDb } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { periodBounds } from '../../src/domain/insights/period.js';
import type { TFunnelBreakdown, TFunnelResult, TInsightsScope } from '../../src/domain/insights/types.js';
import { funnelFor } from '../../src/services/insights/funnel.js';
import { funnelLiveFor } from '../../src/services/insights/funnel-live.js';
import { impactFor } from '../../src/services/insights/impact.js';
import { generateNational } from '../../src/services/generate/generate-national.js';
import { benchDatabase, percentiles } from '../support/bench-database.js';

const RUNS = Number(process.argv[2] ?? 10);
const BUSINESSES = Number(process.argv[3] ?? 20_000);
const ANGELS = Number(process.argv[4] ?? 1_000);
const TO = process.env.BENCH_TO ?? '2026-12-01';
const FROM = new Date(Date.parse(`${TO}T12:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);

async function time(label: string, runs: number, fn: () => Promise<unknown>) {
  await fn(); // warm the cache and the plan
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  const p = percentiles(samples);
  const load = os.loadavg()[0]!.toFixed(1);
  console.log(`${label.padEnd(52)} p50 ${p.p50.padStart(9)} ms   p95 ${p.p95.padStart(9)} ms   max ${p.max.padStart(9)} ms   load ${load}`);
  return p;
}

/** The peer: one statement per step, each counting its cases with EXISTS (strict: every earlier step too). */
async function naiveFunnel(db: TDb, sportelloId: string | null): Promise<number[]> {
  const { start, end } = periodBounds({ from: FROM, to: TO });
  const scope = sportelloId ? sql`and b.sportello_id = ${sportelloId}::uuid` : sql``;
  const contact = sql`least(b.created_at, coalesce((select min(r.created_at) from intake_request r where r.business_id = b.id), b.created_at))`;
  const steps = [
    sql`true`,
    sql`exists (select 1 from intake_request r where r.business_id = b.id)`,
    sql`exists (select 1 from checkup k where k.business_id = b.id and k.status = 'submitted')`,
    sql`exists (select 1 from meeting m where m.business_id = b.id and m.status = 'held')`,
    sql`exists (select 1 from plan p where p.business_id = b.id)`,
    sql`exists (select 1 from plan p join plan_goal g on g.plan_id = p.id where p.business_id = b.id and g.status = 'reached')`,
  ];
  const counts: number[] = [];
  for (let i = 0; i < steps.length; i++) {
    const conditions = sql.join(steps.slice(0, i + 1), sql` and `);
    const r = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from business b
      where ${contact} >= ${start}::timestamptz and ${contact} < ${end}::timestamptz ${scope} and ${conditions}`);
    counts.push(Number(r.rows[0]!.n));
  }
  return counts;
}

/** The kept and the live funnel give the very same figures (all but the instant computed). */
async function sameAsLive(db: TDb, scope: TInsightsScope, by: TFunnelBreakdown): Promise<boolean> {
  const plain = (f: TFunnelResult | null) => JSON.stringify(f ? { ...f, computedAt: null } : null);
  const [kept, live] = [await funnelFor(db, { scope, from: FROM, to: TO, by }), await funnelLiveFor(db, { scope, from: FROM, to: TO, by })];
  return plain(kept) === plain(live);
}

const external = process.env.DATABASE_URL;
const bench = external ? { url: external, where: 'DATABASE_URL', stop: async () => {} } : await benchDatabase('bench_insights');
try {
  if (!external) await runMigrations(bench.url);
  const database = openDatabase(bench.url, { max: 4 });
  try {
    if (!external) {
      const started = performance.now();
      await generateNational(database.db, { businesses: BUSINESSES, angels: ANGELS, seed: 42, asOf: new Date(`${TO}T00:00:00Z`) });
      console.log(`generated ${BUSINESSES} businesses, ${ANGELS} angels in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      await database.pool.query('analyze');
    }
    const version = (await database.pool.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
    const counts = (await database.pool.query<{ n: string }>('select count(*) as n from business')).rows[0]!.n;
    const top = (await database.pool.query<{ id: string; name: string; n: string }>(
      'select s.id, s.name, count(*) as n from business b join sportello s on s.id = b.sportello_id group by s.id, s.name order by count(*) desc limit 1',
    )).rows[0]!;
    console.log(`${bench.where}: PostgreSQL ${version}, ${counts} businesses; sportello ${top.name} has ${top.n}; period ${FROM} … ${TO}; ${RUNS} runs each\n`);

    const sportello = { sportelloId: top.id };
    const network = { network: true as const };
    const funnel = await funnelFor(database.db, { scope: sportello, from: FROM, to: TO });
    const naive = await naiveFunnel(database.db, top.id);
    console.log(`funnel (sportello): ${funnel!.total.steps.map((s) => s.count).join(' → ')}; naive peer: ${naive.join(' → ')} (businesses only)`);
    const networkRuns = Math.max(3, Math.floor(RUNS / 3));
    const breakdowns: [TInsightsScope, TFunnelBreakdown[]][] = [[sportello, ['none', 'area', 'angel', 'sector']], [network, ['none', 'sportello']]];
    for (const [scope, list] of breakdowns) {
      for (const by of list) {
        const same = await sameAsLive(database.db, scope, by);
        console.log(`kept journeys = live, ${'network' in scope ? 'network' : 'one sportello'}, by ${by}: ${same ? 'same figures' : 'DIFFERENT'}`);
        if (!same) process.exitCode = 1;
      }
    }
    console.log('');

    for (const by of ['none', 'area', 'angel', 'sector'] as const) {
      const suffix = by === 'none' ? '' : `, by ${by}`;
      await time(`funnelFor, one sportello${suffix}`, RUNS, () => funnelFor(database.db, { scope: sportello, from: FROM, to: TO, by }));
      await time(`  live (before 0021), one sportello${suffix}`, RUNS, () => funnelLiveFor(database.db, { scope: sportello, from: FROM, to: TO, by }));
    }
    await time('peer: naive count per step, one sportello', RUNS, () => naiveFunnel(database.db, top.id));
    await time('impactFor, one sportello', RUNS, () => impactFor(database.db, { scope: sportello, from: FROM, to: TO }));
    for (const by of ['none', 'sportello'] as const) {
      const suffix = by === 'none' ? '' : `, by ${by}`;
      await time(`funnelFor, network${suffix}`, networkRuns, () => funnelFor(database.db, { scope: network, from: FROM, to: TO, by }));
      await time(`  live (before 0021), network${suffix}`, networkRuns, () => funnelLiveFor(database.db, { scope: network, from: FROM, to: TO, by }));
    }
    await time('peer: naive count per step, network', networkRuns, () => naiveFunnel(database.db, null));
    await time('impactFor, network', networkRuns, () => impactFor(database.db, { scope: network, from: FROM, to: TO }));
  } finally {
    await database.close();
  }
} finally {
  await bench.stop();
}
