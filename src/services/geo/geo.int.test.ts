import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comune, province, region } from '../../db/schema/geo.js';
import { istatCsvText, type TIstatFixtureRow } from '../../domain/geo/istat-csv.fixtures.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { findComune, getComuneIndex, searchComuni } from './comune-search.js';
import { importComuni } from './import-comuni.js';
import { seedReferenceData } from './seed-reference-data.js';

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const count = async (table: typeof comune | typeof province | typeof region) =>
  (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe('reference data', () => {
  it('has every comune of the official list with coordinates, 107 provinces and 20 regions', async () => {
    expect(await count(comune)).toBe(7896);
    expect(await count(province)).toBe(107);
    expect(await count(region)).toBe(20);
    const [bad] = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from comune where lat is null or lon is null or lat = 'NaN' or lon = 'NaN' or lat not between 35 and 48 or lon not between 6 and 19`,
    ).then((r) => r.rows);
    expect(bad?.n).toBe(0);
    const [orphans] = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from province p left join comune c on c.province_code = p.code where c.istat is null`,
    ).then((r) => r.rows);
    expect(orphans?.n).toBe(0);
  });

  it('seeding again is a no-op', async () => {
    const started = performance.now();
    await seedReferenceData(t.db);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await count(comune)).toBe(7896);
  });
});

describe('comune search', () => {
  it('finds Forlì first for "forli", with province and region', async () => {
    const [first] = await searchComuni(t.db, 'forli', 10);
    expect(first).toMatchObject({
      istat: '040012',
      name: 'Forlì',
      province: { code: '040', sigla: 'FC', name: 'Forlì-Cesena' },
      region: { code: '08', name: 'Emilia-Romagna' },
    });
    expect(first?.lat).toBeCloseTo(44.22, 1);
    expect(first?.lon).toBeCloseTo(12.05, 1);
  });

  it('finds Lodi first, then Lodi Vecchio, and words inside names', async () => {
    const names = (await searchComuni(t.db, 'lodi', 10)).map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(['Lodi', 'Lodi Vecchio']);
    expect((await searchComuni(t.db, 'angelo lodi', 5)).map((c) => c.name)).toContain("Sant'Angelo Lodigiano");
  });

  it('ignores accents and case, and looks up by code', async () => {
    expect((await searchComuni(t.db, 'CANTU', 3))[0]?.name).toBe('Cantù');
    expect((await searchComuni(t.db, 'Cantù', 3))[0]?.name).toBe('Cantù');
    expect((await searchComuni(t.db, "sant'angelo lod", 3))[0]?.name).toBe("Sant'Angelo Lodigiano");
    expect((await findComune(t.db, '098031'))?.name).toBe('Lodi');
    expect(await findComune(t.db, '999999')).toBeUndefined();
  });
});

/** The whole current list as ISTAT would publish it, with the edits a test wants. */
async function officialList(edit: (rows: TIstatFixtureRow[]) => TIstatFixtureRow[]): Promise<Uint8Array> {
  const rows = await t.db
    .select({ istat: comune.istat, name: comune.name, sigla: province.sigla, provinceName: province.name, regionCode: region.code, regionName: region.name })
    .from(comune)
    .innerJoin(province, eq(province.code, comune.provinceCode))
    .innerJoin(region, eq(region.code, province.regionCode))
    .where(eq(comune.isActive, true))
    .orderBy(comune.istat);
  return new Uint8Array(Buffer.from(istatCsvText(edit(rows)), 'latin1'));
}

const ADDED = { istat: '098900', name: 'Borgo Nuovo Lodigianò', regionCode: '03', regionName: 'Lombardia', provinceName: 'Lodi', sigla: 'LO' };

describe('import of an ISTAT list', () => {
  it('changes nothing when a row is invalid', async () => {
    const bytes = await officialList((rows) => [
      ...rows.filter((r) => r.istat !== '096034').map((r) => (r.istat === '005014' ? { ...r, name: 'Calliano' } : r)),
      ADDED,
      { istat: '12345', name: 'Broken' },
    ]);
    const report = await importComuni(t.db, bytes);
    expect(report.isApplied).toBe(false);
    expect(report.errors).toEqual([{ line: 7898, message: 'code "12345" is not six digits' }]);
    expect(await count(comune)).toBe(7896);
    expect((await findComune(t.db, '005014'))?.name).toBe('Calliano Monferrato');
  });

  it('changes nothing when a new comune is in an unknown province', async () => {
    const bytes = await officialList((rows) => [...rows, ADDED, { istat: '113001', name: 'Nuovo' }]);
    const report = await importComuni(t.db, bytes);
    expect(report.isApplied).toBe(false);
    expect(report.errors).toEqual([{ line: 7899, message: '113001 Nuovo: province 113 (XX) is unknown' }]);
    expect(await count(comune)).toBe(7896);
  });

  it('refuses a partial list that would retire most comuni', async () => {
    const bytes = await officialList((rows) => rows.slice(0, 100));
    const report = await importComuni(t.db, bytes);
    expect(report.isApplied).toBe(false);
    expect(report.errors[0]?.message).toMatch(/would retire 7796 of 7896/);
  });

  it('adds, renames and retires in one go, from a Latin-1 file', async () => {
    const bytes = await officialList((rows) => [
      ...rows.filter((r) => r.istat !== '096034').map((r) => (r.istat === '005014' ? { ...r, name: 'Calliano' } : r)),
      ADDED,
    ]);
    expect(bytes.includes(0xf2)).toBe(true); // "ò" as one Latin-1 byte
    const seen: number[] = [];
    const report = await importComuni(t.db, bytes, { onProgress: (done) => seen.push(done) });
    expect(report).toMatchObject({
      isApplied: true,
      encoding: 'latin1',
      total: 7896,
      added: [{ istat: '098900', name: 'Borgo Nuovo Lodigianò', provinceCode: '098', coordinates: 'province-mean' }],
      renamed: [{ istat: '005014', from: 'Calliano Monferrato', to: 'Calliano' }],
      moved: [],
      removed: [{ istat: '096034', name: 'Miagliano' }],
      unchanged: 7894,
      errors: [],
    });
    expect(seen.at(-1)).toBe(3);

    const [added] = await t.db.select().from(comune).where(eq(comune.istat, '098900'));
    expect(added?.name).toBe('Borgo Nuovo Lodigianò');
    expect(added?.lat).toBeGreaterThan(45);
    expect(added?.lat).toBeLessThan(45.5);
    const [retired] = await t.db.select().from(comune).where(eq(comune.istat, '096034'));
    expect(retired?.isActive).toBe(false);

    // The search index follows the import at once.
    expect((await searchComuni(t.db, 'borgo nuovo lodigiano', 1))[0]?.istat).toBe('098900');
    expect((await searchComuni(t.db, 'miagliano', 5)).map((c) => c.istat)).not.toContain('096034');
    expect((await getComuneIndex(t.db)).size).toBe(7896);
  });

  it('a second run of the same file changes nothing', async () => {
    const bytes = await officialList((rows) => rows);
    const report = await importComuni(t.db, bytes);
    expect(report).toMatchObject({ isApplied: true, added: [], renamed: [], removed: [], unchanged: 7896 });
  });
});
