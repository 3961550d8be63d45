import { desc, eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson } from '../../../db/schema/index.js';

/**
 * The lessons one person started, in every status, the last changed first ("Le mie lezioni").
 *
 * @example const mine = await listMyLessons(db, userId);
 */
export async function listMyLessons(db: TDb, authorUserId: string) {
  return db.select().from(lesson).where(eq(lesson.authorUserId, authorUserId)).orderBy(desc(lesson.updatedAt)).limit(200);
}
