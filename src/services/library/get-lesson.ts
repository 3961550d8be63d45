import { and, eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { lesson } from '../../db/schema/index.js';

/**
 * A published lesson by its address and language, with the languages it is also
 * written in; undefined when there is none (a draft or a retired lesson is not public).
 *
 * @example await getPublishedLesson(db, 'vendi-il-tuo-latte', 'it');
 */
export async function getPublishedLesson(db: TDb, slug: string, language: 'it' | 'en') {
  const [row] = await db
    .select()
    .from(lesson)
    .where(and(eq(lesson.slug, slug), eq(lesson.language, language), eq(lesson.status, 'published')));
  if (!row) return undefined;
  const translations = await db
    .select({ slug: lesson.slug, language: lesson.language })
    .from(lesson)
    .where(and(eq(lesson.translationGroup, row.translationGroup), eq(lesson.status, 'published')));
  return { ...row, translations: translations.filter((t) => t.language !== row.language) };
}
