/**
 * The cost of an assignment (docs/assignment.md, "Cost"). Three terms, each in 0..1 before its
 * weight: needs left uncovered, distance within the radius (in person only), load of the angel
 * after the assignment.
 */
import type { TCandidate } from '../matching/evaluate-angel.js';

export const COST_WEIGHTS = {
  /** 1 − weighted coverage: the whole need uncovered costs 1. */
  needs: 1,
  /** km / radiusKm for in person: a business at the edge of the radius costs 0.5. */
  distance: 0.5,
  /** (activeCases + k) / capacity for the k-th new place: a full angel's last place costs 0.25. */
  load: 0.25,
} as const;

/**
 * The solver works on whole numbers: every float cost is multiplied by this and rounded. With
 * costs below 2 per arc, path sums stay far below 2^53, so the arithmetic is exact; rounding
 * moves each arc by at most 5e-10, so the chosen total is within 1e-9 × (number of
 * assignments) of the float optimum.
 */
export const COST_SCALE = 1e9;

/** Cost terms of one feasible pair (before load). */
export function pairCostTerms(candidate: TCandidate): { needsCost: number; distanceCost: number; cost: number } {
  const needsCost = COST_WEIGHTS.needs * (1 - candidate.coverage);
  const radius = candidate.angel.radiusKm;
  const distanceCost =
    candidate.isInPerson && candidate.distanceKm !== null && radius > 0 ? COST_WEIGHTS.distance * Math.min(1, candidate.distanceKm / radius) : 0;
  return { needsCost, distanceCost, cost: needsCost + distanceCost };
}

/**
 * Load term of the k-th new place (k from 1) of an angel: rises with k, so filling places in
 * order is what a min-cost flow does by itself (convex cost on parallel unit arcs).
 *
 * @example slotLoadCost({ activeCases: 2, capacity: 4 }, 1); // 0.25 × 3/4 = 0.1875
 */
export function slotLoadCost(angel: { activeCases: number; capacity: number }, k: number): number {
  return (COST_WEIGHTS.load * (angel.activeCases + k)) / angel.capacity;
}

/** A float cost as the solver's whole number. */
export function scaledCost(cost: number): number {
  return Math.round(cost * COST_SCALE);
}
