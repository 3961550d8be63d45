import { sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { formatDivision } from '../../domain/geo/ateco.js';
import { emptyFunnelRow, funnelSteps, groupFunnel, FUNNEL_MAX_GROUPS, type TFunnelRow } from '../../domain/insights/funnel.js';
import { periodBounds } from '../../domain/insights/period.js';
import type { TFunnelBreakdown, TFunnelResult, TInsightsPeriod, TInsightsScope } from '../../domain/insights/types.js';
import type { TLocale } from '../../shared/locale.js';
import { resolveScope, withoutJit, type TResolvedScope } from './scope.js';

export interface TFunnelInput {
  scope: TInsightsScope;
  /** Rome days, already checked (domain/insights/period.ts `readPeriod`). */
  from: string;
  to: string;
  by?: TFunnelBreakdown;
  /** The language of sector labels (ATECO division names); default Italian. */
  locale?: TLocale;
}

/**
 * Writes the CTE `all_cases` (and any it needs before it): one row per case of the cohort first in
 * touch in [start, end), with columns sportello_id, sector, areas (jsonb), angel_user_id and the
 * instants contact_at, ascolto_at, checkup_at, meeting_at, plan_at, goal_at. `by` says which of
 * the grouping columns the caller will read, so a source may leave the others null.
 */
export type TCasesSource = (scope: TResolvedScope, start: string, end: string, by: TFunnelBreakdown) => SQL;

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
  area: sql`a.area`, // by area the statement is written apart (funnelStatement)
  sector: sql`c.sector`,
};

/** The aggregate columns, the same for the total and for every group. */
const AGGREGATES = sql`
  count(*)::int as c1,
  count(*) filter (where s2)::int as c2, count(*) filter (where s3)::int as c3, count(*) filter (where s4)::int as c4,
  count(*) filter (where s5)::int as c5, count(*) filter (where s6)::int as c6,
  count(*) filter (where h2)::int as r2, count(*) filter (where h3)::int as r3,
  count(*) filter (where h4)::int as r4, count(*) filter (where h5)::int as r5,
  count(*) filter (where h6)::int as r6,
  percentile_cont(0.5) within group (order by d2) as m2, percentile_cont(0.5) within group (order by d3) as m3,
  percentile_cont(0.5) within group (order by d4) as m4, percentile_cont(0.5) within group (order by d5) as m5,
  percentile_cont(0.5) within group (order by d6) as m6`;

/** The one column a breakdown groups on, carried into `flagged` (nothing for `none`). */
const KEY_COLUMN: Record<TFunnelBreakdown, SQL> = {
  none: sql``,
  sportello: sql`x.sportello_id,`,
  angel: sql`x.angel_user_id,`,
  area: sql`x.areas,`,
  sector: sql`x.sector,`,
};

/**
 * After `all_cases`: whether each case counts at each step (strict: s2…s6; at all: h2…h6), and the
 * days between steps (d2…d6). Only what the aggregates read goes on, so the rows sorted for a
 * breakdown stay narrow.
 */
function flagged(by: TFunnelBreakdown): SQL {
  return sql`
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
      select ${KEY_COLUMN[by]} x.s2, x.s3, x.s4, x.s5, x.s6,
        x.ascolto_at is not null as h2, x.checkup_at is not null as h3, x.meeting_at is not null as h4, x.plan_at is not null as h5, x.goal_at is not null as h6,
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
 * The one statement of a funnel: the total row (`is_total`) and, with a breakdown, one row per
 * group, in a single pass over the cases (one scan, one sort): by sportello, angel or sector the
 * total is the grouping set `()` beside `(key)`; by area a case is one row for the total plus one
 * per area it named (or one "none" row), grouped on (is_total, area). Exported for the bench's
 * EXPLAIN (bench/insights/explain.ts).
 *
 * @example await db.execute(funnelStatement({ kind: 'network' }, start, end, 'none', journeyCases))
 */
export function funnelStatement(scope: TResolvedScope, start: string, end: string, by: TFunnelBreakdown, cases: TCasesSource): SQL {
  const head = sql`with ${cases(scope, start, end, by)}, ${flagged(by)}`;
  if (by === 'none') return sql`${head} select null::text as key, ${AGGREGATES}, true as is_total from flagged`;
  if (by === 'area') {
    return sql`${head}
      select a.area as key, ${AGGREGATES}, a.is_total
      from flagged c
      cross join lateral (
        select true as is_total, null::text as area
        union all
        select false, x.area from (
          select jsonb_array_elements_text(case when jsonb_typeof(c.areas) = 'array' then c.areas else '[]'::jsonb end) as area
          union all
          select null::text where jsonb_array_length(case when jsonb_typeof(c.areas) = 'array' then c.areas else '[]'::jsonb end) = 0
        ) x
      ) a
      group by a.is_total, a.area`;
  }
  return sql`${head}
      select ${KEY_OF[by]} as key, ${AGGREGATES}, grouping(${KEY_OF[by]}) = 1 as is_total
      from flagged c
      group by grouping sets ((), (${KEY_OF[by]}))`;
}

/**
 * The funnel of the cases a source gives: counts, "reached at all", medians, total and groups, in
 * one statement, then labels. The meaning of every figure is the same whatever the source
 * (docs/insights.md); `funnelFor` reads kept journeys, `funnelLiveFor` the step tables.
 *
 * @example await aggregateFunnel(db, { scope: { network: true }, from: '2026-01-01', to: '2026-06-30' }, journeyCases)
 */
export async function aggregateFunnel(db: TDb, input: TFunnelInput, cases: TCasesSource): Promise<TFunnelResult | null> {
  const scope = await resolveScope(db, input.scope);
  if (!scope) return null;
  const by = input.by ?? 'none';
  const period: TInsightsPeriod = { from: input.from, to: input.to };
  const { start, end } = periodBounds(period);
  const result = await withoutJit(db, async (tx) => {
    // A sportello's cohort (~90,000 cases on 1,000,000 businesses) sorted for a breakdown fits in
    // memory rather than spilling to disk at the default 4 MB.
    await tx.execute(sql`set local work_mem = '32MB'`);
    return tx.execute<TAggRow & { is_total: boolean }>(funnelStatement(scope, start, end, by, cases));
  });
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
