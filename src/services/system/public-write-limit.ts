import { eq, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { comune, sportelloProvince } from '../../db/schema/index.js';
import { routeToSportello } from '../../domain/network/routing.js';
import { RateLimitedError } from '../../shared/errors.js';

/** How many writes one address, and all addresses together towards one sportello, may make per window. */
export interface TWriteLimit {
  windowSeconds: number;
  perAddress: number;
  perSportello: number;
}

export type TPublicWrite = 'intake' | 'angel_application' | 'community_unsubscribe' | 'community_post' | 'funding_unsubscribe';

/**
 * Far above real use, so only a flood is refused: a desk typing ascolti for walk-in
 * visitors from one office line sends a few an hour, and a whole province's ascolti in a
 * busy week are a few hundred. One address sent 8,928 in 60 s before these limits.
 */
export const PUBLIC_WRITE_LIMITS: Record<TPublicWrite, TWriteLimit> = {
  intake: { windowSeconds: 600, perAddress: 30, perSportello: 300 },
  angel_application: { windowSeconds: 600, perAddress: 10, perSportello: 100 },
  // No sportello behind a token: the second bucket counts everyone's one-click unsubscribes.
  community_unsubscribe: { windowSeconds: 600, perAddress: 30, perSportello: 3000 },
  // Threads, replies, reactions, edits: on top of each person's own pace (domain/community/trust.ts), one address's flood.
  community_post: { windowSeconds: 600, perAddress: 120, perSportello: 3000 },
  // As the community's: no sportello behind a token.
  funding_unsubscribe: { windowSeconds: 600, perAddress: 30, perSportello: 3000 },
};

/**
 * Every limit multiplied by `scale` (PUBLIC_WRITE_LIMIT_SCALE), the window unchanged.
 *
 * @example scalePublicWriteLimits(2).intake.perAddress; // 60
 */
export function scalePublicWriteLimits(scale: number): Record<TPublicWrite, TWriteLimit> {
  const scaled = (l: TWriteLimit): TWriteLimit => ({ windowSeconds: l.windowSeconds, perAddress: Math.ceil(l.perAddress * scale), perSportello: Math.ceil(l.perSportello * scale) });
  return {
    intake: scaled(PUBLIC_WRITE_LIMITS.intake),
    angel_application: scaled(PUBLIC_WRITE_LIMITS.angel_application),
    community_unsubscribe: scaled(PUBLIC_WRITE_LIMITS.community_unsubscribe),
    community_post: scaled(PUBLIC_WRITE_LIMITS.community_post),
    funding_unsubscribe: scaled(PUBLIC_WRITE_LIMITS.funding_unsubscribe),
  };
}

/** The sportello an ascolto or an application from this comune goes to, if any serves it. */
export async function targetSportelloOf(db: TDb, comuneIstat: string): Promise<string | null> {
  const coverage = await db
    .select({ sportelloId: sportelloProvince.sportelloId, provinceCode: sportelloProvince.provinceCode })
    .from(comune)
    .innerJoin(sportelloProvince, eq(sportelloProvince.provinceCode, comune.provinceCode))
    .where(eq(comune.istat, comuneIstat));
  return coverage[0] ? (routeToSportello(coverage[0].provinceCode, coverage) ?? null) : null;
}

/**
 * Counts one public write against its address and its sportello, and refuses it with
 * `RateLimitedError` once either is over its limit for the window.
 *
 * One statement does both counts on the database's clock, so instances agree and two
 * requests at once cannot both take the last place. An address over its limit is not
 * counted against the sportello: one flooder must not close the desk to everyone else.
 * Refused writes still count, so a flood stays refused until its window ends.
 *
 * @example await countPublicWrite(db, 'intake', { address: '203.0.113.7', sportelloId }, PUBLIC_WRITE_LIMITS.intake);
 */
export async function countPublicWrite(db: TDb, kind: TPublicWrite, target: { address: string; sportelloId: string | null }, limit: TWriteLimit): Promise<void> {
  const addressBucket = `${kind}:address:${target.address}`;
  const sportelloBucket = `${kind}:sportello:${target.sportelloId ?? 'none'}`;
  const window = limit.windowSeconds;
  const rows = await db.execute<{ bucket: string; count: number; retry_after: number }>(sql`
    with clock as (
      select to_timestamp(floor(extract(epoch from now()) / ${window}) * ${window}) as window_start
    ),
    address as (
      insert into public_write_counter (bucket, window_start, count)
      select ${addressBucket}, window_start, 1 from clock
      on conflict (bucket) do update set
        count = case when public_write_counter.window_start = excluded.window_start then public_write_counter.count + 1 else 1 end,
        window_start = excluded.window_start
      returning bucket, count, window_start
    ),
    desk as (
      insert into public_write_counter (bucket, window_start, count)
      select ${sportelloBucket}, window_start, 1 from clock
      where (select count from address) <= ${limit.perAddress}
      on conflict (bucket) do update set
        count = case when public_write_counter.window_start = excluded.window_start then public_write_counter.count + 1 else 1 end,
        window_start = excluded.window_start
      returning bucket, count, window_start
    )
    select bucket, count,
      ceil(extract(epoch from (window_start + make_interval(secs => ${window}) - now())))::int as retry_after
    from (select * from address union all select * from desk) counted
  `);
  for (const row of rows.rows) {
    const max = row.bucket === addressBucket ? limit.perAddress : limit.perSportello;
    if (row.count > max) throw new RateLimitedError('request.rate_limited', row.retry_after);
  }
}

/** Drops counters whose window ended: what is left is one row per address active lately. */
export async function pruneWriteCounters(db: TDb, olderThanSeconds = 86_400): Promise<number> {
  const res = await db.execute(sql`delete from public_write_counter where window_start < now() - make_interval(secs => ${olderThanSeconds})`);
  return res.rowCount ?? 0;
}
