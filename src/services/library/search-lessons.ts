import { sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import type { TLessonLevel } from '../../domain/library/readability.js';
import type { TArea } from '../../shared/areas.js';
import type { TLessonKind } from './lesson-kinds.js';
import { vocabularyOf } from './lesson-store.js';
import { namedQuery } from '../../db/named-query.js';

export interface TLessonSearchFilters {
  language?: 'it' | 'en';
  areas?: TArea[];
  level?: TLessonLevel;
  /** Lessons offering any of these: a video, templates, or text only (lesson-kinds.ts). */
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

/** Lessons considered by their title and summary, and others taken as found, before the whole ranking. */
const HEAD_CANDIDATES = 100;
const BODY_CANDIDATES = 200;

// Ranking every match would read each lesson's whole vector, and a common word matches
// thousands: the candidates are the best by title and summary (a small inline vector) plus
// others as found; with fewer matches than that, every match is a candidate. The snippet is
// the best passage of about twenty words, highlighted (ts_headline on a whole body costs
// more than the search), else the summary. One named statement, so each connection plans
// it once: the filters are parameters that may be null.
const IN_SCOPE = `l.status = 'published' and l.language = $2
  and ($3::text[] is null or l.areas && $3::text[])
  and ($4::lesson_level is null or l.level = $4::lesson_level)
  and ($5::text[] is null
    or ('video' = any($5::text[]) and (l.video_file_id is not null or l.video_link_url is not null))
    or ('text' = any($5::text[]) and l.video_file_id is null and l.video_link_url is null and not exists (select 1 from lesson_template t where t.lesson_id = l.id))
    or ('template' = any($5::text[]) and exists (select 1 from lesson_template t where t.lesson_id = l.id)))`;

const SEARCH = {
  name: 'affianco_lesson_search',
  text: `
    with q as (select websearch_to_tsquery('affianco_it', $1) as tsq),
    candidates as (
      (select l.id from lesson l, q where ${IN_SCOPE} and l.search_head @@ q.tsq order by ts_rank_cd(l.search_head, q.tsq, 32) desc limit ${HEAD_CANDIDATES})
      union
      (select l.id from lesson l, q where ${IN_SCOPE} and l.search @@ q.tsq limit ${BODY_CANDIDATES})
    ),
    top as (
      select l.id, ts_rank_cd(l.search, q.tsq, 32)::float8 as score
      from lesson l, q
      where l.id = any(array(select id from candidates)) and l.search @@ q.tsq
      order by score desc, l.title
      limit $6
    )
    select l.slug, l.title, l.summary, l.areas, l.level, l.minutes, top.score,
      ts_headline('affianco_it', replace(replace(replace(coalesce(best.text, l.summary), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), q.tsq,
        'StartSel=<mark>, StopSel=</mark>, MaxWords=40, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "') as snippet
    from top join lesson l on l.id = top.id cross join q
    left join lateral (
      select p.text from lesson_passage p
      where p.lesson_id = l.id and p.search @@ q.tsq
      order by ts_rank(p.search, q.tsq) desc, p.position
      limit 1
    ) best on true
    order by top.score desc, l.title`,
};

async function runSearch(db: TDb, query: string, filters: TLessonSearchFilters): Promise<TLessonHit[]> {
  const { rows } = await namedQuery<TLessonHit>(db, SEARCH, [
    query,
    filters.language ?? 'it',
    filters.areas?.length ? filters.areas : null,
    filters.level ?? null,
    filters.kinds?.length ? filters.kinds : null,
    Math.min(filters.limit ?? 20, 100),
  ]);
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
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
