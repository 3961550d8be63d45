/**
 * Importing a 6,000-record Incentivi.gov.it export (the real 369-record snapshot replicated
 * with new ids): `importIncentivi` (parse, normalise, batched upserts in one transaction)
 * against a row-by-row peer (the same normalised calls, one select and one insert or update
 * per call, in one transaction), same database, same run. Each import starts from an empty
 * catalogue; the re-import of the same file (all unchanged) is timed too.
 *
 *   npx tsx bench/funding-import/bench.ts [records] [runs]             # embedded PostgreSQL
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/funding-import/bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, type TDb } from '../../src/db/client.js';
import { fundingCall } from '../../src/db/schema/index.js';
import { runMigrations } from '../../src/db/migrate.js';
import { readCallsText } from '../../src/domain/funding/read-calls-text.js';
import { rowOfCall } from '../../src/services/funding/call-store.js';
import { loadFundingGeography } from '../../src/services/funding/check-calls.js';
import { importIncentivi } from '../../src/services/funding/import-incentivi.js';
import { benchDatabase } from '../support/bench-database.js';

const RECORDS = Number(process.argv[2] ?? 6_000);
const RUNS = Number(process.argv[3] ?? 3);
const SNAPSHOT = 'resources/funding/incentivi-gov-it-2025-07-12.json';

function replicatedExport(): string {
  const docs = (JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) as { response: { docs: Record<string, unknown>[] } }).response.docs;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; out.length < RECORDS; i++) {
    const record = docs[i % docs.length]!;
    const copy = Math.floor(i / docs.length);
    out.push(copy === 0 ? record : { ...record, ID_Incentivo: `${record.ID_Incentivo}-${copy}`, Titolo: `${record.Titolo as string} (${copy})` });
  }
  return JSON.stringify({ response: { numFound: out.length, docs: out } });
}

async function empty(db: TDb) {
  await db.execute(sql`truncate funding_call, funding_import cascade`);
}

const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;
const summary = (label: string, samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} s min ${sorted[0]!.toFixed(2)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} max ${sorted.at(-1)!.toFixed(2)}`);
};

async function main() {
  const { url, where, stop } = await benchDatabase('bench_funding_import');
  try {
    await runMigrations(url);
    const database = openDatabase(url, { max: 4 });
    const db = database.db;
    const { comuni } = await loadFundingGeography();
    const text = replicatedExport();
    console.log(`${where}, ${RECORDS} records (${(text.length / 1e6).toFixed(1)} MB JSON), ${RUNS} runs, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

    const fresh: number[] = [];
    const again: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await empty(db);
      let started = process.hrtime.bigint();
      const first = await importIncentivi(db, text, { comuni, snapshotDate: '2025-07-12' });
      fresh.push(seconds(started));
      if (!first.ok || first.added !== RECORDS) throw new Error(`import went wrong: ${JSON.stringify(first).slice(0, 300)}`);
      started = process.hrtime.bigint();
      const second = await importIncentivi(db, text, { comuni, snapshotDate: '2025-07-13' });
      again.push(seconds(started));
      if (!second.ok || second.unchanged !== RECORDS) throw new Error('re-import went wrong');
    }
    summary('importIncentivi, empty catalogue', fresh);
    summary('importIncentivi, same file again (unchanged)', again);

    const peer: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await empty(db);
      const started = process.hrtime.bigint();
      const read = readCallsText(text, { comuni });
      if (!read.ok) throw new Error('unreadable');
      await db.transaction(async (tx) => {
        for (const call of read.calls) {
          const row = rowOfCall(call);
          const [found] = await tx.select({ id: fundingCall.id }).from(fundingCall).where(eq(fundingCall.externalId, row.externalId));
          if (found) await tx.update(fundingCall).set(row).where(eq(fundingCall.id, found.id));
          else await tx.insert(fundingCall).values(row);
        }
      });
      peer.push(seconds(started));
    }
    summary('peer: row by row, empty catalogue', peer);
    const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from funding_call`)).rows as [{ n: number }];
    if (n !== RECORDS) throw new Error(`peer stored ${n}`);
    await database.close();
  } finally {
    await stop();
  }
}

await main();
