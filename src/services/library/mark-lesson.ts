import { sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { lessonProgress } from '../../db/schema/index.js';
import { marksOf, usefulForGroup } from './get-lesson.js';

export type TLessonMarks = { done: boolean; helpful: boolean };

/**
 * Sets a reader's own "fatto" and "mi è servita" on a lesson; a mark left out stays as it was.
 * Idempotent: marking twice keeps the first moment, unmarking clears it. Returns the marks now
 * and how many people the lesson (in any language) helped.
 *
 * @example await markLesson(db, { userId, lessonId, translationGroup }, { helpful: true }) // { done: false, helpful: true, usefulFor: 1 }
 */
export async function markLesson(
  db: TDb,
  target: { userId: string; lessonId: string; translationGroup: string },
  change: Partial<TLessonMarks>,
): Promise<TLessonMarks & { usefulFor: number }> {
  // A mark set again keeps its first moment; a mark not in the change keeps its value.
  const next = (column: 'done_at' | 'helpful_at', value: boolean | undefined) =>
    value === undefined ? sql.raw(`lesson_progress.${column}`) : value ? sql.raw(`coalesce(lesson_progress.${column}, now())`) : sql`null`;
  await db
    .insert(lessonProgress)
    .values({
      userId: target.userId,
      lessonId: target.lessonId,
      doneAt: change.done ? sql`now()` : null,
      helpfulAt: change.helpful ? sql`now()` : null,
    })
    .onConflictDoUpdate({
      target: [lessonProgress.userId, lessonProgress.lessonId],
      set: { doneAt: next('done_at', change.done), helpfulAt: next('helpful_at', change.helpful), updatedAt: sql`now()` },
    });
  const [marks, usefulFor] = await Promise.all([marksOf(db, target.userId, target.lessonId), usefulForGroup(db, target.translationGroup)]);
  return { ...marks, usefulFor };
}
