import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lesson } from '../db/schema/index.js';
import { importLessonDir } from '../services/library/import-lessons.js';
import { createTestApp, TEST_BASE_URL, type TTestApp } from '../test/app.js';
import { makeUser } from '../test/factories.js';
import { ROOT } from '../test/processes.js';

// The real build (npm test builds it first): web/dist and the server's half in web/dist-ssr.
let t: TTestApp;
let reader: string;

const root = (html: string) => /<div id="root">([\s\S]*?)<\/div><script id="affianco-rendered"/.exec(html)?.[1] ?? '';
const metaOf = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`).exec(html)?.[1];
const answersOf = (html: string) => JSON.parse(/<script id="affianco-rendered" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { lang: string; answers: Record<string, unknown> };

beforeAll(async () => {
  t = await createTestApp({ webDist: path.resolve('web/dist') });
  await importLessonDir(t.db, path.join(ROOT, 'resources/lessons'));
  await t.db.update(lesson).set({ status: 'in_review' }).where(eq(lesson.slug, 'meno-sprechi'));
  reader = await t.signIn((await makeUser(t.db)).email);
});
afterAll(() => t.close());

describe('a lesson page drawn by the server', () => {
  it('is readable by a visitor without JavaScript: title, description, share preview, body, WhatsApp link; kept briefly by shared caches', async () => {
    const res = await t.call('GET', '/lezioni/vendi-il-tuo-latte');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-affianco-rendered')).toBe('lesson');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('vary')).toMatch(/cookie/i);
    const html = await res.text();
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('<title>Vendi il tuo latte, fai tu il prezzo · Affianco</title>');
    const summary = 'Il caseificio ti paga il latte sempre meno. Vendere da solo una parte ti fa guadagnare di più, senza spendere.';
    expect(metaOf(html, 'description')).toBe(summary);
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    expect(metaOf(html, 'og:title')).toBe('Vendi il tuo latte, fai tu il prezzo');
    expect(metaOf(html, 'og:description')).toBe(summary);
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'og:url')).toBe(`${TEST_BASE_URL}/lezioni/vendi-il-tuo-latte`);
    expect(metaOf(html, 'og:image')).toBe(`${TEST_BASE_URL}/social-card.png`);
    expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
    expect(html).toContain(`<link rel="canonical" href="${TEST_BASE_URL}/lezioni/vendi-il-tuo-latte">`);
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="${TEST_BASE_URL}/lezioni/en/vendi-il-tuo-latte">`);
    expect(html).toContain('"@type":"Article"');
    const body = root(html);
    expect(body).toContain('<h1 id="lesson-title">Vendi il tuo latte, fai tu il prezzo</h1>');
    expect(body).toContain('<h2>Prova subito</h2>');
    expect(body).toContain(`href="https://wa.me/?text=${encodeURIComponent(`Vendi il tuo latte, fai tu il prezzo ${TEST_BASE_URL}/lezioni/vendi-il-tuo-latte`)}" target="_blank" rel="noopener noreferrer"`);
    expect(body).toContain('Sii il primo a dire che ti è servita.');
    // A visitor is asked to sign in, not shown buttons that would answer 401.
    expect(body).not.toContain('/progress');
    expect(body).toContain('href="/lezioni/en/vendi-il-tuo-latte"');
    expect(html).not.toContain('early-requests.js');
    // It starts light (ADR 024): no app code announced, the files to keep offline in its data.
    expect(html).not.toMatch(/rel="modulepreload"[^>]*\/assets\/(app|lesson-page)-/);
    expect(html).toMatch(/"light":\{"offline":\["\/assets\/app-[^"]+\.js"/);
    const data = answersOf(html);
    expect(Object.keys(data.answers)).toEqual(['/api/me', '/api/lessons/vendi-il-tuo-latte?language=it']);
    expect(data.answers['/api/me']).toBeNull();
  });

  it("is a reader's own copy when signed in: private, with the marks as forms that work without JavaScript", async () => {
    await t.call('PUT', '/api/lessons/vendi-il-tuo-latte/progress?language=en', { cookie: reader, body: { helpful: true } });
    const res = await t.call('GET', '/lezioni/vendi-il-tuo-latte', { cookie: reader });
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(res.headers.get('vary')).toMatch(/cookie/i);
    const body = root(await res.text());
    expect(body).toContain('<form action="/api/lessons/vendi-il-tuo-latte/progress?language=it" method="post">');
    expect(body).toContain('<input type="hidden" name="done" value="1"/>');
    // Marked useful on the English lesson: counted here too; the reader's own marks are per lesson.
    expect(body).toContain('<input type="hidden" name="helpful" value="1"/>');
    expect(body).toContain('Utile per 1 imprenditore');
    await t.call('PUT', '/api/lessons/vendi-il-tuo-latte/progress', { cookie: reader, body: { done: true } });
    const marked = root(await (await t.call('GET', '/lezioni/vendi-il-tuo-latte', { cookie: reader })).text());
    expect(marked).toContain('<input type="hidden" name="done" value="0"/><button type="submit" class="btn btn-primary" aria-pressed="true">');
  });

  it('draws an English lesson at /lezioni/en/{slug}, in English', async () => {
    const res = await t.call('GET', '/lezioni/en/vendi-il-tuo-latte');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Sell your milk, set your own price · Affianco</title>');
    expect(root(html)).toContain('<h2>Try it now</h2>');
    expect(metaOf(html, 'og:locale')).toBe('en_GB');
  });

  it('answers 404 with the not-found page for an unknown or unpublished lesson', async () => {
    for (const [page, heading] of [
      ['/lezioni/nessuna-lezione', 'Pagina non trovata'],
      ['/lezioni/meno-sprechi', 'Pagina non trovata'],
      ['/lezioni/en/meno-sprechi', 'Page not found'],
    ] as const) {
      const res = await t.call('GET', page);
      expect(res.status, page).toBe(404);
      const html = await res.text();
      expect(root(html)).toContain(heading);
      expect(html).not.toContain('sprechi</h1>');
      expect(html).not.toContain('og:title');
    }
  });
});

