import { sql, type SQL } from 'drizzle-orm';
import { lesson, lessonTemplate } from '../../../db/schema/index.js';

/** What a lesson offers besides its text: a video (ours or linked), templates to download. */
export const LESSON_KINDS = ['video', 'template'] as const;
export type TLessonKind = (typeof LESSON_KINDS)[number];

/**
 * A SQL condition: the lesson (the `lesson` table in the query) has this kind, for a search
 * filter ("only lessons with a video").
 *
 * @example db.select().from(lesson).where(and(eq(lesson.status, 'published'), lessonHasKind('video')))
 */
export function lessonHasKind(kind: TLessonKind): SQL {
  return kind === 'video'
    ? sql`(${lesson.videoFileId} is not null or ${lesson.videoLinkUrl} is not null)`
    : sql`exists (select 1 from ${lessonTemplate} where ${lessonTemplate.lessonId} = ${lesson.id})`;
}

/**
 * A SQL expression: the kinds of the lesson as a text[] ('{video,template}', '{}'), to select
 * beside a search hit.
 *
 * @example db.select({ slug: lesson.slug, kinds: lessonKindsOf() }).from(lesson)
 */
export function lessonKindsOf(): SQL<TLessonKind[]> {
  return sql<TLessonKind[]>`array_remove(array[case when ${lessonHasKind('video')} then 'video' end, case when ${lessonHasKind('template')} then 'template' end], null)::text[]`;
}
