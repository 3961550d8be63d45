import { eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, comune, plan, planAction, planGoal, planLogEntry } from '../../db/schema/index.js';
import { sortByAttention, summarizePlan, type TPlanFigures } from '../../domain/plans/caseload.js';
import type { TPlanScope } from '../../policy/index.js';

export interface TPlanListItem extends TPlanFigures {
  businessId: string;
  businessName: string;
  comuneName: string;
  sportelloId: string | null;
  /** Null while the plan has not been started. */
  planId: string | null;
  /** The day of the newest meeting-log entry, 'YYYY-MM-DD'. */
  lastMeetingDate: string | null;
}

/** The scope as a filter on `business`; null when it can match nothing. */
function scopeFilter(scope: TPlanScope): SQL | null {
  const parts = [scope.businessIds.length ? inArray(business.id, scope.businessIds) : null, scope.sportelloIds.length ? inArray(business.sportelloId, scope.sportelloIds) : null].filter(
    (p): p is SQL => p !== null,
  );
  return parts.length ? (or(...parts) ?? null) : null;
}

/**
 * The plans in a scope with their figures, what needs attention first (caseload.ts says the
 * order). Three queries whatever the size of the list — businesses, goals, actions — so an
 * angel with 200 businesses or a coordinator with a whole province costs the same round trips.
 * Goals and actions are filtered by the same scope through a join, not by a list of plan ids,
 * so a big sportello never sends thousands of parameters.
 *
 * @example await listPlans(db, planScopeOf(actor), romeToday(new Date()))
 */
export async function listPlans(db: TDb, scope: TPlanScope, today: string): Promise<TPlanListItem[]> {
  const inScope = scopeFilter(scope);
  if (!inScope) return [];
  // The newest log day per plan: an index lookup on plan_log_plan_idx (plan_id, date).
  const lastMeetingDate = sql<string | null>`(select max(${planLogEntry.date})::text from ${planLogEntry} where ${planLogEntry.planId} = ${plan.id})`;
  const [rows, goals, actions] = await Promise.all([
    db
      .select({ businessId: business.id, businessName: business.name, comuneName: comune.name, sportelloId: business.sportelloId, planId: plan.id, lastMeetingDate })
      .from(business)
      .innerJoin(comune, eq(comune.istat, business.comuneIstat))
      .leftJoin(plan, eq(plan.businessId, business.id))
      .where(inScope),
    db
      .select({ planId: planGoal.planId, id: planGoal.id, status: planGoal.status, baseline: planGoal.baseline, target: planGoal.target, current: planGoal.current })
      .from(planGoal)
      .innerJoin(plan, eq(plan.id, planGoal.planId))
      .innerJoin(business, eq(business.id, plan.businessId))
      .where(inScope),
    db
      .select({ planId: planAction.planId, goalId: planAction.goalId, status: planAction.status, dueDate: planAction.dueDate })
      .from(planAction)
      .innerJoin(plan, eq(plan.id, planAction.planId))
      .innerJoin(business, eq(business.id, plan.businessId))
      .where(inScope),
  ]);

  const goalsByPlan = groupBy(goals, (g) => g.planId);
  const actionsByPlan = groupBy(actions, (a) => a.planId);
  const items = rows.map((row): TPlanListItem => {
    const planGoals = (row.planId ? goalsByPlan.get(row.planId) : undefined) ?? [];
    const figures = summarizePlan(
      planGoals.map((g) => ({ id: g.id, status: g.status, indicator: { baseline: g.baseline, target: g.target, current: g.current } })),
      (row.planId ? actionsByPlan.get(row.planId) : undefined) ?? [],
      today,
    );
    return { ...row, ...figures };
  });
  return sortByAttention(items);
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
