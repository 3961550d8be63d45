import { and, desc, eq, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { assignment, user } from '../../db/schema/index.js';

/** The open assignment of a business (who follows it now), or null. */
export async function currentAssignment(db: TDb, businessId: string) {
  const [row] = await db
    .select({ angelUserId: assignment.angelUserId, angelName: user.name, startedAt: assignment.startedAt, reason: assignment.reason })
    .from(assignment)
    .innerJoin(user, eq(user.id, assignment.angelUserId))
    .where(and(eq(assignment.businessId, businessId), isNull(assignment.endedAt)))
    .orderBy(desc(assignment.startedAt))
    .limit(1);
  return row ? { ...row, startedAt: row.startedAt.toISOString() } : null;
}
