import { authorize } from '../../../policy/index.js';
import { claimIntakeRequests } from '../../../services/intake/claim-intake-requests.js';
import { getMe, updateMe } from '../../../services/network/me.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZMe, ZUpdateMe } from './schema.js';

const getRoute = defineRoute({
  method: 'get',
  path: '/me',
  tags: ['account'],
  summary: 'The signed-in account, its roles and businesses; null for a visitor',
  // "Who am I?" has an ordinary answer for a visitor too: no error in every visitor's console.
  permission: 'public',
  responses: { 200: json(ZMe.nullable()) },
});

const patchRoute = defineRoute({
  method: 'patch',
  path: '/me',
  tags: ['account'],
  summary: 'Change name or language',
  permission: 'account.update',
  request: jsonBody(ZUpdateMe),
  responses: { 200: json(ZMe), 401: problemResponses[401], 422: problemResponses[422] },
});

export function meRoutes() {
  return createRouter()
    .openapi(getRoute, async (c) => {
      const actor = c.get('actor');
      if (!actor) return c.json(null, 200);
      authorize(actor, 'account.read', { type: 'user', userId: actor.userId });
      const { db } = c.get('deps');
      // An ascolto sent "with an account" before signing in becomes this person's business now.
      await claimIntakeRequests(db, actor.userId);
      return c.json(await getMe(db, actor.userId), 200);
    })
    .openapi(patchRoute, async (c) => {
      const actor = c.get('actor')!;
      authorize(actor, 'account.update', { type: 'user', userId: actor.userId });
      const me = await updateMe(c.get('deps').db, actor.userId, c.req.valid('json'));
      if (me.user.locale) c.set('locale', me.user.locale);
      return c.json(me, 200);
    });
}
