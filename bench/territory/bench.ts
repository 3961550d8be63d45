/**
 * The territory map's figures for all 107 provinces (provinceFigures: four grouped passes run
 * in parallel, the in-person reach on a half-degree grid) on a database filled by
 * `affianco generate`, against the floor beside it in the same run: the bare scans of the same
 * tables (counting open requests by comune, open assignments, qualified angels) with no joins,
 * grouping by province or reach. Target: under 1 s with 1,000,000 businesses and 50,000 angels.
 *
 *   DATABASE_URL=postgres://…/gen_full npx tsx bench/territory/bench.ts [runs]
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.js';
import { provinceFigures } from '../../src/services/territory/province-figures.js';
import { percentiles } from '../support/bench-database.js';

const RUNS = Number(process.argv[2] ?? 10);

async function time(label: string, run: () => Promise<unknown>) {
  for (let i = 0; i < 2; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  console.log(`${label.padEnd(56)} ms ${JSON.stringify(percentiles(samples))}`);
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must name a database filled by `affianco generate`');
  const database = openDatabase(url, { max: 4 });
  const db = database.db;
  try {
    const counts = (await db.execute<{ businesses: number; angels: number; requests: number; assignments: number; version: string }>(sql`
      select (select count(*) from business)::int as businesses, (select count(*) from angel_profile)::int as angels,
        (select count(*) from intake_request)::int as requests, (select count(*) from assignment where ended_at is null)::int as assignments,
        current_setting('server_version') as version`)).rows[0]!;
    console.log(`PostgreSQL ${counts.version}: ${counts.businesses.toLocaleString('en')} businesses, ${counts.angels.toLocaleString('en')} angels, ${counts.requests.toLocaleString('en')} requests, ${counts.assignments.toLocaleString('en')} open assignments; ${RUNS} runs each, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
    await time('provinceFigures (all provinces, five figures)', () => provinceFigures(db));
    await time('floor: the bare scans, in parallel', () =>
      Promise.all([
        db.execute(sql`select comune_istat, count(*) from intake_request where status <> 'closed' group by comune_istat`),
        db.execute(sql`select count(distinct business_id) from assignment where ended_at is null`),
        db.execute(sql`select angel_user_id, count(*) from assignment where ended_at is null group by angel_user_id`),
        db.execute(sql`select count(*) from angel_profile where status = 'qualified' and not is_paused`),
      ]),
    );
  } finally {
    await database.close();
  }
}

await main();
