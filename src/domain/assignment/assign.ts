/**
 * "Assegna tutte": as many businesses served as the angels' free places allow, and among those
 * assignments the least total cost, exactly, by a min-cost max-flow (docs/assignment.md).
 * Pure: no I/O. The hard rules and the coverage are the matching's own (evaluate-angel.ts).
 */
import type { TMatchAngel, TMatchBusiness } from '../matching/types.js';
import { evaluateAngel, prepareBusiness, skillMask } from '../matching/evaluate-angel.js';
import { pairCostTerms, scaledCost, slotLoadCost } from './cost.js';
import { FlowGraph, minCostMaxFlow } from './min-cost-flow.js';
import type { TAssignment, TAssignResult, TPairArc, TUnassigned, TUnassignedReason } from './types.js';

/** Free places of an angel: 0 when not available or already full. */
export function freePlaces(angel: TMatchAngel): number {
  return angel.available ? Math.max(0, angel.capacity - angel.activeCases) : 0;
}

/**
 * Every pair that passes the hard rules, with its cost before the load term, business by
 * business in input order, angels in input order.
 *
 * @example feasiblePairs(businesses, angels).length; // how many arcs the flow has
 */
export function feasiblePairs(businesses: readonly TMatchBusiness[], angels: readonly TMatchAngel[]): TPairArc[] {
  const masks = angels.map((a) => skillMask(a.skills));
  const open = angels.map((a, j) => j).filter((j) => freePlaces(angels[j]!) > 0);
  const arcs: TPairArc[] = [];
  businesses.forEach((business, i) => {
    const profile = prepareBusiness(business);
    for (const j of open) {
      const candidate = evaluateAngel(profile, angels[j]!, masks[j]);
      if (!candidate) continue;
      const terms = pairCostTerms(candidate);
      arcs.push({
        businessIndex: i,
        angelIndex: j,
        ...terms,
        coverage: candidate.coverage,
        isInPerson: candidate.isInPerson,
        distanceKm: candidate.distanceKm,
      });
    }
  });
  return arcs;
}

/**
 * Why a business with no angel stays unassigned. `hasPair` says whether some angel with a free
 * place passed the hard rules for it (then the places went to others).
 */
export function unassignedReason(business: TMatchBusiness, angels: readonly TMatchAngel[], hasPair: boolean): TUnassignedReason {
  if (hasPair) return 'all_full';
  const profile = prepareBusiness(business);
  // An angel who would qualify but has no free place left: the suitable ones are full.
  const fullButSuitable = angels.some(
    (a) => a.available && freePlaces(a) === 0 && evaluateAngel(profile, { ...a, activeCases: 0, capacity: 1 }) !== null,
  );
  if (fullButSuitable) return 'all_full';
  const free = angels.filter((a) => freePlaces(a) > 0);
  if (free.length === 0) return 'no_free_angel';
  const language = profile.language;
  const speaking = free.filter((a) => a.languages.some((l) => l.toLowerCase() === language));
  if (speaking.length === 0) return 'no_language';
  const inPerson = speaking.some((a) => a.modes.includes('in_person'));
  const remote = speaking.some((a) => a.modes.includes('remote'));
  if (business.mode === 'in_person') return inPerson ? 'out_of_radius' : 'no_in_person';
  if (business.mode === 'remote') return 'no_remote';
  // 'any': a remote angel who speaks the language would have qualified, so there is none.
  return remote ? 'all_full' : 'out_of_radius_no_remote';
}

export interface TAssignDetail extends TAssignResult {
  /** Every feasible pair, cost before load (what `--arcs-out` writes). */
  arcs: TPairArc[];
}

/**
 * Assigns the businesses to angels: maximum number served, then least total cost (needs
 * mismatch + distance + load). Among equal optima the
 * choice is deterministic (same input, same answer) but not promised to favour any order.
 *
 * @example
 *   const { assignments, unassigned, totalCost } = assignAll(businesses, angels);
 */
export function assignAll(businesses: readonly TMatchBusiness[], angels: readonly TMatchAngel[]): TAssignDetail {
  const arcs = feasiblePairs(businesses, angels);
  const B = businesses.length;
  const A = angels.length;
  const source = 0;
  const sink = 1 + B + A;
  let slots = 0;
  for (const a of angels) slots += freePlaces(a);
  const graph = new FlowGraph(sink + 1, B + arcs.length + slots);
  const hasPair = new Uint8Array(B);
  for (const arc of arcs) hasPair[arc.businessIndex] = 1;
  // Added in reverse so that the adjacency lists (LIFO) visit businesses and pairs in input order.
  for (let i = B - 1; i >= 0; i--) if (hasPair[i]) graph.addArc(source, 1 + i, 1, 0);
  const pairArc = new Int32Array(arcs.length);
  for (let k = arcs.length - 1; k >= 0; k--) {
    const arc = arcs[k]!;
    pairArc[k] = graph.addArc(1 + arc.businessIndex, 1 + B + arc.angelIndex, 1, scaledCost(arc.cost));
  }
  // The k-th place of an angel: one unit arc each, costs rising with k (convex load).
  angels.forEach((angel, j) => {
    const free = freePlaces(angel);
    for (let k = free; k >= 1; k--) graph.addArc(1 + B + j, sink, 1, scaledCost(slotLoadCost(angel, k)));
  });
  minCostMaxFlow(graph, source, sink);

  const chosen: (TPairArc | undefined)[] = new Array(B);
  for (let k = 0; k < arcs.length; k++) if (graph.flowOn(pairArc[k]!) > 0) chosen[arcs[k]!.businessIndex] = arcs[k];
  const placesTaken = new Int32Array(A);
  const assignments: TAssignment[] = [];
  const unassigned: TUnassigned[] = [];
  let totalCost = 0;
  businesses.forEach((business, i) => {
    const arc = chosen[i];
    if (!arc) {
      unassigned.push({ businessId: business.id, reason: unassignedReason(business, angels, hasPair[i] === 1) });
      return;
    }
    const angel = angels[arc.angelIndex]!;
    // Places are numbered in the businesses' input order: which business holds the k-th
    // place does not change the sum, only how it is split among them.
    const loadCost = slotLoadCost(angel, ++placesTaken[arc.angelIndex]!);
    const cost = arc.cost + loadCost;
    totalCost += cost;
    assignments.push({
      businessId: business.id,
      angelId: angel.id,
      cost,
      needsCost: arc.needsCost,
      distanceCost: arc.distanceCost,
      loadCost,
      coverage: arc.coverage,
      isInPerson: arc.isInPerson,
      distanceKm: arc.distanceKm,
    });
  });
  return { assignments, unassigned, totalCost, arcs };
}
