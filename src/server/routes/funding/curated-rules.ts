import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { authorize } from '../../../policy/index.js';
import { addCuratedRule, callForRules, deleteCuratedRule, getCuratedRule, listCuratedRules } from '../../../services/funding/curated-rules.js';
import { AppError } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZAddRule, ZCallParam, ZRuleList, ZRuleParams, ZRulesQuery, ZRuleView } from './coordinators-schema.js';

const tags = ['funding'];
const errors = { 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] };
const scope = (sportelloId: string | null) => ({ type: 'funding_scope' as const, sportelloId });

// {callId} is a uuid, so these never answer for the public pages' /funding/calls/{slug}.
const listRoute = defineRoute({
  method: 'get',
  path: '/funding/calls/{callId}/rules',
  tags,
  summary: "A call's curated rules: the national ones, and a sportello's own with ?sportelloId (its coordinators)",
  permission: 'funding.write',
  request: { params: ZCallParam, query: ZRulesQuery },
  responses: { 200: json(ZRuleList), ...errors },
});

const addRoute = defineRoute({
  method: 'post',
  path: '/funding/calls/{callId}/rules',
  tags,
  summary: 'Add a curated rule with its https source: national (network admin) or a sportello’s (its coordinators)',
  permission: 'funding.write',
  request: { params: ZCallParam, ...jsonBody(ZAddRule) },
  responses: { 201: json(ZRuleView), ...errors },
});

const deleteRoute = defineRoute({
  method: 'delete',
  path: '/funding/calls/{callId}/rules/{ruleId}',
  tags,
  summary: 'Remove a curated rule (whoever manages its scope)',
  permission: 'funding.write',
  request: { params: ZRuleParams },
  responses: { 200: json(z.object({ ok: z.literal(true) })), ...errors },
});

/** The call, when the scope may see it: a national call from any scope, an own call only from its sportello. */
async function callInScope(c: Context<TAppEnv>, callId: string, sportelloId: string | null) {
  const call = await callForRules(c.get('deps').db, callId);
  if (call.sportelloId !== null && call.sportelloId !== sportelloId) throw new AppError('resource.not_found', 404);
  return call;
}

/**
 * Curated rules: facts a bando states only in prose (years in business, legal form, a headcount
 * cap), each with the page it is written on, so the check can use them.
 *
 * @example api.route('/', fundingRuleRoutes()); // POST /api/funding/calls/{callId}/rules
 */
export function fundingRuleRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(listRoute, async (c) => {
    const { callId } = c.req.valid('param');
    const sportelloId = c.req.valid('query').sportelloId ?? null;
    authorize(c.get('actor'), 'funding.write', scope(sportelloId));
    await callInScope(c, callId, sportelloId);
    c.header('cache-control', 'private, no-store');
    return c.json({ items: await listCuratedRules(c.get('deps').db, callId, sportelloId) }, 200);
  });

  router.openapi(addRoute, async (c) => {
    const { callId } = c.req.valid('param');
    const { sportelloId, rule } = c.req.valid('json');
    authorize(c.get('actor'), 'funding.write', scope(sportelloId));
    await callInScope(c, callId, sportelloId);
    return c.json(await addCuratedRule(c.get('deps').db, { callId, sportelloId, rule, by: c.get('actor')!.userId }), 201);
  });

  router.openapi(deleteRoute, async (c) => {
    const { callId, ruleId } = c.req.valid('param');
    const rule = await getCuratedRule(c.get('deps').db, callId, ruleId);
    authorize(c.get('actor'), 'funding.write', scope(rule.sportelloId));
    await deleteCuratedRule(c.get('deps').db, rule.id);
    return c.json({ ok: true as const }, 200);
  });

  return router;
}
