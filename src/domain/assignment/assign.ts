/**
 * "Assegna tutte": as many businesses served as the angels' free places allow, and among those
 * assignments the least total cost, exactly, by a min-cost max-flow (docs/assignment.md).
 * Pure: no I/O. The hard rules and the coverage are the matching's own (evaluate-angel.ts).
 */
import type { TMatchAngel, TMatchBusiness } from '../matching/types.js';
import { haversineKm } from '../matching/distance.js';
import { coverageOfMask, evaluateAngel, prepareBusiness } from '../matching/evaluate-angel.js';
import { COST_SCALE, COST_WEIGHTS, slotLoadCost } from './cost.js';
import { ArcList, minCostMaxFlowScaling, type TScalingResult } from './cost-scaling.js';
import { angelTable, distanceTerm, forEachFeasiblePair, forEachInPersonPartner, freePlaces, wantsRemote, type TAngelTable } from './pairs.js';
import type { TAssignment, TAssignResult, TPairArc, TUnassigned, TUnassignedReason } from './types.js';

export { freePlaces };

/**
 * Every pair that passes the hard rules, with its cost before the load term, business by
 * business in input order, angels in input order. Materialises one object per pair: for small
 * inputs (tests, `--arcs-out` streams with `forEachFeasiblePair` instead).
 *
 * @example feasiblePairs(businesses, angels).length; // how many pairs there are
 */
export function feasiblePairs(businesses: readonly TMatchBusiness[], angels: readonly TMatchAngel[]): TPairArc[] {
  const arcs: TPairArc[] = [];
  forEachFeasiblePair(businesses, angels, (businessIndex, pair) => arcs.push({ businessIndex, ...pair }));
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
  /**
   * Every feasible pair, cost before load (what `--arcs-out` writes). Built only when read: a
   * national instance has tens of millions of pairs, and the solver never lists them.
   */
  arcs: TPairArc[];
}

/** A growing list of whole numbers in one typed array (arc indices: millions of them). */
class IntList {
  items = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }
}

/** What the solver needs to turn arc flows back into pairs. */
interface TNetwork {
  nodeCount: number;
  arcs: ArcList;
  hasPair: Uint8Array;
  /** Direct (in-person) arcs business → angel, by arc index: tail and head say who. */
  direct: IntList;
  /** Business → needs hub arcs, by arc index. */
  entry: IntList;
  /** Out-arcs of each hub node (needs hub → skills hub, skills hub → angel): arc index and head, by node. */
  hubOut: Map<number, { arc: number[]; head: number[] }>;
  angelNode: (j: number) => number;
}

/** Whole-number cost for the solver. */
function scaled(cost: number, scale: number): number {
  return Math.round(cost * scale);
}

/**
 * The flow network (docs/assignment.md, "Algorithm"): source → business → angel → sink for the
 * in-person pairs; remote pairs folded through two layers of hubs:
 *
 *   business b ──(1 − coverage(b, S))──▶ needs hub (language L, needs N of b, subset S of N)
 *     ──0──▶ skills hub (L, skill set M with M ∩ N = S) ──0──▶ each remote angel with skills M who speaks L
 *
 * A remote pair's cost depends only on which of the business's needs the angel covers (S), so
 * every path b → … → a costs exactly the pair's cost, and there is one such path per remote pair.
 */
