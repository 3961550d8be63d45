import { authorize } from '../../../policy/index.js';
import { createBusiness, getBusiness, listBusinessesOfUser, updateBusiness } from '../../../services/network/businesses.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZBusiness, ZBusinessList, ZCreateBusiness, ZUpdateBusiness, ZUuidParam } from './schema.js';

const tags = ['businesses'];

const listRoute = defineRoute({
  method: 'get',
  path: '/businesses',
  tags,
  summary: 'The businesses the signed-in person belongs to',
  permission: 'signed_in',
  responses: { 200: json(ZBusinessList), 401: problemResponses[401] },
});

const createRoute = defineRoute({
  method: 'post',
  path: '/businesses',
  tags,
  summary: 'Register my business; it is routed to the sportello of its comune',
  permission: 'signed_in',
  request: jsonBody(ZCreateBusiness),
  responses: { 201: json(ZBusiness, 'Created'), 401: problemResponses[401], 422: problemResponses[422] },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/businesses/{id}',
  tags,
  summary: 'One business',
  permission: 'business.read',
  request: { params: ZUuidParam },
  responses: { 200: json(ZBusiness), 401: problemResponses[401], 404: problemResponses[404] },
});

const patchRoute = defineRoute({
  method: 'patch',
  path: '/businesses/{id}',
  tags,
  summary: 'Change a business',
  permission: 'business.update',
  request: { params: ZUuidParam, ...jsonBody(ZUpdateBusiness) },
  responses: { 200: json(ZBusiness), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] },
});

const present = ({ createdAt: _createdAt, ...b }: Awaited<ReturnType<typeof getBusiness>>) => b;

export function businessRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const rows = await listBusinessesOfUser(c.get('deps').db, c.get('actor')!.userId);
      return c.json({ items: rows.map(present) }, 200);
    })
    .openapi(createRoute, async (c) => {
      const created = await createBusiness(c.get('deps').db, c.get('actor')!.userId, c.req.valid('json'));
      return c.json(present(created), 201);
    })
    .openapi(getRoute, async (c) => {
      const { db } = c.get('deps');
      const found = await getBusiness(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'business.read', { type: 'business', businessId: found.id, sportelloId: found.sportelloId });
      return c.json(present(found), 200);
    })
    .openapi(patchRoute, async (c) => {
      const { db } = c.get('deps');
      const found = await getBusiness(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'business.update', { type: 'business', businessId: found.id, sportelloId: found.sportelloId }, { hiddenUnless: 'business.read' });
      return c.json(present(await updateBusiness(db, found.id, c.req.valid('json'))), 200);
    });
}

