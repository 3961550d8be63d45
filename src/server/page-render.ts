import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import { COMMUNITY_PAGE, communityApiPath, readCommunityQuery, threadApiPath, threadAt, threadPagePath } from '../shared/community-pages.js';
import { callApiPath, callAt } from '../shared/funding-call-pages.js';
import { lessonAt, lessonApiPath, libraryApiPath, readLibraryQuery } from '../shared/library-pages.js';
import { trapAt, TRAPS_PAGE } from '../shared/trap-pages.js';
import { drawTrapPage } from './trap-page-render.js';
import { CATALOGUE_PAGE, catalogueApiPath, COMPARE_PAGE, compareApiPath, readCatalogueQuery, readCompareIds, solutionApiPath, solutionAt, solutionMinePath, solutionPagePath } from '../shared/solution-pages.js';
import { MAX_COMPARED } from '../shared/solution-cost.js';
import { callHead, type THeadCall } from './funding-call-head.js';
import { lessonHead, pageHead, type THeadLesson } from './library-head.js';
import { PLAN_PAGE, planApiPath } from './web-shell.js';

/**
 * A page drawn on the server: its markup, language and the API answers it was drawn with;
 * `kind` says which (the plan is one person's; the library's pages are public, `status` 404 for
 * a lesson that is not there), `head` the tags a shared link and a crawler read.
 */
export type TRenderedPage = { markup: string; lang: 'it' | 'en'; answers: Record<string, unknown>; title?: string; kind?: 'plan' | 'library' | 'lesson' | 'community' | 'thread' | 'call' | 'traps' | 'trap' | 'solution' | 'solutions'; status?: 200 | 404; head?: string };

/** The database is away: the page cannot be drawn now, and says so (503) with when to come back. */
export type TUnavailablePage = { status: 503; retryAfter: string };

/** A read of the API answered 503 (the database is away): the whole page answers 503. */
class PageUnavailable extends Error {
  constructor(readonly retryAfter: string) {
    super('the database is away');
  }
}

/** Tells the database-away answer from a drawn page. */
export const isUnavailablePage = (page: TRenderedPage | TUnavailablePage | null): page is TUnavailablePage => page?.status === 503;

const unavailableAfter = (res: Response) => new PageUnavailable(res.headers.get('retry-after') ?? '5');

/** What the page needs of GET /api/me's answer here. */
type TMe = { user: { locale: string }; memberships: unknown[]; businesses: { id: string }[] };

/** The entrepreneur's /piano, which opens their business's plan (web/src/features/plans/components/plan-page.tsx). */
const OWN_PLAN_PAGE = /^\/piano\/?$/;

type TRenderModule = { renderPage(input: { url: string; lang: 'it' | 'en'; answers: Record<string, unknown> }): Promise<{ markup: string; title: string; description?: string }> };

/** The library's search page (web/src/features/library/reading/library-page.tsx). */
const LIBRARY_PAGE = /^\/lezioni\/?$/;

/** Where `npm run build:web` writes the server's half of the web app, beside web/dist. */
const ssrEntryFor = (webDist: string) => path.join(webDist, '..', 'dist-ssr', 'entry-server.js');

/** The request headers the API needs to answer as it would the browser (who, and in what language). */
const FORWARDED = ['cookie', 'accept-language'];

/**
 * Headers for asking the API in-process as the browser would: JSON, with the browser's own
 * `FORWARDED` headers and any `more` the caller needs (community-forms.ts adds where it comes from).
 * @example const res = await api('/api/me', apiHeadersFrom(c.req.raw.headers));
 */
export function apiHeadersFrom(incoming: Headers, more: readonly string[] = []): Headers {
  const headers = new Headers({ accept: 'application/json' });
  for (const name of [...FORWARDED, ...more]) {
    const value = incoming.get(name);
    if (value) headers.set(name, value);
  }
  return headers;
}

/**
 * Draws the plan page on the server for a signed-in person who may see it (web/src/entry-server.tsx):
 * /piano/{businessId}, and /piano for an entrepreneur with one business.
 * On a slow phone the plan is then on screen as soon as the HTML is, not after the app's code
 * has run (bench/plan-render). The answers come from the API itself, asked in-process with the
 * visitor's cookie: the same policy, the same JSON the browser would get, nothing to keep in step.
 * Anything else (another page, a visitor, a plan not theirs, a missing build, a failure) gets
 * `null`, and the usual app shell.
 * @example const page = await render('/piano/…', c.req.raw.headers);
 */