function buildNetwork(businesses: readonly TMatchBusiness[], table: TAngelTable, scale: number): TNetwork {
  const B = businesses.length;
  const A = table.angels.length;
  const source = 0;
  const sink = 1;
  const angelNode = (j: number) => 2 + B + j;
  let nodeCount = 2 + B + A;
  const arcs = new ArcList(1 << 20);
  // Hub arcs never carry more than all the businesses together.
  const BIG = B + 1;
  const hubOut = new Map<number, { arc: number[]; head: number[] }>();
  const link = (from: number, to: number, cost: number, capacity = BIG) => {
    const arc = arcs.add(from, to, capacity, cost);
    let out = hubOut.get(from);
    if (!out) hubOut.set(from, (out = { arc: [], head: [] }));
    out.arc.push(arc);
    out.head.push(to);
  };
  // Skills hubs: per language, one node per distinct skill set among open remote angels.
  const skillHubs = new Map<string, { mask: number[]; node: number[] }>();
  for (const [language, list] of table.remoteSpeakers) {
    const byMask = new Map<number, number>();
    const hubs = { mask: [] as number[], node: [] as number[] };
    for (const j of list) {
      const m = table.mask[j]!;
      let node = byMask.get(m);
      if (node === undefined) {
        node = nodeCount++;
        byMask.set(m, node);
        hubs.mask.push(m);
        hubs.node.push(node);
      }
      link(node, angelNode(j), 0);
    }
    skillHubs.set(language, hubs);
  }
  // Needs hubs, made on first use: (language, needs mask) → subset S → node.
  const needsHubs = new Map<string, Map<number, number>>();
  const needsHubsFor = (language: string, needs: number): Map<number, number> | null => {
    const key = `${language}\u0000${needs}`;
    let bySubset = needsHubs.get(key);
    if (bySubset) return bySubset;
    const hubs = skillHubs.get(language);
    if (!hubs) return null;
    bySubset = new Map();
    for (let h = 0; h < hubs.mask.length; h++) {
      const subset = hubs.mask[h]! & needs;
      let node = bySubset.get(subset);
      if (node === undefined) bySubset.set(subset, (node = nodeCount++));
      link(node, hubs.node[h]!, 0);
    }
    needsHubs.set(key, bySubset);
    return bySubset;
  };

  const hasPair = new Uint8Array(B);
  const direct = new IntList();
  const entry = new IntList();
  businesses.forEach((business, i) => {
    const profile = prepareBusiness(business);
    const b = 2 + i;
    forEachInPersonPartner(profile, table, (j, km) => {
      const cost = COST_WEIGHTS.needs * (1 - coverageOfMask(profile, table.mask[j]!)) + distanceTerm(km, table.radius[j]!);
      direct.push(arcs.add(b, angelNode(j), 1, scaled(cost, scale)));
      hasPair[i] = 1;
    });
    if (!wantsRemote(business)) return;
    const bySubset = needsHubsFor(profile.language, profile.mask);
    if (!bySubset) return;
    for (const [subset, hub] of bySubset) {
      const cost = COST_WEIGHTS.needs * (1 - coverageOfMask(profile, subset));
      entry.push(arcs.add(b, hub, 1, scaled(cost, scale)));
      hasPair[i] = 1;
    }
  });
  for (let i = 0; i < B; i++) if (hasPair[i]) arcs.add(source, 2 + i, 1, 0);
  // The k-th place of an angel: one unit arc each, costs rising with k (convex load).
  for (const j of table.open) {
    const angel = table.angels[j]!;
    for (let k = 1; k <= table.free[j]!; k++) arcs.add(angelNode(j), sink, 1, scaled(slotLoadCost(angel, k), scale));
  }
  return { nodeCount, arcs, hasPair, direct, entry, hubOut, angelNode };
}

/**
 * The flow network `assignAll` solves, for the bench to hand the very same LP to another solver:
 * node 0 is the source, 1 the sink; arc costs are whole numbers, float cost × `scale`.
 *
 * @example const { nodeCount, arcs, scale } = assignmentNetwork(businesses, angels);
 */
export function assignmentNetwork(businesses: readonly TMatchBusiness[], angels: readonly TMatchAngel[]): { nodeCount: number; arcs: ArcList; scale: number } {
  const network = buildNetwork(businesses, angelTable(angels), COST_SCALE);
  return { nodeCount: network.nodeCount, arcs: network.arcs, scale: COST_SCALE };
}

/**
 * Solves on whole-number costs; if the prices would outgrow exact float arithmetic (never seen,
 * but checked), solves again on coarser whole numbers.
 */
function solve(businesses: readonly TMatchBusiness[], table: TAngelTable): { network: TNetwork; result: TScalingResult } {
  for (let scale = COST_SCALE; ; scale /= 1000) {
    const network = buildNetwork(businesses, table, scale);
    try {
      return { network, result: minCostMaxFlowScaling(network.nodeCount, network.arcs, 0, 1) };
    } catch (err) {
      if (!(err instanceof RangeError) || scale < 1e3) throw err;
    }
  }
}

