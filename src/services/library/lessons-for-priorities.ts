import { and, arrayOverlaps, eq, inArray, isNull, or } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { lesson } from '../../db/schema/index.js';
import { getQuestionnaire, type TSectionKey } from '../../domain/checkup/questionnaire.js';
import type { TCheckupResult } from '../../domain/checkup/score.js';
import { lessonLevelForCheckup, pickLessonsForPriorities } from '../../domain/library/pick-lessons-for-priorities.js';
import type { TLessonLevel } from '../../domain/library/readability.js';
import type { TArea } from '../../shared/areas.js';
import type { TLocale } from '../../shared/locale.js';

export type TPriorityLesson = { slug: string; language: TLocale; title: string; summary: string; minutes: number; level: TLessonLevel };
export type TPriorityLessons = { section: string; lessons: TPriorityLesson[] }[];

/** The national library, and the business's own sportello's lessons: never another desk's. */
export const inLibraryOf = (sportelloId: string | null) => (sportelloId ? or(isNull(lesson.sportelloId), eq(lesson.sportelloId, sportelloId)) : isNull(lesson.sportelloId));

/**
 * The lessons "Da dove partire" offers under each of a check-up's priorities, at the
 * business's level (lessonLevelForCheckup), published only, in `locale` or else Italian.
 * Only the national library and the business's sportello's own. One query for every candidate: those tagged with an area any priority needs.
 *
 * @example (await lessonsForPriorities(db, result, 'it'))[0]?.lessons[0]?.slug // 'fatti-trovare-sulle-mappe'
 */
export async function lessonsForPriorities(db: TDb, result: TCheckupResult, locale: TLocale, sportelloId: string | null = null): Promise<TPriorityLessons> {
  const sections = getQuestionnaire(result.version)?.sections ?? [];
  const priorities = result.priorities.map((p) => ({ section: p.section as string, needs: sections.find((s) => s.key === (p.section as TSectionKey))?.needs ?? ([] as readonly TArea[]) }));
  const needs = [...new Set(priorities.flatMap((p) => p.needs))];
  if (needs.length === 0) return priorities.map((p) => ({ section: p.section, lessons: [] }));
  const candidates = await db
    .select({
      slug: lesson.slug,
      language: lesson.language,
      group: lesson.translationGroup,
      title: lesson.title,
      summary: lesson.summary,
      minutes: lesson.minutes,
      level: lesson.level,
      areas: lesson.areas,
    })
    .from(lesson)
    .where(and(eq(lesson.status, 'published'), inArray(lesson.language, [...new Set([locale, 'it'])]), arrayOverlaps(lesson.areas, needs), inLibraryOf(sportelloId)));
  const picked = pickLessonsForPriorities(priorities, lessonLevelForCheckup(result.level), candidates, { language: locale, fallbackLanguage: 'it' });
  return picked.map((p) => ({
    section: p.section,
    lessons: p.lessons.map((l) => ({ slug: l.slug, language: l.language as TLocale, title: l.title, summary: l.summary, minutes: l.minutes, level: l.level })),
  }));
}
