import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.js';
import { businessMember, lesson, lessonSuggestion, user } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { inLibraryOf } from './lessons-for-priorities.js';

/** How long the angel's line about why may be: a sentence or two, read on a phone. */
export const SUGGESTION_NOTE_MAX = 280;

export type TLessonSuggestion = {
  id: string;
  lesson: { slug: string; language: TLocale; title: string; summary: string; minutes: number };
  note: string | null;
  suggestedBy: { id: string; name: string } | null;
  createdAt: string;
};

const unknownLesson = () => new AppError('request.invalid', 422, [{ field: 'lessonSlug', message: 'unknown_lesson' }]);

/**
 * The angel (or a coordinator) points the business at a published lesson, with a line saying
 * why. Asked twice for the same lesson, it keeps one suggestion: the note is the newest, and a
 * suggestion the entrepreneur had hidden shows again (it was asked for once more, on purpose).
 * Translations are one lesson: the Italian row is the one kept.
 *
 * @example await suggestLesson(db, { businessId, sportelloId, lessonSlug: 'fatti-trovare-sulle-mappe', note: 'Partiamo da qui', by: angelId });
 */
export async function suggestLesson(
  db: TDb,
  input: { businessId: string; sportelloId: string | null; lessonSlug: string; note?: string | null; by: string },
): Promise<{ id: string; isNew: boolean; lessonTitle: string }> {
  const [found] = await db
    .select({ id: lesson.id, title: lesson.title })
    .from(lesson)
    .where(and(eq(lesson.slug, input.lessonSlug), eq(lesson.status, 'published'), inLibraryOf(input.sportelloId)))
    .orderBy(sql`${lesson.language} = 'it' desc`, lesson.language)
    .limit(1);
  if (!found) throw unknownLesson();
  const note = input.note?.trim() || null;
  const [row] = await db
    .insert(lessonSuggestion)
    .values({ businessId: input.businessId, lessonId: found.id, suggestedBy: input.by, note })
    .onConflictDoUpdate({ target: [lessonSuggestion.businessId, lessonSuggestion.lessonId], set: { note, suggestedBy: input.by, dismissedAt: null } })
    // xmax is 0 only on a row this statement inserted: tells a new suggestion from an update.
    .returning({ id: lessonSuggestion.id, isNew: sql<boolean>`(xmax = 0)` });
  return { id: row!.id, isNew: Boolean(row!.isNew), lessonTitle: found.title };
}

/**
 * Who to tell about a new suggestion: the business's own people, with their language.
 * @example await peopleOfBusiness(db, businessId) // [{ email: 'forno@…', locale: 'it' }]
 */
export async function peopleOfBusiness(db: TDb, businessId: string): Promise<{ email: string; locale: string }[]> {
  return db.select({ email: user.email, locale: user.locale }).from(businessMember).innerJoin(user, eq(user.id, businessMember.userId)).where(eq(businessMember.businessId, businessId));
}

/** The name of whoever suggests, for the mail. */
export async function nameOfUser(db: TDb, userId: string): Promise<string> {
  const [row] = await db.select({ name: user.name }).from(user).where(eq(user.id, userId));
  return row?.name ?? '';
}

/**
 * The lessons suggested to a business and not hidden, newest first, each in the reader's
 * language when it is translated; a lesson no longer published drops out.
 *
 * @example (await listLessonSuggestions(db, businessId, 'it'))[0]?.lesson.title
 */
export async function listLessonSuggestions(db: TDb, businessId: string, locale: TLocale): Promise<TLessonSuggestion[]> {
  const translated = alias(lesson, 'translated');
  const rows = await db
    .select({
      id: lessonSuggestion.id,
      note: lessonSuggestion.note,
      createdAt: lessonSuggestion.createdAt,
      byId: user.id,
      byName: user.name,
      slug: lesson.slug,
      language: lesson.language,
      title: lesson.title,
      summary: lesson.summary,
      minutes: lesson.minutes,
      tSlug: translated.slug,
      tLanguage: translated.language,
      tTitle: translated.title,
      tSummary: translated.summary,
      tMinutes: translated.minutes,
    })
    .from(lessonSuggestion)
    .innerJoin(lesson, and(eq(lesson.id, lessonSuggestion.lessonId), eq(lesson.status, 'published')))
    .leftJoin(translated, and(eq(translated.translationGroup, lesson.translationGroup), eq(translated.language, locale), eq(translated.status, 'published')))
    .leftJoin(user, eq(user.id, lessonSuggestion.suggestedBy))
    .where(and(eq(lessonSuggestion.businessId, businessId), isNull(lessonSuggestion.dismissedAt)))
    .orderBy(desc(lessonSuggestion.createdAt), lessonSuggestion.id);
  return rows.map((r) => ({
    id: r.id,
    lesson: r.tSlug
      ? { slug: r.tSlug, language: r.tLanguage as TLocale, title: r.tTitle!, summary: r.tSummary!, minutes: r.tMinutes! }
      : { slug: r.slug, language: r.language as TLocale, title: r.title, summary: r.summary, minutes: r.minutes },
    note: r.note,
    suggestedBy: r.byId ? { id: r.byId, name: r.byName ?? '' } : null,
    createdAt: r.createdAt.toISOString(),
  }));
}

/**
 * The entrepreneur hides a suggestion; hiding it again is no error. A suggestion of another
 * business answers 404.
 *
 * @example await dismissLessonSuggestion(db, businessId, suggestionId);
 */
export async function dismissLessonSuggestion(db: TDb, businessId: string, suggestionId: string, now = new Date()): Promise<void> {
  const [row] = await db
    .update(lessonSuggestion)
    .set({ dismissedAt: sql`coalesce(${lessonSuggestion.dismissedAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(lessonSuggestion.id, suggestionId), eq(lessonSuggestion.businessId, businessId)))
    .returning({ id: lessonSuggestion.id });
  if (!row) throw new AppError('resource.not_found', 404);
}
