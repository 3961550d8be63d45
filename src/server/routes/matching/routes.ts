import { z } from '@hono/zod-openapi';
import { authorize } from '../../../policy/index.js';
import { ensureAssignment } from '../../../services/matching/assignments.js';
import { currentAssignment } from '../../../services/matching/current-assignment.js';
import { loadMatchSubject, matchBusiness } from '../../../services/matching/match-business.js';
import { getBusiness } from '../../../services/network/businesses.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZUuidParam } from '../network/schema.js';

const tags = ['matching'];

const ZMatches = z
  .object({
    scope: z.enum(['sportello', 'network']),
    needs: z.record(z.string(), z.number()),
    items: z.array(
      z.object({
        angel: z.object({ userId: z.string(), name: z.string(), initials: z.string(), comuneName: z.string(), presentation: z.string(), modes: z.array(z.string()), languages: z.array(z.string()) }),
        score: z.number(),
        reasons: z.array(z.string()),
        distanceKm: z.number().nullable(),
        nextSlots: z.array(z.object({ startsAt: z.string(), endsAt: z.string() })),
      }),
    ),
  })
  .openapi('Matches');

const ZAssignment = z.object({ angelUserId: z.string(), angelName: z.string(), startedAt: z.string(), reason: z.string().nullable() }).nullable().openapi('Assignment');
const ZAssign = z.strictObject({ angelUserId: z.string().min(1).max(64), reason: z.string().trim().min(5).max(500) }).openapi('Assign');
const ZChoose = z.strictObject({ angelUserId: z.string().min(1).max(64) }).openapi('ChooseAngel');

const matchesRoute = defineRoute({ method: 'get', path: '/businesses/{id}/matches', tags, summary: 'The best three angels, with reasons and next free slots', permission: 'business.read', request: { params: ZUuidParam }, responses: { 200: json(ZMatches), 401: problemResponses[401], 404: problemResponses[404] } });
const currentRoute = defineRoute({ method: 'get', path: '/businesses/{id}/assignment', tags, summary: 'The angel who follows the business now', permission: 'business.read', request: { params: ZUuidParam }, responses: { 200: json(ZAssignment), 401: problemResponses[401], 404: problemResponses[404] } });
const chooseRoute = defineRoute({ method: 'post', path: '/businesses/{id}/choose-angel', tags, summary: 'The entrepreneur chooses an angel', permission: 'business.match', request: { params: ZUuidParam, ...jsonBody(ZChoose) }, responses: { 200: json(ZAssignment), 401: problemResponses[401], 404: problemResponses[404] } });
const assignRoute = defineRoute({ method: 'post', path: '/businesses/{id}/assignment', tags, summary: 'A coordinator assigns another angel, saying why', permission: 'business.assign', request: { params: ZUuidParam, ...jsonBody(ZAssign) }, responses: { 200: json(ZAssignment), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] } });

export function matchingRoutes() {
  return createRouter()
    .openapi(matchesRoute, async (c) => {
      const { db } = c.get('deps');
      // The business with what matching needs of it, in the read that checks it exists.
      const biz = await loadMatchSubject(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'business.read', { type: 'business', businessId: biz.id, sportelloId: biz.sportelloId });
      return c.json(await matchBusiness(db, biz, c.get('locale')), 200);
    })
    .openapi(currentRoute, async (c) => {
      const { db } = c.get('deps');
      const biz = await getBusiness(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'business.read', { type: 'business', businessId: biz.id, sportelloId: biz.sportelloId });
      return c.json(await currentAssignment(db, biz.id), 200);
    })
    .openapi(chooseRoute, async (c) => {
      const { db } = c.get('deps');
      const biz = await getBusiness(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'business.match', { type: 'business', businessId: biz.id, sportelloId: biz.sportelloId }, { hiddenUnless: 'business.read' });
      await ensureAssignment(db, biz.id, c.req.valid('json').angelUserId, c.get('actor')!.userId);
      return c.json(await currentAssignment(db, biz.id), 200);
    })
    .openapi(assignRoute, async (c) => {
      const { db } = c.get('deps');
      const biz = await getBusiness(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'business.assign', { type: 'business', businessId: biz.id, sportelloId: biz.sportelloId }, { hiddenUnless: 'business.read' });
      const body = c.req.valid('json');
      await ensureAssignment(db, biz.id, body.angelUserId, c.get('actor')!.userId, body.reason);
      return c.json(await currentAssignment(db, biz.id), 200);
    });
}
