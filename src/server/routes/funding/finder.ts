import type { OpenAPIHono } from '@hono/zod-openapi';
import { checkFundingFacts } from '../../../domain/funding/finder.js';
import { authorize } from '../../../policy/index.js';
import { findCallsForBusiness, loadFinderBusiness, tryFindCalls, type TFinderFilters } from '../../../services/funding/finder/find-calls.js';
import { updateFundingFacts } from '../../../services/funding/finder/funding-facts.js';
import { followCall, unfollowCall } from '../../../services/funding/finder/follows.js';
import { fundingToday } from '../../../services/funding/finder/today.js';
import { getBusiness } from '../../../services/network/businesses.js';
import { AppError } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZUuidParam } from '../network/schema.js';
import { ZBusinessFinderResult, ZFinderFilters, ZFollowParams, ZFundingFacts, ZFundingFactsBody, ZTryQuery, ZTryResult } from './finder-schema.js';

const tags = ['funding'];

const forBusinessRoute = defineRoute({
  method: 'get',
  path: '/businesses/{id}/funding',
  tags,
  summary: '"Bandi per te": calls checked for the business and ranked, with reasons, and the ones followed',
  permission: 'funding.read_verdicts',
  request: { params: ZUuidParam, query: ZFinderFilters },
  responses: { 200: json(ZBusinessFinderResult), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] },
});

const tryRoute = defineRoute({
  method: 'get',
  path: '/funding/try',
  tags,
  summary: 'Try the finder without an account: a comune, a sector and a size; nothing is stored',
  permission: 'public',
  request: { query: ZTryQuery },
  responses: { 200: json(ZTryResult), 422: problemResponses[422] },
});

const factsRoute = defineRoute({
  method: 'patch',
  path: '/businesses/{id}/funding-facts',
  tags,
  summary: 'Complete the facts calls ask for (ATECO code, turnover, balance sheet, foundation day, legal form)',
  permission: 'business.update',
  request: { params: ZUuidParam, ...jsonBody(ZFundingFactsBody) },
  responses: { 200: json(ZFundingFacts), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] },
});

const followRoute = defineRoute({
  method: 'put',
  path: '/businesses/{id}/funding/follows/{callId}',
  tags,
  summary: 'Follow a call for the business (its alerts come to me); repeat-safe',
  permission: 'funding.follow',
  request: { params: ZFollowParams },
  responses: { 204: { description: 'Followed' }, 401: problemResponses[401], 404: problemResponses[404] },
});

const unfollowRoute = defineRoute({
  method: 'delete',
  path: '/businesses/{id}/funding/follows/{callId}',
  tags,
  summary: 'Stop following a call; repeat-safe',
  permission: 'funding.follow',
  request: { params: ZFollowParams },
  responses: { 204: { description: 'Not followed' }, 401: problemResponses[401], 404: problemResponses[404] },
});

type TQuery = { kind?: TFinderFilters['kind']; minAmount?: number; closingWithin?: number; territory?: TFinderFilters['territory']; verdict?: TFinderFilters['verdict']; recent?: 'true' | 'false'; page: number; pageSize: number };

const filtersOf = (q: TQuery): TFinderFilters => ({
  kind: q.kind,
  minAmount: q.minAmount,
  closingWithinDays: q.closingWithin,
  territory: q.territory,
  verdict: q.verdict,
  includeRecent: q.recent === 'true',
  page: q.page,
  pageSize: q.pageSize,
});

/**
 * The funding finder: "Bandi per te" for a business, the try for visitors, the facts that
 * settle a "da verificare", and following a call.
 *
 * @example api.route('/', fundingFinderRoutes()); // GET /api/funding/try?comune=058091&size=micro
 */
export function fundingFinderRoutes(): OpenAPIHono<TAppEnv> {
  return createRouter()
    .openapi(forBusinessRoute, async (c) => {
      const { db } = c.get('deps');
      const actor = c.get('actor')!;
      const subject = await loadFinderBusiness(db, c.req.valid('param').id);
      authorize(actor, 'funding.read_verdicts', { type: 'business', businessId: subject.id, sportelloId: subject.sportelloId });
      const result = await findCallsForBusiness(db, subject, actor.userId, filtersOf(c.req.valid('query')), fundingToday(), c.get('locale'));
      return c.json(result, 200);
    })
    .openapi(tryRoute, async (c) => {
      const q = c.req.valid('query');
      const locale = c.get('locale');
      let atecoCode: string | null = null;
      if (q.ateco) {
        const checked = checkFundingFacts({ atecoCode: q.ateco }, fundingToday(), locale);
        if (!checked.ok) throw new AppError('request.invalid', 422, checked.problems.map((p) => ({ ...p, field: 'ateco' })));
        atecoCode = checked.facts.atecoCode ?? null;
      }
      const result = await tryFindCalls(c.get('deps').db, { comuneIstat: q.comune, atecoCode, size: q.size ?? null }, filtersOf(q), fundingToday(), locale);
      return c.json(result, 200);
    })
    .openapi(factsRoute, async (c) => {
      const { db } = c.get('deps');
      const found = await getBusiness(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'business.update', { type: 'business', businessId: found.id, sportelloId: found.sportelloId }, { hiddenUnless: 'business.read' });
      return c.json(await updateFundingFacts(db, found.id, c.req.valid('json'), fundingToday(), c.get('locale')), 200);
    })
    .openapi(followRoute, async (c) => {
      const { db } = c.get('deps');
      const { id, callId } = c.req.valid('param');
      const found = await getBusiness(db, id);
      const actor = c.get('actor')!;
      authorize(actor, 'funding.follow', { type: 'business', businessId: found.id, sportelloId: found.sportelloId }, { hiddenUnless: 'business.read' });
      await followCall(db, { businessId: found.id, sportelloId: found.sportelloId, callId, userId: actor.userId });
      return c.body(null, 204);
    })
    .openapi(unfollowRoute, async (c) => {
      const { db } = c.get('deps');
      const { id, callId } = c.req.valid('param');
      const found = await getBusiness(db, id);
      const actor = c.get('actor')!;
      authorize(actor, 'funding.follow', { type: 'business', businessId: found.id, sportelloId: found.sportelloId }, { hiddenUnless: 'business.read' });
      await unfollowCall(db, { businessId: found.id, callId, userId: actor.userId });
      return c.body(null, 204);
    });
}
