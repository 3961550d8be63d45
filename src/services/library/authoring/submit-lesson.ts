import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson } from '../../../db/schema/index.js';
import type { TLessonRow } from './load-lesson.js';
import { lockLesson } from './lock-lesson.js';
import { recordVersion } from './record-version.js';

/**
 * Sends a draft to its reviewer (bozza → in revisione); the last note is kept until the review.
 *
 * @example await submitLesson(db, id, 3, userId);
 */
export async function submitLesson(db: TDb, id: string, expectedVersion: number, by: string): Promise<TLessonRow> {
  return db.transaction(async (tx) => {
    const current = await lockLesson(tx, id, expectedVersion, ['draft']);
    const [row] = await tx
      .update(lesson)
      .set({ status: 'in_review', submittedAt: new Date(), version: current.version + 1, updatedAt: new Date() })
      .where(eq(lesson.id, id))
      .returning();
    await recordVersion(tx, row!, by, 'submitted');
    return row!;
  });
}
