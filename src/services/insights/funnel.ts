import { sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { formatDivision } from '../../domain/geo/ateco.js';
import { emptyFunnelRow, funnelSteps, groupFunnel, FUNNEL_MAX_GROUPS, type TFunnelRow } from '../../domain/insights/funnel.js';
import { periodBounds } from '../../domain/insights/period.js';
import { FUNNEL_STEPS, type TFunnelBreakdown, type TFunnelResult, type TInsightsPeriod, type TInsightsScope } from '../../domain/insights/types.js';
import type { TLocale } from '../../shared/locale.js';
import { resolveScope, sportelloFilter, withoutJit, type TResolvedScope } from './scope.js';

export interface TFunnelInput {
  scope: TInsightsScope;
  /** Rome days, already checked (domain/insights/period.ts `readPeriod`). */
  from: string;
  to: string;
  by?: TFunnelBreakdown;
  /** The language of sector labels (ATECO division names); default Italian. */
  locale?: TLocale;
}

type TAggRow = {
  key: string | null;
  c1: number; c2: number; c3: number; c4: number; c5: number; c6: number;
  r2: number; r3: number; r4: number; r5: number; r6: number;
  m2: number | null; m3: number | null; m4: number | null; m5: number | null; m6: number | null;
};

const KEY_OF: Record<TFunnelBreakdown, SQL> = {
  none: sql`null::text`,
  sportello: sql`c.sportello_id::text`,
  angel: sql`c.angel_user_id`,
  area: sql`a.area`,
  sector: sql`c.sector`,
};

/** The aggregate columns, the same for the total and for every group. */
const AGGREGATES = sql`
  count(*)::int as c1,
  count(*) filter (where s2)::int as c2, count(*) filter (where s3)::int as c3, count(*) filter (where s4)::int as c4,
  count(*) filter (where s5)::int as c5, count(*) filter (where s6)::int as c6,
  count(*) filter (where ascolto_at is not null)::int as r2, count(*) filter (where checkup_at is not null)::int as r3,
  count(*) filter (where meeting_at is not null)::int as r4, count(*) filter (where plan_at is not null)::int as r5,
  count(*) filter (where goal_at is not null)::int as r6,
  percentile_cont(0.5) within group (order by d2) as m2, percentile_cont(0.5) within group (order by d3) as m3,
  percentile_cont(0.5) within group (order by d4) as m4, percentile_cont(0.5) within group (order by d5) as m5,
  percentile_cont(0.5) within group (order by d6) as m6`;

/**
 * The cohort of cases whose first contact falls in the period, with the instant of every step
 * (docs/insights.md): one row per business (its first ascolto request, first submitted check-up,
 * first held meeting, plan, first goal reached; its first angel and first ascolto's areas only when
 * the breakdown needs them) and one per ascolto request not (yet) linked to a business.
 *
 * A business's first contact is the earlier of its registration and its first ascolto, so it can
 * fall in the period only if the business was registered on or after the period's start: the
 * cohort is read from business (sportello_id, created_at) first. Each step table is then joined on
 * the cohort and grouped once (hash joins on big cohorts, index probes on small ones), rather than
 * probed per case with correlated sub-queries.
 */
function casesQuery(scope: TResolvedScope, start: string, end: string, by: TFunnelBreakdown): SQL {
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
    ${needsAngel ? sql`an as (select distinct on (a.business_id) a.business_id, a.angel_user_id from assignment a join biz using (business_id) order by a.business_id, a.started_at),` : sql``}
    ${needsAreas ? sql`ar as (select distinct on (r.business_id) r.business_id, r.chosen_areas from intake_request r join biz using (business_id) order by r.business_id, r.created_at),` : sql``}
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
    ),
    strict as (
      select x.*,
        x.ascolto_at is not null as s2,
        x.ascolto_at is not null and x.checkup_at is not null as s3,
        x.ascolto_at is not null and x.checkup_at is not null and x.meeting_at is not null as s4,
        x.ascolto_at is not null and x.checkup_at is not null and x.meeting_at is not null and x.plan_at is not null as s5,
        x.ascolto_at is not null and x.checkup_at is not null and x.meeting_at is not null and x.plan_at is not null and x.goal_at is not null as s6
      from all_cases x
    ),
    flagged as (
      select x.*,
        case when s2 then greatest(0, extract(epoch from ascolto_at - contact_at) / 86400) end as d2,
        case when s3 then greatest(0, extract(epoch from checkup_at - ascolto_at) / 86400) end as d3,
        case when s4 then greatest(0, extract(epoch from meeting_at - checkup_at) / 86400) end as d4,
        case when s5 then greatest(0, extract(epoch from plan_at - meeting_at) / 86400) end as d5,
        case when s6 then greatest(0, extract(epoch from goal_at - plan_at) / 86400) end as d6
      from strict x
    )`;
}

function toRow(r: TAggRow, label: string | null): TFunnelRow {
  const n = (v: unknown) => Number(v ?? 0);
  const m = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    key: r.key,
    label,
    counts: [n(r.c1), n(r.c2), n(r.c3), n(r.c4), n(r.c5), n(r.c6)],
    reached: [n(r.c1), n(r.r2), n(r.r3), n(r.r4), n(r.r5), n(r.r6)],
    medianDays: [m(r.m2), m(r.m3), m(r.m4), m(r.m5), m(r.m6)],
  };
}

/**
 * The funnel (contact → ascolto → check-up → first meeting → plan → goal reached) of the cases
 * first in touch during the period, for one sportello or the whole network, with strict counts,
 * "reached at all" counts, conversions and median days between steps, and optionally a breakdown
 * by sportello, angel (the first assigned), area of need (each area asked in the first ascolto)
 * or sector (ATECO division). Everything is aggregated in PostgreSQL, in one statement.
 * Null when the sportello does not exist. Authorization is the caller's (src/policy/insights.ts).
 *
 * @example
 *   const funnel = await funnelFor(db, { scope: { sportelloId }, from: '2026-01-01', to: '2026-06-30', by: 'area' });
 *   funnel?.total.steps[2]; // { step: 'checkup', count: 40, reached: 44, conversion: 0.5, shareOfContacts: 0.4, medianDaysFromPrevious: 6 }
 */
export async function funnelFor(db: TDb, input: TFunnelInput): Promise<TFunnelResult | null> {
  const scope = await resolveScope(db, input.scope);
  if (!scope) return null;
  const by = input.by ?? 'none';
  const period: TInsightsPeriod = { from: input.from, to: input.to };
  const { start, end } = periodBounds(period);
  const grouped = by === 'none'
    ? sql``
    : sql`
      union all
      select ${KEY_OF[by]} as key, ${AGGREGATES}, false as is_total
      from flagged c ${by === 'area' ? sql`left join lateral (select jsonb_array_elements_text(case when jsonb_typeof(c.areas) = 'array' then c.areas else '[]'::jsonb end) as area) a on true` : sql``}
      group by 1`;
  const result = await withoutJit(db, (tx) =>
    tx.execute<TAggRow & { is_total: boolean }>(sql`
      with ${casesQuery(scope, start, end, by)}
      select null::text as key, ${AGGREGATES}, true as is_total from flagged
      ${grouped}`),
  );
  const totalRow = result.rows.find((r) => r.is_total);
  const groupRows = result.rows.filter((r) => !r.is_total);
  const labels = await labelsFor(db, by, groupRows.map((r) => r.key).filter((k): k is string => k !== null), input.locale ?? 'it');
  const { groups, groupsOmitted } = groupFunnel(groupRows.map((r) => toRow(r, r.key === null ? null : labels.get(r.key) ?? null)), FUNNEL_MAX_GROUPS);
  const total = totalRow ? toRow(totalRow, null) : emptyFunnelRow();
  return {
    scope,
    period,
    by,
    total: { key: null, label: null, steps: funnelSteps(total) },
    groups,
    groupsOmitted,
    computedAt: new Date().toISOString(),
  };
}

/** Names for the groups' keys: sportelli and angels from the database, sectors from ATECO. */
async function labelsFor(db: TDb, by: TFunnelBreakdown, keys: string[], locale: TLocale): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  if (by === 'sector') return new Map(keys.map((k) => [k, formatDivision(k, locale) ?? k]));
  if (by === 'sportello') {
    const rows = await db.execute<{ id: string; name: string }>(sql`select id::text as id, name from sportello where id::text = any(${sql.param(keys)}::text[])`);
    return new Map(rows.rows.map((r) => [r.id, r.name]));
  }
  if (by === 'angel') {
    const rows = await db.execute<{ id: string; name: string }>(sql`select id, name from "user" where id = any(${sql.param(keys)}::text[])`);
    return new Map(rows.rows.map((r) => [r.id, r.name]));
  }
  return new Map();
}

export { FUNNEL_STEPS };
