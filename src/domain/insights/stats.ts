import { IMPACT_MIN_GROUP, type TSpread } from './types.js';

/**
 * The p-quantile (0–1) of numbers by linear interpolation between closest ranks: the same as
 * PostgreSQL's `percentile_cont(p)`, so figures computed in SQL and in tests agree. Null for none.
 *
 * @example quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantile(values: readonly number[], p: number): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.min(1, Math.max(0, p)) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/**
 * The median (percentile_cont 0.5). Null for no values.
 *
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** One decimal, for days and points (null stays null). */
export function roundOne(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.round(value * 10) / 10;
}

/**
 * A spread to show, or nothing for a group smaller than IMPACT_MIN_GROUP: then not even the
 * count goes out, so a small group's members cannot be told apart.
 *
 * @example spreadOf({ n: 4, median: 10, q1: 5, q3: 12 }) // { isSuppressed: true }
 * @example spreadOf({ n: 7, median: 10, q1: 5, q3: 12 }) // { isSuppressed: false, n: 7, median: 10, q1: 5, q3: 12 }
 */
export function spreadOf(row: { n: number; median: number | null; q1: number | null; q3: number | null }): TSpread {
  if (!(row.n >= IMPACT_MIN_GROUP) || row.median === null || row.q1 === null || row.q3 === null) return { isSuppressed: true };
  return { isSuppressed: false, n: row.n, median: roundOne(row.median)!, q1: roundOne(row.q1)!, q3: roundOne(row.q3)! };
}

/**
 * The spread of raw values (tests, small data): quartiles as percentile_cont, suppressed below
 * IMPACT_MIN_GROUP.
 *
 * @example spreadOfValues([1, 2, 3, 4, 5]) // { isSuppressed: false, n: 5, median: 3, q1: 2, q3: 4 }
 */
export function spreadOfValues(values: readonly number[]): TSpread {
  const finite = values.filter((v) => Number.isFinite(v));
  return spreadOf({ n: finite.length, median: quantile(finite, 0.5), q1: quantile(finite, 0.25), q3: quantile(finite, 0.75) });
}
