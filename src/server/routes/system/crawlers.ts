import { Hono } from 'hono';
import { listCallsForSitemap } from '../../../services/funding/call-pages.js';
import { listThreadsForSitemap } from '../../../services/community/threads/sitemap-threads.js';
import { listPublishedForSitemap } from '../../../services/library/list-lessons.js';
import { callPagePath } from '../../../shared/funding-call-pages.js';
import { threadPagePath } from '../../../shared/community-pages.js';
import { lessonPagePath } from '../../../shared/library-pages.js';
import { listTrapsForSitemap } from '../../../services/traps/traps.js';
import { trapPagePath } from '../../../shared/trap-pages.js';
import { listSolutionsForSitemap } from '../../../services/solutions/catalogue.js';
import { solutionPagePath } from '../../../shared/solution-pages.js';
import type { TAppEnv } from '../../context.js';

/**
 * The pages anyone may open, as search engines should list them: the landing, the ascolto and
 * the angels' application. Pages behind a sign-in and one-time links are left out.
 */
export const PUBLIC_PAGES = ['/', '/ascolto', '/diventa-angel', '/bandi'] as const;

/** Areas that need a sign-in, or hold a one-time token: nothing for a crawler there. */
const PRIVATE_AREAS = ['/api/', '/account', '/angel', '/piano', '/incontri', '/incontra', '/check-up/', '/sportelli/', '/admin/', '/invito/', '/nuova-password'];
// The lesson editor's pages (the published lessons themselves are public).
const LESSON_EDITOR_AREAS = ['/lezioni/scrivi', '/lezioni/modifica/', '/lezioni/mie', '/lezioni/revisione', '/comunita/nuova', '/attenzione/gestisci', '/attenzione/scrivi', '/attenzione/modifica/', '/soluzioni/proponi', '/soluzioni/gestisci', '/soluzioni/modifica/'];

const absolute = (baseUrl: string, page: string) => new URL(page, `${baseUrl.replace(/\/$/, '')}/`).href;

/**
 * /robots.txt and /sitemap.xml, drawn from the configured base URL (the shell would otherwise
 * answer them with HTML). Mounted before the web app's static files and shell.
 * @example app.route('/', crawlerRoutes());
 */
export function crawlerRoutes() {
  return new Hono<TAppEnv>()
    .get('/robots.txt', (c) => {
      const { baseUrl } = c.get('deps').config;
      const lines = ['User-agent: *', ...PUBLIC_PAGES.map((p) => `Allow: ${p}$`), ...[...PRIVATE_AREAS, ...LESSON_EDITOR_AREAS].map((p) => `Disallow: ${p}`), '', `Sitemap: ${absolute(baseUrl, '/sitemap.xml')}`, ''];
      return c.body(lines.join('\n'), 200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    })
    .get('/sitemap.xml', async (c) => {
      const { baseUrl } = c.get('deps').config;
      // The addresses are ours (base URL from the configuration, fixed paths), yet escaped all the same.
      const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const urls = PUBLIC_PAGES.map((p) => `  <url><loc>${escape(absolute(baseUrl, p))}</loc></url>`);
      // The library and every published lesson, in both languages, with the day it last changed.
      const lessons = await listPublishedForSitemap(c.get('deps').db);
      const newest = lessons.reduce<Date | null>((latest, l) => (!latest || l.updatedAt > latest ? l.updatedAt : latest), null);
      const entry = (page: string, changed: Date | null) => `  <url><loc>${escape(absolute(baseUrl, page))}</loc>${changed ? `<lastmod>${changed.toISOString()}</lastmod>` : ''}</url>`;
      urls.push(entry('/lezioni', newest), ...lessons.map((l) => entry(lessonPagePath(l.slug, l.language), l.updatedAt)));
      // The community and its threads that are not hidden.
      const threads = await listThreadsForSitemap(c.get('deps').db);
      urls.push(entry('/comunita', threads[0]?.lastPostAt ?? null), ...threads.map((th) => entry(threadPagePath(th.slug), th.lastPostAt)));
      // Each call for funding the catalogue still lists, with the day it last changed.
      const calls = await listCallsForSitemap(c.get('deps').db);
      urls.push(...calls.map((call) => entry(callPagePath(call.slug), call.updatedAt)));
      // "Attenzione a": the list and every published warning.
      const traps = await listTrapsForSitemap(c.get('deps').db);
      urls.push(entry('/attenzione', traps.reduce<Date | null>((l, t) => (!l || t.updatedAt > l ? t.updatedAt : l), null)), ...traps.map((t) => entry(trapPagePath(t.slug), t.updatedAt)));
      // The solutions catalogue and each published solution.
      const solutions = await listSolutionsForSitemap(c.get('deps').db);
      urls.push(entry('/soluzioni', solutions[0]?.updatedAt ?? null), ...solutions.map((s) => entry(solutionPagePath(s.slug), s.updatedAt)));
      const xml = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
      return c.body(xml, 200, { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    });
}
