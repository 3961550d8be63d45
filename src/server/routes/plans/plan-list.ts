import { authorize, can, planScopeOf } from '../../../policy/index.js';
import { romeToday } from '../../../domain/plans/calendar.js';
import { listPlans } from '../../../services/plans/plan-list.js';
import { json, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZPlanList } from './schema.js';

const listRoute = defineRoute({
  method: 'get',
  path: '/plans',
  tags: ['piano di rilancio'],
  summary: 'The plans I follow: overdue first, then not started, then by name',
  description:
    "An angel's businesses with an assignment still open, a coordinator's sportelli, an entrepreneur's own businesses. " +
    'Order: plans with overdue actions (most overdue first), then businesses whose plan has not started, then the others; ties by name.',
  permission: 'plan.list',
  responses: { 200: json(ZPlanList), 401: problemResponses[401] },
});

export function planListRoutes() {
  return createRouter().openapi(listRoute, async (c) => {
    const actor = c.get('actor')!;
    authorize(actor, 'plan.list', { type: 'user', userId: actor.userId });
    const rows = await listPlans(c.get('deps').db, planScopeOf(actor), romeToday(new Date()));
    // The scope mirrors 'plan.read'; asking the policy line by line keeps it the only judge.
    const items = rows
      .filter((r) => can(actor, 'plan.read', { type: 'business', businessId: r.businessId, sportelloId: r.sportelloId }))
      .map(({ businessId, businessName, comuneName, planId, progress, overdueActions, nextDueDate, lastMeetingDate }) => ({
        businessId,
        businessName,
        comuneName,
        planId,
        progress,
        overdueActions,
        nextDueDate,
        lastMeetingDate,
      }));
    return c.json({ items }, 200);
  });
}
