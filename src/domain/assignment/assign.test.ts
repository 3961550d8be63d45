import { describe, expect, it } from 'vitest';
import type { TMatchAngel, TMatchBusiness } from '../matching/types.js';
import { assignAll, feasiblePairs } from './assign.js';
import { COST_WEIGHTS, slotLoadCost } from './cost.js';
import { ArcList, minCostMaxFlowScaling } from './cost-scaling.js';
import { FlowGraph, minCostMaxFlow } from './min-cost-flow.js';

const MILANO = { lat: 45.4642, lon: 9.19 };

function business(id: string, over: Partial<TMatchBusiness> = {}): TMatchBusiness {
  return { id, location: MILANO, ateco: '56', needs: { marketing: 1 }, mode: 'any', language: 'it', ...over };
}

function angel(id: string, over: Partial<TMatchAngel> = {}): TMatchAngel {
  return {
    id,
    location: MILANO,
    radiusKm: 30,
    skills: ['marketing'],
    sectors: [],
    modes: ['in_person', 'remote'],
    languages: ['it'],
    capacity: 1,
    activeCases: 0,
    available: true,
    ...over,
  };
}

const pairs = (r: ReturnType<typeof assignAll>) => r.assignments.map((a) => [a.businessId, a.angelId]);

describe('min-cost max-flow', () => {
  it('finds the maximum flow at least cost on a small graph', () => {
    // 0 → 1, 2 → 3: two units, the cheap path 0-1-3 and 0-2-3.
    const g = new FlowGraph(4);
    g.addArc(0, 1, 1, 1);
    g.addArc(0, 2, 1, 5);
    g.addArc(1, 3, 1, 1);
    g.addArc(2, 3, 2, 1);
    g.addArc(1, 2, 1, 0);
    expect(minCostMaxFlow(g, 0, 3)).toEqual({ flow: 2, cost: 8 });
  });

  it('undoes an earlier cheap choice when a longer path serves more', () => {
    // b0 could take a0 or a1, b1 only a0: the first shortest path puts b0 on a0; the second reroutes.
    const g = new FlowGraph(6);
    g.addArc(0, 1, 1, 0);
    g.addArc(0, 2, 1, 0);
    const b0a0 = g.addArc(1, 3, 1, 0);
    const b0a1 = g.addArc(1, 4, 1, 10);
    const b1a0 = g.addArc(2, 3, 1, 1);
    g.addArc(3, 5, 1, 0);
    g.addArc(4, 5, 1, 0);
    expect(minCostMaxFlow(g, 0, 5)).toEqual({ flow: 2, cost: 11 });
    expect([g.flowOn(b0a0), g.flowOn(b0a1), g.flowOn(b1a0)]).toEqual([0, 1, 1]);
  });
});

