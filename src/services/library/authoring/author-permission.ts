import { and, asc, eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { membership, user } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';

/**
 * The angels of a sportello and whether each may write lessons.
 *
 * @example const { items } = { items: await listAuthorPermissions(db, sportelloId) };
 */
export async function listAuthorPermissions(db: TDb, sportelloId: string) {
  return db
    .select({ membershipId: membership.id, userId: user.id, name: user.name, canAuthor: membership.canAuthor })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.sportelloId, sportelloId), eq(membership.role, 'angel')))
    .orderBy(asc(user.name));
}

/**
 * A coordinator gives (or takes back) the author permission to an angel of their sportello.
 * Another sportello's membership is simply not found; a coordinator's is refused (they always write).
 *
 * @example await setAuthorPermission(db, sportelloId, membershipId, true);
 */
export async function setAuthorPermission(db: TDb, sportelloId: string, membershipId: string, canAuthor: boolean) {
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(membership).where(and(eq(membership.id, membershipId), eq(membership.sportelloId, sportelloId))).for('update');
    if (!found) throw new AppError('resource.not_found', 404);
    if (found.role !== 'angel') throw new AppError('lesson.author_not_angel', 422);
    const [row] = await tx.update(membership).set({ canAuthor }).where(eq(membership.id, membershipId)).returning();
    return { membershipId: row!.id, userId: row!.userId, canAuthor: row!.canAuthor };
  });
}
