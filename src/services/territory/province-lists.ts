import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { assignment, business, comune, intakeRequest, province, sportelloProvince } from '../../db/schema/index.js';

/** At most this many of each list; the inbox has the rest. */
export const PROVINCE_LIST_LIMIT = 50;

/** The province and the sportello serving it (null if none), or undefined when there is no such province. */
export async function findProvince(db: TDb, code: string) {
  const [row] = await db
    .select({ code: province.code, name: province.name, sportelloId: sportelloProvince.sportelloId })
    .from(province)
    .leftJoin(sportelloProvince, eq(sportelloProvince.provinceCode, province.code))
    .where(eq(province.code, code))
    .orderBy(asc(sportelloProvince.sportelloId))
    .limit(1);
  return row;
}

/**
 * What is behind a province's figures: its open ascolto requests (longest waiting first) and the
 * businesses being accompanied there, each list cut at PROVINCE_LIST_LIMIT.
 */
export async function provinceLists(db: TDb, code: string) {
  const [openRequests, accompanied] = await Promise.all([
    db
      .select({ id: intakeRequest.id, comuneName: comune.name, businessName: intakeRequest.businessName, status: intakeRequest.status, createdAt: intakeRequest.createdAt })
      .from(intakeRequest)
      .innerJoin(comune, eq(comune.istat, intakeRequest.comuneIstat))
      .where(and(eq(comune.provinceCode, code), ne(intakeRequest.status, 'closed')))
      .orderBy(asc(intakeRequest.createdAt))
      .limit(PROVINCE_LIST_LIMIT),
    db
      .selectDistinctOn([business.id], { id: business.id, name: business.name, comuneName: comune.name, startedAt: assignment.startedAt })
      .from(assignment)
      .innerJoin(business, eq(business.id, assignment.businessId))
      .innerJoin(comune, eq(comune.istat, business.comuneIstat))
      .where(and(eq(comune.provinceCode, code), isNull(assignment.endedAt)))
      .orderBy(business.id, desc(assignment.startedAt))
      .limit(PROVINCE_LIST_LIMIT),
  ]);
  return { openRequests, accompanied };
}
