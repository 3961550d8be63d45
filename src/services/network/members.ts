import { and, asc, eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { membership, user } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';

export async function listMembers(db: TDb, sportelloId: string) {
  return db
    .select({ id: membership.id, userId: user.id, name: user.name, email: user.email, role: membership.role, createdAt: membership.createdAt })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(eq(membership.sportelloId, sportelloId))
    .orderBy(asc(membership.role), asc(user.name));
}

/** Removes one role of one person; scoped by sportello so another desk's id is simply not found. */
export async function removeMember(db: TDb, sportelloId: string, membershipId: string): Promise<void> {
  const removed = await db
    .delete(membership)
    .where(and(eq(membership.id, membershipId), eq(membership.sportelloId, sportelloId)))
    .returning({ id: membership.id });
  if (removed.length === 0) throw new AppError('resource.not_found', 404);
}
