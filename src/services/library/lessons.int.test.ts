import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lesson, lessonVersion } from '../../db/schema/index.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { ROOT } from '../../test/processes.js';
import { importLessonDir } from './import-lessons.js';
import { searchLessons } from './search-lessons.js';

let t: TTestDatabase;
const LESSONS = path.join(ROOT, 'resources/lessons');

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('importing the lesson folder', () => {
  it('imports every demo lesson published, links the translations, and a second run changes nothing', async () => {
    const first = await importLessonDir(t.db, LESSONS);
    expect(first.isApplied).toBe(true);
    expect(first.files.filter((f) => f.outcome === 'added')).toHaveLength(first.files.length);
    expect(first.files.length).toBeGreaterThanOrEqual(36);
    const rows = await t.db.select().from(lesson);
    expect(rows.every((r) => r.status === 'published' && r.bodyHtml.includes('<h2>'))).toBe(true);
    const milkIt = rows.find((r) => r.slug === 'vendi-il-tuo-latte' && r.language === 'it')!;
    const milkEn = rows.find((r) => r.slug === 'vendi-il-tuo-latte' && r.language === 'en')!;
    expect(milkEn.translationGroup).toBe(milkIt.translationGroup);

    const again = await importLessonDir(t.db, LESSONS);
    expect(again.files.every((f) => f.outcome === 'unchanged')).toBe(true);
    expect((await t.db.select().from(lessonVersion)).length).toBe(rows.length);
  });

  it('imports nothing when one file is refused, and says which and why', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-lessons-'));
    fs.copyFileSync(path.join(LESSONS, 'it', 'vendi-il-tuo-latte.md'), path.join(dir, 'buona.md'));
    fs.writeFileSync(path.join(dir, 'cattiva.md'), '---\ntitle: Lezione nuova di prova\nsummary: Breve, ma abbastanza lunga.\nareas: [marketing]\nlevel: primi passi\n---\n## Un esempio\nSolo questo.');
    const before = (await t.db.select().from(lesson)).length;
    const report = await importLessonDir(t.db, dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(report.isApplied).toBe(false);
    expect(report.files.find((f) => f.file === 'cattiva.md')).toMatchObject({ outcome: 'refused' });
    expect(report.files.find((f) => f.file === 'cattiva.md')!.problems.map((p) => p.code)).toContain('lesson.missing_part');
    expect(report.files.find((f) => f.file === 'buona.md')).toMatchObject({ outcome: 'not_imported' });
    expect((await t.db.select().from(lesson)).length).toBe(before);
  });
});

describe('searching lessons in Italian', () => {
  it('finds by stem and without accents, best first, with a marked snippet', async () => {
    const milk = await searchLessons(t.db, 'vendere il latte');
    expect(milk.results[0]!.slug).toBe('vendi-il-tuo-latte');
    expect(milk.results[0]!.snippet).toMatch(/<mark>/);
    const accents = await searchLessons(t.db, 'perche la fattura elettronica');
    const accented = await searchLessons(t.db, 'perché la fattura elettronica');
    expect(accents.results.map((r) => r.slug)).toEqual(accented.results.map((r) => r.slug));
    expect(accents.results[0]!.slug).toBe('fattura-elettronica');
  });

  it('corrects a typo by the words the lessons use', async () => {
    const found = await searchLessons(t.db, 'assistnte per le rispste');
    expect(found.correctedQuery).toContain('assistente');
    expect(found.results.map((r) => r.slug)).toContain('assistente-ai-per-le-risposte');
  });

  it('filters by area, level and language, and answers nothing for nothing', async () => {
    const green = await searchLessons(t.db, 'energia', { areas: ['green'] });
    expect(green.results.length).toBeGreaterThan(0);
    expect(green.results.every((r) => r.areas.includes('green'))).toBe(true);
    const en = await searchLessons(t.db, 'milk', { language: 'en' });
    expect(en.results[0]!.slug).toBe('vendi-il-tuo-latte');
    expect((await searchLessons(t.db, '   ')).results).toEqual([]);
    expect((await searchLessons(t.db, 'zzzqqqxxx')).results).toEqual([]);
  });

  it('treats the query as text, never as SQL or HTML', async () => {
    await expect(searchLessons(t.db, "'; drop table lesson; --")).resolves.toBeDefined();
    expect((await t.db.execute(sql`select count(*)::int as n from lesson`)).rows[0]).toMatchObject({ n: expect.any(Number) });
  });

  it('draws the snippet from the passage that holds the words, and keeps passages in step with the body', async () => {
    const [milk] = await t.db.select().from(lesson).where(sql`slug = 'vendi-il-tuo-latte' and language = 'it'`);
    const passages = await t.db.execute<{ text: string }>(sql`select text from lesson_passage where lesson_id = ${milk!.id} order by position`);
    expect(passages.rows.length).toBeGreaterThan(3);
    expect(passages.rows.map((p) => p.text).join(' ')).toContain('venti mucche');
    const snippet = (await searchLessons(t.db, 'mucche collina')).results[0]!.snippet;
    expect(snippet).toMatch(/<mark>mucche<\/mark>.*<mark>collina<\/mark>/);
    expect(snippet.split(/\s+/).length).toBeLessThanOrEqual(45);

    await t.db.execute(sql`update lesson set body_text = body_text || ' Le capre brucano il trifoglio sui pascoli alti.' where id = ${milk!.id}`);
    expect((await searchLessons(t.db, 'capre trifoglio')).results[0]!.snippet).toContain('<mark>capre</mark>');
  });

  it('filters by kind: lessons with a video, with templates, or text only', async () => {
    const [milk] = await t.db.select().from(lesson).where(sql`slug = 'vendi-il-tuo-latte' and language = 'it'`);
    await t.db.execute(sql`update lesson set video_link_url = 'https://youtu.be/dQw4w9WgXcQ' where id = ${milk!.id}`);
    const video = await searchLessons(t.db, 'latte', { kinds: ['video'] });
    expect(video.results.map((r) => r.slug)).toEqual(['vendi-il-tuo-latte']);
    const text = await searchLessons(t.db, 'latte', { kinds: ['text'] });
    expect(text.results.map((r) => r.slug)).not.toContain('vendi-il-tuo-latte');
    expect((await searchLessons(t.db, 'latte', { kinds: ['template'] })).results).toEqual([]);
    const both = await searchLessons(t.db, 'latte', { kinds: ['text', 'video'] });
    expect(both.results.length).toBe(video.results.length + text.results.length);
    await t.db.execute(sql`update lesson set video_link_url = null where id = ${milk!.id}`);
  });

  it('ranks the lesson about the words first even when hundreds of lessons mention them', async () => {
    // 400 copies that mention "clienti" only in the body, more than the candidates ranked in full.
    await t.db.execute(sql`
      insert into lesson (slug, language, title, summary, body_markdown, body_html, body_text, areas, level, minutes, gulpease, status, published_at)
      select 'copia-' || g, 'it', 'Una lezione qualunque numero ' || g, 'Parla di altro, per esempio del tempo.', 'x', '<p>x</p>',
        'Oggi piove. I clienti restano a casa e il negozio è vuoto. Domani forse esce il sole.', array['marketing'], 'first_steps', 2, 80, 'published', now()
      from generate_series(1, 400) g`);
    const found = await searchLessons(t.db, 'clienti');
    expect(found.results).toHaveLength(20);
    expect(found.results[0]!.slug).not.toMatch(/^copia-/);
    expect(found.results[0]!.title.toLowerCase()).toContain('client');
    await t.db.execute(sql`delete from lesson where slug like 'copia-%'`);
  });
});
