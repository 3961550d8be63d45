import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../config/paths.js';
import { FUNNEL_BREAKDOWNS, type TFunnelResult, type TInsightsScope } from '../../domain/insights/types.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { generateNational } from '../generate/generate-national.js';
import { funnelFor } from './funnel.js';
import { funnelLiveFor } from './funnel-live.js';

/**
 * `affianco generate` writes its batches with INSERT … SELECT FROM unnest: the journeys its
 * statements' triggers keep must be those the migration's backfill computes, and the funnel read
 * from them the live one, for every scope and breakdown.
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
  it('are the rows the migration backfills', async () => {
    const migration = fs.readFileSync(projectPath('src', 'db', 'migrations', '0019_funnel_journey.sql'), 'utf8');
    const backfill = migration.split('--> statement-breakpoint').find((s) => s.includes('INSERT INTO business_journey (business_id, sportello_id, sector, registered_at, ascolto_at'))!;
    const all = () => t.pool.query('select * from business_journey order by business_id').then((r) => r.rows);
    const kept = await all();
    expect(kept.length).toBe(1500);
    expect(kept.filter((j: { goal_at: Date | null }) => j.goal_at !== null).length).toBeGreaterThan(0);
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`delete from business_journey`);
      await tx.execute(sql.raw(backfill));
    });
    expect(await all()).toEqual(kept);
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
