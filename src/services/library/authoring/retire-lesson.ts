import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson } from '../../../db/schema/index.js';
import type { TLessonRow } from './load-lesson.js';
import { lockLesson } from './lock-lesson.js';
import { recordVersion } from './record-version.js';

/**
 * The reviewer takes a published lesson off the library (pubblicata → ritirata); its
 * versions stay, and its address answers 404 to readers.
 *
 * @example await retireLesson(db, id, 5, reviewerId);
 */
export async function retireLesson(db: TDb, id: string, expectedVersion: number, reviewerUserId: string): Promise<TLessonRow> {
  return db.transaction(async (tx) => {
    const current = await lockLesson(tx, id, expectedVersion, ['published']);
    const [row] = await tx
      .update(lesson)
      .set({ status: 'retired', reviewerUserId, version: current.version + 1, updatedAt: new Date() })
      .where(eq(lesson.id, id))
      .returning();
    await recordVersion(tx, row!, reviewerUserId, 'retired');
    return row!;
  });
}
