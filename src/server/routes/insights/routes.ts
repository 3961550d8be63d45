import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { authorize, can } from '../../../policy/index.js';
import { readPeriod } from '../../../domain/insights/period.js';
import type { TInsightsPeriod, TInsightsScope } from '../../../domain/insights/types.js';
import { funnelFor } from '../../../services/insights/funnel.js';
import { impactFor } from '../../../services/insights/impact.js';
import { AppError } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { json, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { periodMessage, ZFunnel, ZFunnelQuery, ZImpact, ZImpactQuery } from './schema.js';

const forbidden = { description: 'Signed in as an angel or entrepreneur, or a coordinator asking for the whole network', content: problemResponses[401].content };

const funnelRoute = defineRoute({
  method: 'get',
  path: '/insights/funnel',
  tags: ['insights'],
  summary: 'The funnel contact → ascolto → check-up → first meeting → plan → goal reached for a period, of a sportello or the network',
  permission: 'insights.read_sportello',
  request: { query: ZFunnelQuery },
  responses: { 200: json(ZFunnel), 401: problemResponses[401], 403: forbidden, 404: problemResponses[404], 422: problemResponses[422] },
});

const impactRoute = defineRoute({
  method: 'get',
  path: '/insights/impact',
  tags: ['insights'],
  summary: 'T0 → T1 change per check-up section (groups of 5 or more), goals reached by kind, hours delivered, satisfaction',
  permission: 'insights.read_sportello',
  request: { query: ZImpactQuery },
  responses: { 200: json(ZImpact), 401: problemResponses[401], 403: forbidden, 404: problemResponses[404], 422: problemResponses[422] },
});

/** Who may ask (403 for angels and entrepreneurs, 404 for another sportello) and for what period (422). */
function readRequest(c: Context<TAppEnv>, query: { sportelloId?: string; from?: string; to?: string }): { scope: TInsightsScope; period: TInsightsPeriod } {
  const actor = c.get('actor');
  if (!can(actor, 'insights.open', { type: 'network' })) throw new AppError(actor ? 'policy.forbidden' : 'auth.required', actor ? 403 : 401);
  if (query.sportelloId) authorize(actor, 'insights.read_sportello', { type: 'sportello', sportelloId: query.sportelloId });
  else authorize(actor, 'insights.read_network', { type: 'network' }, { hiddenUnless: 'insights.open' });
  const read = readPeriod({ from: query.from, to: query.to }, new Date());
  if (!read.ok) throw new AppError('request.invalid', 422, [{ field: read.problem.field, message: periodMessage(read.problem.code, c.get('locale') ?? 'it') }]);
  return { scope: query.sportelloId ? { sportelloId: query.sportelloId } : { network: true }, period: read.period };
}

/**
 * The funnel and the impact (issue 15, points 5 and 6), mounted under /api.
 *
 * @example api.route('/', insightsRoutes()); // GET /api/insights/funnel?sportelloId=…&from=2026-01-01&to=2026-06-30&by=area
 */
export function insightsRoutes(): OpenAPIHono<TAppEnv> {
  return createRouter()
    .openapi(funnelRoute, async (c) => {
      const query = c.req.valid('query');
      const { scope, period } = readRequest(c, query);
      const funnel = await funnelFor(c.get('deps').db, { scope, ...period, by: query.by ?? 'none', locale: c.get('locale') ?? 'it' });
      if (!funnel) throw new AppError('resource.not_found', 404);
      c.header('cache-control', 'private, no-store');
      return c.json(funnel, 200);
    })
    .openapi(impactRoute, async (c) => {
      const query = c.req.valid('query');
      const { scope, period } = readRequest(c, query);
      const impact = await impactFor(c.get('deps').db, { scope, ...period });
      if (!impact) throw new AppError('resource.not_found', 404);
      c.header('cache-control', 'private, no-store');
      return c.json(impact, 200);
    });
}
