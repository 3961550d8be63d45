import type { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import { isKnownUnsubscribeToken, unsubscribeByToken } from '../../../services/community/notify/inbox.js';
import { AppError } from '../../../shared/errors.js';
import type { TLocale } from '../../../shared/locale.js';
import type { TAppEnv } from '../../context.js';
import { limitPublicWrite } from '../../limit-public-write.js';
import { problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { unsubscribePage, wantsPage } from '../../unsubscribe-page.js';
import { ZTokenParam } from './notify-schema.js';

const tags = ['community'];
const page = { description: 'A small page drawn by the server', content: { 'text/html': { schema: { type: 'string' as const } } } };

const confirmRoute = defineRoute({
  method: 'get',
  path: '/community/unsubscribe/{token}',
  tags,
  summary: 'The page of the link in every community mail: asks to confirm before turning mail off (link scanners only GET)',
  permission: 'public',
  request: { params: ZTokenParam },
  responses: { 200: page, 404: { description: 'Unknown token: a page for browsers, problem+json otherwise', content: { ...page.content, ...problemResponses[404].content } }, 422: problemResponses[422] },
});

const unsubscribeRoute = defineRoute({
  method: 'post',
  path: '/community/unsubscribe/{token}',
  tags,
  summary: 'Turns community mail off for the token’s holder, without sign-in: the page’s button and the mail program’s one-click (RFC 8058)',
  permission: 'public',
  request: { params: ZTokenParam },
  responses: { 200: page, 404: { description: 'Unknown token: a page for browsers, problem+json otherwise', content: { ...page.content, ...problemResponses[404].content } }, 422: problemResponses[422], 429: problemResponses[429] },
});

const TEXT = {
  it: {
    title: 'E-mail della comunità',
    ask: 'Vuoi smettere di ricevere le e-mail della comunità di Affianco?',
    keep: 'Le notifiche restano nell’app. Puoi cambiare idea dal tuo account.',
    button: 'Sì, non mandarmele più',
    done: 'Fatto: non ti mandiamo più e-mail della comunità.',
    again: 'Puoi riattivarle quando vuoi dal tuo account.',
    unknown: 'Questo link non è valido. Puoi scegliere le e-mail dal tuo account.',
  },
  en: {
    title: 'Community e-mails',
    ask: 'Do you want to stop receiving the Affianco community e-mails?',
    keep: 'Notifications stay in the app. You can change your mind in your account.',
    button: 'Yes, stop sending them',
    done: 'Done: we will not send you community e-mails any more.',
    again: 'You can turn them back on in your account whenever you like.',
    unknown: 'This link is not valid. You can choose your e-mails in your account.',
  },
} as const;

function shell(locale: TLocale, body: ReturnType<typeof html>) {
  return unsubscribePage(locale, TEXT[locale].title, body);
}

/**
 * The one-click unsubscribe of the community mails, by the token in the link (no sign-in).
 * GET only asks, so a mail scanner following links changes nothing; POST turns mail off.
 *
 * @example api.route('/', communityUnsubscribeRoutes()); // POST /api/community/unsubscribe/{token}
 */
export function communityUnsubscribeRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(confirmRoute, async (c) => {
    const { token } = c.req.valid('param');
    const locale = c.get('locale');
    const t = TEXT[locale];
    c.header('cache-control', 'private, no-store');
    c.header('referrer-policy', 'no-referrer');
    if (!(await isKnownUnsubscribeToken(c.get('deps').db, token))) {
      if (!wantsPage(c.req.header('accept'))) throw new AppError('resource.not_found', 404);
      return c.html(shell(locale, html`<p>${t.unknown}</p>`), 404);
    }
    return c.html(shell(locale, html`<p>${t.ask}</p><p>${t.keep}</p><form method="post" action="/api/community/unsubscribe/${token}"><button type="submit">${t.button}</button></form>`), 200);
  });

  router.openapi(unsubscribeRoute, async (c) => {
    const { token } = c.req.valid('param');
    const locale = c.get('locale');
    const t = TEXT[locale];
    c.header('cache-control', 'private, no-store');
    await limitPublicWrite(c, 'community_unsubscribe', null);
    try {
      await unsubscribeByToken(c.get('deps').db, token);
    } catch (err) {
      // A person at the page's button reads a page; a mail program's one-click gets problem+json.
      if (!(err instanceof AppError) || !wantsPage(c.req.header('accept'))) throw err;
      return c.html(shell(locale, html`<p>${t.unknown}</p>`), 404);
    }
    return c.html(shell(locale, html`<p role="status">${t.done}</p><p>${t.again}</p>`), 200);
  });

  return router;
}
