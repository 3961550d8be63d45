import { acceptInvitation, findOpenInvitation } from '../../../services/network/invitations.js';
import { json, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZInvitationPreview, ZTokenParam } from './schema.js';
import { z } from '@hono/zod-openapi';

const tags = ['invitations'];

const previewRoute = defineRoute({
  method: 'get',
  path: '/invitations/{token}',
  tags,
  summary: 'What an invitation offers (the token is the secret)',
  permission: 'public',
  request: { params: ZTokenParam },
  responses: { 200: json(ZInvitationPreview), 404: problemResponses[404] },
});

const acceptRoute = defineRoute({
  method: 'post',
  path: '/invitations/{token}/accept',
  tags,
  summary: 'Accept an invitation with the signed-in account',
  permission: 'signed_in',
  request: { params: ZTokenParam },
  responses: { 200: json(z.object({ sportelloId: z.uuid() })), 401: problemResponses[401], 404: problemResponses[404] },
});

export function invitationRoutes() {
  return createRouter()
    .openapi(previewRoute, async (c) => {
      const found = await findOpenInvitation(c.get('deps').db, c.req.valid('param').token);
      return c.json({ sportelloName: found.sportelloName, role: found.role, email: found.email, expiresAt: found.expiresAt.toISOString() }, 200);
    })
    .openapi(acceptRoute, async (c) => {
      const result = await acceptInvitation(c.get('deps').db, c.req.valid('param').token, c.get('actor')!.userId);
      return c.json(result, 200);
    });
}