export function pageRenderer(options: { webDist: string; api: (path: string, headers: Headers) => Promise<Response>; logger: Logger; baseUrl?: string }) {
  const entry = ssrEntryFor(options.webDist);
  // Imported again after a rebuild, like the shell's index.html, so both halves stay one build.
  let loaded: { mtimeMs: number; module: Promise<TRenderModule | null> } | undefined;
  const load = (): Promise<TRenderModule | null> => {
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(entry).mtimeMs;
    } catch {
      return Promise.resolve(null);
    }
    if (loaded?.mtimeMs !== mtimeMs) {
      const module = (import(`${pathToFileURL(entry).href}?v=${mtimeMs}`) as Promise<TRenderModule>).catch((err: unknown) => {
        options.logger.error({ err }, 'the server-side page renderer could not be loaded');
        return null;
      });
      loaded = { mtimeMs, module };
    }
    return loaded.module;
  };
  // Loaded while the server starts, not on the first person's visit (half a megabyte to read).
  void load();

  // Every drawn page the same way: the renderer loaded, then drawn; a failure is logged and the
  // browser draws the page itself; the database away answers 503 rather than an empty 200.
  const attempt = async (pathname: string, draw: (renderer: TRenderModule) => Promise<TRenderedPage | null>): Promise<TRenderedPage | TUnavailablePage | null> => {
    const renderer = await load();
    if (!renderer) return null;
    try {
      return await draw(renderer);
    } catch (err) {
      if (err instanceof PageUnavailable) return { status: 503, retryAfter: err.retryAfter };
      options.logger.error({ err, pathname }, 'the server could not draw the page');
      return null;
    }
  };

  return async (pathname: string, incoming: Headers, search = '', extra: Record<string, unknown> = {}): Promise<TRenderedPage | TUnavailablePage | null> => {
    const baseUrl = options.baseUrl ?? 'http://localhost';
    const thread = threadAt(pathname);
    if (thread || COMMUNITY_PAGE.test(pathname)) return attempt(pathname, (renderer) => drawCommunityPage(renderer, { pathname, search, thread, incoming, api: options.api, baseUrl, extra }));
    const call = callAt(pathname);
    if (call) return attempt(pathname, (renderer) => drawCallPage(renderer, { pathname, slug: call.slug, incoming, api: options.api, baseUrl }));
    const trap = trapAt(pathname);
    if (trap || TRAPS_PAGE.test(pathname)) {
      return attempt(pathname, (renderer) => drawTrapPage(renderer, { pathname, slug: trap?.slug ?? null, read: publicReader(incoming, options.api), hasCookie: Boolean(incoming.get('cookie')), baseUrl }));
    }
    const solution = solutionAt(pathname);
    if (solution || CATALOGUE_PAGE.test(pathname) || COMPARE_PAGE.test(pathname)) {
      return attempt(pathname, (renderer) => drawSolutionPage(renderer, { pathname, search, slug: solution?.slug ?? null, incoming, api: options.api, baseUrl }));
    }
    const lesson = lessonAt(pathname);
    if (lesson || LIBRARY_PAGE.test(pathname)) return attempt(pathname, (renderer) => drawLibraryPage(renderer, { pathname, search, lesson, incoming, api: options.api, baseUrl }));
    const plan = PLAN_PAGE.exec(pathname);
    if ((!plan && !OWN_PLAN_PAGE.test(pathname)) || !incoming.get('cookie')) return null;
    const headers = apiHeadersFrom(incoming);
    const read = async <T>(apiPath: string): Promise<T | null> => {
      const res = await options.api(apiPath, headers);
      if (res.status === 200) return (await res.json()) as T;
      await res.body?.cancel();
      if (res.status === 503) throw unavailableAfter(res);
      return null;
    };
    return attempt(pathname, async (renderer) => {
      let me: TMe | null;
      let planPath: string;
      let view: unknown;
      if (plan) {
        // Both at once: the address names the business.
        planPath = planApiPath(plan[1]!);
        [me, view] = await Promise.all([read<TMe>('/api/me'), read(planPath)]);
      } else {
        // /piano: an entrepreneur's own plan, when they have one business and follow no other.
        me = await read<TMe>('/api/me');
        const own = me && me.memberships.length === 0 && me.businesses.length === 1 ? me.businesses[0]!.id : null;
        if (!own) return null;
        planPath = planApiPath(own);
        view = await read(planPath);
      }
      if (!me || !view) return null;
      const lang = me.user.locale === 'en' ? 'en' : 'it';
      const answers = { '/api/me': me, [planPath]: view };
      const { markup, title } = await renderer.renderPage({ url: pathname, lang, answers });
      return { markup, lang, answers, title, kind: 'plan' };
    });
  };
}

