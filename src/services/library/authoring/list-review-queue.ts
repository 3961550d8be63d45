import { and, asc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson, user } from '../../../db/schema/index.js';

/** Whose queue: the national library's (`national`), some sportelli's own, or every scope (the network admin). */
export type TReviewScopes = { national: boolean; sportelloIds: string[] } | 'all';

/**
 * The lessons waiting for review in the given scopes, the longest waiting first.
 *
 * @example await listReviewQueue(db, { national: false, sportelloIds: [sportelloId] });
 */
export async function listReviewQueue(db: TDb, scopes: TReviewScopes) {
  const where: SQL[] = [eq(lesson.status, 'in_review')];
  if (scopes !== 'all') {
    const parts: SQL[] = [];
    if (scopes.national) parts.push(isNull(lesson.sportelloId));
    if (scopes.sportelloIds.length) parts.push(inArray(lesson.sportelloId, scopes.sportelloIds));
    if (!parts.length) return [];
    where.push(or(...parts)!);
  }
  return db
    .select({ lesson, authorName: user.name })
    .from(lesson)
    .leftJoin(user, eq(user.id, lesson.authorUserId))
    .where(and(...where))
    .orderBy(asc(lesson.submittedAt))
    .limit(200);
}
