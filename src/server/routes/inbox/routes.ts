import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { authorize, can } from '../../../policy/index.js';
import { tableFileResponse } from '../../export/respond-with-table.js';
import { archiveRequest, addNote, assignAngel, concludeRequest, mergeRequests, reopenRequest, takeRequest, transferRequest, turnIntoBusiness } from '../../../services/inbox/inbox-actions.js';
import { inboxFacets } from '../../../services/inbox/inbox-facets.js';
import { inboxRequestScope, readInboxRequest } from '../../../services/inbox/inbox-request.js';
import { suggestAngels } from '../../../services/inbox/inbox-suggestions.js';
import { listInbox } from '../../../services/inbox/list-inbox.js';
import type { TActor } from '../../../domain/network/actor.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZUuidParam } from '../network/schema.js';
import { problem409, ZArchiveBody, ZAssignBody, ZBusinessResult, ZInboxExportQuery, ZInboxFacets, ZInboxPage, ZInboxQuery, ZInboxRequest, ZInboxSuggestions, ZMergeBody, ZNoteBody, ZTransferBody } from './schema.js';
import { respondInboxExport } from './export.js';

const tags = ['inbox'];
const errors = { 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] };

const listRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/inbox',
  tags,
  summary: 'The sportello’s incoming requests, keyset-paginated, with status, working days waited and the 3-day flag',
  permission: 'inbox.read',
  request: { params: ZUuidParam, query: ZInboxQuery },
  responses: { 200: json(ZInboxPage), ...errors },
});

const exportRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/inbox/export',
  tags,
  summary: 'The filtered inbox as CSV or XLSX; contacts are pseudonymised for a viewer who may not see the sportello’s people',
  permission: 'inbox.read',
  request: { params: ZUuidParam, query: ZInboxExportQuery },
  responses: { 200: tableFileResponse, ...errors },
});

const facetsRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/inbox/facets',
  tags,
  summary: 'Counts (open, new), angels, comuni and other sportelli for the inbox’s filters and actions',
  permission: 'inbox.read',
  request: { params: ZUuidParam },
  responses: { 200: json(ZInboxFacets), ...errors },
});

const readRoute = defineRoute({ method: 'get', path: '/inbox/requests/{id}', tags, summary: 'One request with notes, transfers, call-back links and likely duplicates', permission: 'inbox.read', request: { params: ZUuidParam }, responses: { 200: json(ZInboxRequest), ...errors } });
const suggestionsRoute = defineRoute({ method: 'get', path: '/inbox/requests/{id}/suggestions', tags, summary: 'The suggested angels (the matching function), before or after the business exists', permission: 'inbox.read', request: { params: ZUuidParam }, responses: { 200: json(ZInboxSuggestions), ...errors } });

const withBody = new Set<unknown>();
const action = (path: string, summary: string, body?: z.ZodType) =>
  defineRoute({
    method: 'post',
    path: `/inbox/requests/{id}/${path}`,
    tags,
    summary,
    permission: 'inbox.work',
    request: { params: ZUuidParam, ...(body ? jsonBody(body) : {}) },
    responses: { 200: json(ZInboxRequest), 409: problem409, ...errors },
  });
const withBodyRoute = (path: string, summary: string, body: z.ZodType) => {
  const route = action(path, summary, body);
  withBody.add(route);
  return route;
};

const takeRoute = action('take', 'Take the request in charge (presa in carico)');
const noteRoute = withBodyRoute('notes', 'Add a note', ZNoteBody);
const concludeRoute = action('conclude', 'Conclude the request');
const archiveRoute = withBodyRoute('archive', 'Archive the request, with a reason', ZArchiveBody);
const reopenRoute = action('reopen', 'Reopen a concluded or archived request');
const assignRoute = withBodyRoute('assign', 'Assign one angel to the request’s business (same path as the coordinator page)', ZAssignBody);
const transferRoute = withBodyRoute('transfer', 'Pass the request to another sportello, with the reason it will read', ZTransferBody);
const mergeRoute = withBodyRoute('merge', 'Merge a likely duplicate: the older is kept, the later linked to it', ZMergeBody);
const businessRoute = defineRoute({
  method: 'post',
  path: '/inbox/requests/{id}/business',
  tags,
  summary: 'Turn an ascolto into a business from its data and invite its entrepreneur by e-mail',
  permission: 'inbox.work',
  request: { params: ZUuidParam },
  responses: { 201: json(ZBusinessResult), 409: problem409, ...errors },
});