describe('cost-scaling min-cost max-flow', () => {
  it('agrees with successive shortest paths on 200 random graphs (flow, cost, conservation, capacities)', () => {
    let seed = 12345;
    const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round++) {
      const n = 3 + Math.floor(r() * 10);
      const list = new ArcList(4);
      const graph = new FlowGraph(n);
      for (let k = Math.floor(r() * 30); k > 0; k--) {
        const u = Math.floor(r() * n);
        const v = Math.floor(r() * n);
        if (u === v) continue;
        const cost = Math.floor(r() * 20);
        const cap = 1 + Math.floor(r() * 3);
        list.add(u, v, cap, cost);
        graph.addArc(u, v, cap, cost);
      }
      const ours = minCostMaxFlowScaling(n, list, 0, n - 1);
      expect({ flow: ours.flow, cost: ours.cost }, `round ${round}`).toEqual(minCostMaxFlow(graph, 0, n - 1));
      const balance = new Array<number>(n).fill(0);
      for (let k = 0; k < list.length; k++) {
        expect(ours.arcFlow[k]).toBeGreaterThanOrEqual(0);
        expect(ours.arcFlow[k]).toBeLessThanOrEqual(list.cap[k]!);
        balance[list.tail[k]!]! -= ours.arcFlow[k]!;
        balance[list.head[k]!]! += ours.arcFlow[k]!;
      }
      expect(balance.slice(1, n - 1).every((b) => b === 0)).toBe(true);
    }
  });

  it('agrees with successive shortest paths on 60 larger layered graphs: many reverse arcs come alive and die, wide costs, ties', () => {
    let seed = 777;
    const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 60; round++) {
      // source → left (cap 1) → hubs and right (parallel arcs, many of cost 0 or equal) → sink (places).
      const left = 10 + Math.floor(r() * 30);
      const hubs = Math.floor(r() * 6);
      const right = 3 + Math.floor(r() * 12);
      const n = 2 + left + hubs + right;
      const list = new ArcList(4);
      const graph = new FlowGraph(n);
      const add = (u: number, v: number, cap: number, cost: number) => {
        list.add(u, v, cap, cost);
        graph.addArc(u, v, cap, cost);
      };
      const L = (i: number) => 2 + i;
      const H = (h: number) => 2 + left + h;
      const R = (j: number) => 2 + left + hubs + j;
      const wide = r() < 0.5 ? 1e9 : 20;
      for (let i = 0; i < left; i++) {
        add(0, L(i), 1, 0);
        for (let k = Math.floor(r() * 8); k > 0; k--) add(L(i), R(Math.floor(r() * right)), 1, Math.floor(r() * wide));
        if (hubs > 0 && r() < 0.6) add(L(i), H(Math.floor(r() * hubs)), 1, Math.floor(r() * 3) * Math.floor(wide / 4));
      }
      for (let h = 0; h < hubs; h++) for (let j = 0; j < right; j++) if (r() < 0.5) add(H(h), R(j), left, 0);
      for (let j = 0; j < right; j++) for (let k = 1 + Math.floor(r() * 4); k > 0; k--) add(R(j), 1, 1, Math.floor(r() * wide) + k);
      const ours = minCostMaxFlowScaling(n, list, 0, 1);
      expect({ flow: ours.flow, cost: ours.cost }, `round ${round}`).toEqual(minCostMaxFlow(graph, 0, 1));
      const balance = new Array<number>(n).fill(0);
      for (let k = 0; k < list.length; k++) {
        expect(ours.arcFlow[k]).toBeGreaterThanOrEqual(0);
        expect(ours.arcFlow[k]).toBeLessThanOrEqual(list.cap[k]!);
        balance[list.tail[k]!]! -= ours.arcFlow[k]!;
        balance[list.head[k]!]! += ours.arcFlow[k]!;
      }
      expect(balance.slice(2).every((b) => b === 0)).toBe(true);
      let total = 0;
      for (let k = 0; k < list.length; k++) total += ours.arcFlow[k]! * list.cost[k]!;
      expect(total).toBe(ours.cost);
    }
  });

  it('refuses a negative or fractional cost', () => {
    expect(() => new ArcList().add(0, 1, 1, -1)).toThrow(RangeError);
    expect(() => new ArcList().add(0, 1, 1, 0.5)).toThrow(RangeError);
  });
});

