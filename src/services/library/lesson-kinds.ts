import { sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import type { TLibraryKind } from '../../shared/library-pages.js';

/** What a lesson offers besides its text: a video, templates to download, or text only. */
export type TLessonKind = TLibraryKind;

const HAS_VIDEO = sql`(l.video_file_id is not null or l.video_link_url is not null)`;
const HAS_TEMPLATE = sql`exists (select 1 from lesson_template lt where lt.lesson_id = l.id)`;

/**
 * A condition on `lesson l` keeping lessons of any of `kinds` (a lesson with a video and a
 * template is both); "text" is a lesson with neither. Kept apart from the search query so the
 * search and the listing share it.
 *
 * @example conditions.push(lessonKindCondition(['video']));
 */
export function lessonKindCondition(kinds: TLessonKind[]): SQL {
  const parts = kinds.map((k) => (k === 'video' ? HAS_VIDEO : k === 'template' ? HAS_TEMPLATE : sql`(not ${HAS_VIDEO} and not ${HAS_TEMPLATE})`));
  return sql`(${sql.join(parts, sql` or `)})`;
}

/**
 * For the badges of a result list: which of these lessons have a video, which have templates.
 *
 * @example (await lessonKindsOf(db, ['vendi-il-tuo-latte'], 'it')).get('vendi-il-tuo-latte') // { hasVideo: false, hasTemplates: true }
 */
export async function lessonKindsOf(db: TDb, slugs: string[], language: 'it' | 'en'): Promise<Map<string, { hasVideo: boolean; hasTemplates: boolean }>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.execute<{ slug: string; has_video: boolean; has_templates: boolean }>(sql`
    select l.slug, ${HAS_VIDEO} as has_video, ${HAS_TEMPLATE} as has_templates
    from lesson l
    where l.language = ${language} and l.slug = any(${sql.param(slugs)}::text[])
  `);
  return new Map(rows.rows.map((r) => [r.slug, { hasVideo: r.has_video, hasTemplates: r.has_templates }]));
}
