import type { OpenAPIHono } from '@hono/zod-openapi';
import { authorize } from '../../../policy/index.js';
import { readTerritory } from '../../../services/territory/read-territory.js';
import type { TAppEnv } from '../../context.js';
import { json, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZTerritory } from './schema.js';

const provincesRoute = defineRoute({
  method: 'get',
  path: '/territory/provinces',
  tags: ['territory'],
  summary: 'The map’s figures: own provinces in full, every sportello as totals (admin: every province)',
  permission: 'territory.read',
  responses: { 200: json(ZTerritory), 401: problemResponses[401], 404: problemResponses[404] },
});

/**
 * The territory map's data, mounted under /api.
 *
 * @example api.route('/', territoryRoutes()); // GET /api/territory/provinces
 */
export function territoryRoutes(): OpenAPIHono<TAppEnv> {
  return createRouter().openapi(provincesRoute, async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'territory.read', { type: 'network' });
    c.header('cache-control', 'private, no-store');
    return c.json(await readTerritory(c.get('deps').db, actor!), 200);
  });
}
