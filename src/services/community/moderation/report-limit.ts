import { sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { RateLimitedError } from '../../../shared/errors.js';

/**
 * Reports one person may send per window: far above an honest reader's use (a few a day), low
 * enough that one account cannot walk the forum hiding posts with friends.
 */
export const REPORT_LIMIT = { windowSeconds: 3600, perPerson: 20 };

/**
 * Counts one report by this person in the shared `public_write_counter` (one statement on the
 * database's clock, so instances agree); refuses with 429 once over the window's limit.
 * Refused reports count too, so a flood stays refused until its window ends.
 *
 * @example await countReport(db, userId);
 */
export async function countReport(db: TDb, userId: string, limit = REPORT_LIMIT): Promise<void> {
  const window = limit.windowSeconds;
  const rows = await db.execute<{ count: number; retry_after: number }>(sql`
    with clock as (select to_timestamp(floor(extract(epoch from now()) / ${window}) * ${window}) as window_start)
    insert into public_write_counter (bucket, window_start, count)
    select ${`community_report:user:${userId}`}, window_start, 1 from clock
    on conflict (bucket) do update set
      count = case when public_write_counter.window_start = excluded.window_start then public_write_counter.count + 1 else 1 end,
      window_start = excluded.window_start
    returning count, ceil(extract(epoch from (window_start + make_interval(secs => ${window}) - now())))::int as retry_after
  `);
  const row = rows.rows[0];
  if (row && row.count > limit.perPerson) throw new RateLimitedError('request.rate_limited', row.retry_after);
}