describe('assignAll', () => {
  it('meets an `any` business remotely when the angel also works remotely, in person only when that is the only way', () => {
    const near = { lat: 45.47, lon: 9.2 };
    const bs = [business('b1', { location: near }), business('b2', { location: near })];
    const as = [angel('both', { capacity: 1 }), angel('walker', { modes: ['in_person'], capacity: 1 })];
    const r = assignAll(bs, as);
    const byAngel = new Map(r.assignments.map((a) => [a.angelId, a]));
    expect(byAngel.get('both')).toMatchObject({ isInPerson: false, distanceKm: null, distanceCost: 0 });
    expect(byAngel.get('walker')!.isInPerson).toBe(true);
    expect(byAngel.get('walker')!.distanceCost).toBeGreaterThan(0);
    // --arcs-out writes the same costs: the remote way for `both`, the distance for `walker`.
    const arcs = r.arcs.map((a) => [as[a.angelIndex]!.id, a.isInPerson, a.cost]);
    expect(arcs.filter(([id]) => id === 'both').every(([, inPerson, cost]) => inPerson === false && cost === 0)).toBe(true);
    expect(arcs.filter(([id]) => id === 'walker').every(([, inPerson]) => inPerson === true)).toBe(true);
  });

  it('respects the free places of each angel', () => {
    const r = assignAll([business('b1'), business('b2'), business('b3')], [angel('a1', { capacity: 3, activeCases: 1 })]);
    expect(r.assignments).toHaveLength(2);
    expect(r.unassigned).toHaveLength(1);
    expect(r.unassigned[0]!.reason).toBe('all_full');
  });

  it('serves as many as possible first, even when that costs more', () => {
    // b1 is cheapest with a1 (full coverage) but b2 can only go to a1: b1 takes the poor match a2.
    const b1 = business('b1', { needs: { marketing: 1 } });
    const b2 = business('b2', { language: 'de' });
    const a1 = angel('a1', { languages: ['it', 'de'] });
    const a2 = angel('a2', { skills: ['finance'] });
    const r = assignAll([b1, b2], [a1, a2]);
    expect(pairs(r)).toEqual([
      ['b1', 'a2'],
      ['b2', 'a1'],
    ]);
    expect(r.unassigned).toEqual([]);
    expect(r.assignments[0]!.needsCost).toBe(1);
  });

  it('among equal numbers served, takes the least total cost', () => {
    const b1 = business('b1', { needs: { marketing: 1, finance: 1 } });
    const b2 = business('b2', { needs: { marketing: 1 } });
    const a1 = angel('a1', { skills: ['marketing', 'finance'] });
    const a2 = angel('a2', { skills: ['marketing'] });
    const r = assignAll([b1, b2], [a1, a2]);
    // b1→a1, b2→a2 leaves nothing uncovered; the crossed choice leaves half of b1's needs.
    expect(pairs(r)).toEqual([
      ['b1', 'a1'],
      ['b2', 'a2'],
    ]);
    const load = 2 * slotLoadCost({ activeCases: 0, capacity: 1 }, 1);
    expect(r.totalCost).toBeCloseTo(load, 12);
  });

  it('spreads the load when skills are equal: the k-th place costs more', () => {
    const r = assignAll([business('b1'), business('b2')], [angel('a1', { capacity: 4 }), angel('a2', { capacity: 4 })]);
    expect(new Set(r.assignments.map((a) => a.angelId))).toEqual(new Set(['a1', 'a2']));
    expect(r.totalCost).toBeCloseTo(2 * COST_WEIGHTS.load * (1 / 4), 12);
  });

  it('keeps the hard rules of matching: unavailable, full, language, mode, radius', () => {
    const far = { lat: 41.9028, lon: 12.4964 }; // Roma, ~477 km
    const angels = [
      angel('off', { available: false, capacity: 5 }),
      angel('full', { capacity: 2, activeCases: 2, languages: ['fr'] }),
      angel('de', { languages: ['de'] }),
      angel('remote-only', { modes: ['remote'] }),
      angel('roma', { location: far, modes: ['in_person'] }),
    ];
    const bs = [business('in-person', { mode: 'in_person' }), business('remote', { mode: 'remote' })];
    const arcs = feasiblePairs(bs, angels).map((a) => [bs[a.businessIndex]!.id, angels[a.angelIndex]!.id]);
    expect(arcs).toEqual([['remote', 'remote-only']]);
    const r = assignAll(bs, angels);
    expect(pairs(r)).toEqual([['remote', 'remote-only']]);
    expect(r.unassigned).toEqual([{ businessId: 'in-person', reason: 'out_of_radius' }]);
  });

  it('says why each business stays unassigned', () => {
    const cases: [TMatchBusiness[], TMatchAngel[], string][] = [
      [[business('b', { language: 'de' })], [angel('a')], 'no_language'],
      [[business('b', { mode: 'in_person' })], [angel('a', { modes: ['remote'] })], 'no_in_person'],
      [[business('b', { mode: 'in_person', location: { lat: 41.9, lon: 12.5 } })], [angel('a')], 'out_of_radius'],
      [[business('b', { mode: 'remote' })], [angel('a', { modes: ['in_person'] })], 'no_remote'],
      [[business('b', { location: { lat: 41.9, lon: 12.5 } })], [angel('a', { modes: ['in_person'] })], 'out_of_radius_no_remote'],
      [[business('b')], [angel('a', { available: false })], 'no_free_angel'],
      // Suitable, but already full before the assignment: full, not "no language".
      [[business('b')], [angel('a', { activeCases: 1 })], 'all_full'],
      // Suitable with a free place, but the place went to the other business.
      [[business('b0', { needs: { finance: 1 } }), business('b')], [angel('a', { skills: ['finance'] })], 'all_full'],
    ];
    for (const [bs, as, reason] of cases) {
      const r = assignAll(bs, as);
      expect(r.unassigned.find((u) => u.businessId === 'b')?.reason).toBe(reason);
    }
  });

  it('reports the exact float sum of the chosen costs', () => {
    const bs = [business('b1', { needs: { marketing: 1, finance: 0.3 } }), business('b2', { mode: 'in_person', location: { lat: 45.5, lon: 9.2 } })];
    const r = assignAll(bs, [angel('a1', { capacity: 3, activeCases: 1 })]);
    const sum = r.assignments.reduce((s, a) => s + a.needsCost + a.distanceCost + a.loadCost, 0);
    expect(r.totalCost).toBe(sum);
    expect(r.assignments.map((a) => a.loadCost)).toEqual([slotLoadCost({ activeCases: 1, capacity: 3 }, 1), slotLoadCost({ activeCases: 1, capacity: 3 }, 2)]);
    expect(r.assignments[1]!.distanceCost).toBeGreaterThan(0);
  });

  it('handles nobody at all', () => {
    expect(assignAll([], [])).toEqual({ assignments: [], unassigned: [], totalCost: 0, arcs: [] });
  });
});
