import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { authorize } from '../../../policy/index.js';
import { importOwnCallsCsv } from '../../../services/funding/import-own-calls.js';
import { inviteBusinesses } from '../../../services/funding/invite-businesses.js';
import { createOwnCall, deleteOwnCall, getOwnCallRow, listOwnCalls, presentOwnCall, updateOwnCall } from '../../../services/funding/own-calls.js';
import { callForSportello, qualifyingBusinesses } from '../../../services/funding/qualifying-businesses.js';
import { getSportello } from '../../../services/network/sportelli.js';
import { AppError } from '../../../shared/errors.js';
import { invitationOutcomeText } from '../../../shared/funding-coord-messages.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZImportResult, ZInvite, ZInviteResult, ZOwnCall, ZOwnCallBody, ZOwnCallList, ZOwnCallParams, ZQualifyingList, ZSportelloParam } from './coordinators-schema.js';

const tags = ['funding'];
const errors = { 401: problemResponses[401], 403: { description: 'A member of the sportello, not its coordinator', content: problemResponses[404].content }, 404: problemResponses[404], 422: problemResponses[422] };
const scope = (sportelloId: string) => ({ type: 'funding_scope' as const, sportelloId });
const desk = (sportelloId: string) => ({ type: 'sportello' as const, sportelloId });

/** At most this many qualifying businesses are listed (the count says how many there are). */
const MAX_LISTED = 1000;

const listRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/funding/calls',
  tags,
  summary: "The sportello's own calls, the nearest closing first",
  permission: 'funding.write',
  request: { params: ZSportelloParam },
  responses: { 200: json(ZOwnCallList), ...errors },
});

const createRoute = defineRoute({
  method: 'post',
  path: '/sportelli/{id}/funding/calls',
  tags,
  summary: 'Add an own call (our own calls format); a refusal names each field and stores nothing',
  permission: 'funding.write',
  request: { params: ZSportelloParam, ...jsonBody(ZOwnCallBody) },
  responses: { 201: json(ZOwnCall), ...errors },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/funding/calls/{callId}',
  tags,
  summary: 'One own call, with what was written for the edit form',
  permission: 'funding.edit_call',
  request: { params: ZOwnCallParams },
  responses: { 200: json(ZOwnCall), ...errors },
});

const patchRoute = defineRoute({
  method: 'patch',
  path: '/sportelli/{id}/funding/calls/{callId}',
  tags,
  summary: 'Change an own call: the fields sent replace those saved, and the whole call is checked again',
  permission: 'funding.edit_call',
  request: { params: ZOwnCallParams, ...jsonBody(ZOwnCallBody) },
  responses: { 200: json(ZOwnCall), ...errors },
});

const deleteRoute = defineRoute({
  method: 'delete',
  path: '/sportelli/{id}/funding/calls/{callId}',
  tags,
  summary: 'Withdraw an own call',
  permission: 'funding.edit_call',
  request: { params: ZOwnCallParams },
  responses: { 200: json(z.object({ ok: z.literal(true) })), ...errors },
});

const importRoute = defineRoute({
  method: 'post',
  path: '/sportelli/{id}/funding/calls/import',
  tags,
  summary: 'Import own calls from a CSV (text/csv body, or multipart `file`; docs/funding-own-calls.md): all or nothing, with the errors row by row',
  permission: 'funding.write',
  request: {
    params: ZSportelloParam,
    body: {
      required: false,
      content: {
        'text/csv': { schema: z.string() },
        'text/plain': { schema: z.string() },
        'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) },
      },
    },
  },
  responses: { 200: json(ZImportResult), 415: { description: 'Neither CSV nor multipart', content: problemResponses[404].content }, ...errors },
});

const businessesRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/funding/calls/{callId}/businesses',
  tags,
  summary: "The sportello's businesses that qualify for a call (own or national): eligible first, then to verify with the missing facts",
  permission: 'funding.match_businesses',
  request: { params: ZOwnCallParams },
  responses: { 200: json(ZQualifyingList), ...errors },
});

const inviteRoute = defineRoute({
  method: 'post',
  path: '/sportelli/{id}/funding/calls/{callId}/invitations',
  tags,
  summary: 'Invite qualifying businesses by e-mail, once per business and call ("già invitato" the second time)',
  permission: 'funding.match_businesses',
  request: { params: ZOwnCallParams, ...jsonBody(ZInvite) },
  responses: { 200: json(ZInviteResult), ...errors },
});

/** The sportello must exist; then the actor must manage its funding (another sportello's: 404). */
async function writableScope(c: Context<TAppEnv>, sportelloId: string) {
  authorize(c.get('actor'), 'funding.write', scope(sportelloId), { hiddenUnless: 'sportello.read' });
  await getSportello(c.get('deps').db, sportelloId);
}

