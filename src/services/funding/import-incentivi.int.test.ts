import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fundingCall, fundingImport } from '../../db/schema/index.js';
import type { TComuneLookup } from '../../domain/funding/comune-lookup.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { realRecord, snapshotRecords, toIncentiviCsv } from '../../test/funding-snapshot.js';
import { runToEnd } from '../../test/processes.js';
import { latestSnapshotDate } from './attribution.js';
import { loadFundingGeography } from './check-calls.js';
import { importIncentivi, listFundingImports, snapshotDateOf } from './import-incentivi.js';

let t: TTestDatabase;
let comuni: TComuneLookup;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-import-'));
beforeAll(async () => {
  t = await createTestDatabase();
  ({ comuni } = await loadFundingGeography());
});
afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await t.drop();
});
vi.setConfig({ testTimeout: 60_000 });

const exportOf = (docs: unknown[]) => JSON.stringify({ response: { numFound: docs.length, docs } });
const callCount = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(fundingCall))[0]!.n;

describe('importing the Incentivi.gov.it export', () => {
  it('adds the snapshot, then finds it unchanged, counts a changed record and one no longer listed', async () => {
    const records = snapshotRecords();
    const first = await importIncentivi(t.db, exportOf(records), { comuni, fileName: 'incentivi-gov-it-2025-07-12.json' });
    expect(first).toMatchObject({ ok: true, format: 'incentivi-json', total: records.length, added: records.length, changed: 0, unchanged: 0, missing: 0, snapshotDate: '2025-07-12' });
    const again = await importIncentivi(t.db, exportOf(records), { comuni, snapshotDate: '2025-07-13' });
    expect(again).toMatchObject({ ok: true, added: 0, changed: 0, unchanged: records.length, missing: 0 });

    const [gone, ...rest] = records;
    const edited = rest.map((r, i) => (i === 0 ? { ...r, Titolo: `${r.Titolo} (rettificato)` } : r));
    const third = await importIncentivi(t.db, exportOf(edited), { comuni, snapshotDate: '2025-07-14' });
    expect(third).toMatchObject({ ok: true, added: 0, changed: 1, unchanged: records.length - 2, missing: 1 });
    const [kept] = await t.db.select({ missingSince: fundingCall.missingSince }).from(fundingCall).where(eq(fundingCall.externalId, gone!.ID_Incentivo));
    expect(kept?.missingSince).toBeInstanceOf(Date);

    // Back in the next export: no longer missing.
    const fourth = await importIncentivi(t.db, exportOf(records), { comuni, snapshotDate: '2025-07-15' });
    expect(fourth).toMatchObject({ ok: true, changed: 1, missing: 0 });
    expect(await t.db.select().from(fundingCall).where(isNotNull(fundingCall.missingSince))).toHaveLength(0);
    expect(await latestSnapshotDate(t.db)).toBe('2025-07-15');
    const history = await listFundingImports(t.db);
    expect(history.map((h) => h.snapshotDate)).toEqual(['2025-07-15', '2025-07-14', '2025-07-13', '2025-07-12']);
  });

  it('reads the CSV export too, with the same result as the JSON', async () => {
    const records = snapshotRecords();
    const csv = await importIncentivi(t.db, `\uFEFF${toIncentiviCsv(records, ';')}`, { comuni, snapshotDate: '2025-07-15' });
    expect(csv).toMatchObject({ ok: true, format: 'incentivi-csv', added: 0, unchanged: records.length });
  });

  it('stores nothing from an export with a broken record, and names the record and the field', async () => {
    const before = await callCount();
    const imports = (await listFundingImports(t.db)).length;
    const broken = { ...realRecord(snapshotRecords()[5]!.ID_Incentivo), ID_Incentivo: 'new-1', Data_apertura: '2025-09-01', Data_chiusura: '2025-08-01' };
    const fresh = { ...realRecord(snapshotRecords()[6]!.ID_Incentivo), ID_Incentivo: 'new-2' };
    const result = await importIncentivi(t.db, exportOf([fresh, broken]), { comuni });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatch(/^record 1 \(ID_Incentivo new-1\) field Data_chiusura/);
    expect(await callCount()).toBe(before);
    expect(await listFundingImports(t.db)).toHaveLength(imports);
  });

  it('refuses our own calls format: those are a sportello’s calls', async () => {
    const result = await importIncentivi(t.db, JSON.stringify({ calls: [] }), { comuni });
    expect(result).toMatchObject({ ok: false, format: 'own-json' });
  });

  it('takes the snapshot day from the option, else the file name, else today in Italy', () => {
    expect(snapshotDateOf('2025-01-02', 'x-2025-07-12.json')).toBe('2025-01-02');
    expect(snapshotDateOf(undefined, 'incentivi-gov-it-2025-07-12.json')).toBe('2025-07-12');
    expect(snapshotDateOf(undefined, 'export.json', new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('affianco funding import', () => {
  it('imports a CSV file and reports the counts, then refuses a broken one naming the row', async () => {
    const cli = await createTestDatabase();
    try {
      const records = snapshotRecords().slice(0, 40);
      const good = path.join(tmp, 'export-2025-07-20.csv');
      fs.writeFileSync(good, `\uFEFF${toIncentiviCsv(records, ',')}`);
      const run = await runToEnd('src/cli/main.ts', ['funding', 'import', good], { DATABASE_URL: cli.url });
      expect(run.code).toBe(0);
      expect(run.output).toContain('(incentivi-csv, 40 calls, data of 2025-07-20)');
      expect(run.output).toContain('added 40, changed 0, unchanged 0, no longer listed 0');

      const bad = path.join(tmp, 'broken.csv');
      const lines = toIncentiviCsv(records.slice(0, 3), ';').split('\r\n');
      lines[2] = `${lines[2]};one cell too many`;
      fs.writeFileSync(bad, lines.join('\r\n'));
      const refused = await runToEnd('src/cli/main.ts', ['funding', 'import', bad, '--date', '2025-07-21'], { DATABASE_URL: cli.url });
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('was refused, nothing imported');
      expect(refused.output).toMatch(/row 3/);
      const [{ n }] = (await cli.db.select({ n: sql<number>`count(*)::int` }).from(fundingImport)) as [{ n: number }];
      expect(n).toBe(1);
    } finally {
      await cli.drop();
    }
  });
});