/**
 * Reads the API in-process as the browser would (its cookie and language), keeping the status:
 * a public page tells "not there" (404) from any other refusal.
 */
function publicReader(incoming: Headers, api: (path: string, headers: Headers) => Promise<Response>) {
  const headers = apiHeadersFrom(incoming);
  return async (apiPath: string): Promise<{ status: number; body: unknown }> => {
    const res = await api(apiPath, headers);
    if (res.status === 200) return { status: 200, body: await res.json() };
    await res.body?.cancel();
    if (res.status === 503) throw unavailableAfter(res);
    return { status: res.status, body: null };
  };
}

/**
 * The library and its lessons, drawn for everyone (ADR 023): a visitor without the API's
 * /api/me call (no cookie, no one to ask about), a signed-in reader with their own marks. An
 * unknown or unpublished lesson is drawn as the not-found page, with its 404; any other
 * refusal or failure of the API means the plain shell.
 */
async function drawLibraryPage(
  renderer: TRenderModule,
  input: { pathname: string; search: string; lesson: ReturnType<typeof lessonAt>; incoming: Headers; api: (path: string, headers: Headers) => Promise<Response>; baseUrl: string },
): Promise<TRenderedPage | null> {
  const read = publicReader(input.incoming, input.api);
  const query = readLibraryQuery(new URLSearchParams(input.search));
  const dataPath = input.lesson ? lessonApiPath(input.lesson.slug, input.lesson.language) : libraryApiPath(query);
  const [me, data] = await Promise.all([input.incoming.get('cookie') ? read('/api/me') : Promise.resolve({ status: 200, body: null }), read(dataPath)]);
  if (me.status !== 200) return null;
  const isMissing = Boolean(input.lesson) && data.status === 404;
  if (data.status !== 200 && !isMissing) return null;
  const locale = (me.body as TMe | null)?.user.locale === 'en' ? 'en' : 'it';
  // A lesson is read in its own language; the library in the reader's (or the one asked for).
  const lang = input.lesson ? input.lesson.language : me.body ? locale : query.language;
  // A missing lesson is `null` under its address: the page draws "not found" from that.
  const answers = { '/api/me': me.body, [dataPath]: data.body };
  const url = input.search ? `${input.pathname}?${input.search.replace(/^\?/, '')}` : input.pathname;
  const { markup, title, description } = await renderer.renderPage({ url, lang, answers });
  const lessonBody = data.body as THeadLesson | null;
  const head = input.lesson
    ? lessonBody
      ? lessonHead(input.baseUrl, lessonBody)
      : undefined
    : pageHead({ baseUrl: input.baseUrl, path: '/lezioni', title, description: description ?? title });
  return { markup, lang, answers, title, kind: input.lesson ? 'lesson' : 'library', status: isMissing ? 404 : 200, head };
}

