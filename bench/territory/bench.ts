/**
 * The territory map's figures for all 107 provinces (provinceFigures: four grouped reads run
 * in parallel, the in-person reach decided per comune in memory) on a database filled by
 * `affianco generate`, beside, in the same run, the previous implementation (its figures must be
 * the same for every province, or the bench stops) and the floor: the bare scans of the same
 * tables (counting open requests by comune, open assignments, qualified angels) with no joins,
 * grouping by province or reach. Target: under 1 s with 1,000,000 businesses and 50,000 angels.
 *
 *   DATABASE_URL=postgres://…/gen_full npx tsx bench/territory/bench.ts [runs]
 */
import os from 'node:os';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, type TDb } from '../../src/db/client.js';
import { provinceFigures, TERRITORY_FIGURES, type TProvinceFigures } from '../../src/services/territory/province-figures.js';
import { previousProvinceFigures } from './previous-province-figures.js';
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
  console.log(`${label.padEnd(56)} ms ${JSON.stringify(percentiles(samples))}, load ${os.loadavg()[0]!.toFixed(1)}`);
}

/** Stops the bench when the two implementations disagree on any figure of any province. */
function sameFigures(now: TProvinceFigures[], before: TProvinceFigures[]): string {
  if (now.length !== before.length) throw new Error(`${now.length} provinces now, ${before.length} before`);
  for (let i = 0; i < now.length; i++) {
    const [a, b] = [now[i]!, before[i]!];
    for (const key of ['code', 'sportelloId', ...TERRITORY_FIGURES] as const) {
      if (a[key] !== b[key]) throw new Error(`province ${b.code}: ${key} is ${String(a[key])} now, ${String(b[key])} before`);
    }
  }
  const total = (rows: TProvinceFigures[], key: (typeof TERRITORY_FIGURES)[number]) => rows.reduce((n, r) => n + r[key], 0).toLocaleString('en');
  return `same figures for all ${now.length} provinces (totals: ${TERRITORY_FIGURES.map((k) => `${k} ${total(now, k)}`).join(', ')})`;
}

class Rollback extends Error {}

/**
 * The generated network reaches every comune in person, so the comparison is also made on
 * sparser networks, fewer open assignments and moved businesses: each change is applied in a
 * transaction, both implementations read it there, and the transaction is rolled back. (Both run
 * their reads side by side, so on the transaction's one connection node-postgres queues them and
 * warns once that queries were sent while another was running.)
 */
const SPARSER: { label: string; change: SQL }[] = [
  { label: 'radii cut to a tenth', change: sql`update angel_profile set radius_km = radius_km / 10` },
  { label: 'one angel in 25 left, radii halved', change: sql`update angel_profile set is_paused = abs(hashtext(user_id)) % 25 <> 0, radius_km = radius_km / 2` },
  { label: 'one in 8, radii a third, capacity 1', change: sql`update angel_profile set is_paused = abs(hashtext(user_id)) % 8 <> 0, radius_km = radius_km / 3, capacity = 1` },
  { label: 'a third of open assignments ended', change: sql`update assignment set ended_at = now() where ended_at is null and abs(hashtext(id::text)) % 3 = 0` },
  {
    label: 'a third of accompanied businesses moved',
    change: sql`update business b set comune_istat = c.istat
      from (select istat, row_number() over (order by istat) - 1 as k from comune) c
      where b.id in (select business_id from assignment where ended_at is null) and abs(hashtext(b.id::text)) % 3 = 0
        and c.k = abs(hashtext(b.id::text || 'moved')) % (select count(*) from comune)`,
  },
];

async function compareWhen(db: TDb, label: string, change: SQL) {
  try {
    await db.transaction(async (tx) => {
      await tx.execute(change);
      const inside = tx as unknown as TDb;
      console.log(`${label}: ${sameFigures(await provinceFigures(inside), await previousProvinceFigures(inside))}`);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
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
    console.log(`as generated: ${sameFigures(await provinceFigures(db), await previousProvinceFigures(db))}`);
    await time('provinceFigures (all provinces, five figures)', () => provinceFigures(db));
    await time('peer: the previous provinceFigures', () => previousProvinceFigures(db));
    await time('floor: the bare scans, in parallel', () =>
      Promise.all([
        db.execute(sql`select comune_istat, count(*) from intake_request where status <> 'closed' group by comune_istat`),
        db.execute(sql`select count(distinct business_id) from assignment where ended_at is null`),
        db.execute(sql`select angel_user_id, count(*) from assignment where ended_at is null group by angel_user_id`),
        db.execute(sql`select count(*) from angel_profile where status = 'qualified' and not is_paused`),
      ]),
    );
    // Last: the rolled-back changes leave dead rows behind (the tables' files grow), which would
    // slow every later read of the same tables, the peer's and the floor's too.
    for (const { label, change } of SPARSER) await compareWhen(db, label, change);
  } finally {
    await database.close();
  }
}

await main();
