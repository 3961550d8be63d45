import type { OpenAPIHono } from '@hono/zod-openapi';
import { getPublicCall, listPublicCalls } from '../../../services/funding/call-pages.js';
import type { TAppEnv } from '../../context.js';
import { json, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZCallListQuery, ZCallPage, ZCallParams, ZCallQuery, ZCallView } from './calls-schema.js';

const tags = ['funding'];

const listRoute = defineRoute({
  method: 'get',
  path: '/funding/calls',
  tags,
  summary: 'Published calls for funding: open and upcoming first; by words in the title, kind, region, area, closing within N days, closed ones too',
  permission: 'public',
  request: { query: ZCallListQuery },
  responses: { 200: json(ZCallPage), 422: problemResponses[422] },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/funding/calls/{slug}',
  tags,
  summary: 'One call in plain words: what it is, who can apply, how much, until when, where to apply, with its source and licence',
  permission: 'public',
  request: { params: ZCallParams, query: ZCallQuery },
  responses: { 200: json(ZCallView), 404: problemResponses[404], 422: problemResponses[422] },
});

/**
 * The public face of the funding catalogue: anyone reads the published calls (the national
 * catalogue and the sportelli's own). No verdicts here: those name a business (funding.read_verdicts).
 *
 * @example api.route('/', fundingCallRoutes()); // GET /api/funding/calls/voucher-digitale-1579
 */
export function fundingCallRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await listPublicCalls(
      c.get('deps').db,
      { q: q.q || undefined, kind: q.kind, region: q.region, area: q.area, closingWithinDays: q.closingWithin, includeClosed: q.includeClosed, page: q.page, pageSize: q.pageSize },
      { today: q.on, locale: q.lang ?? c.get('locale') },
    );
    c.header('cache-control', 'public, max-age=300');
    if (!q.lang) c.header('vary', 'accept-language');
    return c.json(page, 200);
  });

  router.openapi(getRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const q = c.req.valid('query');
    const view = await getPublicCall(c.get('deps').db, slug, { today: q.on, locale: q.lang ?? c.get('locale') });
    c.header('cache-control', 'public, max-age=300');
    if (!q.lang) c.header('vary', 'accept-language');
    return c.json(view, 200);
  });

  return router;
}