/** A thread's first words, as a shared link's description: the opening post without its markup. */
function describeThread(view: { opening: { html: string | null } } | null, fallback: string): string {
  const text = (view?.opening.html ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return fallback;
  return text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, '')} …` : text;
}

/**
 * The community's list and its threads, drawn for everyone as the library is (ADR 023, ADR 025):
 * readable with JavaScript off, with their own title, description and Open Graph tags. A
 * thread that is not there (or hidden from this reader) is the not-found page with its 404.
 */
async function drawCommunityPage(
  renderer: TRenderModule,
  input: { pathname: string; search: string; thread: ReturnType<typeof threadAt>; incoming: Headers; api: (path: string, headers: Headers) => Promise<Response>; baseUrl: string; extra: Record<string, unknown> },
): Promise<TRenderedPage | null> {
  const read = publicReader(input.incoming, input.api);
  const dataPath = input.thread ? threadApiPath(input.thread.slug) : communityApiPath(readCommunityQuery(new URLSearchParams(input.search)));
  const [me, data] = await Promise.all([input.incoming.get('cookie') ? read('/api/me') : Promise.resolve({ status: 200, body: null }), read(dataPath)]);
  if (me.status !== 200) return null;
  const isMissing = Boolean(input.thread) && data.status === 404;
  if (data.status !== 200 && !isMissing) return null;
  const lang = (me.body as TMe | null)?.user.locale === 'en' ? 'en' : 'it';
  // `extra`: what only this answer carries, such as a refused reply's text (community-forms.ts).
  const answers = { ...input.extra, '/api/me': me.body, [dataPath]: data.body };
  const url = input.search ? `${input.pathname}?${input.search.replace(/^\?/, '')}` : input.pathname;
  const { markup, title, description } = await renderer.renderPage({ url, lang, answers });
  const head = input.thread
    ? data.body
      ? pageHead({ baseUrl: input.baseUrl, path: threadPagePath(input.thread.slug), title: (data.body as { title: string }).title, description: describeThread(data.body as never, description ?? title), type: 'article' })
      : undefined
    : pageHead({ baseUrl: input.baseUrl, path: '/comunita', title, description: description ?? title });
  return { markup, lang, answers, title, kind: input.thread ? 'thread' : 'community', status: isMissing ? 404 : 200, head };
}

/**
 * A call for funding's page (/bandi/{slug}), drawn for everyone as a lesson is: readable with
 * JavaScript off, shareable, in the reader's language (a visitor's is Italian). The API is asked
 * in that language, so the words of the answer and the page's own are one. A call that is not
 * there is the not-found page with its 404.
 */
async function drawCallPage(
  renderer: TRenderModule,
  input: { pathname: string; slug: string; incoming: Headers; api: (path: string, headers: Headers) => Promise<Response>; baseUrl: string },
): Promise<TRenderedPage | null> {
  const read = publicReader(input.incoming, input.api);
  const me = input.incoming.get('cookie') ? await read('/api/me') : { status: 200, body: null };
  if (me.status !== 200) return null;
  const lang = (me.body as TMe | null)?.user.locale === 'en' ? 'en' : 'it';
  const dataPath = callApiPath(input.slug, lang);
  const data = await read(dataPath);
  const isMissing = data.status === 404;
  if (data.status !== 200 && !isMissing) return null;
  const answers = { '/api/me': me.body, [dataPath]: data.body };
  const { markup, title } = await renderer.renderPage({ url: input.pathname, lang, answers });
  const head = data.body ? callHead(input.baseUrl, data.body as THeadCall, lang) : undefined;
  return { markup, lang, answers, title, kind: 'call', status: isMissing ? 404 : 200, head };
}

/**
 * The solutions catalogue, a solution's page and the comparison (issue 16), drawn for everyone
 * as a call's page is: readable with JavaScript off, the honest cost computed for the volumes in
 * the address (the GET form), in the reader's language. A solution that is not published is the
 * not-found page with its 404; more than three to compare draws the choice again with the reason.
 */
async function drawSolutionPage(
  renderer: TRenderModule,
  input: { pathname: string; search: string; slug: string | null; incoming: Headers; api: (path: string, headers: Headers) => Promise<Response>; baseUrl: string },
): Promise<TRenderedPage | null> {
  const read = publicReader(input.incoming, input.api);
  const me = input.incoming.get('cookie') ? await read('/api/me') : { status: 200, body: null };
  if (me.status !== 200) return null;
  const lang = (me.body as TMe | null)?.user.locale === 'en' ? 'en' : 'it';
  const params = new URLSearchParams(input.search);
  let dataPath: string | null;
  if (input.slug) dataPath = solutionApiPath(input.slug, lang);
  else if (COMPARE_PAGE.test(input.pathname)) {
    const ids = readCompareIds(params);
    // Too many: the page lists the catalogue's names to choose again; none: nothing to ask.
    dataPath = ids.length > MAX_COMPARED ? catalogueApiPath({}, lang) : ids.length ? compareApiPath(ids, lang) : null;
  } else dataPath = catalogueApiPath(readCatalogueQuery(params), lang);
  const data = dataPath ? await read(dataPath) : { status: 200, body: null };
  const isMissing = Boolean(input.slug) && data.status === 404;
  if (data.status !== 200 && !isMissing) return null;
  const answers: Record<string, unknown> = { '/api/me': me.body, ...(dataPath ? { [dataPath]: data.body } : {}) };
  // A signed-in reader's forms (review, edit, hide) come drawn too: the page starts light.
  if (input.slug && me.body && !isMissing) {
    const minePath = solutionMinePath(input.slug);
    const mine = await read(minePath);
    if (mine.status === 200) answers[minePath] = mine.body;
  }
  const url = input.search ? `${input.pathname}?${input.search.replace(/^\?/, '')}` : input.pathname;
  const { markup, title, description } = await renderer.renderPage({ url, lang, answers });
  const path = input.slug ? solutionPagePath(input.slug) : input.pathname.replace(/\/$/, '');
  const head = isMissing ? undefined : pageHead({ baseUrl: input.baseUrl, path, title, description: description ?? title, type: input.slug ? 'article' : undefined });
  return { markup, lang, answers, title, kind: input.slug ? 'solution' : 'solutions', status: isMissing ? 404 : 200, head };
}
