import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sportello } from '../../db/schema/index.js';
import { readPeriod } from '../../domain/insights/period.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { seedDemo } from '../network/seed-demo.js';
import { funnelFor } from './funnel.js';
import { impactFor } from './impact.js';
import { seedDemoInsights } from './seed-demo-insights.js';

let t: TTestDatabase;
let milano: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  await seedDemoInsights(t.db); // a second run adds nothing
  milano = (await t.db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, 'demo-milano')))[0]!.id;
});
afterAll(() => t.drop());

describe('the demo insights', () => {
  const period = () => {
    const read = readPeriod({}, new Date());
    if (!read.ok) throw new Error('no period');
    return read.period;
  };
  it('gives Milano a non-empty funnel over the last year, every step reached', async () => {
    const f = (await funnelFor(t.db, { scope: { sportelloId: milano }, ...period() }))!;
    const counts = f.total.steps.map((s) => s.count);
    expect(counts[0]).toBeGreaterThanOrEqual(10);
    // The other demo seeds (the inbox, Assegna tutte, Attenzione a) add Milano ascolti of their own.
    expect(counts[1]).toBeGreaterThanOrEqual(10);
    expect(counts.slice(2)).toEqual([9, 7, 5, 3]);
  });
  it('gives Milano at least one check-up area with five or more T1, ratings and hours', async () => {
    const i = (await impactFor(t.db, { scope: { sportelloId: milano }, ...period() }))!;
    expect(i.checkups.compared).toBe(7);
    expect(i.checkups.sections.filter((s) => !s.change.isSuppressed).length).toBeGreaterThan(0);
    expect(i.satisfaction.rating).toMatchObject({ isSuppressed: false, n: 7 });
    expect(i.hours.hoursLogged).toBeGreaterThan(0);
    expect(i.goals.reduce((n, g) => n + g.reached, 0)).toBe(3);
  });
});
