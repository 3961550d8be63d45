import { sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { dropFoldedStopwords } from '../../library/search-lessons.js';

export const THREAD_TABS = ['latest', 'unanswered', 'solved', 'mine'] as const;
export type TThreadTab = (typeof THREAD_TABS)[number];
export const THREADS_PER_PAGE = 20;
const MAX_QUERY_CHARS = 200;

export interface TThreadFilters {
  tab?: TThreadTab;
  area?: string;
  sector?: string;
  regionCode?: string;
  /** Words to search in titles and posts. */
  q?: string;
  page?: number;
}

export interface TThreadSummary {
  slug: string;
  title: string;
  kind: 'question' | 'story';
  area: string;
  sector: string | null;
  regionCode: string | null;
  authorName: string | null;
  replyCount: number;
  meTooCount: number;
  isSolved: boolean;
  isLocked: boolean;
  createdAt: string;
  lastPostAt: string;
  /** The opening post's first words (empty when it was deleted or hidden). */
  excerpt: string;
}

export interface TThreadPage {
  items: TThreadSummary[];
  page: number;
  pageCount: number;
  total: number;
  /** The query as searched after a typo was corrected by trigrams, when it was. */
  correctedQuery: string | null;
}

type TRow = {
  slug: string;
  title: string;
  kind: 'question' | 'story';
  area: string;
  sector: string | null;
  region_code: string | null;
  author_name: string | null;
  reply_count: number;
  me_too_count: number;
  is_solved: boolean;
  is_locked: boolean;
  created_at: Date;
  last_post_at: Date;
  excerpt: string | null;
  total: number;
};

function filtersSql(f: TThreadFilters, viewerUserId: string | null): SQL {
  const parts: SQL[] = [sql`t.hidden_at is null`];
  if (f.tab === 'unanswered') parts.push(sql`t.kind = 'question' and t.first_reply_at is null`);
  if (f.tab === 'solved') parts.push(sql`t.solved_post_id is not null`);
  if (f.tab === 'mine') parts.push(viewerUserId ? sql`(t.author_user_id = ${viewerUserId} or exists (select 1 from community_post mp where mp.thread_id = t.id and mp.author_user_id = ${viewerUserId}))` : sql`false`);
  if (f.area) parts.push(sql`t.area = ${f.area}`);
  if (f.sector) parts.push(sql`t.sector = ${f.sector}`);
  if (f.regionCode) parts.push(sql`t.region_code = ${f.regionCode}`);
  return sql.join(parts, sql` and `);
}

const SELECT_SUMMARY = sql`
  t.slug, t.title, t.kind, t.area, t.sector, t.region_code, u.name as author_name, t.reply_count, t.me_too_count,
  (t.solved_post_id is not null) as is_solved, (t.locked_at is not null) as is_locked, t.created_at, t.last_post_at,
  (select case when op.deleted_at is null and op.hidden_at is null then left(op.body_text, 220) end from community_post op where op.thread_id = t.id and op.position = 0) as excerpt`;

function present(rows: TRow[], page: number, correctedQuery: string | null): TThreadPage {
  const total = rows[0]?.total ?? 0;
  return {
    items: rows.map((r) => ({
      slug: r.slug,
      title: r.title,
      kind: r.kind,
      area: r.area,
      sector: r.sector,
      regionCode: r.region_code,
      authorName: r.author_name,
      replyCount: r.reply_count,
      meTooCount: r.me_too_count,
      isSolved: r.is_solved,
      isLocked: r.is_locked,
      createdAt: new Date(r.created_at).toISOString(),
      lastPostAt: new Date(r.last_post_at).toISOString(),
      excerpt: r.excerpt ? (r.excerpt.length >= 220 ? `${r.excerpt.slice(0, 200).replace(/\s+\S*$/, '')} …` : r.excerpt) : '',
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / THREADS_PER_PAGE)),
    total,
    correctedQuery,
  };
}

async function search(db: TDb, query: string, f: TThreadFilters, viewerUserId: string | null, page: number): Promise<TRow[]> {
  // Titles weigh double; a thread's score is its best title or post. Posts hidden or deleted are not searched.
  // Only the best few hundred posts count, so a common word does not rank the whole forum.
  const result = await db.execute<TRow>(sql`
    with q as (select websearch_to_tsquery('affianco_it', ${query}) as tsq),
    hits as (
      (select t.id, ts_rank_cd(t.search, q.tsq, 32) * 2 as score from community_thread t, q where t.search @@ q.tsq)
      union all
      (select p.thread_id as id, ts_rank_cd(p.search, q.tsq, 32) as score from community_post p, q
        where p.search @@ q.tsq and p.hidden_at is null and p.deleted_at is null limit 2000)
    ),
    best as (select id, max(score) as score from hits group by id)
    select ${SELECT_SUMMARY}, count(*) over ()::int as total
    from best join community_thread t on t.id = best.id left join "user" u on u.id = t.author_user_id
    where ${filtersSql(f, viewerUserId)}
    order by (t.solved_post_id is not null) desc, best.score desc, t.last_post_at desc
    limit ${THREADS_PER_PAGE} offset ${(page - 1) * THREADS_PER_PAGE}`);
  return result.rows;
}

/**
 * A page of threads: latest, unanswered questions, solved, the viewer's own; by area, sector
 * and region; with `q`, the Italian search over titles and posts (accents folded, words
 * stemmed, websearch syntax), solved threads first, then a title with a typo found by trigrams.
 *
 * @example (await listThreads(db, { tab: 'unanswered', area: 'marketing' }, null)).items[0]?.slug;
 */
export async function listThreads(db: TDb, f: TThreadFilters, viewerUserId: string | null): Promise<TThreadPage> {
  const page = Math.max(1, Math.min(f.page ?? 1, 500));
  const query = dropFoldedStopwords((f.q ?? '').trim().slice(0, MAX_QUERY_CHARS));
  if (query) {
    const rows = await search(db, query, f, viewerUserId, page);
    if (rows.length > 0 || page > 1) return present(rows, page, null);
    // "fatturazone elettronica": the closest titles by trigrams, when no word matched as written.
    const typo = await db.execute<TRow>(sql`
      select ${SELECT_SUMMARY}, count(*) over ()::int as total
      from community_thread t left join "user" u on u.id = t.author_user_id
      where ${filtersSql(f, viewerUserId)} and ${query} <% t.title
      order by (t.solved_post_id is not null) desc, word_similarity(${query}, t.title) desc, t.last_post_at desc
      limit ${THREADS_PER_PAGE}`);
    return present(typo.rows, 1, null);
  }
  const order = f.tab === 'unanswered' ? sql`t.created_at asc` : f.tab === 'solved' ? sql`t.solved_at desc` : sql`t.last_post_at desc`;
  // The page's twenty first (by the index), then their summaries: a count over the whole list
  // would otherwise draw every thread's excerpt before keeping twenty.
  const filters = filtersSql(f, viewerUserId);
  const result = await db.execute<TRow>(sql`
    with picked as (
      select t.id from community_thread t where ${filters}
      order by ${order} limit ${THREADS_PER_PAGE} offset ${(page - 1) * THREADS_PER_PAGE}
    )
    select ${SELECT_SUMMARY}, (select count(*) from community_thread t where ${filters})::int as total
    from picked join community_thread t on t.id = picked.id left join "user" u on u.id = t.author_user_id
    order by ${order}`);
  return present(result.rows, page, null);
}