/** A request no sportello serves is the admin's alone; others, their sportello's coordinators. */
function authorizeRequest(actor: TActor | null, permission: 'inbox.read' | 'inbox.work', sportelloId: string | null) {
  if (sportelloId === null) authorize(actor, 'network.manage_sportelli', { type: 'network' });
  else authorize(actor, permission, { type: 'sportello', sportelloId });
}

/**
 * The coordinator's inbox, mounted under /api: the list, one request, and the actions on it.
 *
 * @example api.route('/', inboxRoutes()); // GET /api/sportelli/{id}/inbox
 */
export function inboxRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();
  router.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    authorize(c.get('actor'), 'inbox.read', { type: 'sportello', sportelloId: id });
    c.header('cache-control', 'private, no-store');
    return c.json(await listInbox(c.get('deps').db, id, c.req.valid('query')), 200);
  });
  router.openapi(exportRoute, async (c) => {
    const { id } = c.req.valid('param');
    const actor = c.get('actor');
    authorize(actor, 'inbox.read', { type: 'sportello', sportelloId: id });
    const { format, ...query } = c.req.valid('query');
    const pseudonymise = !can(actor, 'inbox.read_people', { type: 'sportello', sportelloId: id });
    return respondInboxExport(c, c.get('deps').db, id, query, format, c.get('locale'), pseudonymise) as never;
  });
  router.openapi(facetsRoute, async (c) => {
    const { id } = c.req.valid('param');
    authorize(c.get('actor'), 'inbox.read', { type: 'sportello', sportelloId: id });
    c.header('cache-control', 'private, no-store');
    return c.json(await inboxFacets(c.get('deps').db, id), 200);
  });
  router.openapi(readRoute, async (c) => {
    const { db } = c.get('deps');
    const scope = await inboxRequestScope(db, c.req.valid('param').id);
    authorizeRequest(c.get('actor'), 'inbox.read', scope.sportelloId);
    c.header('cache-control', 'private, no-store');
    return c.json(await readInboxRequest(db, scope.id), 200);
  });
  router.openapi(suggestionsRoute, async (c) => {
    const { db } = c.get('deps');
    const scope = await inboxRequestScope(db, c.req.valid('param').id);
    authorizeRequest(c.get('actor'), 'inbox.read', scope.sportelloId);
    return c.json(await suggestAngels(db, scope.id, c.get('locale')), 200);
  });

  // Every action: find the request's sportello, authorize, act, answer with the request as it is now.
  const act = <B>(route: ReturnType<typeof action>, run: (c: { db: TAppEnv['Variables']['deps']['db']; id: string; by: string; body: B }) => Promise<unknown>) =>
    router.openapi(route, async (c) => {
      const { db } = c.get('deps');
      const scope = await inboxRequestScope(db, c.req.valid('param').id);
      authorizeRequest(c.get('actor'), 'inbox.work', scope.sportelloId);
      const body = (withBody.has(route) ? c.req.valid('json' as never) : undefined) as B;
      await run({ db, id: scope.id, by: c.get('actor')!.userId, body });
      return c.json(await readInboxRequest(db, scope.id), 200);
    });
  act(takeRoute, ({ db, id, by }) => takeRequest(db, id, by));
  act<z.infer<typeof ZNoteBody>>(noteRoute, ({ db, id, by, body }) => addNote(db, id, by, body.text));
  act(concludeRoute, ({ db, id, by }) => concludeRequest(db, id, by));
  act<z.infer<typeof ZArchiveBody>>(archiveRoute, ({ db, id, by, body }) => archiveRequest(db, id, by, body.reason));
  act(reopenRoute, ({ db, id }) => reopenRequest(db, id));
  act<z.infer<typeof ZAssignBody>>(assignRoute, ({ db, id, by, body }) => assignAngel(db, id, by, body.angelUserId, body.reason || null));
  act<z.infer<typeof ZTransferBody>>(transferRoute, ({ db, id, by, body }) => transferRequest(db, id, by, body.toSportelloId, body.reason));
  act<z.infer<typeof ZMergeBody>>(mergeRoute, ({ db, id, by, body }) => mergeRequests(db, id, body.otherId, by));

  router.openapi(businessRoute, async (c) => {
    const deps = c.get('deps');
    const scope = await inboxRequestScope(deps.db, c.req.valid('param').id);
    authorizeRequest(c.get('actor'), 'inbox.work', scope.sportelloId);
    const created = await turnIntoBusiness({ db: deps.db, mailer: deps.mailer, baseUrl: deps.config.baseUrl }, scope.id, c.get('actor')!.userId);
    return c.json({ ...created, request: await readInboxRequest(deps.db, scope.id) }, 201);
  });
  return router;
}
