import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { buildImpactReport } from '../../../services/report/impact-report.js';
import { renderImpactReport } from '../../../services/report/render-impact-report.js';
import { AppError } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { readRequest } from './routes.js';
import { ZImpactQuery } from './schema.js';

/** The impact's query, and the report's language when it is not the reader's (a report for an English-speaking funder). */
const ZReportQuery = ZImpactQuery.extend({ lang: z.enum(['it', 'en']).optional().openapi({ param: { name: 'lang', in: 'query' } }) });

const reportRoute = defineRoute({
  method: 'get',
  path: '/insights/report.pdf',
  tags: ['insights'],
  summary: 'The funders’ "Rapporto di impatto" for a period, of a sportello or the network, as an A4 PDF (funnel, change per area, goals, hours, satisfaction, the map)',
  permission: 'insights.read_sportello',
  request: { query: ZReportQuery },
  responses: {
    200: { description: 'PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
    401: problemResponses[401],
    403: { description: 'Signed in as an angel or entrepreneur, or a coordinator asking for the whole network', content: problemResponses[401].content },
    404: problemResponses[404],
    422: problemResponses[422],
  },
});

/**
 * The impact report, under the same rules as the impact page it prints (readRequest).
 *
 * @example api.route('/', reportRoutes()); // GET /api/insights/report.pdf?sportelloId=…&from=2026-01-01&to=2026-06-30
 */
export function reportRoutes(): OpenAPIHono<TAppEnv> {
  return createRouter().openapi(reportRoute, async (c) => {
    const query = c.req.valid('query');
    const { scope, period } = readRequest(c, query);
    const locale = query.lang ?? c.get('locale') ?? 'it';
    const model = await buildImpactReport(c.get('deps').db, { scope, ...period, locale });
    if (!model) throw new AppError('resource.not_found', 404);
    const pdf = await renderImpactReport(model);
    const name = `${locale === 'it' ? 'rapporto-di-impatto' : 'impact-report'}-${period.from}-${period.to}.pdf`;
    return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store' });
  });
}