/**
 * Assigns the businesses to angels: maximum number served, then least total cost (needs
 * mismatch + distance + load). Among equal optima the choice is deterministic (same input,
 * same answer) but not promised to favour any order.
 *
 * @example
 *   const { assignments, unassigned, totalCost } = assignAll(businesses, angels);
 */
export function assignAll(businesses: readonly TMatchBusiness[], angels: readonly TMatchAngel[]): TAssignDetail {
  return assignWithStats(businesses, angels).detail;
}

/**
 * `assignAll` with the solver's figures (network size, phases, times), for the bench.
 *
 * @example assignWithStats(businesses, angels).stats.scalingMs;
 */
export function assignWithStats(businesses: readonly TMatchBusiness[], angels: readonly TMatchAngel[]): { detail: TAssignDetail; stats: TScalingResult['stats'] } {
  const B = businesses.length;
  const A = angels.length;
  const table = angelTable(angels);
  const { network, result } = solve(businesses, table);
  const flow = result.arcFlow;

  // Who got whom: direct arcs carry the pair; a hub unit is followed hub by hub to an angel
  // (any split is right: every path from a business through one needs hub costs the same).
  const chosenAngel = new Int32Array(B).fill(-1);
  const isDirect = new Uint8Array(B);
  const { direct, entry, hubOut, arcs } = network;
  const firstAngelNode = network.angelNode(0);
  for (let k = 0; k < direct.length; k++) {
    const arc = direct.items[k]!;
    if (flow[arc]! > 0) {
      chosenAngel[arcs.tail[arc]! - 2] = arcs.head[arc]! - firstAngelNode;
      isDirect[arcs.tail[arc]! - 2] = 1;
    }
  }
  const cursor = new Map<number, number>();
  const follow = (node: number): number => {
    const out = hubOut.get(node)!;
    let c = cursor.get(node) ?? 0;
    while (flow[out.arc[c]!] === 0) c++;
    flow[out.arc[c]!]!--;
    cursor.set(node, c);
    return out.head[c]!;
  };
  for (let k = 0; k < entry.length; k++) {
    const arc = entry.items[k]!;
    if (flow[arc] === 0) continue;
    let node = arcs.head[arc]!;
    while (node >= firstAngelNode + A || node < firstAngelNode) node = follow(node);
    chosenAngel[arcs.tail[arc]! - 2] = node - firstAngelNode;
  }

  const placesTaken = new Int32Array(A);
  const assignments: TAssignment[] = [];
  const unassigned: TUnassigned[] = [];
  let totalCost = 0;
  businesses.forEach((business, i) => {
    const j = chosenAngel[i]!;
    if (j < 0) {
      unassigned.push({ businessId: business.id, reason: unassignedReason(business, angels, network.hasPair[i] === 1) });
      return;
    }
    const angel = angels[j]!;
    const coverage = coverageOfMask(prepareBusiness(business), table.mask[j]!);
    const needsCost = COST_WEIGHTS.needs * (1 - coverage);
    const isInPerson = isDirect[i] === 1;
    // The same function on the same two points as when the pair was found: the same km.
    const km = isInPerson ? haversineKm(business.location, angel.location) : 0;
    const distanceCost = isInPerson ? distanceTerm(km, angel.radiusKm) : 0;
    // Places are numbered in the businesses' input order: which business holds the k-th
    // place does not change the sum, only how it is split among them.
    const loadCost = slotLoadCost(angel, ++placesTaken[j]!);
    const cost = needsCost + distanceCost + loadCost;
    totalCost += cost;
    assignments.push({
      businessId: business.id,
      angelId: angel.id,
      cost,
      needsCost,
      distanceCost,
      loadCost,
      coverage,
      isInPerson,
      distanceKm: isInPerson ? km : null,
    });
  });
  const detail = { assignments, unassigned, totalCost } as TAssignDetail;
  let pairs: TPairArc[] | undefined;
  Object.defineProperty(detail, 'arcs', { enumerable: true, get: () => (pairs ??= feasiblePairs(businesses, angels)) });
  return { detail, stats: result.stats };
}
