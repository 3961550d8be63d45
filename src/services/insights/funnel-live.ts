import { sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import type { TFunnelBreakdown, TFunnelResult } from '../../domain/insights/types.js';
import { aggregateFunnel, type TFunnelInput } from './funnel-aggregate.js';
import { sportelloFilter, type TResolvedScope } from './scope.js';

/**
 * The cohort read live from the step tables: one row per business (its first ascolto request,
 * first submitted check-up, first held meeting, plan, first goal reached; its first angel and first
 * ascolto's areas only when the breakdown needs them) and one per ascolto request not (yet)
 * linked to a business. This is the funnel's definition in SQL; the kept journeys
 * (business_journey, migration 0021) must always give the same figures.
 *
 * A business's first contact is the earlier of its registration and its first ascolto, so it can
 * fall in the period only if the business was registered on or after the period's start: the
 * cohort is read from business first, then each step table is joined on it and grouped once.
 */
export function liveCases(scope: TResolvedScope, start: string, end: string, by: TFunnelBreakdown): SQL {
  const needsAngel = by === 'angel';
  const needsAreas = by === 'area';
  return sql`
    cohort as materialized (
      select b.id as business_id, b.sportello_id, b.ateco_division, b.created_at from business b
      where b.created_at >= ${start}::timestamptz ${sportelloFilter(scope, 'b.sportello_id')}
    ),
    first_req as (
      select r.business_id, min(r.created_at) as at from intake_request r join cohort c using (business_id) group by r.business_id
    ),
    biz as materialized (
      select c.business_id, c.sportello_id, c.ateco_division as sector, fr.at as ascolto_at, least(c.created_at, coalesce(fr.at, c.created_at)) as contact_at
      from cohort c left join first_req fr using (business_id)
      where least(c.created_at, coalesce(fr.at, c.created_at)) < ${end}::timestamptz
        and coalesce(fr.at, c.created_at) >= ${start}::timestamptz
    ),
    ck as (select k.business_id, min(k.submitted_at) as at from checkup k join biz using (business_id) where k.status = 'submitted' group by k.business_id),
    mt as (select m.business_id, min(m.starts_at) as at from meeting m join biz using (business_id) where m.status = 'held' group by m.business_id),
    pl as (select p.business_id, p.id as plan_id, p.created_at as at from plan p join biz using (business_id)),
    gl as (select pl.business_id, min(g.updated_at) as at from plan_goal g join pl using (plan_id) where g.status = 'reached' group by pl.business_id),
    ${needsAngel ? sql`an as (select distinct on (a.business_id) a.business_id, a.angel_user_id from assignment a join biz using (business_id) order by a.business_id, a.started_at, a.id),` : sql``}
    ${needsAreas ? sql`ar as (select distinct on (r.business_id) r.business_id, r.chosen_areas from intake_request r join biz using (business_id) order by r.business_id, r.created_at, r.id),` : sql``}
    steps as (
      select biz.sportello_id, biz.sector, ${needsAreas ? sql`ar.chosen_areas` : sql`null::jsonb`} as areas, ${needsAngel ? sql`an.angel_user_id` : sql`null::text`} as angel_user_id,
        biz.contact_at, biz.ascolto_at, ck.at as checkup_at, mt.at as meeting_at, pl.at as plan_at, gl.at as goal_at
      from biz
      left join ck using (business_id) left join mt using (business_id) left join pl using (business_id) left join gl using (business_id)
      ${needsAngel ? sql`left join an using (business_id)` : sql``}
      ${needsAreas ? sql`left join ar using (business_id)` : sql``}
    ),
    all_cases as (
      select sportello_id, sector, areas, angel_user_id, contact_at, ascolto_at, checkup_at, meeting_at, plan_at, goal_at from steps
      union all
      select r.sportello_id, r.ateco_division, r.chosen_areas, null::text, r.created_at, r.created_at, null::timestamptz, null::timestamptz, null::timestamptz, null::timestamptz
      from intake_request r
      where r.business_id is null and r.created_at >= ${start}::timestamptz and r.created_at < ${end}::timestamptz ${sportelloFilter(scope, 'r.sportello_id')}
    )`;
}

/**
 * The funnel computed live from intake_request, checkup, meeting, plan, plan_goal and assignment,
 * as `funnelFor` computed it before the journeys were kept (1.4 s for a 90,000-business cohort).
 * Not used by the app: it is the reference the tests compare the kept journeys against, and the
 * bench's "before".
 *
 * @example
 *   const live = await funnelLiveFor(db, { scope: { sportelloId }, from: '2026-01-01', to: '2026-06-30' });
 *   expect(await funnelFor(db, same)).toMatchObject({ total: live!.total });
 */
export function funnelLiveFor(db: TDb, input: TFunnelInput): Promise<TFunnelResult | null> {
  return aggregateFunnel(db, input, liveCases);
}
