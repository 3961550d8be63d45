import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { lesson, planAction } from '../../db/schema/index.js';
import type { TFieldProblem } from '../../domain/plans/validate.js';
import type { TLocale } from '../../shared/locale.js';

type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];

/** A plan link that is a web address (a template elsewhere), not a lesson's slug. */
export const isWebAddress = (link: string) => /^https?:\/\//i.test(link);

/**
 * Whether a slug names a published lesson, in any language.
 * @example await isPublishedLessonSlug(db, 'fatti-trovare-sulle-mappe') // true
 */
export async function isPublishedLessonSlug(db: TDb | TTx, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: lesson.id })
    .from(lesson)
    .where(and(eq(lesson.slug, slug), eq(lesson.status, 'published')))
    .limit(1);
  return Boolean(row);
}

/**
 * The field problem of an action's link, if any: a slug must be a published lesson; a web
 * address is left to the domain's rule (isLessonOrTemplateLink).
 * @example await lessonLinkProblems(db, 'non-esiste') // [{ field: 'linkedLessonId', code: 'unknown_lesson' }]
 */
export async function lessonLinkProblems(db: TDb | TTx, link: string | null | undefined): Promise<TFieldProblem[]> {
  if (!link || isWebAddress(link)) return [];
  return (await isPublishedLessonSlug(db, link)) ? [] : [{ field: 'linkedLessonId', code: 'unknown_lesson' }];
}

/**
 * The titles of the lessons a plan's actions link to, in the reader's language or else in
 * Italian, in one query; links to a template or to a lesson no longer published are left out.
 * @example await planLessonTitles(db, planId, 'it') // [{ slug: 'fatti-trovare-sulle-mappe', title: 'Fatti trovare sulle mappe' }]
 */
export async function planLessonTitles(db: TDb, planId: string, locale: TLocale): Promise<{ slug: string; title: string }[]> {
  const linked = db.select({ slug: planAction.linkedLessonId }).from(planAction).where(eq(planAction.planId, planId));
  return db
    .selectDistinctOn([lesson.slug], { slug: lesson.slug, title: lesson.title })
    .from(lesson)
    .where(and(eq(lesson.status, 'published'), inArray(lesson.language, [...new Set([locale, 'it'])]), inArray(lesson.slug, linked)))
    .orderBy(lesson.slug, sql`${lesson.language} = ${locale} desc`);
}
