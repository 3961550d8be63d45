import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, fundingCall } from '../../db/schema/index.js';
import { checkEligibility } from '../../domain/funding/check-eligibility.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { makeSportello, makeUser } from '../../test/factories.js';
import { seedSnapshotCalls } from '../../test/funding-snapshot.js';
import { callOfRow } from './call-store.js';
import { qualifyingBusinesses } from './qualifying-businesses.js';

let t: TTestDatabase;
let deskId: string;
let calls: Map<string, string>;
const ATECO = ['47.71.10', '56.10.11', '10.71.10', '62.10.00', '45.20.10', '01.11.00', '55.10.00', '43.21.01', null];
const TODAY = '2025-07-12';

beforeAll(async () => {
  t = await createTestDatabase();
  calls = await seedSnapshotCalls(t.db);
  deskId = (await makeSportello(t.db)).id;
  await makeUser(t.db);
  // 600 businesses across Italy's comuni, sectors and sizes, some facts missing.
  await t.db.execute(sql`
    with c as (select istat, row_number() over (order by istat) as n from comune where is_active)
    insert into business (name, comune_istat, sportello_id, ateco_code, employees, annual_turnover_eur)
    select 'Impresa ' || g, c.istat, ${deskId},
      (${sql.param(ATECO)}::text[])[1 + g % ${ATECO.length}],
      case when g % 7 = 0 then null else (g * 37) % 320 end,
      case when g % 5 = 0 then null else 40000 + (g * 99991) % 70000000 end
    from generate_series(1, 600) g join c on c.n = 1 + (g * 13) % 7800`);
});
afterAll(() => t.drop());

describe('qualifyingBusinesses', () => {
  it('finds, through its SQL prefilter, exactly the businesses the check alone admits, on every real call', async () => {
    const rows = await t.db.execute<{ id: string; comune_istat: string; region_code: string; ateco_code: string | null; employees: number | null; annual_turnover_eur: string | null }>(sql`
      select b.id, b.comune_istat, p.region_code, b.ateco_code, b.employees, b.annual_turnover_eur
      from business b join comune c on c.istat = b.comune_istat join province p on p.code = c.province_code`);
    let compared = 0;
    for (const callId of calls.values()) {
      const [row] = await t.db.select().from(fundingCall).where(eq(fundingCall.id, callId));
      const call = callOfRow(row!);
      const naive = rows.rows
        .filter((b) => checkEligibility({ comuneIstat: b.comune_istat, regionCode: b.region_code, atecoCode: b.ateco_code, employees: b.employees, annualTurnoverEur: b.annual_turnover_eur === null ? null : Number(b.annual_turnover_eur) }, call, TODAY).verdict !== 'not_eligible')
        .map((b) => b.id)
        .sort();
      const found = (await qualifyingBusinesses(t.db, { sportelloId: deskId, callId, locale: 'it', today: TODAY })).map((b) => b.id).sort();
      expect(found, `call ${row!.externalId}`).toEqual(naive);
      compared += naive.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('puts eligible businesses first and says what is missing for the others', async () => {
    let mixed = 0;
    for (const callId of [...calls.values()].slice(0, 120)) {
      const items = await qualifyingBusinesses(t.db, { sportelloId: deskId, callId, locale: 'it', today: TODAY });
      const firstToVerify = items.findIndex((b) => b.verdict === 'to_verify');
      if (firstToVerify <= 0) continue;
      mixed += 1;
      expect(items.slice(0, firstToVerify).every((b) => b.verdict === 'eligible' && b.questions.length === 0)).toBe(true);
      expect(items.slice(firstToVerify).every((b) => b.verdict === 'to_verify' && b.questions.length > 0)).toBe(true);
    }
    expect(mixed).toBeGreaterThan(5);
  });

  it('does not list another sportello’s businesses, nor answer for another sportello’s own call', async () => {
    const other = await makeSportello(t.db);
    expect(await qualifyingBusinesses(t.db, { sportelloId: other.id, callId: calls.get('52')!, locale: 'it', today: TODAY })).toEqual([]);
    const [own] = await t.db.update(fundingCall).set({ sportelloId: other.id }).where(eq(fundingCall.id, calls.get('148')!)).returning();
    await expect(qualifyingBusinesses(t.db, { sportelloId: deskId, callId: own!.id, locale: 'it', today: TODAY })).rejects.toMatchObject({ status: 404 });
    expect(await t.db.select({ n: sql<number>`count(*)::int` }).from(business)).toEqual([{ n: 600 }]);
  });
});
