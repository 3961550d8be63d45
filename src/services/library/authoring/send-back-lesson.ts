import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson } from '../../../db/schema/index.js';
import type { TLessonRow } from './load-lesson.js';
import { lockLesson } from './lock-lesson.js';
import { recordVersion } from './record-version.js';

/**
 * The reviewer sends a lesson back to its author (in revisione → bozza) with what to change.
 *
 * @example await sendBackLesson(db, id, 4, reviewerId, 'Accorcia il metodo: tre passi bastano.');
 */
export async function sendBackLesson(db: TDb, id: string, expectedVersion: number, reviewerUserId: string, note: string): Promise<TLessonRow> {
  return db.transaction(async (tx) => {
    const current = await lockLesson(tx, id, expectedVersion, ['in_review']);
    const [row] = await tx
      .update(lesson)
      .set({ status: 'draft', reviewerUserId, reviewNote: note, version: current.version + 1, updatedAt: new Date() })
      .where(eq(lesson.id, id))
      .returning();
    await recordVersion(tx, row!, reviewerUserId, 'sent_back', note);
    return row!;
  });
}
