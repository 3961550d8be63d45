import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicWriteCounter } from '../../db/schema/index.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { countPublicWrite, pruneWriteCounters } from './public-write-limit.js';

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('public-write counters', () => {
  it('start again at one when a new window begins', async () => {
    const limit = { windowSeconds: 600, perAddress: 1, perSportello: 10 };
    await countPublicWrite(t.db, 'intake', { address: '192.0.2.9', sportelloId: null }, limit);
    await expect(countPublicWrite(t.db, 'intake', { address: '192.0.2.9', sportelloId: null }, limit)).rejects.toMatchObject({ code: 'request.rate_limited', status: 429 });
    // The same row seen from a window that ended: the next write is the first of a new one.
    await t.db.execute(sql`update public_write_counter set window_start = window_start - interval '1 hour' where bucket = 'intake:address:192.0.2.9'`);
    await countPublicWrite(t.db, 'intake', { address: '192.0.2.9', sportelloId: null }, limit);
  });

  it('are pruned once their window is a day old, keeping the recent ones', async () => {
    await t.db.insert(publicWriteCounter).values([
      { bucket: 'intake:address:old', windowStart: new Date(Date.now() - 2 * 86_400_000), count: 4 },
      { bucket: 'intake:address:recent', windowStart: new Date(), count: 1 },
    ]);
    expect(await pruneWriteCounters(t.db)).toBe(1);
    const left = (await t.db.select({ bucket: publicWriteCounter.bucket }).from(publicWriteCounter)).map((r) => r.bucket);
    expect(left).toContain('intake:address:recent');
    expect(left).not.toContain('intake:address:old');
  });
});
