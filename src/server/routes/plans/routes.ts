import type { Context } from 'hono';
import { authorize } from '../../../policy/index.js';
import { getBusiness } from '../../../services/network/businesses.js';
import { addAction, addGoal, addReading, findPlanOfBusiness, getPlanView, listHistory, loadPlanRow, startPlan, updateAction, updateGoal } from '../../../services/plans/plans.js';
import { AppError } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZUuidParam } from '../network/schema.js';
import { ZActionInput, ZActionOut, ZActionParams, ZActionPatch, ZGoalInput, ZGoalOut, ZGoalParams, ZGoalPatch, ZHistory, ZPlanParams, ZPlanView, ZReadingInput } from './schema.js';

const tags = ['piano di rilancio'];
const errors = { 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] };

const startRoute = defineRoute({ method: 'post', path: '/businesses/{id}/plan', tags, summary: 'Start the relaunch plan (the angel, after the first meeting)', permission: 'plan.start', request: { params: ZUuidParam }, responses: { 200: json(ZPlanView), ...errors } });
const getRoute = defineRoute({ method: 'get', path: '/businesses/{id}/plan', tags, summary: 'The relaunch plan with goals, actions, progress and suggestions', permission: 'plan.read', request: { params: ZUuidParam }, responses: { 200: json(ZPlanView), ...errors } });
const addGoalRoute = defineRoute({ method: 'post', path: '/plans/{id}/goals', tags, summary: 'Add a goal with its indicator', permission: 'plan.edit', request: { params: ZPlanParams, ...jsonBody(ZGoalInput) }, responses: { 201: json(ZGoalOut), ...errors } });
const patchGoalRoute = defineRoute({ method: 'patch', path: '/plans/{id}/goals/{goalId}', tags, summary: 'Change a goal (send the version you saw)', permission: 'plan.edit', request: { params: ZGoalParams, ...jsonBody(ZGoalPatch) }, responses: { 200: json(ZGoalOut), ...errors } });
const readingRoute = defineRoute({ method: 'post', path: '/plans/{id}/goals/{goalId}/readings', tags, summary: "A new value of the goal's indicator", permission: 'plan.edit', request: { params: ZGoalParams, ...jsonBody(ZReadingInput) }, responses: { 201: json(ZGoalOut), ...errors } });
const addActionRoute = defineRoute({ method: 'post', path: '/plans/{id}/actions', tags, summary: 'Add an action under a goal', permission: 'plan.edit', request: { params: ZPlanParams, ...jsonBody(ZActionInput) }, responses: { 201: json(ZActionOut), ...errors } });
const patchActionRoute = defineRoute({ method: 'patch', path: '/plans/{id}/actions/{actionId}', tags, summary: 'Change an action (send the version you saw)', permission: 'plan.edit', request: { params: ZActionParams, ...jsonBody(ZActionPatch) }, responses: { 200: json(ZActionOut), ...errors } });
const historyRoute = defineRoute({ method: 'get', path: '/plans/{id}/history', tags, summary: 'Who changed what, newest first', permission: 'plan.read', request: { params: ZPlanParams }, responses: { 200: json(ZHistory), ...errors } });

/** The plan and its business, authorised: another sportello's plan answers 404. */
async function planFor(c: Context<TAppEnv>, planId: string, permission: 'plan.read' | 'plan.edit') {
  const { db } = c.get('deps');
  const row = await loadPlanRow(db, planId);
  const biz = await getBusiness(db, row.businessId);
  authorize(c.get('actor'), permission, { type: 'business', businessId: biz.id, sportelloId: biz.sportelloId }, { hiddenUnless: 'plan.read' });
  return row;
}

export function planRoutes() {
  return createRouter()
    .openapi(startRoute, async (c) => {
      const { db } = c.get('deps');
      const biz = await getBusiness(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'plan.start', { type: 'business', businessId: biz.id, sportelloId: biz.sportelloId }, { hiddenUnless: 'plan.read' });
      const row = await startPlan(db, biz.id, c.get('actor')!.userId);
      return c.json(await getPlanView(db, row.id, c.get('locale')), 200);
    })
    .openapi(getRoute, async (c) => {
      const { db } = c.get('deps');
      const biz = await getBusiness(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'plan.read', { type: 'business', businessId: biz.id, sportelloId: biz.sportelloId });
      const row = await findPlanOfBusiness(db, biz.id);
      if (!row) throw new AppError('plan.not_started', 404);
      return c.json(await getPlanView(db, row.id, c.get('locale')), 200);
    })
    .openapi(addGoalRoute, async (c) => {
      const row = await planFor(c, c.req.valid('param').id, 'plan.edit');
      return c.json(await addGoal(c.get('deps').db, row.id, c.req.valid('json'), c.get('actor')!.userId), 201);
    })
    .openapi(patchGoalRoute, async (c) => {
      const { id, goalId } = c.req.valid('param');
      const row = await planFor(c, id, 'plan.edit');
      const { version, ...patch } = c.req.valid('json');
      return c.json(await updateGoal(c.get('deps').db, row.id, goalId, version, patch, c.get('actor')!.userId), 200);
    })
    .openapi(readingRoute, async (c) => {
      const { id, goalId } = c.req.valid('param');
      const row = await planFor(c, id, 'plan.edit');
      return c.json(await addReading(c.get('deps').db, row.id, goalId, c.req.valid('json'), c.get('actor')!.userId), 201);
    })
    .openapi(addActionRoute, async (c) => {
      const row = await planFor(c, c.req.valid('param').id, 'plan.edit');
      return c.json(await addAction(c.get('deps').db, row.id, c.req.valid('json'), c.get('actor')!.userId), 201);
    })
    .openapi(patchActionRoute, async (c) => {
      const { id, actionId } = c.req.valid('param');
      const row = await planFor(c, id, 'plan.edit');
      const { version, ...patch } = c.req.valid('json');
      return c.json(await updateAction(c.get('deps').db, row.id, actionId, version, patch, c.get('actor')!.userId), 200);
    })
    .openapi(historyRoute, async (c) => {
      const row = await planFor(c, c.req.valid('param').id, 'plan.read');
      const items = await listHistory(c.get('deps').db, row.id);
      return c.json({ items: items.map((h) => ({ ...h, planId: undefined, at: h.at.toISOString() })) }, 200);
    });
}
