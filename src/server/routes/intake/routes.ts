import { z } from '@hono/zod-openapi';
import { PLAIN_SECTORS } from '../../../domain/intake/sectors.js';
import { extractNeeds } from '../../../domain/intake/extract-needs.js';
import { authorize } from '../../../policy/index.js';
import { getIntakeRequest, listIntakeRequests } from '../../../services/intake/intake-requests.js';
import { submitIntake } from '../../../services/intake/submit-intake.js';
import { isKnownIdempotencyKey } from '../../../services/system/idempotency.js';
import { limitPublicWrite } from '../../limit-public-write.js';
import { mailWarnings } from '../traps/mail-warnings.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZUuidParam } from '../network/schema.js';
import { ZAnalyse, ZIdempotencyHeader, ZIntakeRequest, ZIntakeRequestBody, ZIntakeResult, ZNeedsProfile, ZSectorList } from './schema.js';

const tags = ['ascolto'];

const sectorsRoute = defineRoute({ method: 'get', path: '/intake/sectors', tags, summary: 'Everyday sector names mapped to ATECO divisions', permission: 'public', responses: { 200: json(ZSectorList) } });

const analyseRoute = defineRoute({
  method: 'post',
  path: '/intake/analyse',
  tags,
  summary: 'Read the areas of need in a free text (nothing is stored)',
  permission: 'public',
  request: jsonBody(ZAnalyse),
  responses: { 200: json(ZNeedsProfile), 422: problemResponses[422] },
});

const submitRoute = defineRoute({
  method: 'post',
  path: '/intake/requests',
  tags,
  summary: 'Send an ascolto; works without an account; repeat-safe with Idempotency-Key; limited per address and per sportello (429 with Retry-After)',
  permission: 'public',
  request: { headers: ZIdempotencyHeader, ...jsonBody(ZIntakeRequestBody) },
  responses: { 201: json(ZIntakeResult, 'Stored'), 200: json(ZIntakeResult, 'Already stored with this key'), 422: problemResponses[422], 429: problemResponses[429] },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/intake/requests/{id}',
  tags,
  summary: 'One ascolto request',
  permission: 'intake.read',
  request: { params: ZUuidParam },
  responses: { 200: json(ZIntakeRequest), 401: problemResponses[401], 404: problemResponses[404] },
});

const inboxRoute = defineRoute({
  method: 'get',
  path: '/sportelli/{id}/intake-requests',
  tags,
  summary: 'Requests routed to the sportello, newest first',
  permission: 'sportello.read_requests',
  request: { params: ZUuidParam },
  responses: { 200: json(z.object({ items: z.array(ZIntakeRequest) })), 401: problemResponses[401], 404: problemResponses[404] },
});

type TRow = Awaited<ReturnType<typeof getIntakeRequest>>;
function present(row: TRow, locale: 'it' | 'en'): z.infer<typeof ZIntakeRequest> {
  const { sportelloId: _s, ...rest } = row;
  return {
    ...rest,
    createdAt: row.createdAt.toISOString(),
    sectorLabel: PLAIN_SECTORS.find((s) => s.id === row.sectorId)?.label[locale] ?? null,
    proposedAreas: row.proposedAreas as z.infer<typeof ZIntakeRequest>['proposedAreas'],
    chosenAreas: row.chosenAreas as z.infer<typeof ZIntakeRequest>['chosenAreas'],
  };
}

export function intakeRoutes() {
  return createRouter()
    .openapi(sectorsRoute, (c) => c.json({ items: PLAIN_SECTORS.map(({ id, label, division }) => ({ id, label, division })) }, 200))
    .openapi(analyseRoute, (c) => c.json(extractNeeds(c.req.valid('json').text), 200))
    .openapi(submitRoute, async (c) => {
      const key = c.req.valid('header')['idempotency-key'];
      const body = c.req.valid('json');
      const { db } = c.get('deps');
      // A resend of the same draft stores nothing new, so it is never refused.
      if (!(await isKnownIdempotencyKey(db, 'intake', key))) await limitPublicWrite(c, 'intake', body.comuneIstat);
      const result = await submitIntake(db, body, key, c.get('actor')?.userId ?? null);
      if (!result.isReplay) await mailWarnings(c, body, result.body.warnings);
      return c.json(result.body, result.isReplay ? 200 : 201);
    })
    .openapi(getRoute, async (c) => {
      const row = await getIntakeRequest(c.get('deps').db, c.req.valid('param').id);
      authorize(c.get('actor'), 'intake.read', { type: 'business', businessId: row.businessId ?? '', sportelloId: row.sportelloId });
      return c.json(present(row, c.get('locale')), 200);
    })
    .openapi(inboxRoute, async (c) => {
      const { id } = c.req.valid('param');
      authorize(c.get('actor'), 'sportello.read_requests', { type: 'sportello', sportelloId: id });
      const rows = await listIntakeRequests(c.get('deps').db, id);
      return c.json({ items: rows.map((r) => present(r, c.get('locale'))) }, 200);
    });
}
