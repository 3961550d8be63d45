import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { and, isNull } from 'drizzle-orm';
import { assignment, businessMember, membership, user } from '../../db/schema/index.js';
import type { TActor } from '../../domain/network/actor.js';

/** Everything the policy needs to know about a user, in four small indexed reads. */
export async function loadActor(db: TDb, userId: string): Promise<TActor | null> {
  const [row] = await db.select({ id: user.id, isAdmin: user.isAdmin }).from(user).where(eq(user.id, userId));
  if (!row) return null;
  const [memberships, businesses, assigned] = await Promise.all([
    db.select({ sportelloId: membership.sportelloId, role: membership.role }).from(membership).where(eq(membership.userId, userId)),
    db.select({ businessId: businessMember.businessId }).from(businessMember).where(eq(businessMember.userId, userId)),
    db
      .select({ businessId: assignment.businessId })
      .from(assignment)
      .where(and(eq(assignment.angelUserId, userId), isNull(assignment.endedAt))),
  ]);
  return {
    userId,
    isAdmin: row.isAdmin,
    memberships,
    businessIds: businesses.map((b) => b.businessId),
    assignedBusinessIds: assigned.map((a) => a.businessId),
  };
}
