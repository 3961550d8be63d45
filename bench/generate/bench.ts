/**
 * `affianco generate` (issue 15 part 9): rows per second writing a national picture of
 * 100,000 businesses and 5,000 angels (with their owners, requests, check-ups, meetings and
 * plans) into a fresh database, against a row-by-row peer in the same run: the same generated
 * users, businesses and members of the first few thousand businesses, one INSERT per row, in
 * one transaction rolled back afterwards.
 *
 *   npx tsx bench/generate/bench.ts [businesses] [angels] [peerBusinesses]   # embedded PostgreSQL
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/generate/bench.ts 100000 5000
 */
import os from 'node:os';
import { openDatabase } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { TWeighted } from '../../src/domain/generate/random.js';
import { generateBusiness, type TGenerateContext } from '../../src/domain/generate/records.js';
import { generateNational } from '../../src/services/generate/generate-national.js';
import { benchDatabase } from '../support/bench-database.js';

const BUSINESSES = Number(process.argv[2] ?? 100_000);
const ANGELS = Number(process.argv[3] ?? 5_000);
const PEER = Number(process.argv[4] ?? 5_000);
const AS_OF = new Date('2026-12-01T00:00:00Z');

const { url, where, stop } = await benchDatabase('bench_generate');
try {
  await runMigrations(url);
  const database = openDatabase(url, { max: 3 });
  try {
    const started = performance.now();
    const report = await generateNational(database.db, { businesses: BUSINESSES, angels: ANGELS, seed: 42, asOf: AS_OF });
    const seconds = (performance.now() - started) / 1000;
    const rows = Object.values(report.counts).reduce((a, b) => a + b, 0);

    // The peer: the same kind of rows (user, business, business_member), one statement each.
    const comuni = (await database.pool.query<{ istat: string; name: string }>('select istat, name from comune where is_active order by istat')).rows;
    const ctx: TGenerateContext = {
      seed: 4242,
      asOf: AS_OF.getTime(),
      comunePicker: new TWeighted(comuni.map((_, i) => [i, 1] as const)),
      comuneNames: comuni.map((c) => c.name),
      comuneRegions: comuni.map(() => '00'),
      poolSize: 1,
    };
    const client = await database.pool.connect();
    let peerSeconds = 0;
    try {
      await client.query('begin');
      const peerStarted = performance.now();
      for (let i = 0; i < PEER; i++) {
        const b = generateBusiness(ctx, i);
        const at = new Date(b.createdAt).toISOString();
        await client.query('insert into "user" (id, name, email, email_verified, created_at, updated_at) values ($1, $2, $3, true, $4, $4)', [b.ownerId, b.ownerName, `peer-${b.email}`, at]);
        await client.query(
          'insert into business (id, name, comune_istat, ateco_division, employees, ateco_code, annual_turnover_eur, balance_sheet_eur, founded_on, legal_form, created_at) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)',
          [b.id, b.name, comuni[b.comuneIndex]!.istat, b.atecoDivision, b.employees, b.atecoCode, b.annualTurnoverEur, b.balanceSheetEur, b.foundedOn, b.legalForm, at],
        );
        await client.query('insert into business_member (business_id, user_id, created_at) values ($1, $2, $3)', [b.id, b.ownerId, at]);
      }
      peerSeconds = (performance.now() - peerStarted) / 1000;
      await client.query('rollback');
    } finally {
      client.release();
    }

    const n = (x: number) => Math.round(x).toLocaleString('en-US');
    console.log(`generate, ${where}, ${os.cpus().length} cores, Node ${process.version}`);
    console.log(`${n(BUSINESSES)} businesses, ${n(ANGELS)} angels: ${n(rows)} rows in ${seconds.toFixed(1)} s = ${n(rows / seconds)} rows/s (${n((BUSINESSES + ANGELS) / seconds)} businesses+angels/s)`);
    for (const [table, count] of Object.entries(report.counts)) console.log(`  ${table.padEnd(18)} ${n(count).padStart(10)}`);
    console.log(`peer, row by row (user + business + business_member, ${n(PEER)} businesses): ${n((PEER * 3) / peerSeconds)} rows/s`);
    console.log(`projected for 1,000,000 / 50,000 at this rate: ${((seconds * 1_050_000) / (BUSINESSES + ANGELS) / 60).toFixed(1)} min`);
  } finally {
    await database.close();
  }
} finally {
  await stop();
}
