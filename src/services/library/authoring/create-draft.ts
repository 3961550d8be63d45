import { and, eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson } from '../../../db/schema/index.js';
import { AppError, messageFor } from '../../../shared/errors.js';
import type { TLocale } from '../../../shared/locale.js';
import { deriveLesson, type TLessonText } from './derive-lesson.js';
import { freeSlug } from './free-slug.js';
import type { TLessonRow } from './load-lesson.js';
import { recordVersion } from './record-version.js';

export interface TNewDraft extends TLessonText {
  language: 'it' | 'en';
  /** Null: the national library; else one sportello's own. */
  sportelloId: string | null;
  /** The lesson this one translates, already loaded and shown to be visible to the author. */
  translationOf?: Pick<TLessonRow, 'id' | 'language' | 'sportelloId' | 'translationGroup'>;
}

/**
 * Starts a lesson as a draft by its author, with version 1 kept; a translation joins the
 * original's group (another language, the same library, one per language).
 *
 * @example const row = await createDraft(db, { title, summary, bodyMarkdown, areas: ['marketing'], level: 'first_steps', language: 'it', sportelloId: null }, userId);
 */
export async function createDraft(db: TDb, input: TNewDraft, authorUserId: string, locale: TLocale = 'it'): Promise<TLessonRow> {
  const original = input.translationOf;
  if (original && (original.language === input.language || original.sportelloId !== input.sportelloId)) {
    throw new AppError('lesson.translation_invalid', 422, [{ field: 'translationOf', message: messageFor('lesson.translation_invalid', locale) }]);
  }
  return db.transaction(async (tx) => {
    if (original) {
      const [sibling] = await tx.select({ id: lesson.id }).from(lesson).where(and(eq(lesson.translationGroup, original.translationGroup), eq(lesson.language, input.language)));
      if (sibling) throw new AppError('lesson.translation_exists', 409, [{ field: 'translationOf', message: messageFor('lesson.translation_exists', locale) }]);
    }
    const slug = await freeSlug(tx, input.title, input.language);
    const [row] = await tx
      .insert(lesson)
      .values({
        slug,
        language: input.language,
        sportelloId: input.sportelloId,
        ...(original ? { translationGroup: original.translationGroup } : {}),
        title: input.title,
        summary: input.summary,
        bodyMarkdown: input.bodyMarkdown,
        areas: input.areas,
        level: input.level,
        ...deriveLesson(input),
        status: 'draft',
        version: 1,
        authorUserId,
      })
      .returning();
    await recordVersion(tx, row!, authorUserId, 'created');
    return row!;
  });
}
