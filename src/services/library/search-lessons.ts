import { sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import type { TLessonLevel } from '../../domain/library/readability.js';
import type { TArea } from '../../shared/areas.js';
import { lessonKindCondition, type TLessonKind } from './lesson-kinds.js';
import { vocabularyOf } from './lesson-store.js';

export interface TLessonSearchFilters {
  language?: 'it' | 'en';
  areas?: TArea[];
  level?: TLessonLevel;
  /** Lessons offering any of these (lesson-kinds.ts). */
  kinds?: TLessonKind[];
  limit?: number;
}

export type TLessonHit = {
  slug: string;
  title: string;
  summary: string;
  areas: string[];
  level: TLessonLevel;
  minutes: number;
  score: number;
  /** A sentence of the body with the matched words in <mark>, HTML-escaped otherwise. */
  snippet: string;
};

export interface TLessonSearchResult {
  results: TLessonHit[];
  /** The query as searched after typos were corrected, when they were. */
  correctedQuery: string | null;
}

const MAX_QUERY_CHARS = 200;

// Italian stop words that carry an accent, as people type them on a phone without it:
// PostgreSQL's list has only the accented forms, so "perche" would otherwise be a word
// every lesson must contain.
const FOLDED_STOPWORDS = new Set(['perche', 'piu', 'cosi', 'gia', 'pero', 'puo', 'poiche', 'cioe', 'e', 'sara', 'saro', 'sarai', 'sarete', 'sarebbe', 'fara', 'faro', 'avra', 'avro', 'ne']);

/** The query without the accent-less forms of accented stop words; quotes and signs kept. */
export function dropFoldedStopwords(query: string): string {
  return query
    .split(/\s+/)
    .filter((w) => !FOLDED_STOPWORDS.has(w.replace(/^[-"(]+|[")]+$/g, '').toLowerCase()))
    .join(' ');
}

async function runSearch(db: TDb, query: string, filters: TLessonSearchFilters): Promise<TLessonHit[]> {
  const conditions: SQL[] = [sql`l.status = 'published'`, sql`l.language = ${filters.language ?? 'it'}`, sql`l.search @@ q.tsq`];
  if (filters.areas?.length) conditions.push(sql`l.areas && ${sql.param(filters.areas)}::text[]`);
  if (filters.level) conditions.push(sql`l.level = ${filters.level}`);
  if (filters.kinds?.length) conditions.push(lessonKindCondition(filters.kinds));
  // Ranked first, the snippet drawn only for the page of results (ts_headline re-reads the body).
  const rows = await db.execute<TLessonHit>(sql`
    with q as (select websearch_to_tsquery('affianco_it', ${query}) as tsq),
    top as (
      select l.id, ts_rank_cd(l.search, q.tsq, 32)::float8 as score
      from lesson l, q
      where ${sql.join(conditions, sql` and `)}
      order by score desc, l.title
      limit ${Math.min(filters.limit ?? 20, 100)}
    )
    select l.slug, l.title, l.summary, l.areas, l.level, l.minutes, top.score,
      ts_headline('affianco_it', replace(replace(replace(l.body_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), q.tsq,
        'StartSel=<mark>, StopSel=</mark>, MaxWords=28, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "') as snippet
    from top join lesson l on l.id = top.id, q
    order by top.score desc, l.title
  `);
  return rows.rows.map((r) => ({ ...r, score: Number(r.score) }));
}

/**
 * Published lessons for a query in everyday Italian, best first: "websearch" syntax
 * (quotes, -word, or), accents folded, words reduced to their stem; when nothing is
 * found, words the lessons never use are replaced by their nearest neighbour by
 * trigrams ("intelligenza artificale" → "intelligenza artificiale"), and when still
 * nothing has every word, lessons with any of them come, most matches first.
 *
 * @example (await searchLessons(db, 'vendere il latte')).results[0]?.slug; // 'vendi-il-tuo-latte'
 */
export async function searchLessons(db: TDb, rawQuery: string, filters: TLessonSearchFilters = {}): Promise<TLessonSearchResult> {
  const query = dropFoldedStopwords(rawQuery.trim().slice(0, MAX_QUERY_CHARS));
  if (!query) return { results: [], correctedQuery: null };
  const results = await runSearch(db, query, filters);
  if (results.length > 0) return { results, correctedQuery: null };

  const words = vocabularyOf(query).filter((w) => !FOLDED_STOPWORDS.has(w));
  if (words.length === 0) return { results, correctedQuery: null };
  const nearest = await db.execute<{ asked: string; word: string | null }>(sql`
    select asked, (
      select w.word from lesson_word w
      where w.word % asked
      order by similarity(w.word, asked) desc, w.word
      limit 1
    ) as word
    from unnest(${sql.param(words)}::text[]) as asked
  `);
  const fix = new Map(nearest.rows.filter((r) => r.word && r.word !== r.asked).map((r) => [r.asked, r.word!]));
  const corrected = words.map((w) => fix.get(w) ?? w);
  if (fix.size > 0) {
    const all = await runSearch(db, corrected.join(' '), filters);
    if (all.length > 0) return { results: all, correctedQuery: corrected.join(' ') };
  }
  // People write sentences ("come faccio a farmi trovare"): lessons with any of the words,
  // those with more of them first.
  if (corrected.length < 2) return { results, correctedQuery: null };
  return { results: await runSearch(db, corrected.join(' or '), filters), correctedQuery: fix.size > 0 ? corrected.join(' ') : null };
}
