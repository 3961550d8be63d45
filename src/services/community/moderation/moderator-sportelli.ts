import { eq, or, sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityThread, province, sportelloProvince } from '../../../db/schema/index.js';

/**
 * The sportelli whose coordinators moderate a thread: the one serving the asker's comune when
 * it was opened, and every sportello with a province in the thread's region (a regional thread
 * concerns them all). Feed the result to the policy's `moderatorSportelloIds`.
 *
 * @example const ids = await moderatorSportelliOf(db, { sportelloId: thread.sportelloId, regionCode: '16' });
 */
export async function moderatorSportelliOf(db: TDb, thread: { sportelloId: string | null; regionCode: string | null }): Promise<string[]> {
  const ids = new Set<string>();
  if (thread.sportelloId) ids.add(thread.sportelloId);
  if (thread.regionCode) {
    const rows = await db
      .selectDistinct({ sportelloId: sportelloProvince.sportelloId })
      .from(sportelloProvince)
      .innerJoin(province, eq(province.code, sportelloProvince.provinceCode))
      .where(eq(province.regionCode, thread.regionCode));
    for (const r of rows) ids.add(r.sportelloId);
  }
  return [...ids];
}

/**
 * The same relation seen from a sportello: a condition on `community_thread` true for the
 * threads its coordinators moderate (its queue and its log).
 *
 * @example db.select().from(communityThread).where(threadsModeratedBy(sportelloId))
 */
export function threadsModeratedBy(sportelloId: string): SQL {
  return or(
    eq(communityThread.sportelloId, sportelloId),
    sql`${communityThread.regionCode} in (select p.region_code from sportello_province sp join province p on p.code = sp.province_code where sp.sportello_id = ${sportelloId})`,
  )!;
}
