import type { OpenAPIHono } from '@hono/zod-openapi';
import { authorize } from '../../../policy/index.js';
import { createTrap, getTrapBySlug, listManagedTraps, listPublishedTraps, publishTrap, updateTrap } from '../../../services/traps/traps.js';
import { warningsForBusinessPlan, warningsForRequest } from '../../../services/traps/request-warnings.js';
import { trapColumns } from '../../../services/traps/trap-table.js';
import type { TAppEnv } from '../../context.js';
import { respondWithTable, tableFileResponse, ZExportFormatQuery } from '../../export/respond-with-table.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZUuidParam } from '../network/schema.js';
import { ZPlanWarnings, ZRequestWarnings, ZTrap, ZTrapCreate, ZTrapInput, ZTrapList, ZTrapListQuery, ZTrapSlugParam } from './schema.js';

const tags = ['attenzione'];
const problems409 = { description: 'Conflict (the address is taken, or already published)', content: problemResponses[422].content };

const listRoute = defineRoute({
  method: 'get',
  path: '/traps',
  tags,
  summary: 'The published "Attenzione a" warnings, optionally those a lesson or a plan’s areas link',
  permission: 'public',
  request: { query: ZTrapListQuery },
  responses: { 200: json(ZTrapList), 422: problemResponses[422] },
});

const manageRoute = defineRoute({
  method: 'get',
  path: '/traps/manage',
  tags,
  summary: 'The warnings the actor wrote or publishes (proposals included), newest first',
  permission: 'signed_in',
  responses: { 200: json(ZTrapList), 401: problemResponses[401] },
});

const manageExportRoute = defineRoute({
  method: 'get',
  path: '/traps/manage/export',
  tags,
  summary: 'The same list as CSV or XLSX',
  permission: 'signed_in',
  request: { query: ZExportFormatQuery },
  responses: { 200: tableFileResponse, 401: problemResponses[401], 422: problemResponses[422] },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/traps/{slug}',
  tags,
  summary: 'One warning; a proposal only for its author and those who publish it',
  permission: 'trap.read',
  request: { params: ZTrapSlugParam },
  responses: { 200: json(ZTrap), 404: problemResponses[404] },
});

// 'trap.read' is checked in the handler (a published warning needs no sign-in).
const publicGetRoute = { ...getRoute, middleware: [] } as typeof getRoute;

const createRoute = defineRoute({
  method: 'post',
  path: '/traps',
  tags,
  summary: 'Propose a warning (angels, coordinators); a coordinator may publish at once in their scope',
  permission: 'trap.propose',
  request: jsonBody(ZTrapCreate),
  responses: { 201: json(ZTrap, 'Stored'), 401: problemResponses[401], 404: problemResponses[404], 409: problems409, 422: problemResponses[422] },
});

const updateRoute = defineRoute({
  method: 'patch',
  path: '/traps/{id}',
  tags,
  summary: 'Change a warning: its author while proposed, its scope’s coordinators always',
  permission: 'trap.edit',
  request: { params: ZUuidParam, ...jsonBody(ZTrapInput) },
  responses: { 200: json(ZTrap), 401: problemResponses[401], 404: problemResponses[404], 409: problems409, 422: problemResponses[422] },
});

const publishRoute = defineRoute({
  method: 'post',
  path: '/traps/{id}/publish',
  tags,
  summary: 'Publish a proposal (the sportello’s coordinators; the network admin for national ones)',
  permission: 'trap.publish',
  request: { params: ZUuidParam },
  responses: { 200: json(ZTrap), 401: problemResponses[401], 404: problemResponses[404], 409: problems409 },
});

const requestWarningsRoute = defineRoute({
  method: 'get',
  path: '/intake-requests/{id}/warnings',
  tags,
  summary: 'The warnings an ascolto request’s words speak of, with the person’s words as evidence (its sportello’s coordinators, its angel)',
  permission: 'intake.read_warnings',
  request: { params: ZUuidParam },
  responses: { 200: json(ZRequestWarnings), 401: problemResponses[401], 404: problemResponses[404] },
});

const planWarningsRoute = defineRoute({
  method: 'get',
  path: '/businesses/{id}/traps',
  tags,
  summary: 'The warnings for a business’s plan: those its ascolto spoke of, then those linked to the areas it chose (whoever reads the plan)',
  permission: 'plan.read',
  request: { params: ZUuidParam },
  responses: { 200: json(ZPlanWarnings), 401: problemResponses[401], 404: problemResponses[404] },
});

/**
 * "Attenzione a": the warnings on common traps, mounted under /api.
 * @example api.route('/', trapRoutes());
 */
export function trapRoutes(): OpenAPIHono<TAppEnv> {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const { lesson, planAreas } = c.req.valid('query');
      return c.json({ items: await listPublishedTraps(c.get('deps').db, c.get('actor'), { lesson, planAreas }) }, 200);
    })
    .openapi(manageRoute, async (c) => {
      c.header('cache-control', 'private, no-store');
      return c.json({ items: await listManagedTraps(c.get('deps').db, c.get('actor')!) }, 200);
    })
    .openapi(manageExportRoute, async (c) => {
      const locale = c.get('locale');
      const rows = await listManagedTraps(c.get('deps').db, c.get('actor')!);
      // No personal data: a warning's text is about a trap, never about a person.
      return respondWithTable(c, { format: c.req.valid('query').format, fileName: locale === 'it' ? 'avvisi-attenzione' : 'warnings', sheetName: locale === 'it' ? 'Avvisi' : 'Warnings', columns: trapColumns(locale), rows, pseudonymise: false });
    })
    .openapi(publicGetRoute, async (c) => {
      const view = await getTrapBySlug(c.get('deps').db, c.req.valid('param').slug, c.get('actor'));
      if (view.status !== 'published') c.header('cache-control', 'private, no-store');
      return c.json(view, 200);
    })
    .openapi(createRoute, async (c) => {
      const { publish, sportelloId, ...input } = c.req.valid('json');
      const actor = c.get('actor');
      authorize(actor, 'trap.propose', { type: 'trap_scope', sportelloId });
      return c.json(await createTrap(c.get('deps').db, { ...input, sportelloId }, actor!, { publish, locale: c.get('locale') }), 201);
    })
    .openapi(updateRoute, async (c) => c.json(await updateTrap(c.get('deps').db, c.req.valid('param').id, c.req.valid('json'), c.get('actor')!, c.get('locale')), 200))
    .openapi(publishRoute, async (c) => c.json(await publishTrap(c.get('deps').db, c.req.valid('param').id, c.get('actor')!), 200))
    .openapi(planWarningsRoute, async (c) => {
      c.header('cache-control', 'private, no-store');
      return c.json(await warningsForBusinessPlan(c.get('deps').db, c.req.valid('param').id, c.get('actor')), 200);
    })
    .openapi(requestWarningsRoute, async (c) => {
      c.header('cache-control', 'private, no-store');
      return c.json(await warningsForRequest(c.get('deps').db, c.req.valid('param').id, c.get('actor')), 200);
    });
}
