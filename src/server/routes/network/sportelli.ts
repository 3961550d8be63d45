import { can, authorize } from '../../../policy/index.js';
import type { TActor } from '../../../domain/network/actor.js';
import { listBusinessesOfSportello } from '../../../services/network/businesses.js';
import { createInvitation, listPendingInvitations, revokeInvitation } from '../../../services/network/invitations.js';
import { listMembers, removeMember } from '../../../services/network/members.js';
import { findSportelloForComune, getSportello, listSportelli, setProvinces } from '../../../services/network/sportelli.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { presentDates } from '../../presenters.js';
import { createRouter, defineRoute } from '../../route.js';
import {
  ZBusinessList,
  ZCreateInvitation,
  ZInvitation,
  ZInvitationList,
  ZInvitationParams,
  ZLookupQuery,
  ZLookupResult,
  ZMemberList,
  ZMemberParams,
  ZSetProvinces,
  ZSportelloDetail,
  ZSportelloList,
  ZUuidParam,
} from './schema.js';

const tags = ['sportelli'];
const desk = (sportelloId: string) => ({ type: 'sportello' as const, sportelloId });

const listRoute = defineRoute({ method: 'get', path: '/sportelli', tags, summary: 'Public list of sportelli and the provinces they serve', permission: 'public', responses: { 200: json(ZSportelloList) } });

const lookupRoute = defineRoute({
  method: 'get',
  path: '/sportelli/lookup',
  tags,
  summary: 'The sportello that serves a comune',
  permission: 'public',
  request: { query: ZLookupQuery },
  responses: { 200: json(ZLookupResult), 404: problemResponses[404], 422: problemResponses[422] },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}',
  tags,
  summary: 'A sportello with what the caller may do there',
  permission: 'sportello.read',
  request: { params: ZUuidParam },
  responses: { 200: json(ZSportelloDetail), 401: problemResponses[401], 404: problemResponses[404] },
});

const provincesRoute = defineRoute({
  method: 'put',
  path: '/sportelli/{id}/provinces',
  tags,
  summary: 'Set the provinces the sportello serves',
  permission: 'sportello.update',
  request: { params: ZUuidParam, ...jsonBody(ZSetProvinces) },
  responses: { 200: json(ZSportelloDetail), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] },
});

const membersRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/members',
  tags,
  summary: 'Coordinators and angels of the sportello',
  permission: 'sportello.read',
  request: { params: ZUuidParam },
  responses: { 200: json(ZMemberList), 401: problemResponses[401], 404: problemResponses[404] },
});

const removeMemberRoute = defineRoute({
  method: 'delete',
  path: '/sportelli/{id}/members/{membershipId}',
  tags,
  summary: 'Remove a role from a person',
  permission: 'sportello.manage_members',
  request: { params: ZMemberParams },
  responses: { 204: { description: 'Removed' }, 401: problemResponses[401], 404: problemResponses[404] },
});

const invitationsRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/invitations',
  tags,
  summary: 'Pending invitations',
  permission: 'sportello.invite',
  request: { params: ZUuidParam },
  responses: { 200: json(ZInvitationList), 401: problemResponses[401], 404: problemResponses[404] },
});

const inviteRoute = defineRoute({
  method: 'post',
  path: '/sportelli/{id}/invitations',
  tags,
  summary: 'Invite a coordinator or an angel by e-mail',
  permission: 'sportello.invite',
  request: { params: ZUuidParam, ...jsonBody(ZCreateInvitation) },
  responses: { 201: json(ZInvitation, 'Invited'), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] },
});

const revokeRoute = defineRoute({
  method: 'delete',
  path: '/sportelli/{id}/invitations/{invitationId}',
  tags,
  summary: 'Revoke a pending invitation',
  permission: 'sportello.invite',
  request: { params: ZInvitationParams },
  responses: { 204: { description: 'Revoked' }, 401: problemResponses[401], 404: problemResponses[404] },
});

const businessesRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/businesses',
  tags,
  summary: 'Businesses routed to the sportello',
  permission: 'sportello.update',
  request: { params: ZUuidParam },
  responses: { 200: json(ZBusinessList), 401: problemResponses[401], 404: problemResponses[404] },
});

function abilities(actor: TActor | null, sportelloId: string) {
  return {
    update: can(actor, 'sportello.update', desk(sportelloId)),
    manageMembers: can(actor, 'sportello.manage_members', desk(sportelloId)),
    invite: can(actor, 'sportello.invite', desk(sportelloId)),
  };
}

export function sportelliRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => c.json({ items: await listSportelli(c.get('deps').db) }, 200))
    .openapi(lookupRoute, async (c) => {
      return c.json(await findSportelloForComune(c.get('deps').db, c.req.valid('query').comune), 200);
    })
    .openapi(getRoute, async (c) => {
      const { id } = c.req.valid('param');
      authorize(c.get('actor'), 'sportello.read', desk(id));
      return c.json({ sportello: await getSportello(c.get('deps').db, id), abilities: abilities(c.get('actor'), id) }, 200);
    })
    .openapi(provincesRoute, async (c) => {
      const { id } = c.req.valid('param');
      authorize(c.get('actor'), 'sportello.update', desk(id), { hiddenUnless: 'sportello.read' });
      const sportello = await setProvinces(c.get('deps').db, id, c.req.valid('json').provinceCodes);
      return c.json({ sportello, abilities: abilities(c.get('actor'), id) }, 200);
    })
    .openapi(membersRoute, async (c) => {
      const { id } = c.req.valid('param');
      authorize(c.get('actor'), 'sportello.read', desk(id));
      const items = await listMembers(c.get('deps').db, id);
      return c.json({ items: items.map(({ createdAt: _createdAt, ...m }) => m) }, 200);
    })
    .openapi(removeMemberRoute, async (c) => {
      const { id, membershipId } = c.req.valid('param');
      authorize(c.get('actor'), 'sportello.manage_members', desk(id), { hiddenUnless: 'sportello.read' });
      await removeMember(c.get('deps').db, id, membershipId);
      return c.body(null, 204);
    })
    .openapi(invitationsRoute, async (c) => {
      const { id } = c.req.valid('param');
      authorize(c.get('actor'), 'sportello.invite', desk(id), { hiddenUnless: 'sportello.read' });
      const items = await listPendingInvitations(c.get('deps').db, id);
      return c.json({ items: items.map(presentDates) }, 200);
    })
    .openapi(inviteRoute, async (c) => {
      const { id } = c.req.valid('param');
      const actor = c.get('actor')!;
      authorize(actor, 'sportello.invite', desk(id), { hiddenUnless: 'sportello.read' });
      const { db, mailer, config } = c.get('deps');
      const body = c.req.valid('json');
      const created = await createInvitation(
        { db, mailer, baseUrl: config.baseUrl },
        { sportelloId: id, email: body.email, role: body.role, invitedBy: actor.userId, locale: c.get('locale') },
      );
      return c.json(presentDates(created), 201);
    })
    .openapi(revokeRoute, async (c) => {
      const { id, invitationId } = c.req.valid('param');
      authorize(c.get('actor'), 'sportello.invite', desk(id), { hiddenUnless: 'sportello.read' });
      await revokeInvitation(c.get('deps').db, id, invitationId);
      return c.body(null, 204);
    })
    .openapi(businessesRoute, async (c) => {
      const { id } = c.req.valid('param');
      authorize(c.get('actor'), 'sportello.update', desk(id), { hiddenUnless: 'sportello.read' });
      const rows = await listBusinessesOfSportello(c.get('deps').db, id);
      return c.json({ items: rows.map(({ createdAt: _c, ...b }) => b) }, 200);
    });
}
