/**
 * Funding: which of a sportello's 100,000 businesses qualify for one call. The route's way
 * (qualifyingBusinesses: an SQL prefilter on territory, ATECO prefix and headcount, then the
 * domain check on what is left) against a naive peer that loads every business of the
 * sportello and checks each in JS; same database, same call, same run. Target: under 1 s.
 *
 *   npx tsx bench/funding-qualify/bench.ts [businesses] [runs]               # embedded PostgreSQL
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/funding-qualify/bench.ts   # a PostgreSQL server (maintenance DB)
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.js';
import { sportello, sportelloProvince } from '../../src/db/schema/index.js';
import { checkEligibility } from '../../src/domain/funding/check-eligibility.js';
import type { TBusiness } from '../../src/domain/funding/types.js';
import { callOfRow } from '../../src/services/funding/call-store.js';
import { createOwnCall, getOwnCallRow } from '../../src/services/funding/own-calls.js';
import { qualifyingBusinesses } from '../../src/services/funding/qualifying-businesses.js';
import { ensureNetwork } from '../../src/services/network/ensure-network.js';
import { bootstrapDatabase } from '../../src/services/system/bootstrap-database.js';
import { benchDatabase, percentiles } from '../support/bench-database.js';

const BUSINESSES = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 10);
/** Shops, bars, trattorie, builders, IT: the call is for shops (47) only. */
const ATECO_CODES = ['47.71.10', '47.11.40', '56.10.11', '56.30.00', '43.21.01', '62.10.00', '10.71.10', '96.02.01', null];

async function time(label: string, run: () => Promise<number>) {
  for (let i = 0; i < 2; i++) await run();
  const samples: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    found = await run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  console.log(`${label.padEnd(52)} ms ${JSON.stringify(percentiles(samples))} qualifying ${found}`);
  return found;
}

async function main() {
  const { url, where, stop } = await benchDatabase('bench_funding_qualify');
  try {
    await bootstrapDatabase(url, { seedDemo: false });
    const database = openDatabase(url, { max: 4 });
    const db = database.db;
    const networkId = await ensureNetwork(db);
    const [desk] = await db.insert(sportello).values({ networkId, slug: 'bench-lombardia', name: 'Sportello Lombardia' }).returning();
    // Lombardia's twelve provinces: the whole region is this sportello's territory.
    const provinces = (await db.execute<{ code: string }>(sql`select code from province where region_code = '03'`)).rows.map((r) => r.code);
    await db.insert(sportelloProvince).values(provinces.map((provinceCode) => ({ sportelloId: desk!.id, networkId, provinceCode })));
    await db.execute(sql`
      with c as (select istat, row_number() over (order by istat) as n, count(*) over () as total from comune where province_code = any(${sql.param(provinces)}::text[]) and is_active)
      insert into business (name, comune_istat, sportello_id, ateco_code, employees, annual_turnover_eur, founded_on, legal_form)
      select 'Impresa ' || g, c.istat, ${desk!.id},
        (${sql.param(ATECO_CODES)}::text[])[1 + g % ${ATECO_CODES.length}],
        case when g % 11 = 0 then null else (g * 7919) % 400 end,
        case when g % 13 = 0 then null else 50000 + ((g::bigint * 104729) % 60000000) end,
        date '1990-01-01' + (g % 12000),
        (array['srl','snc','ditta_individuale','sas'])[1 + g % 4]
      from generate_series(1, ${BUSINESSES}) g
      join c on c.n = 1 + (g % (select max(total) from c))`);
    await db.execute(sql`vacuum analyze business`);
    const call = await createOwnCall(db, {
      sportelloId: desk!.id,
      input: { title: 'Voucher vetrine digitali Lombardia', opensOn: '2026-01-01', closesOn: '2099-12-31', regions: ['03'], sizes: ['micro', 'small'], ateco: ['47'], kinds: ['grant'], areas: ['ecommerce'] },
      by: null,
      locale: 'it',
    });
    const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from business where sportello_id = ${desk!.id}`)).rows as [{ n: number }];
    console.log(`${where}, ${n.toLocaleString('en')} businesses in one sportello (Lombardia), ${RUNS} runs each, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

    const today = '2026-12-03';
    const subject = await time('qualifyingBusinesses (SQL prefilter + check)', async () => (await qualifyingBusinesses(db, { sportelloId: desk!.id, callId: call.id, locale: 'it', today })).length);
    const peer = await time('peer: load all, checkEligibility each in JS', async () => {
      const row = await getOwnCallRow(db, desk!.id, call.id);
      const target = callOfRow(row, []);
      const all = await db.execute<{ id: string; comune_istat: string; region_code: string; ateco_code: string | null; employees: number | null; annual_turnover_eur: string | null; founded_on: string | null; legal_form: string | null }>(sql`
        select b.id, b.comune_istat, p.region_code, b.ateco_code, b.employees, b.annual_turnover_eur, b.founded_on::text as founded_on, b.legal_form
        from business b join comune c on c.istat = b.comune_istat join province p on p.code = c.province_code
        where b.sportello_id = ${desk!.id}`);
      let found = 0;
      for (const b of all.rows) {
        const business: TBusiness = { comuneIstat: b.comune_istat, regionCode: b.region_code, atecoCode: b.ateco_code, employees: b.employees, annualTurnoverEur: b.annual_turnover_eur === null ? null : Number(b.annual_turnover_eur), foundedOn: b.founded_on };
        if (checkEligibility(business, target, today, 'it').verdict !== 'not_eligible') found++;
      }
      return found;
    });
    if (subject !== peer) throw new Error(`the two ways disagree: ${subject} against ${peer} qualifying businesses`);
    await database.close();
  } finally {
    await stop();
  }
}

await main();
