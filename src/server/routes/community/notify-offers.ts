import type { OpenAPIHono } from '@hono/zod-openapi';
import { authorize, can } from '../../../policy/index.js';
import { offerResource, offersForAngel, takeOffer, unansweredQueue } from '../../../services/community/notify/offers.js';
import type { TAppEnv } from '../../context.js';
import { json, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZOfferParam, ZOffers, ZQueue, ZSportelloParam, ZTaken } from './notify-schema.js';

const tags = ['community'];
const errors = { 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] };

const offersRoute = defineRoute({
  method: 'get',
  path: '/community/offers',
  tags,
  summary: 'Unanswered questions offered to the angel, from their sportelli: their area first, then the longest waiting',
  permission: 'community.see_offers',
  responses: { 200: json(ZOffers), 401: problemResponses[401] },
});

const takeRoute = defineRoute({
  method: 'post',
  path: '/community/offers/{id}/take',
  tags,
  summary: '"La prendo io": an angel of the sportello holds the question for 24 hours',
  permission: 'community.take_offer',
  request: { params: ZOfferParam },
  responses: { 200: json(ZTaken), 409: { description: 'Another angel holds it, or it was answered', content: problemResponses[404].content }, ...errors },
});

const queueRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/community/unanswered',
  tags,
  summary: "The sportello's unanswered questions, the longest waiting first, with hours waited and their offer",
  permission: 'community.sportello_queues',
  request: { params: ZSportelloParam },
  responses: { 200: json(ZQueue), ...errors },
});

/**
 * The 48-hour rule's people: the angels see and take offered questions, the coordinators see
 * the unanswered queue. Another sportello's offer or queue answers 404.
 *
 * @example api.route('/', communityOfferRoutes()); // POST /api/community/offers/{id}/take
 */
export function communityOfferRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(offersRoute, async (c) => {
    const actor = c.get('actor')!;
    const sportelloIds = actor.memberships.filter((m) => m.role === 'angel').map((m) => m.sportelloId);
    const now = new Date();
    const visible = sportelloIds.filter((sportelloId) => can(actor, 'community.see_offers', { type: 'community_offer', sportelloId, takenBy: null }));
    c.header('cache-control', 'private, no-store');
    return c.json({ items: await offersForAngel(c.get('deps').db, actor.userId, visible, now) }, 200);
  });

  router.openapi(takeRoute, async (c) => {
    const { db } = c.get('deps');
    const actor = c.get('actor');
    const now = new Date();
    const resource = await offerResource(db, c.req.valid('param').id, now);
    authorize(actor, 'community.take_offer', resource, { hiddenUnless: 'community.see_offers' });
    const { takenUntil } = await takeOffer(db, c.req.valid('param').id, actor!.userId, now);
    return c.json({ takenUntil: takenUntil.toISOString() }, 200);
  });

  router.openapi(queueRoute, async (c) => {
    const { db } = c.get('deps');
    const { id } = c.req.valid('param');
    authorize(c.get('actor'), 'community.sportello_queues', { type: 'sportello', sportelloId: id });
    c.header('cache-control', 'private, no-store');
    return c.json({ items: await unansweredQueue(db, id, new Date()) }, 200);
  });

  return router;
}
