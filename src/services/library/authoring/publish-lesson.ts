import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson } from '../../../db/schema/index.js';
import type { TLocale } from '../../../shared/locale.js';
import { assertPublishable } from './check-publishable.js';
import type { TLessonRow } from './load-lesson.js';
import { lockLesson } from './lock-lesson.js';
import { recordVersion } from './record-version.js';

/**
 * The reviewer publishes a lesson in review (in revisione → pubblicata). Refused, with the
 * reason and nothing changed, under its level's Gulpease floor or without the four parts.
 *
 * @example await publishLesson(db, id, 4, reviewerId, 'it');
 */
export async function publishLesson(db: TDb, id: string, expectedVersion: number, reviewerUserId: string, locale: TLocale): Promise<TLessonRow> {
  return db.transaction(async (tx) => {
    const current = await lockLesson(tx, id, expectedVersion, ['in_review']);
    assertPublishable(current, locale);
    const now = new Date();
    const [row] = await tx
      .update(lesson)
      .set({ status: 'published', reviewerUserId, reviewNote: null, publishedAt: current.publishedAt ?? now, version: current.version + 1, updatedAt: now })
      .where(eq(lesson.id, id))
      .returning();
    await recordVersion(tx, row!, reviewerUserId, 'published');
    return row!;
  });
}
