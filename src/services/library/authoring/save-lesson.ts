import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson } from '../../../db/schema/index.js';
import type { TLocale } from '../../../shared/locale.js';
import { assertPublishable } from './check-publishable.js';
import { deriveLesson, type TLessonText } from './derive-lesson.js';
import { freeSlug } from './free-slug.js';
import type { TLessonRow } from './load-lesson.js';
import { lockLesson } from './lock-lesson.js';
import { recordVersion } from './record-version.js';

/**
 * Saves the text of a lesson over the version the author saw (409 `lesson.stale` otherwise),
 * renders it once, and keeps the new state as a version. A lesson never published follows its
 * title's address; a published one keeps its address and must stay above its floor.
 *
 * @example const row = await saveLesson(db, id, 2, { title, summary, bodyMarkdown, areas, level }, userId, 'it');
 */
export async function saveLesson(db: TDb, id: string, expectedVersion: number, text: TLessonText, changedBy: string, locale: TLocale): Promise<TLessonRow> {
  return db.transaction(async (tx) => {
    const current = await lockLesson(tx, id, expectedVersion, ['draft', 'in_review', 'published']);
    if (current.status === 'published') assertPublishable({ ...text, language: current.language }, locale);
    const slug = current.publishedAt === null && text.title !== current.title ? await freeSlug(tx, text.title, current.language, current.id) : current.slug;
    const [row] = await tx
      .update(lesson)
      .set({ ...text, ...deriveLesson(text), slug, version: current.version + 1, updatedAt: new Date() })
      .where(eq(lesson.id, id))
      .returning();
    await recordVersion(tx, row!, changedBy, 'saved');
    return row!;
  });
}
