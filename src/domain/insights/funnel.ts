import { FUNNEL_STEPS, type TFunnelGroup, type TFunnelStepFigure } from './types.js';
import { roundOne } from './stats.js';

/** At most this many groups are listed (most contacts first); the rest only count in the total. */
export const FUNNEL_MAX_GROUPS = 100;

/**
 * What the SQL gives per group: for each step (FUNNEL_STEPS order) the strict count and the
 * "reached at all" count, and for each step after the first the median days from the previous one.
 */
export interface TFunnelRow {
  key: string | null;
  label: string | null;
  counts: readonly number[];
  reached: readonly number[];
  /** FUNNEL_STEPS.length − 1 entries: medians of days between consecutive steps. */
  medianDays: readonly (number | null)[];
}

/**
 * count ÷ previous count, or null when there is no previous step or it is zero.
 *
 * @example conversionOf(40, 100) // 0.4
 */
export function conversionOf(count: number, previous: number | null): number | null {
  if (previous === null || previous <= 0) return null;
  return Math.min(1, Math.max(0, count / previous));
}

/**
 * The steps of one group, with conversions from the previous step and shares of contacts.
 *
 * @example funnelSteps({ key: null, label: null, counts: [10, 8, 4, 2, 1, 0], reached: [10, 8, 5, 3, 1, 0], medianDays: [0, 3, 7, 2, null] })[2].conversion // 0.5
 */
export function funnelSteps(row: TFunnelRow): TFunnelStepFigure[] {
  const contacts = row.counts[0] ?? 0;
  return FUNNEL_STEPS.map((step, i) => {
    const count = Number(row.counts[i] ?? 0);
    const previous = i === 0 ? null : Number(row.counts[i - 1] ?? 0);
    return {
      step,
      count,
      reached: Math.max(count, Number(row.reached[i] ?? 0)),
      conversion: conversionOf(count, previous),
      shareOfContacts: contacts > 0 ? count / contacts : null,
      medianDaysFromPrevious: i === 0 || count === 0 ? null : roundOne(row.medianDays[i - 1] ?? null),
    };
  });
}

/**
 * Groups sorted by contacts (then by key, so the order is stable), at most `max`, and how many
 * were left out.
 *
 * @example groupFunnel(rows).groups[0].steps[0].count // the largest group's contacts
 */
export function groupFunnel(rows: readonly TFunnelRow[], max = FUNNEL_MAX_GROUPS): { groups: TFunnelGroup[]; groupsOmitted: number } {
  const sorted = [...rows].sort((a, b) => (b.counts[0] ?? 0) - (a.counts[0] ?? 0) || compareKeys(a.key, b.key));
  const kept = sorted.slice(0, Math.max(0, max));
  return { groups: kept.map((r) => ({ key: r.key, label: r.label, steps: funnelSteps(r) })), groupsOmitted: sorted.length - kept.length };
}

/** null ("none") last, the rest alphabetically. */
function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** A group with no case: every count zero (an empty period still draws the funnel). */
export function emptyFunnelRow(): TFunnelRow {
  return { key: null, label: null, counts: FUNNEL_STEPS.map(() => 0), reached: FUNNEL_STEPS.map(() => 0), medianDays: FUNNEL_STEPS.slice(1).map(() => null) };
}
