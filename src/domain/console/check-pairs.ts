/**
 * The pairs a coordinator confirms after "Assegna tutte", checked again against the hard rules
 * and the angels' free places as they are at that moment. All or nothing: the caller stores
 * the pairs only when this finds no problem. Pure; the service loads the state inside the
 * transaction that then writes.
 */
import { evaluateAngel, prepareBusiness } from '../matching/evaluate-angel.js';
import type { TMatchAngel, TMatchBusiness } from '../matching/types.js';

/**
 * Why one pair cannot be stored. `stale`: the state changed since the preview (try a new
 * preview); `infeasible`: the pair never was possible.
 */
export type TPairProblem =
  /** The business is not an open request of this sportello (unknown, or of another). */
  | 'business_unknown'
  /** The business got an angel meanwhile. */
  | 'business_taken'
  /** The angel is not a qualified angel of this sportello. */
  | 'angel_unknown'
  /** The angel paused meanwhile. */
  | 'angel_paused'
  /** The angel has no free place left for this pair (counting the others confirmed with it). */
  | 'angel_full'
  /** The hard rules refuse the pair (language, in person out of the radius, remote not offered). */
  | 'hard_rules';

export const STALE_PROBLEMS: ReadonlySet<TPairProblem> = new Set(['business_taken', 'angel_paused', 'angel_full']);

export interface TPairToCheck {
  businessId: string;
  angelUserId: string;
}

export interface TPairState {
  /** Open requests of the sportello, in the matching format, keyed by id. */
  businesses: ReadonlyMap<string, TMatchBusiness>;
  /** Businesses of the sportello with an open assignment now. */
  takenBusinessIds: ReadonlySet<string>;
  /** Qualified angels of the sportello, open cases counted now. */
  angels: ReadonlyMap<string, TMatchAngel>;
}

export interface TPairIssue {
  index: number;
  problem: TPairProblem;
}

/**
 * Every pair that cannot be stored, with why; empty when all can. Places are counted in the
 * list's order, so of three pairs to an angel with two places the third is `angel_full`.
 *
 * @example checkPairs([{ businessId: 'b1', angelUserId: 'a1' }], state); // [] or [{ index: 0, problem: 'angel_full' }]
 */
export function checkPairs(pairs: readonly TPairToCheck[], state: TPairState): TPairIssue[] {
  const issues: TPairIssue[] = [];
  const taken = new Map<string, number>();
  pairs.forEach((pair, index) => {
    const fail = (problem: TPairProblem) => issues.push({ index, problem });
    const angel = state.angels.get(pair.angelUserId);
    if (state.takenBusinessIds.has(pair.businessId)) return fail('business_taken');
    const business = state.businesses.get(pair.businessId);
    if (!business) return fail('business_unknown');
    if (!angel) return fail('angel_unknown');
    if (!angel.available) return fail('angel_paused');
    const already = taken.get(angel.id) ?? 0;
    if (angel.activeCases + already >= angel.capacity) return fail('angel_full');
    // The hard rules on the angel as they are now (free places are counted above).
    if (!evaluateAngel(prepareBusiness(business), { ...angel, activeCases: 0, capacity: 1 })) return fail('hard_rules');
    taken.set(angel.id, already + 1);
  });
  return issues;
}
