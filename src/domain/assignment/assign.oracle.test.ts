/**
 * The assignment against HiGHS on random instances: same number served, same least total cost
 * within 1e-6 relative. The LP is the flow's own (totally unimodular), so its optimum is integer.
 */
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../shared/areas.js';
import type { TMatchAngel, TMatchBusiness } from '../matching/types.js';
import { assignAll, freePlaces } from './assign.js';
import { slotLoadCost } from './cost.js';

/** mulberry32, as the benches use. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `tight`: few free places, who is served matters; `roomy`: many, so the costs (load included)
 * decide; `remote`: most pairs remote (through the hubs), most businesses `any`, three languages.
 */
type TVariant = 'tight' | 'roomy' | 'remote';

function instance(seed: number, variant: TVariant): { businesses: TMatchBusiness[]; angels: TMatchAngel[] } {
  const roomy = variant !== 'tight';
  const remote = variant === 'remote';
  const r = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  // Lombardy-sized box: many in-person pairs within 20–80 km, some not.
  const place = () => ({ lat: 45 + r() * 1.2, lon: 8.6 + r() * 1.8 });
  const areas = AREAS.slice(0, 6);
  const nb = int(20, 60);
  const na = int(5, 15);
  const businesses: TMatchBusiness[] = Array.from({ length: nb }, (_, i) => {
    const needs: Partial<Record<(typeof AREAS)[number], number>> = {};
    for (let k = int(1, 3); k > 0; k--) needs[pick(areas)] = Math.round(r() * 100) / 100 || 0.5;
    return { id: `b${i}`, location: place(), ateco: pick(['10', '47', '56']), needs, mode: remote ? pick(['any', 'any', 'any', 'remote', 'in_person'] as const) : pick(['in_person', 'remote', 'any'] as const), language: remote ? pick(['it', 'it', 'de', 'en']) : r() < 0.85 ? 'it' : 'de' };
  });
  const angels: TMatchAngel[] = Array.from({ length: na }, (_, j) => {
    const capacity = roomy ? int(6, 15) : int(1, 6);
    return {
      id: `a${j}`,
      location: place(),
      radiusKm: int(20, 80),
      skills: areas.filter(() => r() < 0.4),
      sectors: [pick(['10', '47', '56'])],
      modes: pick(remote ? ([['in_person'], ['remote'], ['in_person', 'remote'], ['in_person', 'remote']] as const) : ([['in_person'], ['remote'], ['in_person', 'remote']] as const)).slice(),
      languages: remote ? ['it', 'de', 'EN'].filter((_, k) => k === 0 || r() < 0.4) : r() < 0.3 ? ['it', 'de'] : ['it'],
      capacity,
      activeCases: roomy ? int(0, 2) : int(0, capacity),
      available: r() < 0.9,
    };
  });
  return { businesses, angels };
}

type THighs = { solve: (lp: string, options?: Record<string, unknown>) => { Status: string; ObjectiveValue: number } };

const num = (x: number) => x.toFixed(15);

/** Lines of `+ c v` terms, a few a line (the LP reader reads long lines, but a few is kinder). */
function terms(list: [number, string][]): string {
  const out: string[] = [];
  for (let i = 0; i < list.length; i += 8) out.push(list.slice(i, i + 8).map(([c, v]) => `+ ${num(c)} ${v}`).join(' '));
  return out.join('\n ');
}

