import { sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { FUNNEL_STEPS, type TFunnelResult } from '../../domain/insights/types.js';
import { aggregateFunnel, type TFunnelInput } from './funnel-aggregate.js';
import { sportelloFilter, type TResolvedScope } from './scope.js';

export type { TFunnelInput } from './funnel-aggregate.js';

/**
 * The cohort from the kept journeys: one `business_journey` row per business, with the instant
 * of every step already there (kept by triggers on the step tables, migration 0021), found by
 * (sportello_id, contact_at); and one case per ascolto request not (yet) linked to a business.
 */
export function journeyCases(scope: TResolvedScope, start: string, end: string): SQL {
  return sql`
    all_cases as (
      select j.sportello_id, j.sector, j.areas, j.angel_user_id, j.contact_at, j.ascolto_at, j.checkup_at, j.meeting_at, j.plan_at, j.goal_at
      from business_journey j
      where j.contact_at >= ${start}::timestamptz and j.contact_at < ${end}::timestamptz ${sportelloFilter(scope, 'j.sportello_id')}
      union all
      select r.sportello_id, r.ateco_division, r.chosen_areas, null::text, r.created_at, r.created_at, null::timestamptz, null::timestamptz, null::timestamptz, null::timestamptz
      from intake_request r
      where r.business_id is null and r.created_at >= ${start}::timestamptz and r.created_at < ${end}::timestamptz ${sportelloFilter(scope, 'r.sportello_id')}
    )`;
}

/**
 * The funnel (contact → ascolto → check-up → first meeting → plan → goal reached) of the cases
 * first in touch during the period, for one sportello or the whole network, with strict counts,
 * "reached at all" counts, conversions and median days between steps, and optionally a breakdown
 * by sportello, angel (the first assigned), area of need (each area asked in the first ascolto)
 * or sector (ATECO division). Aggregated in PostgreSQL in one statement over the kept journeys;
 * the same figures as the live definition (`funnelLiveFor`). Null when the sportello does not
 * exist. Authorization is the caller's (src/policy/insights.ts).
 *
 * @example
 *   const funnel = await funnelFor(db, { scope: { sportelloId }, from: '2026-01-01', to: '2026-06-30', by: 'area' });
 *   funnel?.total.steps[2]; // { step: 'checkup', count: 40, reached: 44, conversion: 0.5, shareOfContacts: 0.4, medianDaysFromPrevious: 6 }
 */
export function funnelFor(db: TDb, input: TFunnelInput): Promise<TFunnelResult | null> {
  return aggregateFunnel(db, input, journeyCases);
}

export { FUNNEL_STEPS };
