import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import { PLAN_PAGE, planApiPath } from './web-shell.js';

/** A page drawn on the server: its markup, language and the API answers it was drawn with. */
export type TRenderedPage = { markup: string; lang: 'it' | 'en'; answers: Record<string, unknown>; title?: string };

/** What the page needs of GET /api/me's answer here. */
type TMe = { user: { locale: string }; memberships: unknown[]; businesses: { id: string }[] };

/** The entrepreneur's /piano, which opens their business's plan (web/src/features/plans/components/plan-page.tsx). */
const OWN_PLAN_PAGE = /^\/piano\/?$/;

type TRenderModule = { renderPage(input: { url: string; lang: 'it' | 'en'; answers: Record<string, unknown> }): Promise<{ markup: string; title: string }> };

/** Where `npm run build:web` writes the server's half of the web app, beside web/dist. */
const ssrEntryFor = (webDist: string) => path.join(webDist, '..', 'dist-ssr', 'entry-server.js');

/** The request headers the API needs to answer as it would the browser (who, and in what language). */
const FORWARDED = ['cookie', 'accept-language'];

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
export function pageRenderer(options: { webDist: string; api: (path: string, headers: Headers) => Promise<Response>; logger: Logger }) {
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

  return async (pathname: string, incoming: Headers): Promise<TRenderedPage | null> => {
    const plan = PLAN_PAGE.exec(pathname);
    if ((!plan && !OWN_PLAN_PAGE.test(pathname)) || !incoming.get('cookie')) return null;
    const renderer = await load();
    if (!renderer) return null;
    const headers = new Headers({ accept: 'application/json' });
    for (const name of FORWARDED) {
      const value = incoming.get(name);
      if (value) headers.set(name, value);
    }
    const read = async <T>(apiPath: string): Promise<T | null> => {
      const res = await options.api(apiPath, headers);
      if (res.status === 200) return (await res.json()) as T;
      await res.body?.cancel();
      return null;
    };
    try {
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
      return { markup, lang, answers, title };
    } catch (err) {
      // The browser draws the page itself, as it did before the server could.
      options.logger.error({ err, pathname }, 'the server could not draw the page');
      return null;
    }
  };
}
