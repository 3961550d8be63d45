/**
 * Lesson search with 10,000 published lessons: our Italian full-text search (GIN on a
 * stored tsvector, ranked, with snippets) against a naive ILIKE over title, summary and
 * body, same queries, same database, same run.
 *
 *   npx tsx bench/lesson-search/bench.ts [lessons] [queries]          # embedded PostgreSQL
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/lesson-search/bench.ts   # a PostgreSQL server (maintenance DB)
 */
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { benchDatabase, percentiles } from '../support/bench-database.js';
import { importLessonDir } from '../../src/services/library/import-lessons.js';
import { searchLessons } from '../../src/services/library/search-lessons.js';

const LESSONS = Number(process.argv[2] ?? 10_000);
const QUERIES = Number(process.argv[3] ?? 300);
const QUESTIONS = ['vendere il latte', 'farsi trovare su google', 'fattura elettronica', 'quanto costa davvero', 'cassa dei prossimi mesi', 'il primo dipendente', 'risparmiare energia', 'sito a 99 euro', 'clienti', 'turni della settimana', 'prenotazioni online', 'intelligenza artificale'];

async function time(label: string, run: (q: string) => Promise<number>) {
  for (const q of QUESTIONS) await run(q);
  const samples: number[] = [];
  let found = 0;
  for (let i = 0; i < QUERIES; i++) {
    const started = process.hrtime.bigint();
    found += await run(QUESTIONS[i % QUESTIONS.length]!);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  console.log(`${label.padEnd(34)} ms ${JSON.stringify(percentiles(samples))} results/query ${(found / QUERIES).toFixed(1)}`);
}

async function main() {
  const { url, where, stop } = await benchDatabase('bench_lessons');
  try {
    await runMigrations(url);
    const database = openDatabase(url, { max: 4 });
    await importLessonDir(database.db, path.resolve('resources/lessons'));
    // The 36 lessons copied to reach LESSONS, each with its own address: the same words, many times.
    const base = Number((await database.db.execute<{ n: number }>(sql`select count(*)::int as n from lesson`)).rows[0]!.n);
    await database.db.execute(sql`
      insert into lesson (slug, language, title, summary, body_markdown, body_html, body_text, areas, level, minutes, gulpease, status, published_at)
      select l.slug || '-' || g, l.language, l.title || ' (' || g || ')', l.summary, l.body_markdown, l.body_html, l.body_text, l.areas, l.level, l.minutes, l.gulpease, l.status, now()
      from lesson l cross join generate_series(1, ${Math.ceil(LESSONS / base)}) g
      limit ${Math.max(0, LESSONS - base)}`);
    // What autovacuum does after a bulk load: the lessons and their passages get their statistics.
    await database.db.execute(sql`vacuum analyze lesson, lesson_passage`);
    const total = (await database.db.execute<{ n: number }>(sql`select count(*)::int as n from lesson`)).rows[0]!.n;
    console.log(`${where}, ${total} lessons, ${QUERIES} queries of ${QUESTIONS.length} kinds, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${new Date().toISOString().slice(0, 10)}`);
    await time('full text (searchLessons, top 20)', async (q) => (await searchLessons(database.db, q)).results.length);
    await time('peer: ILIKE every word, top 20', async (q) => {
      const words = q.split(/\s+/).filter((w) => w.length > 2);
      const likes = words.map((w) => sql`(title ilike ${`%${w}%`} or summary ilike ${`%${w}%`} or body_text ilike ${`%${w}%`})`);
      const rows = await database.db.execute(sql`select slug from lesson where status = 'published' and language = 'it' and ${sql.join(likes, sql` and `)} order by title limit 20`);
      return rows.rows.length;
    });
    await database.close();
  } finally {
    await stop();
  }
}

await main();
