import type { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { REPLY_ECHO, threadAt, threadPagePath, type TReplyEcho } from '../shared/community-pages.js';
import type { TAppEnv, TDeps } from './context.js';
import { sameOrigin } from './middleware/same-origin.js';
import { apiHeadersFrom, isUnavailablePage, type TRenderedPage, type TUnavailablePage } from './page-render.js';
import { closingConnection, problem } from './problem.js';

type TCallApi = (path: string, init: RequestInit) => Promise<Response>;
type TRenderPage = (pathname: string, incoming: Headers, search: string, extra: Record<string, unknown>) => Promise<TRenderedPage | TUnavailablePage | null>;
type TShell = (pathname: string, rendered?: TRenderedPage | null) => string;

/** Beyond who and in what language (page-render.ts), where the post comes from: the API's limits count by it. */
const ALSO_FORWARDED = ['x-forwarded-for', 'user-agent'];

/** The most a reply form may send, as the API's JSON: a longer text is refused there, next to the field. */
const MAX_FORM_BYTES = 1024 * 1024;

type TProblem = { detail?: string; errors?: { field: string; message: string }[] };

/**
 * The thread page's reply form posted by the browser itself, before the app has started or
 * without JavaScript (ADR 028): the same API call the app makes, asked in-process with the
 * person's cookie, so the policy, the pace and the checks are the ones the app meets. A reply
 * taken goes back to the thread at the new post; a refused one draws the thread again with the
 * text as typed and the reason next to it; a visitor is sent to sign in first.
 * Posts from another site are refused as the API refuses them (same-origin.ts), beyond the
 * session cookie's SameSite=Lax.
 *
 * @example registerCommunityForms(app, { config: deps.config, api, renderPage, shell });
 */
export function registerCommunityForms(app: OpenAPIHono<TAppEnv>, options: { config: TDeps['config']; api: TCallApi; renderPage: TRenderPage; shell: TShell }): void {
  const limit = bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => closingConnection(problem(c as never, 413, 'request.too_large')) });
  app.post('/comunita/:slug/rispondi', sameOrigin(options.config), limit, async (c) => {
    const thread = threadAt(`/comunita/${c.req.param('slug')}`);
    if (!thread) return problem(c, 404, 'route.not_found');
    const here = threadPagePath(thread.slug);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const body = typeof form['body'] === 'string' ? form['body'] : '';
    const quoted = typeof form['quotePostId'] === 'string' ? form['quotePostId'] : '';
    const quotePostId = /^[0-9a-f-]{36}$/i.test(quoted) ? quoted : null;

    const headers = apiHeadersFrom(c.req.raw.headers, ALSO_FORWARDED);
    headers.set('content-type', 'application/json');
    const res = await options.api(`/api/community/threads/${thread.slug}/posts`, { method: 'POST', headers, body: JSON.stringify({ body, quotePostId }) });
    if (res.status === 201) {
      const created = (await res.json()) as { id: string };
      return c.redirect(`${here}#post-${created.id}`, 303);
    }
    if (res.status === 401) return c.redirect(`/accedi?next=${encodeURIComponent(here)}`, 303);
    if (res.status === 503) return res;
    const refusal = ((await res.json().catch(() => ({}))) ?? {}) as TProblem;
    const error = refusal.errors?.find((e) => e.field === 'body')?.message ?? refusal.errors?.[0]?.message ?? refusal.detail ?? '';
    const echo: TReplyEcho = { body, quotePostId, error };
    const rendered = await options.renderPage(here, c.req.raw.headers, '', { [REPLY_ECHO]: echo });
    if (isUnavailablePage(rendered)) {
      c.header('retry-after', rendered.retryAfter);
      return c.html(options.shell(here), 503);
    }
    if (!rendered || rendered.status === 404) return c.redirect(here, 303);
    c.header('cache-control', 'private, no-store');
    const retryAfter = res.headers.get('retry-after');
    if (retryAfter) c.header('retry-after', retryAfter);
    return c.html(options.shell(here, rendered), res.status === 429 ? 429 : 422);
  });
}
