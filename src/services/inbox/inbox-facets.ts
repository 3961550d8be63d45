import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { comune, membership, sportello, sportelloProvince, user } from '../../db/schema/index.js';
import { countOpenRequests } from './list-inbox.js';

/** What the inbox's filters and actions offer: counts, the sportello's angels, comuni, other sportelli. */
export async function inboxFacets(db: TDb, sportelloId: string) {
  const provinces = db.select({ code: sportelloProvince.provinceCode }).from(sportelloProvince).where(eq(sportelloProvince.sportelloId, sportelloId));
  const [counts, angels, sportelli, comuni] = await Promise.all([
    countOpenRequests(db, sportelloId),
    db
      .select({ userId: user.id, name: user.name })
      .from(membership)
      .innerJoin(user, eq(user.id, membership.userId))
      .where(and(eq(membership.sportelloId, sportelloId), eq(membership.role, 'angel')))
      .orderBy(asc(user.name)),
    db.select({ id: sportello.id, name: sportello.name }).from(sportello).where(ne(sportello.id, sportelloId)).orderBy(asc(sportello.name)),
    db.select({ istat: comune.istat, name: comune.name }).from(comune).where(inArray(comune.provinceCode, provinces)).orderBy(asc(comune.name)),
  ]);
  return { counts, angels, sportelli, comuni };
}
