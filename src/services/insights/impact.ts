import { sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { CHECKUP_AREAS, DMA_DIMENSIONS } from '../../domain/checkup/questionnaire.js';
import { periodBounds } from '../../domain/insights/period.js';
import { roundOne, spreadOf } from '../../domain/insights/stats.js';
import { IMPACT_MIN_GROUP, type TImpactResult, type TImpactSection, type TInsightsPeriod, type TInsightsScope } from '../../domain/insights/types.js';
import { resolveScope, sportelloFilter } from './scope.js';

export interface TImpactInput {
  scope: TInsightsScope;
  /** Rome days, already checked (domain/insights/period.ts `readPeriod`). */
  from: string;
  to: string;
}

type TSpreadRow = { key: string; n: number; q: number[] | null };

const SECTIONS: { key: string; kind: TImpactSection['kind'] }[] = [
  ...CHECKUP_AREAS.map((key) => ({ key, kind: 'area' as const })),
  ...DMA_DIMENSIONS.map((key) => ({ key, kind: 'dimension' as const })),
  { key: 'overall', kind: 'overall' },
];

/** The JSON path of a section's score in a stored check-up result. */
function scorePath(kind: TImpactSection['kind']): string {
  return kind === 'area' ? 'areas' : kind === 'dimension' ? 'dimensions' : '';
}

function spreadFrom(row: TSpreadRow | undefined) {
  if (!row) return spreadOf({ n: 0, median: null, q1: null, q3: null });
  const [q1, median, q3] = row.q ?? [null, null, null];
  return spreadOf({ n: Number(row.n), median: median ?? null, q1: q1 ?? null, q3: q3 ?? null });
}

/**
 * The impact of one sportello or the whole network in a period, aggregated in PostgreSQL:
 * - check-ups: for businesses whose T1 (round 2) was submitted in the period, T1 − T0 per section
 *   (six areas, six DMA dimensions, overall) as median and quartiles; a section with fewer than
 *   five businesses (IMPACT_MIN_GROUP) is suppressed, count included;
 * - goals by kind (the indicator's unit): reached in the period (status `reached`, last change
 *   in it) and set in it;
 * - hours logged in the plan log during the period, and those of "noleggia un manager" engagements;
 * - satisfaction: ratings after meetings held in the period (suppressed below five).
 * Null when the sportello does not exist. Authorization is the caller's.
 *
 * @example
 *   const impact = await impactFor(db, { scope: { network: true }, from: '2026-01-01', to: '2026-12-31' });
 *   impact?.checkups.sections.find((s) => s.section === 'overall')?.change; // { isSuppressed: false, n: 12, median: 8, q1: 3, q3: 14 }
 */
export async function impactFor(db: TDb, input: TImpactInput): Promise<TImpactResult | null> {
  const scope = await resolveScope(db, input.scope);
  if (!scope) return null;
  const period: TInsightsPeriod = { from: input.from, to: input.to };
  const { start, end } = periodBounds(period);
  const inPeriod = (column: string) => sql`${sql.raw(column)} >= ${start}::timestamptz and ${sql.raw(column)} < ${end}::timestamptz`;
  const sectionValues = sql.join(
    SECTIONS.map((s) => sql`(${s.key}, ${scorePath(s.kind)})`),
    sql`, `,
  );

  const [checkups, goals, hours, satisfaction] = await Promise.all([
    db.execute<TSpreadRow & { compared: number }>(sql`
      with pairs as (
        select t0.result as r0, t1.result as r1
        from checkup t1
        join business b on b.id = t1.business_id
        join checkup t0 on t0.business_id = t1.business_id and t0.round = 1 and t0.status = 'submitted'
        where t1.round = 2 and t1.status = 'submitted' and ${inPeriod('t1.submitted_at')} ${sportelloFilter(scope, 'b.sportello_id')}
      ),
      deltas as (
        select s.key,
          case when jsonb_typeof(case when s.path = '' then p.r1 -> s.key else p.r1 -> s.path -> s.key end) = 'number'
                and jsonb_typeof(case when s.path = '' then p.r0 -> s.key else p.r0 -> s.path -> s.key end) = 'number'
            then (case when s.path = '' then p.r1 ->> s.key else p.r1 -> s.path ->> s.key end)::float8
               - (case when s.path = '' then p.r0 ->> s.key else p.r0 -> s.path ->> s.key end)::float8
          end as delta
        from pairs p cross join (values ${sectionValues}) as s(key, path)
      )
      select d.key, count(d.delta)::int as n,
        percentile_cont(array[0.25, 0.5, 0.75]::float8[]) within group (order by d.delta) as q,
        (select count(*)::int from pairs) as compared
      from deltas d group by d.key`),
    db.execute<{ kind: string; reached: number; set: number }>(sql`
      select g.unit as kind,
        count(*) filter (where g.status = 'reached' and ${inPeriod('g.updated_at')})::int as reached,
        count(*) filter (where ${inPeriod('g.created_at')})::int as set
      from plan_goal g join plan p on p.id = g.plan_id join business b on b.id = p.business_id
      where ((g.status = 'reached' and ${inPeriod('g.updated_at')}) or ${inPeriod('g.created_at')}) ${sportelloFilter(scope, 'b.sportello_id')}
      group by g.unit order by reached desc, set desc, g.unit`),
    db.execute<{ hours: number; plans: number; engagements: number; engagement_hours: number; packaged: number }>(sql`
      with entries as (
        select l.plan_id, l.hours from plan_log_entry l join plan p on p.id = l.plan_id join business b on b.id = p.business_id
        where l.date >= ${period.from}::date and l.date <= ${period.to}::date ${sportelloFilter(scope, 'b.sportello_id')}
      ),
      plans as (select distinct plan_id from entries)
      select coalesce(sum(e.hours), 0)::float8 as hours,
        (select count(*)::int from plans) as plans,
        (select count(*)::int from plan_engagement pe join plans using (plan_id)) as engagements,
        coalesce(sum(e.hours) filter (where exists (select 1 from plan_engagement pe where pe.plan_id = e.plan_id)), 0)::float8 as engagement_hours,
        (select coalesce(sum(pe.hours_package + pe.approved_extra_hours), 0)::float8 from plan_engagement pe join plans using (plan_id)) as packaged
      from entries e`),
    db.execute<{ held: number; n: number; q: number[] | null; mean: number | null; d1: number; d2: number; d3: number; d4: number; d5: number }>(sql`
      select count(*)::int as held, count(m.feedback_rating)::int as n,
        percentile_cont(array[0.25, 0.5, 0.75]::float8[]) within group (order by m.feedback_rating) as q,
        avg(m.feedback_rating)::float8 as mean,
        count(*) filter (where m.feedback_rating = 1)::int as d1, count(*) filter (where m.feedback_rating = 2)::int as d2,
        count(*) filter (where m.feedback_rating = 3)::int as d3, count(*) filter (where m.feedback_rating = 4)::int as d4,
        count(*) filter (where m.feedback_rating = 5)::int as d5
      from meeting m join business b on b.id = m.business_id
      where m.status = 'held' and ${inPeriod('m.starts_at')} ${sportelloFilter(scope, 'b.sportello_id')}`),
  ]);

  const bySection = new Map(checkups.rows.map((r) => [r.key, r]));
  const compared = Number(checkups.rows[0]?.compared ?? 0);
  const h = hours.rows[0];
  const s = satisfaction.rows[0];
  const rating = spreadFrom(s ? { key: 'rating', n: s.n, q: s.q } : undefined);
  return {
    scope,
    period,
    checkups: {
      compared: compared >= IMPACT_MIN_GROUP ? compared : null,
      sections: SECTIONS.map(({ key, kind }) => ({ section: key, kind, change: compared >= IMPACT_MIN_GROUP ? spreadFrom(bySection.get(key)) : { isSuppressed: true } })),
    },
    goals: goals.rows.map((g) => ({ kind: g.kind, reached: Number(g.reached), set: Number(g.set) })),
    hours: {
      hoursLogged: roundOne(Number(h?.hours ?? 0)) ?? 0,
      plansWithHours: Number(h?.plans ?? 0),
      engagements: Number(h?.engagements ?? 0),
      engagementHours: roundOne(Number(h?.engagement_hours ?? 0)) ?? 0,
      engagementHoursPackaged: roundOne(Number(h?.packaged ?? 0)) ?? 0,
    },
    satisfaction: {
      rating,
      mean: rating.isSuppressed ? null : roundOne(Number(s?.mean)),
      distribution: rating.isSuppressed || !s ? null : [s.d1, s.d2, s.d3, s.d4, s.d5].map(Number),
      meetingsHeld: Number(s?.held ?? 0),
    },
    computedAt: new Date().toISOString(),
  };
}
