import type { OpenAPIHono } from '@hono/zod-openapi';
import { authorize, can } from '../../../policy/index.js';
import { ASSIGN_ALL_REASON, confirmAssignAll } from '../../../services/assignment/assign-all-confirm.js';
import { previewAssignAll } from '../../../services/assignment/assign-all-preview.js';
import { readCaseloads, type TCaseload } from '../../../services/console/caseloads.js';
import { caseloadColumns, caseloadLines } from '../../../services/console/caseload-table.js';
import { moveBusiness } from '../../../services/console/move-business.js';
import { previewColumns, previewLines } from '../../../services/assignment/preview-table.js';
import { getSportello } from '../../../services/network/sportelli.js';
import { MOVE_FIELD_TEXT } from '../../../shared/assign-all-messages.js';
import { AppError } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { respondWithTable, tableFileResponse, ZExportFormatQuery } from '../../export/respond-with-table.js';
import { json, jsonBody, problemResponses, ZProblem } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZUuidParam } from '../network/schema.js';
import { ZAssignAllConfirm, ZAssignAllConfirmed, ZAssignAllPreview, ZCaseloads, ZMoveBusiness, ZOwnCaseload } from './schema.js';

const tags = ['assignment'];
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ZProblem } } });
const desk = (sportelloId: string) => ({ type: 'sportello' as const, sportelloId });

const previewRoute = defineRoute({
  method: 'post',
  path: '/sportelli/{id}/assign-all/preview',
  tags,
  summary: '"Assegna tutte" without changing anything: who goes to whom and why, who stays unassigned and why',
  permission: 'assignment.assign_all',
  request: { params: ZUuidParam },
  responses: {
    200: json(ZAssignAllPreview),
    401: problemResponses[401],
    403: problem('An angel of the sportello'),
    404: problemResponses[404],
    422: problem('`assignment.too_big`: the solver did not finish within its time cap'),
  },
});

const confirmRoute = defineRoute({
  method: 'post',
  path: '/sportelli/{id}/assign-all/confirm',
  tags,
  summary: 'Store the (possibly edited) pairs, all or nothing, each checked again',
  permission: 'assignment.assign_all',
  request: { params: ZUuidParam, ...jsonBody(ZAssignAllConfirm) },
  responses: {
    200: json(ZAssignAllConfirmed),
    401: problemResponses[401],
    403: problem('An angel of the sportello'),
    404: problemResponses[404],
    409: problem('`assignment.stale`: some pairs no longer hold; `errors` names them (`pairs.<index>`)'),
    422: problem('Invalid body, or `assignment.infeasible`: some pairs break the hard rules; `errors` names them'),
  },
});

const previewExportRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/assign-all/preview/export',
  tags,
  summary: 'The preview as CSV or XLSX (computed again; nothing changes)',
  permission: 'assignment.assign_all',
  request: { params: ZUuidParam, query: ZExportFormatQuery },
  responses: { 200: tableFileResponse, 401: problemResponses[401], 403: problem('An angel of the sportello'), 404: problemResponses[404], 422: problemResponses[422] },
});

const caseloadsExportRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/caseloads/export',
  tags,
  summary: 'The caseloads as CSV or XLSX: one line per business followed',
  permission: 'caseload.read',
  request: { params: ZUuidParam, query: ZExportFormatQuery },
  responses: { 200: tableFileResponse, 401: problemResponses[401], 403: problem('An angel of the sportello'), 404: problemResponses[404], 422: problemResponses[422] },
});

const caseloadsRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/caseloads',
  tags,
  summary: 'Every angel’s caseload: businesses against capacity, meetings this month, overdue actions, last activity',
  permission: 'caseload.read',
  request: { params: ZUuidParam },
  responses: { 200: json(ZCaseloads), 401: problemResponses[401], 403: problem('An angel of the sportello'), 404: problemResponses[404] },
});

const moveRoute = defineRoute({
  method: 'post',
  path: '/sportelli/{id}/caseloads/move',
  tags,
  summary: 'Move a business to another angel of the sportello, with a reason (plan access follows)',
  permission: 'caseload.move',
  request: { params: ZUuidParam, ...jsonBody(ZMoveBusiness) },
  responses: {
    200: json(ZCaseloads),
    401: problemResponses[401],
    403: problem('An angel of the sportello'),
    404: problemResponses[404],
    409: problem('`caseload.not_assigned`, or `angel.not_available`'),
    422: problemResponses[422],
  },
});

