import { sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import type { TLessonLevel } from '../../domain/library/readability.js';
import type { TArea } from '../../shared/areas.js';
import { lessonKindCondition, type TLessonKind } from './lesson-kinds.js';
import type { TLessonHit } from './search-lessons.js';

/**
 * The library with nothing typed yet: published lessons of one language that pass the filters,
 * by title. Same shape as a search hit, without a score or a snippet.
 *
 * @example (await listLessons(db, { language: 'it', kinds: ['video'] }))[0]?.title
 */
export async function listLessons(db: TDb, filters: { language?: 'it' | 'en'; areas?: TArea[]; level?: TLessonLevel; kinds?: TLessonKind[]; limit?: number } = {}): Promise<TLessonHit[]> {
  const conditions: SQL[] = [sql`l.status = 'published'`, sql`l.language = ${filters.language ?? 'it'}`];
  if (filters.areas?.length) conditions.push(sql`l.areas && ${sql.param(filters.areas)}::text[]`);
  if (filters.level) conditions.push(sql`l.level = ${filters.level}`);
  if (filters.kinds?.length) conditions.push(lessonKindCondition(filters.kinds));
  const rows = await db.execute<TLessonHit>(sql`
    select l.slug, l.title, l.summary, l.areas, l.level, l.minutes, 0::float8 as score, '' as snippet
    from lesson l
    where ${sql.join(conditions, sql` and `)}
    order by l.title
    limit ${Math.min(filters.limit ?? 50, 100)}
  `);
  return rows.rows;
}

/**
 * Every published lesson in both languages, for the sitemap: its address and when it last changed.
 *
 * @example (await listPublishedForSitemap(db))[0] // { slug: 'backup-e-password', language: 'it', updatedAt: Date }
 */
export async function listPublishedForSitemap(db: TDb): Promise<{ slug: string; language: 'it' | 'en'; updatedAt: Date }[]> {
  const rows = await db.execute<{ slug: string; language: 'it' | 'en'; updated_at: string | Date }>(sql`
    select slug, language, updated_at from lesson where status = 'published' order by language desc, slug
  `);
  return rows.rows.map((r) => ({ slug: r.slug, language: r.language, updatedAt: new Date(r.updated_at) }));
}
