import type { Context } from 'hono';
import { countPublicWrite, PUBLIC_WRITE_LIMITS, targetSportelloOf, type TPublicWrite } from '../services/system/public-write-limit.js';
import { clientIp } from './client-ip.js';
import type { TAppEnv } from './context.js';

/**
 * Counts a public write from this request's address towards the sportello serving
 * `comuneIstat` (null: a write with no sportello behind it, such as an unsubscribe); throws the 429 once a limit is reached (`onError` adds `Retry-After`).
 * Call it after validation, before the write.
 *
 * @example await limitPublicWrite(c, 'intake', body.comuneIstat);
 */
export async function limitPublicWrite(c: Context<TAppEnv>, kind: TPublicWrite, comuneIstat: string | null): Promise<void> {
  const { db, config } = c.get('deps');
  const limit = config.writeLimits?.[kind] ?? PUBLIC_WRITE_LIMITS[kind];
  const sportelloId = comuneIstat === null ? null : await targetSportelloOf(db, comuneIstat);
  await countPublicWrite(db, kind, { address: clientIp(c, config.trustProxy), sportelloId }, limit);
}
