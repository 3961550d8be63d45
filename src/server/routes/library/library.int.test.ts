import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lesson } from '../../../db/schema/index.js';
import { importLessonDir } from '../../../services/library/import-lessons.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { ROOT } from '../../../test/processes.js';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await importLessonDir(t.db, path.join(ROOT, 'resources/lessons'));
});
afterAll(() => t.close());

describe('GET /api/lessons', () => {
  it('searches the published lessons for a visitor, best first, with snippets', async () => {
    const res = await t.call('GET', '/api/lessons?q=farmi%20trovare%20sulle%20mappe');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { slug: string; snippet: string }[]; correctedQuery: string | null };
    expect(body.results[0]!.slug).toBe('fatti-trovare-sulle-mappe');
    expect(body.results[0]!.snippet).toMatch(/<mark>/);
  });

  it('filters by area and level, and refuses a bad filter next to its field', async () => {
    const res = await t.call('GET', '/api/lessons?q=clienti&area=market_research&level=first_steps');
    const body = (await res.json()) as { results: { areas: string[]; level: string }[] };
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r) => r.areas.includes('market_research') && r.level === 'first_steps')).toBe(true);
    const bad = await t.call('GET', '/api/lessons?q=clienti&area=cucina');
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('area');
  });
});

describe('GET /api/lessons/{slug}', () => {
  it('gives a published lesson with its HTML and its translation', async () => {
    const res = await t.call('GET', '/api/lessons/vendi-il-tuo-latte');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { html: string; translations: { language: string }[]; level: string };
    expect(body.html).toContain('<h2>Prova subito</h2>');
    expect(body.translations).toEqual([{ slug: 'vendi-il-tuo-latte', language: 'en' }]);
    const en = await t.call('GET', '/api/lessons/vendi-il-tuo-latte?language=en');
    expect(((await en.json()) as { html: string }).html).toContain('<h2>Try it now</h2>');
  });

  it('answers 404 for a lesson that is not published', async () => {
    await t.db.update(lesson).set({ status: 'retired' }).where(eq(lesson.slug, 'meno-sprechi'));
    expect((await t.call('GET', '/api/lessons/meno-sprechi')).status).toBe(404);
    expect((await t.call('GET', '/api/lessons/nessuna-lezione')).status).toBe(404);
    const search = (await (await t.call('GET', '/api/lessons?q=sprechi')).json()) as { results: { slug: string }[] };
    expect(search.results.map((r) => r.slug)).not.toContain('meno-sprechi');
  });
});
