import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNNEL_BREAKDOWNS, type TFunnelResult, type TInsightsScope } from '../../domain/insights/types.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { generateNational } from '../generate/generate-national.js';
import { funnelFor } from './funnel.js';
import { funnelLiveFor } from './funnel-live.js';

/**
 * `affianco generate` defers the journeys' triggers for its one transaction and fills the rows at
 * the end (business_journey_fill_missing, also the migration's backfill): they must be the rows
 * the triggers' refreshes compute, and the funnel read from them the live one, for every scope and
 * breakdown.
 */

let t: TTestDatabase;
let biggest: string;
const PERIOD = { from: '2025-12-02', to: '2026-12-01' };

beforeAll(async () => {
  t = await createTestDatabase();
  await generateNational(t.db, { businesses: 1500, angels: 80, seed: 7, asOf: new Date('2026-12-01T00:00:00Z'), batchSize: 400 });
  biggest = (await t.pool.query<{ id: string }>('select sportello_id as id from business where sportello_id is not null group by 1 order by count(*) desc limit 1')).rows[0]!.id;
}, 120_000);
afterAll(() => t.drop());

const withoutClock = (f: TFunnelResult | null) => (f ? { ...f, computedAt: null } : null);

describe('journeys of generated data', () => {
  it('are filled at the end of the load as the triggers would have kept them', async () => {
    const all = () => t.pool.query('select * from business_journey order by business_id').then((r) => r.rows);
    const filled = await all();
    expect(filled.length).toBe(1500);
    expect(filled.filter((j: { goal_at: Date | null }) => j.goal_at !== null).length).toBeGreaterThan(0);
    // The triggers' own refreshes, over every business at once, from bare rows.
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`delete from business_journey`);
      await tx.execute(sql`insert into business_journey (business_id, sportello_id, sector, registered_at) select id, sportello_id, ateco_division, created_at from business`);
      for (const step of ['ascolto', 'checkup', 'meeting', 'plan', 'angel']) {
        await tx.execute(sql`select ${sql.raw(`business_journey_refresh_${step}`)}(array(select id from business))`);
      }
    });
    expect(await all()).toEqual(filled);
    // And the migration's backfill fills nothing twice.
    expect((await t.pool.query<{ n: string }>('select business_journey_fill_missing() as n')).rows[0]!.n).toBe('0');
  });

  it('give the live funnel, for the network and one sportello, by every breakdown', async () => {
    const scopes: TInsightsScope[] = [{ network: true }, { sportelloId: biggest }];
    for (const scope of scopes) {
      for (const by of FUNNEL_BREAKDOWNS) {
        const kept = await funnelFor(t.db, { scope, ...PERIOD, by });
        expect(kept!.total.steps['network' in scope ? 5 : 3]!.count, JSON.stringify(scope)).toBeGreaterThan(0);
        expect(withoutClock(kept), `${JSON.stringify(scope)} by ${by}`).toEqual(withoutClock(await funnelLiveFor(t.db, { scope, ...PERIOD, by })));
      }
    }
  });
});
