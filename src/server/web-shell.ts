import fs from 'node:fs';
import path from 'node:path';
import type { TRenderedPage } from './page-render.js';

type TManifest = Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>;

/** The chunks `from` names and everything they import statically, less those in `skip`. */
function closure(manifest: TManifest, from: string[], skip: Set<string>): string[] {
  const found: string[] = [];
  const seen = new Set(skip);
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    found.push(key);
    for (const dependency of manifest[key]!.imports ?? []) visit(dependency);
  };
  from.forEach(visit);
  return found;
}

/**
 * From Vite's manifest: what index.html loads itself (the light entry), the app's core it starts
 * (web/src/boot.tsx and what it needs on every page: React, the router, the translator), and
 * the files of a page's own code beyond those. The build keeps them few (web/vite.config.ts):
 * each file costs a slow phone's main thread about 10 ms to request, before anything runs.
 */
function chunksOf(manifest: TManifest) {
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  const loadedByShell = new Set(closure(manifest, entries, new Set()));
  const started = entries.flatMap((key) => manifest[key]!.dynamicImports ?? []);
  const core = closure(manifest, started, loadedByShell);
  const beyondCore = new Set([...loadedByShell, ...core]);
  return {
    core: core.map((key) => manifest[key]!.file),
    page: (source: string) => closure(manifest, [source], beyondCore).map((key) => manifest[key]!.file),
  };
}

/** The library's own code, kept offline with the app's core when a light page opens (lessons are read with no signal). */
const READING_SOURCES = ['src/features/library/reading/library-page.tsx', 'src/features/library/reading/lesson-page.tsx'];

/** A plan's page: the one the shell announces data for and the server may draw (page-render.ts). */
export const PLAN_PAGE = /^\/piano\/([0-9a-f-]{36})\/?$/i;

/** The API address of a business's plan, as the app asks for it (web/src/features/plans/api/plan-path.ts). */
export const planApiPath = (businessId: string) => `/api/businesses/${businessId}/plan`;

const sportelloApi = (id: string) => `/api/sportelli/${id}`;

/**
 * Pages people open cold (from a link, a bookmark, their role's home), often on a slow phone,
 * and what the shell announces for each: the page's code (`source`, from Vite's manifest),
 * otherwise discovered only after the app's own code has run, a third of a second later at 4x
 * CPU (bench/plan-render); and the API answers its first screen reads (`data`), at the very
 * addresses its components ask for (`useApi` takes the early answers over, lib/use-api.ts).
 * /early-requests.js (web/public) makes the same requests (web-shell.test.ts runs it against
 * this table). Only what the address alone tells: /impresa's depend on /api/me's answer, and
 * the script asks for them once it has come (not announced here).
 */
const EARLY_PAGES: { path: RegExp; source: string; data: (match: RegExpExecArray) => string[] }[] = [
  { path: /^\/piano\/?$/i, source: 'src/features/plans/components/plan-page.tsx', data: () => [] },
  { path: PLAN_PAGE, source: 'src/features/plans/components/plan-page.tsx', data: (m) => [planApiPath(m[1]!)] },
  {
    path: /^\/check-up\/([0-9a-f-]{36})\/?$/i,
    source: 'src/features/checkup/components/report-page.tsx',
    data: (m) => [`/api/checkups/${m[1]!}/report`, '/api/checkup/questionnaire'],
  },
  {
    path: /^\/angel\/?$/,
    source: 'src/features/angels/components/angel-home-page.tsx',
    data: () => ['/api/angels/me', '/api/plans', '/api/angels/me/availability', '/api/meetings'],
  },
  {
    path: /^\/sportelli\/([0-9a-f-]{36})\/?$/i,
    source: 'src/features/network/components/sportello-admin-page.tsx',
    // Not /api/provinces: only an admin's page (the province editor) reads it.
    data: (m) => {
      const desk = sportelloApi(m[1]!);
      return [desk, `${desk}/intake-requests`, `${desk}/angels`, `${desk}/businesses`, `${desk}/members`, `${desk}/invitations`];
    },
  },
  { path: /^\/impresa\/?$/, source: 'src/app/routes/business-home.tsx', data: () => [] },
  // Its answers depend on the business chosen on the page: code only.
  { path: /^\/bandi\/?$/, source: 'src/features/funding/finder/finder-page.tsx', data: () => [] },
  // The library's pages come drawn by the server with their answers (page-render.ts): code only.
  { path: /^\/lezioni\/?$/, source: 'src/features/library/reading/library-page.tsx', data: () => [] },
  { path: /^\/lezioni\/(?:en\/)?(?!(?:scrivi|modifica|revisione|mie)(?:\/|$))[a-z0-9-]+\/?$/, source: 'src/features/library/reading/lesson-page.tsx', data: () => [] },
];

