import { and, eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { membership, user } from '../../../db/schema/index.js';

/**
 * Who reviews a lesson of this scope (policy `lesson.review`): the sportello's coordinators for
 * its own lessons, the network admins for the national library (`sportelloId` null).
 * @example await reviewersOf(db, null) // [{ email: 'admin@…', locale: 'it' }]
 */
export async function reviewersOf(db: TDb, sportelloId: string | null): Promise<{ userId: string; email: string; locale: string }[]> {
  if (sportelloId === null) return db.select({ userId: user.id, email: user.email, locale: user.locale }).from(user).where(eq(user.isAdmin, true));
  return db
    .select({ userId: user.id, email: user.email, locale: user.locale })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.sportelloId, sportelloId), eq(membership.role, 'coordinator')));
}
