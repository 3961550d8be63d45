import type { OpenAPIHono } from '@hono/zod-openapi';
import { authorize } from '../../../policy/index.js';
import { listModerationLog } from '../../../services/community/moderation/moderation-log.js';
import { listModerationQueue } from '../../../services/community/moderation/moderation-queue.js';
import type { TAppEnv } from '../../context.js';
import { json, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZLogQuery, ZModerationLog, ZModerationQueue, ZSportelloParam } from './moderation-schema.js';

const tags = ['community'];
const errors = { 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] };

const queueRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{sportelloId}/community/moderation-queue',
  tags,
  summary: 'Reported and hidden posts in the threads the sportello moderates, with their open reports, newest first',
  permission: 'community.sportello_queues',
  request: { params: ZSportelloParam },
  responses: { 200: json(ZModerationQueue), ...errors },
});

const logRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{sportelloId}/community/moderation-log',
  tags,
  summary: 'The moderation decisions about the threads the sportello moderates, newest first, 20 a page',
  permission: 'community.sportello_queues',
  request: { params: ZSportelloParam, query: ZLogQuery },
  responses: { 200: json(ZModerationLog), ...errors },
});

/**
 * A sportello's moderation queue and log, for its coordinators and the network admin.
 *
 * @example api.route('/', communityModerationQueueRoutes()); // GET /api/sportelli/{id}/community/moderation-queue
 */
export function communityModerationQueueRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(queueRoute, async (c) => {
    const { sportelloId } = c.req.valid('param');
    authorize(c.get('actor'), 'community.sportello_queues', { type: 'sportello', sportelloId });
    c.header('cache-control', 'private, no-store');
    return c.json({ items: await listModerationQueue(c.get('deps').db, sportelloId) }, 200);
  });

  router.openapi(logRoute, async (c) => {
    const { sportelloId } = c.req.valid('param');
    authorize(c.get('actor'), 'community.sportello_queues', { type: 'sportello', sportelloId });
    c.header('cache-control', 'private, no-store');
    return c.json(await listModerationLog(c.get('deps').db, sportelloId, c.req.valid('query').page), 200);
  });

  return router;
}
