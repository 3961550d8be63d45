/**
 * "Assegna tutte" on a seeded random instance: our exact min-cost max-flow beside a greedy peer
 * (each request in turn to its cheapest free angel) and, on request, HiGHS on the same LP.
 *
 *   npx tsx bench/assign/bench.ts [businesses] [angels] [seed]     # default 20000 5000 2026
 *   HIGHS=1 npx tsx bench/assign/bench.ts 2000 500                  # also HiGHS (small sizes)
 */
import { assignAll, feasiblePairs, freePlaces } from '../../src/domain/assignment/assign.js';
import { slotLoadCost } from '../../src/domain/assignment/cost.js';
import type { TPairArc } from '../../src/domain/assignment/types.js';
import type { TMatchAngel, TMatchBusiness } from '../../src/domain/matching/types.js';
import { generateAngels, generateBusinesses, loadComuni } from '../matching/generate-angels.js';

const [nb = 20_000, na = 5_000, seed = 2026] = process.argv.slice(2).map(Number);

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Each business in input order takes its cheapest angel with a place left (pair + that place's load). */
function greedy(businesses: readonly TMatchBusiness[], angels: readonly TMatchAngel[], arcs: readonly TPairArc[]): { served: number; cost: number } {
  const byBusiness: TPairArc[][] = businesses.map(() => []);
  for (const arc of arcs) byBusiness[arc.businessIndex]!.push(arc);
  const taken = new Int32Array(angels.length);
  let served = 0;
  let cost = 0;
  for (const list of byBusiness) {
    let best: TPairArc | null = null;
    let bestCost = Infinity;
    for (const arc of list) {
      const angel = angels[arc.angelIndex]!;
      if (taken[arc.angelIndex]! >= freePlaces(angel)) continue;
      const c = arc.cost + slotLoadCost(angel, taken[arc.angelIndex]! + 1);
      if (c < bestCost) {
        bestCost = c;
        best = arc;
      }
    }
    if (!best) continue;
    taken[best.angelIndex]!++;
    served++;
    cost += bestCost;
  }
  return { served, cost };
}

/** The flow LP in CPLEX LP format (as the oracle test writes it), with the served count fixed. */
function flowLp(businesses: readonly TMatchBusiness[], angels: readonly TMatchAngel[], arcs: readonly TPairArc[], served: number): string {
  const obj: string[] = [];
  const rowsB: string[][] = businesses.map(() => []);
  const rowsA: string[][] = angels.map(() => []);
  const bounds: string[] = [];
  arcs.forEach((a, k) => {
    obj.push(`+ ${a.cost.toFixed(12)} x${k}`);
    rowsB[a.businessIndex]!.push(`+ x${k}`);
    rowsA[a.angelIndex]!.push(`+ x${k}`);
    bounds.push(` 0 <= x${k} <= 1`);
  });
  angels.forEach((a, j) => {
    for (let k = 1; k <= freePlaces(a); k++) {
      obj.push(`+ ${slotLoadCost(a, k).toFixed(12)} y${j}_${k}`);
      rowsA[j]!.push(`- y${j}_${k}`);
      bounds.push(` 0 <= y${j}_${k} <= 1`);
    }
  });
  const chunk = (t: string[]) => {
    const parts: string[] = [];
    for (let i = 0; i < t.length; i += 10) parts.push(t.slice(i, i + 10).join(' '));
    return parts.join('\n ');
  };
  const lines = ['Minimize', ` obj: ${chunk(obj)}`, 'Subject To'];
  rowsB.forEach((r, i) => r.length && lines.push(` b${i}: ${chunk(r)} <= 1`));
  rowsA.forEach((r, j) => r.length && lines.push(` a${j}: ${chunk(r)} = 0`));
  lines.push(` served: ${chunk(arcs.map((_, k) => `+ x${k}`))} = ${served}`, 'Bounds');
  // Hundreds of thousands of bounds: joined, not spread into push (the call stack is finite).
  return `${lines.join('\n')}\n${bounds.join('\n')}\nEnd\n`;
}

const comuni = loadComuni();
const angels = generateAngels(na, seed, comuni);
const businesses = generateBusinesses(nb, seed + 1, comuni);
let slots = 0;
for (const a of angels) slots += freePlaces(a);
console.log(`instance: ${nb} requests × ${na} angels (seed ${seed}), ${slots} free places`);

let t = process.hrtime.bigint();
const arcs = feasiblePairs(businesses, angels);
const pairsMs = ms(t);
console.log(`feasible pairs: ${arcs.length.toLocaleString('en')} in ${pairsMs.toFixed(0)} ms`);

t = process.hrtime.bigint();
const ours = assignAll(businesses, angels);
const oursMs = ms(t);
const rss = process.memoryUsage().rss / 2 ** 20;
console.log(`ours (exact min-cost max-flow, pairs included): ${oursMs.toFixed(0)} ms, flow alone ≈ ${(oursMs - pairsMs).toFixed(0)} ms, rss ${rss.toFixed(0)} MB`);
console.log(`  served ${ours.assignments.length}, unassigned ${ours.unassigned.length}, total cost ${ours.totalCost.toFixed(6)}`);

t = process.hrtime.bigint();
const g = greedy(businesses, angels, arcs);
const greedyMs = ms(t);
const gap = ((g.cost - ours.totalCost) / ours.totalCost) * 100;
console.log(`greedy peer: ${greedyMs.toFixed(0)} ms (pairs not included), served ${g.served} (${g.served - ours.assignments.length} vs ours), cost ${g.cost.toFixed(6)} (${gap >= 0 ? '+' : ''}${gap.toFixed(1)}%)`);

if (process.env.HIGHS) {
  // The package's types describe its CommonJS build; the ESM build's default export is the loader.
  type THighs = { solve: (lp: string, o?: Record<string, unknown>) => { Status: string; ObjectiveValue: number } };
  const loader = (await import('highs')) as unknown as { default: () => Promise<THighs> };
  const highs = await loader.default();
  const lp = flowLp(businesses, angels, arcs, ours.assignments.length);
  t = process.hrtime.bigint();
  const sol = highs.solve(lp);
  const highsMs = ms(t);
  const rel = Math.abs(sol.ObjectiveValue - ours.totalCost) / Math.max(1, sol.ObjectiveValue);
  console.log(`HiGHS (served count fixed, LP text built beforehand): ${highsMs.toFixed(0)} ms, ${sol.Status}, cost ${sol.ObjectiveValue.toFixed(6)} (relative difference ${rel.toExponential(1)})`);
}
