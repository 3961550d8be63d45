/**
 * The community with 20,000 threads and about 200,000 posts (12 a thread, none in one of seven): a list page (latest, unanswered, by area)
 * and the Italian search (listThreads, as GET /api/community/threads calls it), against a naive
 * ILIKE over titles and posts, same queries, same database, same run.
 *
 *   npx tsx bench/community/bench.ts [threads] [postsPerThread] [queries]    # embedded PostgreSQL
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/community/bench.ts         # a PostgreSQL server (maintenance DB)
 */
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { benchDatabase, percentiles } from '../support/bench-database.js';
import { listThreads } from '../../src/services/community/threads/list-threads.js';
import { importLessonDir } from '../../src/services/library/import-lessons.js';
import { AREAS } from '../../src/shared/areas.js';

const THREADS = Number(process.argv[2] ?? 20_000);
const POSTS_PER_THREAD = Number(process.argv[3] ?? 12);
const QUERIES = Number(process.argv[4] ?? 300);
const QUESTIONS = ['vendere il latte', 'farsi trovare su google', 'fattura elettronica', 'prezzo giusto', 'cassa dei prossimi mesi', 'primo dipendente', 'bolletta della luce', 'sito a 99 euro', 'clienti fedeli', 'prenotazioni online'];
const TOPICS = ['Come vendo il latte in cascina', 'Farsi trovare su Google Maps', 'La fattura elettronica mi fa impazzire', 'Qual è il prezzo giusto per il pane', 'La cassa dei prossimi mesi', 'Assumere il primo dipendente', 'La bolletta della luce è raddoppiata', 'Mi hanno offerto un sito a 99 euro', 'Tenere i clienti fedeli', 'Le prenotazioni online per il ristorante'];

async function time(label: string, run: (i: number) => Promise<number>) {
  for (let i = 0; i < 10; i++) await run(i);
  const samples: number[] = [];
  let found = 0;
  for (let i = 0; i < QUERIES; i++) {
    const started = process.hrtime.bigint();
    found += await run(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  console.log(`${label.padEnd(40)} ms ${JSON.stringify(percentiles(samples))} results/query ${(found / QUERIES).toFixed(1)}`);
}

async function main() {
  const { url, where, stop } = await benchDatabase('bench_community');
  try {
    await runMigrations(url);
    const database = openDatabase(url, { max: 4 });
    const db = database.db;
    // Real Italian for the posts: the lessons' paragraphs, cut in pieces of a reply's length.
    await importLessonDir(db, path.resolve('resources/lessons'));
    await db.execute(sql`create temporary table piece as
      select row_number() over () as n, left(p, 600) as text from (select regexp_split_to_table(body_text, E'\\n+') as p from lesson where language = 'it') x where length(p) > 80`);
    const pieces = Number((await db.execute<{ n: number }>(sql`select count(*)::int as n from piece`)).rows[0]!.n);
    await db.execute(sql`
      insert into community_thread (slug, kind, title, area, region_code, created_at, last_post_at, first_reply_at, reply_count, solved_at)
      select 'discussione-' || g, (case when g % 5 = 0 then 'story' else 'question' end)::community_thread_kind,
        (${sql.param(TOPICS)}::text[])[1 + g % ${TOPICS.length}] || ' (' || g || ')',
        (${sql.param([...AREAS])}::text[])[1 + g % ${AREAS.length}],
        lpad((1 + g % 20)::text, 2, '0'),
        now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval + interval '30 minutes',
        case when g % 7 = 0 then null else now() - (g || ' minutes')::interval + interval '10 minutes' end,
        case when g % 7 = 0 then 0 else ${POSTS_PER_THREAD - 1} end,
        case when g % 3 = 0 then now() else null end
      from generate_series(1, ${THREADS}) g`);
    await db.execute(sql`
      insert into community_post (thread_id, position, body_markdown, body_html, body_text, content_hash, created_at)
      select t.id, p, piece.text, '<p>' || piece.text || '</p>', piece.text, md5(t.id::text || p), t.created_at + (p || ' minutes')::interval
      from community_thread t cross join generate_series(0, ${POSTS_PER_THREAD - 1}) p
      join piece on piece.n = 1 + (abs(hashtext(t.id::text || p)) % ${pieces})
      where p = 0 or t.first_reply_at is not null`);
    await db.execute(sql`update community_thread t set solved_post_id = (select id from community_post where thread_id = t.id and position = 1) where solved_at is not null`);
    await db.execute(sql`vacuum analyze community_thread, community_post`);
    const counts = (await db.execute<{ threads: number; posts: number }>(sql`select (select count(*)::int from community_thread) as threads, (select count(*)::int from community_post) as posts`)).rows[0]!;
    console.log(`${where}, ${counts.threads} threads, ${counts.posts} posts, ${QUERIES} queries each, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${new Date().toISOString().slice(0, 10)}`);

    await time('list: latest, page 1..5', async (i) => (await listThreads(db, { tab: 'latest', page: 1 + (i % 5) }, null)).items.length);
    await time('list: unanswered', async () => (await listThreads(db, { tab: 'unanswered' }, null)).items.length);
    await time('list: by area', async (i) => (await listThreads(db, { area: AREAS[i % AREAS.length] }, null)).items.length);
    await time('search (listThreads q, top 20)', async (i) => (await listThreads(db, { q: QUESTIONS[i % QUESTIONS.length]! }, null)).items.length);
    await time('peer: ILIKE every word in titles and posts', async (i) => {
      const words = QUESTIONS[i % QUESTIONS.length]!.split(/\s+/).filter((w) => w.length > 2);
      const likes = words.map((w) => sql`(t.title ilike ${`%${w}%`} or exists (select 1 from community_post p where p.thread_id = t.id and p.body_text ilike ${`%${w}%`}))`);
      const rows = await db.execute(sql`select t.slug from community_thread t where ${sql.join(likes, sql` and `)} order by t.last_post_at desc limit 20`);
      return rows.rows.length;
    });
    await database.close();
  } finally {
    await stop();
  }
}

await main();
