/**
 * The inbox's first page (issue 15: p95 under 50 ms on 1,000,000 generated businesses), beside
 * a peer in the same run: the old "Richieste arrivate" query (listIntakeRequests: the
 * sportello's requests newest first, no status, no waiting days), at the same page size.
 *
 *   DATABASE_URL=postgres://…/generated npx tsx bench/inbox/bench.ts [runs]      # a generated database (affianco generate)
 *   npx tsx bench/inbox/bench.ts [runs] [businesses]                              # small: embedded PostgreSQL, generated here
 *
 * The sportello measured is the one with the most open requests. Each case runs `runs` times
 * after 5 warm-up runs; p50/p95/max in ms.
 */
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { listIntakeRequests } from '../../src/services/intake/intake-requests.js';
import { generateNational } from '../../src/services/generate/generate-national.js';
import { listInbox, type TInboxQuery } from '../../src/services/inbox/list-inbox.js';
import { benchDatabase, percentiles } from '../support/bench-database.js';

const RUNS = Number(process.argv[2] ?? 200);
const BUSINESSES = Number(process.argv[3] ?? 20_000);
const PAGE = 25;

const own = process.env.DATABASE_URL;
const made = own ? null : await benchDatabase('bench_inbox');
const url = own ?? made!.url;
try {
  if (made) {
    await runMigrations(url);
    const setup = openDatabase(url, { max: 3 });
    await generateNational(setup.db, { businesses: BUSINESSES, angels: Math.max(50, Math.round(BUSINESSES / 20)), seed: 42, asOf: new Date('2026-12-01T00:00:00Z') });
    await setup.pool.query('analyze');
    await setup.close();
  }
  const database = openDatabase(url, { max: 2 });
  try {
    const { rows: sizes } = await database.pool.query<{ businesses: string; requests: string }>('select (select count(*) from business) as businesses, (select count(*) from intake_request) as requests');
    const { rows: top } = await database.pool.query<{ sportello_id: string; open: string; total: string }>(
      `select sportello_id, count(*) filter (where status <> 'closed') as open, count(*) as total from intake_request where sportello_id is not null group by sportello_id order by 2 desc limit 1`,
    );
    const desk = top[0];
    if (!desk) throw new Error('no requests routed to a sportello: generate data first');
    const { rows: angel } = await database.pool.query<{ angel_user_id: string }>(
      'select a.angel_user_id from assignment a where a.sportello_id = $1 and a.ended_at is null group by 1 order by count(*) desc limit 1',
      [desk.sportello_id],
    );
    const time = async (run: () => Promise<unknown>) => {
      for (let i = 0; i < 5; i++) await run();
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await run();
        samples.push(performance.now() - started);
      }
      return percentiles(samples);
    };
    const inbox = (query: TInboxQuery) => () => listInbox(database.db, desk.sportello_id, { limit: PAGE, ...query });
    const cases: [string, () => Promise<unknown>][] = [
      ['inbox: open, newest first', inbox({})],
      ['inbox: open, longest waiting first', inbox({ order: 'oldest' })],
      ['inbox: status new, oldest first', inbox({ status: 'new', order: 'oldest' })],
      ['inbox: area marketing', inbox({ area: 'marketing' })],
      ['inbox: all statuses', inbox({ status: 'all' })],
      ...(angel[0] ? ([['inbox: one angel’s', inbox({ angelUserId: angel[0].angel_user_id })]] as [string, () => Promise<unknown>][]) : []),
      ['peer: listIntakeRequests (old section), same page size', () => listIntakeRequests(database.db, desk.sportello_id, PAGE)],
      ['peer: listIntakeRequests, its default 200', () => listIntakeRequests(database.db, desk.sportello_id)],
    ];
    const server = (await database.db.execute<{ server_version: string }>(sql`show server_version`)).rows[0]!.server_version;
    console.log(`inbox first page (${PAGE} rows), ${RUNS} runs, PostgreSQL ${server}${own ? '' : ` (${made!.where}, generated here)`}`);
    console.log(`${sizes[0]!.businesses} businesses, ${sizes[0]!.requests} requests; sportello ${desk.sportello_id}: ${desk.total} requests, ${desk.open} open\n`);
    for (const [name, run] of cases) {
      const p = await time(run);
      console.log(`${name.padEnd(56)} p50 ${p.p50.padStart(7)} ms   p95 ${p.p95.padStart(7)} ms   max ${p.max.padStart(7)} ms`);
    }
  } finally {
    await database.close();
  }
} finally {
  await made?.stop();
}