/**
 * The API answers a page needs first, as the requests /early-requests.js makes (web/public; the
 * same addresses, or the browser asks twice). Announced in the HTML, they leave with the page's
 * code instead of after a script has run: a tenth of a second sooner on a slow phone, and on a
 * slow line the answer travels while the code does. The answer is the same for every language:
 * a signed-in person's is their saved one, not the browser's.
 * @example earlyAnswers('/angel') // ['/api/me', '/api/angels/me', …]
 */
export function earlyAnswers(pathname: string): string[] {
  for (const page of EARLY_PAGES) {
    const match = page.path.exec(pathname);
    if (match) return ['/api/me', ...page.data(match)];
  }
  return ['/api/me'];
}

/** The id web/src/lib/server-render.ts reads a drawn page's answers from. */
const RENDERED_ID = 'affianco-rendered';

/** JSON inside a `<script>` element: no `<` at all, so no `</script>` or `<!--` can end it early. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * A page the server drew: the markup in #root, its answers beside it for the app to take over,
 * its language on `<html>`, its title (the one the app sets once running). The early requests are not needed (the answers are here) and not
 * made: that script is left out. A reading page starts light (`offline`: the app's files its
 * service worker keeps, ADR 024).
 */
function withRendered(html: string, page: TRenderedPage, offline: string[] | null): string {
  const render = offline ? { lang: page.lang, answers: page.answers, light: { offline } } : { lang: page.lang, answers: page.answers };
  const data = `<script id="${RENDERED_ID}" type="application/json">${scriptSafeJson(render)}</script>`;
  const title = page.title?.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // A page with its own head tags (a lesson, the library) drops the shell's general description.
  const withHead = page.head ? html.replace(/<meta name="description"[^>]*>/, '').replace('</head>', () => `${page.head}</head>`) : html;
  return withHead
    .replace(/<html lang="[a-z]+">/, `<html lang="${page.lang}">`)
    .replace(/<title>[^<]*<\/title>/, (shell) => (title ? `<title>${title}</title>` : shell))
    .replace(/<script async src="\/early-requests\.js"><\/script>/, '')
    .replace('<div id="root"></div>', () => `<div id="root">${page.markup}</div>${data}`);
}

/** Pages drawn by the server that start without the app (ADR 024). */
const startsLight = (page: TRenderedPage) => page.kind === 'lesson' || page.kind === 'library' || page.kind === 'thread' || page.kind === 'community' || page.kind === 'call' || page.kind === 'solution' || page.kind === 'solutions';

/**
 * The app shell for a page: index.html, with `<link rel="modulepreload">` for the app's core and
 * the page's own code when it is one of EARLY_PAGES, and its first answers announced; with the
 * page itself when the server drew it (page-render.ts), and without the app's code when that
 * page starts light.
 * Re-read when a rebuild changed index.html, so a running server never links to deleted assets.
 * @example const shell = webShell('web/dist'); c.html(shell('/piano/…'))
 */
export function webShell(webDist: string): (pathname: string, rendered?: TRenderedPage | null) => string {
  const indexFile = path.join(webDist, 'index.html');
  const manifestFile = path.join(webDist, '.vite', 'manifest.json');
  let cache = { mtimeMs: -1, html: '', chunks: chunksOf({}), offline: [] as string[], byRoute: new Map<string, string>() };
  // index.html with the app's core and the page's chunks announced, built once per page and build.
  const withChunks = (source: string | null) => {
    const key = source ?? '';
    let html = cache.byRoute.get(key);
    if (html === undefined) {
      const links = [...new Set([...cache.chunks.core, ...(source ? cache.chunks.page(source) : [])])]
        .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
        .join('');
      html = cache.html.replace('</head>', `${links}</head>`);
      cache.byRoute.set(key, html);
    }
    return html;
  };
  return (pathname, rendered) => {
    const { mtimeMs } = fs.statSync(indexFile);
    if (mtimeMs !== cache.mtimeMs) {
      const manifest = fs.existsSync(manifestFile) ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as TManifest) : {};
      const chunks = chunksOf(manifest);
      const offline = [...new Set([...chunks.core, ...READING_SOURCES.flatMap((source) => chunks.page(source))])].map((file) => `/${file}`);
      cache = { mtimeMs, html: fs.readFileSync(indexFile, 'utf8'), chunks, offline, byRoute: new Map() };
    }
    if (rendered && startsLight(rendered)) return withRendered(cache.html, rendered, cache.offline);
    const route = EARLY_PAGES.find((r) => r.path.test(pathname));
    const html = withChunks(route ? route.source : null);
    if (rendered) return withRendered(html, rendered, null);
    // `crossorigin` (anonymous): sent with the visitor's cookies, as the script's fetch is.
    const data = earlyAnswers(pathname)
      .map((href) => `<link rel="preload" as="fetch" crossorigin href="${href}">`)
      .join('');
    return html.replace('</head>', `${data}</head>`);
  };
}
