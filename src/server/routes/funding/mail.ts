import { html } from 'hono/html';
import { authorize } from '../../../policy/index.js';
import { isFundingUnsubscribeToken, setFundingMailSettings, unsubscribeFundingByToken } from '../../../services/funding/mail/subscriber.js';
import { AppError } from '../../../shared/errors.js';
import { limitPublicWrite } from '../../limit-public-write.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { unsubscribePage, wantsPage } from '../../unsubscribe-page.js';
import { ZFundingMailChange, ZFundingMailSettings, ZFundingTokenParam } from './mail-schema.js';

const tags = ['funding'];
const page = { description: 'A small page drawn by the server', content: { 'text/html': { schema: { type: 'string' as const } } } };
const notFound = { description: 'Unknown token: a page for browsers, problem+json otherwise', content: { ...page.content, ...problemResponses[404].content } };

const getSettingsRoute = defineRoute({ method: 'get', path: '/me/funding-mail', tags, summary: 'Which funding mails I get', permission: 'account.read', responses: { 200: json(ZFundingMailSettings), 401: problemResponses[401] } });
const putSettingsRoute = defineRoute({
  method: 'put',
  path: '/me/funding-mail',
  tags,
  summary: 'Turn the weekly digest or the deadline alerts on or off',
  permission: 'account.update',
  request: jsonBody(ZFundingMailChange),
  responses: { 200: json(ZFundingMailSettings), 401: problemResponses[401], 422: problemResponses[422] },
});
const confirmRoute = defineRoute({
  method: 'get',
  path: '/funding/unsubscribe/{token}',
  tags,
  summary: 'The page of the link in every funding mail: asks to confirm before turning mail off (link scanners only GET)',
  permission: 'public',
  request: { params: ZFundingTokenParam },
  responses: { 200: page, 404: notFound, 422: problemResponses[422] },
});
const unsubscribeRoute = defineRoute({
  method: 'post',
  path: '/funding/unsubscribe/{token}',
  tags,
  summary: 'Turns funding mail off for the token’s holder, without sign-in: the page’s button and the mail program’s one-click (RFC 8058)',
  permission: 'public',
  request: { params: ZFundingTokenParam },
  responses: { 200: page, 404: notFound, 422: problemResponses[422], 429: problemResponses[429] },
});

const TEXT = {
  it: {
    title: 'E-mail sui bandi',
    ask: 'Vuoi smettere di ricevere le e-mail sui bandi: le scadenze dei bandi che segui e il riepilogo della settimana?',
    keep: 'I bandi restano nella pagina «Bandi per te». Puoi cambiare idea quando vuoi.',
    button: 'Sì, non mandarmele più',
    done: 'Fatto: non ti mandiamo più e-mail sui bandi.',
    unknown: 'Questo link non è valido.',
  },
  en: {
    title: 'E-mails about calls',
    ask: 'Do you want to stop receiving e-mails about calls: the deadlines of the calls you follow and the weekly summary?',
    keep: 'The calls stay on the "Calls for you" page. You can change your mind whenever you like.',
    button: 'Yes, stop sending them',
    done: 'Done: we will not send you e-mails about calls any more.',
    unknown: 'This link is not valid.',
  },
} as const;

/**
 * A person's funding mail settings, and the one-click unsubscribe of the funding mails by the
 * token in each mail (no sign-in; GET only asks, so a mail scanner changes nothing).
 */
export function fundingMailRoutes() {
  return createRouter()
    .openapi(getSettingsRoute, async (c) => {
      const actor = c.get('actor')!;
      authorize(actor, 'account.read', { type: 'user', userId: actor.userId });
      return c.json(await setFundingMailSettings(c.get('deps').db, actor.userId, {}), 200);
    })
    .openapi(putSettingsRoute, async (c) => {
      const actor = c.get('actor')!;
      authorize(actor, 'account.update', { type: 'user', userId: actor.userId });
      return c.json(await setFundingMailSettings(c.get('deps').db, actor.userId, c.req.valid('json')), 200);
    })
    .openapi(confirmRoute, async (c) => {
      const { token } = c.req.valid('param');
      const locale = c.get('locale');
      const t = TEXT[locale];
      c.header('cache-control', 'private, no-store');
      c.header('referrer-policy', 'no-referrer');
      if (!(await isFundingUnsubscribeToken(c.get('deps').db, token))) {
        if (!wantsPage(c.req.header('accept'))) throw new AppError('resource.not_found', 404);
        return c.html(unsubscribePage(locale, t.title, html`<p>${t.unknown}</p>`), 404);
      }
      return c.html(unsubscribePage(locale, t.title, html`<p>${t.ask}</p><p>${t.keep}</p><form method="post" action="/api/funding/unsubscribe/${token}"><button type="submit">${t.button}</button></form>`), 200);
    })
    .openapi(unsubscribeRoute, async (c) => {
      const { token } = c.req.valid('param');
      const locale = c.get('locale');
      const t = TEXT[locale];
      c.header('cache-control', 'private, no-store');
      c.header('referrer-policy', 'no-referrer');
      await limitPublicWrite(c, 'funding_unsubscribe', null);
      if (!(await unsubscribeFundingByToken(c.get('deps').db, token))) {
        if (!wantsPage(c.req.header('accept'))) throw new AppError('resource.not_found', 404);
        return c.html(unsubscribePage(locale, t.title, html`<p>${t.unknown}</p>`), 404);
      }
      return c.html(unsubscribePage(locale, t.title, html`<p role="status">${t.done}</p>`), 200);
    });
}
