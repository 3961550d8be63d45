import { sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { formatDivision } from '../../domain/geo/ateco.js';
import { emptyFunnelRow, funnelSteps, groupFunnel, FUNNEL_MAX_GROUPS, type TFunnelRow } from '../../domain/insights/funnel.js';
import { periodBounds } from '../../domain/insights/period.js';
import { FUNNEL_STEPS, type TFunnelBreakdown, type TFunnelResult, type TInsightsPeriod, type TInsightsScope } from '../../domain/insights/types.js';
import type { TLocale } from '../../shared/locale.js';
import { resolveScope, sportelloFilter, type TResolvedScope } from './scope.js';

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
 * first held meeting, plan, first goal reached, first angel) and one per ascolto request not
 * (yet) linked to a business.
 */
function casesQuery(scope: TResolvedScope, start: string, end: string): SQL {
  return sql`
    cand as (
      select b.id from business b where b.created_at >= ${start}::timestamptz and b.created_at < ${end}::timestamptz ${sportelloFilter(scope, 'b.sportello_id')}
      union
      select r.business_id from intake_request r
      where r.business_id is not null and r.created_at >= ${start}::timestamptz and r.created_at < ${end}::timestamptz ${sportelloFilter(scope, 'r.sportello_id')}
    ),
    biz as (
      select b.id as business_id, b.sportello_id, b.ateco_division as sector, b.created_at as registered_at, fr.created_at as ascolto_at, fr.chosen_areas as areas
      from cand join business b on b.id = cand.id
      left join lateral (select r.created_at, r.chosen_areas from intake_request r where r.business_id = b.id order by r.created_at limit 1) fr on true
      where true ${sportelloFilter(scope, 'b.sportello_id')}
    ),
    biz_in as (
      select *, least(registered_at, coalesce(ascolto_at, registered_at)) as contact_at from biz
    ),
    steps as (
      select bi.business_id, bi.sportello_id, bi.sector, bi.areas, bi.contact_at, bi.ascolto_at,
        (select min(k.submitted_at) from checkup k where k.business_id = bi.business_id and k.status = 'submitted') as checkup_at,
        (select min(m.starts_at) from meeting m where m.business_id = bi.business_id and m.status = 'held') as meeting_at,
        p.created_at as plan_at,
        (select min(g.updated_at) from plan_goal g where g.plan_id = p.id and g.status = 'reached') as goal_at,
        (select a.angel_user_id from assignment a where a.business_id = bi.business_id order by a.started_at limit 1) as angel_user_id
      from biz_in bi left join plan p on p.business_id = bi.business_id
      where bi.contact_at >= ${start}::timestamptz and bi.contact_at < ${end}::timestamptz
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
  const result = await db.execute<TAggRow & { is_total: boolean }>(sql`
    with ${casesQuery(scope, start, end)}
    select null::text as key, ${AGGREGATES}, true as is_total from flagged
    ${grouped}`);
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