/** The CSV text of the request: a text/csv (or text/plain) body, or the `file` part of a form. */
async function csvOf(c: Context<TAppEnv>): Promise<{ text: string; fileName: string | null }> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await c.req.parseBody().catch(() => {
      throw new AppError('request.malformed_multipart', 400);
    });
    const file = form.file;
    if (!(file instanceof File)) throw new AppError('file.missing', 422, [{ field: 'file', message: c.get('locale') === 'en' ? 'Choose a CSV file.' : 'Scegli un file CSV.' }]);
    return { text: new TextDecoder('utf-8').decode(await file.arrayBuffer()), fileName: file.name || null };
  }
  if (type.startsWith('text/csv') || type.startsWith('text/plain') || type === '') return { text: await c.req.text(), fileName: null };
  throw new AppError('request.unsupported_media_type', 415);
}

/**
 * A sportello's own calls for funding (list, add, change, withdraw, CSV import) and, for any
 * call it works with, its businesses that qualify and the bulk invitation by e-mail.
 *
 * @example api.route('/', fundingCoordinatorRoutes()); // POST /api/sportelli/{id}/funding/calls
 */
export function fundingCoordinatorRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    await writableScope(c, id);
    c.header('cache-control', 'private, no-store');
    return c.json({ items: await listOwnCalls(c.get('deps').db, id) }, 200);
  });

  router.openapi(createRoute, async (c) => {
    const { id } = c.req.valid('param');
    await writableScope(c, id);
    const view = await createOwnCall(c.get('deps').db, { sportelloId: id, input: c.req.valid('json'), by: c.get('actor')!.userId, locale: c.get('locale') });
    return c.json(view, 201);
  });

  // Declared before /calls/{callId}, so "import" is never read as a call id (it is no uuid anyway).
  router.openapi(importRoute, async (c) => {
    const { id } = c.req.valid('param');
    await writableScope(c, id);
    const { text, fileName } = await csvOf(c);
    return c.json(await importOwnCallsCsv(c.get('deps').db, { sportelloId: id, text, fileName, by: c.get('actor')!.userId, locale: c.get('locale') }), 200);
  });

  router.openapi(getRoute, async (c) => {
    const { id, callId } = c.req.valid('param');
    await writableScope(c, id);
    const row = await getOwnCallRow(c.get('deps').db, id, callId);
    authorize(c.get('actor'), 'funding.edit_call', { type: 'funding_call', sportelloId: row.sportelloId });
    c.header('cache-control', 'private, no-store');
    return c.json(presentOwnCall(row), 200);
  });

  router.openapi(patchRoute, async (c) => {
    const { id, callId } = c.req.valid('param');
    await writableScope(c, id);
    const row = await getOwnCallRow(c.get('deps').db, id, callId);
    authorize(c.get('actor'), 'funding.edit_call', { type: 'funding_call', sportelloId: row.sportelloId });
    return c.json(await updateOwnCall(c.get('deps').db, { sportelloId: id, callId, patch: c.req.valid('json'), by: c.get('actor')!.userId, locale: c.get('locale') }), 200);
  });

  router.openapi(deleteRoute, async (c) => {
    const { id, callId } = c.req.valid('param');
    await writableScope(c, id);
    const row = await getOwnCallRow(c.get('deps').db, id, callId);
    authorize(c.get('actor'), 'funding.edit_call', { type: 'funding_call', sportelloId: row.sportelloId });
    await deleteOwnCall(c.get('deps').db, id, callId);
    return c.json({ ok: true as const }, 200);
  });

  router.openapi(businessesRoute, async (c) => {
    const { id, callId } = c.req.valid('param');
    authorize(c.get('actor'), 'funding.match_businesses', desk(id), { hiddenUnless: 'sportello.read' });
    const { db } = c.get('deps');
    const call = await callForSportello(db, id, callId);
    const items = await qualifyingBusinesses(db, { sportelloId: id, callId, locale: c.get('locale') });
    c.header('cache-control', 'private, no-store');
    return c.json({ call: { id: call.id, title: call.title, slug: call.slug, closesDay: call.closesDay }, items: items.slice(0, MAX_LISTED), total: items.length }, 200);
  });

  router.openapi(inviteRoute, async (c) => {
    const { id, callId } = c.req.valid('param');
    authorize(c.get('actor'), 'funding.match_businesses', desk(id), { hiddenUnless: 'sportello.read' });
    const results = await inviteBusinesses(c.get('deps').db, { sportelloId: id, callId, businessIds: c.req.valid('json').businessIds, by: c.get('actor')!.userId });
    const locale = c.get('locale');
    return c.json({ items: results.map((r) => ({ ...r, message: invitationOutcomeText(r.outcome, locale) })), invited: results.filter((r) => r.outcome === 'invited').length }, 200);
  });

  return router;
}