const ownRoute = defineRoute({
  method: 'get',
  path: '/me/caseload',
  tags,
  summary: 'The signed-in angel’s own caseload',
  permission: 'caseload.read_own',
  responses: { 200: json(ZOwnCaseload), 401: problemResponses[401], 404: problemResponses[404] },
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const presentCaseload = (c: TCaseload) => ({
  ...c,
  lastActivityAt: iso(c.lastActivityAt),
  businesses: c.businesses.map((b) => ({ ...b, startedAt: b.startedAt.toISOString(), lastActivityAt: iso(b.lastActivityAt) })),
});

/**
 * "Assegna tutte" (preview and confirm) and the angels' caseloads, mounted under /api.
 *
 * @example api.route('/', assignmentRoutes()); // POST /api/sportelli/{id}/assign-all/preview
 */
export function assignmentRoutes(): OpenAPIHono<TAppEnv> {
  return createRouter()
    .openapi(previewRoute, async (c) => {
      const { db, config } = c.get('deps');
      const { id } = c.req.valid('param');
      authorize(c.get('actor'), 'assignment.assign_all', desk(id), { hiddenUnless: 'sportello.read' });
      await getSportello(db, id);
      c.header('cache-control', 'private, no-store');
      return c.json(await previewAssignAll(db, id, c.get('locale'), { timeoutMs: config.assignAllTimeoutMs }), 200);
    })
    .openapi(previewExportRoute, async (c) => {
      const { db, config } = c.get('deps');
      const { id } = c.req.valid('param');
      const actor = c.get('actor');
      authorize(actor, 'assignment.assign_all', desk(id), { hiddenUnless: 'sportello.read' });
      await getSportello(db, id);
      const locale = c.get('locale');
      const preview = await previewAssignAll(db, id, locale, { timeoutMs: config.assignAllTimeoutMs });
      return respondWithTable(c, {
        format: c.req.valid('query').format,
        fileName: locale === 'it' ? 'assegna-tutte' : 'assign-all',
        sheetName: locale === 'it' ? 'Assegna tutte' : 'Assign all',
        columns: previewColumns(locale),
        rows: previewLines(preview),
        pseudonymise: !can(actor, 'caseload.read_people', desk(id)),
      });
    })
    .openapi(caseloadsExportRoute, async (c) => {
      const { db } = c.get('deps');
      const { id } = c.req.valid('param');
      const actor = c.get('actor');
      authorize(actor, 'caseload.read', desk(id), { hiddenUnless: 'sportello.read' });
      await getSportello(db, id);
      const locale = c.get('locale');
      return respondWithTable(c, {
        format: c.req.valid('query').format,
        fileName: locale === 'it' ? 'carichi-angel' : 'angel-caseloads',
        sheetName: locale === 'it' ? 'Carichi' : 'Caseloads',
        columns: caseloadColumns(locale),
        rows: caseloadLines(await readCaseloads(db, { sportelloId: id })),
        pseudonymise: !can(actor, 'caseload.read_people', desk(id)),
      });
    })
    .openapi(confirmRoute, async (c) => {
      const { db } = c.get('deps');
      const { id } = c.req.valid('param');
      const actor = c.get('actor')!;
      authorize(actor, 'assignment.assign_all', desk(id), { hiddenUnless: 'sportello.read' });
      await getSportello(db, id);
      const { pairs } = c.req.valid('json');
      // One business once: two angels for it would leave the answer to the order of inserts.
      const seen = new Set<string>();
      const twice = pairs.flatMap((p, i) => (seen.has(p.businessId) ? [i] : (seen.add(p.businessId), [])));
      if (twice.length) throw new AppError('request.invalid', 422, twice.map((i) => ({ field: `pairs.${i}.businessId`, message: MOVE_FIELD_TEXT.duplicate_business[c.get('locale')] })));
      const done = await confirmAssignAll(db, id, pairs, actor.userId, c.get('locale'));
      return c.json({ ...done, reason: ASSIGN_ALL_REASON }, 200);
    })
    .openapi(caseloadsRoute, async (c) => {
      const { db } = c.get('deps');
      const { id } = c.req.valid('param');
      authorize(c.get('actor'), 'caseload.read', desk(id), { hiddenUnless: 'sportello.read' });
      await getSportello(db, id);
      c.header('cache-control', 'private, no-store');
      return c.json({ items: (await readCaseloads(db, { sportelloId: id })).map(presentCaseload) }, 200);
    })
    .openapi(moveRoute, async (c) => {
      const { db } = c.get('deps');
      const { id } = c.req.valid('param');
      const actor = c.get('actor')!;
      authorize(actor, 'caseload.move', desk(id), { hiddenUnless: 'sportello.read' });
      await getSportello(db, id);
      const body = c.req.valid('json');
      await moveBusiness(db, id, body, actor.userId, c.get('locale'));
      return c.json({ items: (await readCaseloads(db, { sportelloId: id })).map(presentCaseload) }, 200);
    })
    .openapi(ownRoute, async (c) => {
      const actor = c.get('actor')!;
      authorize(actor, 'caseload.read_own', { type: 'user', userId: actor.userId });
      const [own] = await readCaseloads(c.get('deps').db, { angelUserId: actor.userId });
      c.header('cache-control', 'private, no-store');
      return c.json(own ? presentCaseload(own) : null, 200);
    });
}