describe('the library page drawn by the server', () => {
  it('finds "intelligenza artificale" (a typo) for a visitor without JavaScript, saying what it searched', async () => {
    const res = await t.call('GET', '/lezioni?q=intelligenza+artificale');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-affianco-rendered')).toBe('library');
    const html = await res.text();
    expect(html).toContain('<title>Lezioni · Affianco</title>');
    expect(metaOf(html, 'og:url')).toBe(`${TEST_BASE_URL}/lezioni`);
    const body = root(html);
    expect(body).toContain('<form class="library-search" role="search" action="/lezioni" method="get">');
    expect(body).toContain('Forse cercavi «intelligenza artificiale»?');
    expect(body).toMatch(/<a href="\/lezioni\/assistente-ai-per-le-risposte"[^>]*>Usare un assistente di intelligenza artificiale per rispondere ai clienti<\/a>/);
    expect(body).toContain('<mark>');
    expect(Object.keys(answersOf(html).answers)).toEqual(['/api/me', '/api/lessons?q=intelligenza+artificale&language=it&limit=50']);
  });

  it('lists every lesson with nothing typed, keeps the filters from the address, and says when nothing matches', async () => {
    const all = root(await (await t.call('GET', '/lezioni')).text());
    expect(all.match(/class="card lesson-hit"/g)!.length).toBe(23);
    const filtered = root(await (await t.call('GET', '/lezioni?area=finance&livello=first_steps&tipo=text')).text());
    expect(filtered).toContain('<option value="finance" selected="">');
    expect(filtered).toContain('<option value="first_steps" selected="">');
    const none = root(await (await t.call('GET', '/lezioni?q=astronave+marziana')).text());
    expect(none).toContain('Nessuna lezione per «astronave marziana»');
    // A filter value we do not know is dropped, not an error page.
    expect((await t.call('GET', '/lezioni?area=cucina')).status).toBe(200);
  });
});

describe('the sitemap', () => {
  it('lists the library and every published lesson in both languages with the day it changed; robots keep crawlers out of the editor', async () => {
    const xml = await (await t.call('GET', '/sitemap.xml')).text();
    expect(xml).toMatch(new RegExp(`<url><loc>${TEST_BASE_URL}/lezioni</loc><lastmod>\\d{4}-\\d\\d-\\d\\dT[^<]+</lastmod></url>`));
    expect(xml).toMatch(new RegExp(`<url><loc>${TEST_BASE_URL}/lezioni/vendi-il-tuo-latte</loc><lastmod>[^<]+</lastmod></url>`));
    expect(xml).toContain(`<loc>${TEST_BASE_URL}/lezioni/en/vendi-il-tuo-latte</loc>`);
    expect(xml).not.toContain('meno-sprechi');
    expect(xml.match(/<loc>[^<]*\/lezioni\//g)).toHaveLength(23 + 12);
    const robots = await (await t.call('GET', '/robots.txt')).text();
    expect(robots).toContain('Disallow: /lezioni/scrivi\n');
    expect(robots).not.toMatch(/Disallow: \/lezioni\n/);
  });
});