/** The flow as an LP: x for pairs, y for the k-th place of each angel. */
function lp(businesses: TMatchBusiness[], angels: TMatchAngel[], served: number | null): string {
  const { arcs } = assignAll(businesses, angels);
  const x = arcs.map((_, k) => `x${k}`);
  const slots: { name: string; angel: number; cost: number }[] = [];
  angels.forEach((a, j) => {
    for (let k = 1; k <= freePlaces(a); k++) slots.push({ name: `y${j}_${k}`, angel: j, cost: slotLoadCost(a, k) });
  });
  const lines: string[] = [];
  if (served === null) lines.push('Maximize', ` obj: ${terms(x.map((v) => [1, v]))}`);
  else lines.push('Minimize', ` obj: ${terms([...arcs.map((a, k): [number, string] => [a.cost, x[k]!]), ...slots.map((s): [number, string] => [s.cost, s.name])])}`);
  lines.push('Subject To');
  businesses.forEach((_, i) => {
    const mine = arcs.flatMap((a, k): [number, string][] => (a.businessIndex === i ? [[1, x[k]!]] : []));
    if (mine.length > 0) lines.push(` b${i}: ${terms(mine)} <= 1`);
  });
  angels.forEach((_, j) => {
    const mine = arcs.flatMap((a, k): [number, string][] => (a.angelIndex === j ? [[1, x[k]!]] : []));
    if (mine.length === 0) return;
    const places = slots.filter((s) => s.angel === j).map((s): [number, string] => [-1, s.name]);
    lines.push(` a${j}: ${terms([...mine, ...places])} = 0`);
  });
  if (served !== null) lines.push(` served: ${terms(x.map((v) => [1, v]))} = ${served}`);
  lines.push('Bounds', ...x.map((v) => ` 0 <= ${v} <= 1`), ...slots.map((s) => ` 0 <= ${s.name} <= 1`), 'End');
  return `${lines.join('\n')}\n`;
}

describe('assignAll against HiGHS', () => {
  it.each([
    ['few free places: who is served matters', 'tight'],
    ['many free places: the costs decide', 'roomy'],
    ['mostly remote pairs and `any` businesses: the hubs decide', 'remote'],
  ] as const)('matches the optimum on 30 random instances, %s', async (_, variant) => {
    // The package's types describe its CommonJS build; the ESM build's default export is the loader.
    const loader = (await import('highs')) as unknown as { default: () => Promise<THighs> };
    const highs = await loader.default();
    let checked = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const { businesses, angels } = instance(seed * 7919, variant);
      const ours = assignAll(businesses, angels);
      if (ours.arcs.length === 0) continue;
      const first = highs.solve(lp(businesses, angels, null));
      expect(first.Status).toBe('Optimal');
      const served = Math.round(first.ObjectiveValue);
      expect(ours.assignments.length, `seed ${seed}: served`).toBe(served);
      const second = highs.solve(lp(businesses, angels, served));
      expect(second.Status).toBe('Optimal');
      const rel = Math.abs(ours.totalCost - second.ObjectiveValue) / Math.max(1, Math.abs(second.ObjectiveValue));
      expect(rel, `seed ${seed}: ours ${ours.totalCost}, HiGHS ${second.ObjectiveValue}`).toBeLessThan(1e-6);
      // The free places are kept.
      const taken = new Map<string, number>();
      for (const a of ours.assignments) taken.set(a.angelId, (taken.get(a.angelId) ?? 0) + 1);
      for (const a of angels) expect(taken.get(a.id) ?? 0).toBeLessThanOrEqual(freePlaces(a));
      // Every assignment is a feasible pair at the cost --arcs-out writes, plus its place's load;
      // an `any` business with an angel who works remotely is met remotely.
      const arcCost = new Map(ours.arcs.map((a) => [`${businesses[a.businessIndex]!.id}|${angels[a.angelIndex]!.id}`, a.cost]));
      const byId = new Map(angels.map((a) => [a.id, a]));
      const modeOf = new Map(businesses.map((b) => [b.id, b.mode]));
      for (const a of ours.assignments) {
        expect(arcCost.get(`${a.businessId}|${a.angelId}`)).toBe(a.needsCost + a.distanceCost);
        if (modeOf.get(a.businessId) === 'any' && byId.get(a.angelId)!.modes.includes('remote')) expect(a.isInPerson).toBe(false);
      }
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(28);
  }, 60_000);
});
