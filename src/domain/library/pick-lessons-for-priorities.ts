import type { TArea } from '../../shared/areas.js';
import type { TLevel } from '../checkup/score.js';
import { LESSON_LEVELS, type TLessonLevel } from './readability.js';

/** How many lessons "Da dove partire" offers under one priority: one or two to read, not a list. */
export const LESSONS_PER_PRIORITY = 2;

/** A published lesson the report could point to. `group` ties translations (the slug when absent). */
export interface TLessonCandidate {
  slug: string;
  title: string;
  areas: readonly string[];
  level: TLessonLevel;
  language: string;
  group?: string;
}

/** A check-up priority with the areas of need its section speaks to (questionnaire `needs`). */
export interface TPriorityNeeds<S extends string = string> {
  section: S;
  needs: readonly TArea[];
}

/**
 * The lesson level that fits a business, from the check-up's overall level (the DMA's four
 * bands): "ai blocchi di partenza" reads first steps; "in cammino" and "a buon ritmo" read
 * lessons on the way; only an "apripista" starts from the advanced ones. The two middle bands
 * share a level because the library has three and most businesses sit there.
 *
 * @example lessonLevelForCheckup({ step: 1 }) // 'first_steps'
 */
export function lessonLevelForCheckup(level: Pick<TLevel, 'step'>): TLessonLevel {
  if (level.step <= 1) return 'first_steps';
  if (level.step >= 4) return 'advanced';
  return 'on_the_way';
}

const levelIndex = (level: TLessonLevel) => LESSON_LEVELS.indexOf(level);

/**
 * How well a lesson speaks to a priority, lower is better; null when it does not. A lesson whose
 * main area (its first) is the section's first need comes before one that only touches it.
 */
function areaRank(lesson: TLessonCandidate, needs: readonly TArea[]): number | null {
  let best: number | null = null;
  lesson.areas.forEach((area, position) => {
    const need = needs.indexOf(area as TArea);
    if (need < 0) return;
    const rank = need * 10 + position;
    if (best === null || rank < best) best = rank;
  });
  return best;
}

/** One version per lesson: the reader's language, else Italian; other languages are left out. */
function inLanguage<C extends TLessonCandidate>(candidates: readonly C[], language: string, fallback: string): C[] {
  const chosen = new Map<string, C>();
  for (const c of candidates) {
    if (c.language !== language && c.language !== fallback) continue;
    const key = c.group ?? c.slug;
    const seen = chosen.get(key);
    if (!seen || (seen.language !== language && c.language === language)) chosen.set(key, c);
  }
  return [...chosen.values()];
}

/**
 * For each priority, in order, the lessons to start from: those tagged with one of its areas,
 * the business's level first and then the nearest (a level below before one above: easier is
 * safer), the closest area next, then by title. At most `perPriority` each, and no lesson
 * under two priorities (an earlier priority keeps it). Lessons come in the report's language,
 * or in Italian when a lesson is not translated.
 *
 * @example
 *   pickLessonsForPriorities([{ section: 'communication', needs: ['communication'] }], 'on_the_way', lessons, { language: 'it' })
 *   // [{ section: 'communication', lessons: [{ slug: 'fatti-trovare-sulle-mappe', … }] }]
 */
export function pickLessonsForPriorities<S extends string, C extends TLessonCandidate>(
  priorities: readonly TPriorityNeeds<S>[],
  level: TLessonLevel,
  candidates: readonly C[],
  options: { language: string; fallbackLanguage?: string; perPriority?: number },
): { section: S; lessons: C[] }[] {
  const fallback = options.fallbackLanguage ?? 'it';
  const perPriority = options.perPriority ?? LESSONS_PER_PRIORITY;
  const pool = inLanguage(candidates, options.language, fallback);
  const used = new Set<string>();
  const target = levelIndex(level);
  return priorities.map((priority) => {
    const ranked = pool
      .map((lesson) => ({ lesson, area: areaRank(lesson, priority.needs), distance: levelIndex(lesson.level) - target }))
      .filter((x): x is { lesson: C; area: number; distance: number } => x.area !== null && !used.has(x.lesson.group ?? x.lesson.slug))
      .sort(
        (a, b) =>
          Math.abs(a.distance) - Math.abs(b.distance) ||
          a.distance - b.distance ||
          a.area - b.area ||
          a.lesson.title.localeCompare(b.lesson.title, 'it') ||
          a.lesson.slug.localeCompare(b.lesson.slug),
      )
      .slice(0, perPriority)
      .map((x) => x.lesson);
    for (const l of ranked) used.add(l.group ?? l.slug);
    return { section: priority.section, lessons: ranked };
  });
}
