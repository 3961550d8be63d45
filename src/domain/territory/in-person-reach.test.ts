import { describe, expect, it } from 'vitest';
import { haversineKm } from '../matching/distance.js';
import { inPersonReach, type TPoint, type TReachSite } from './in-person-reach.js';

const MILANO = { lat: 45.4642, lon: 9.19 };
const LODI = { lat: 45.3097, lon: 9.5037 };
const NOVARA = { lat: 45.4469, lon: 8.6222 };

/** A small deterministic generator, so a failure names the same case every run. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('inPersonReach', () => {
  it('reaches a place within the radius and not beyond', () => {
    const km = haversineKm(LODI, MILANO);
    expect(inPersonReach([{ ...MILANO, radiusKm: Math.ceil(km) }]).reaches(LODI)).toBe(true);
    expect(inPersonReach([{ ...MILANO, radiusKm: Math.floor(km) }]).reaches(LODI)).toBe(false);
  });

  it('reaches across a cell border and at distance zero with radius zero', () => {
    // Novara lies in the next half-degree column west of Milano's.
    expect(inPersonReach([{ ...MILANO, radiusKm: 50 }]).reaches(NOVARA)).toBe(true);
    expect(inPersonReach([{ ...MILANO, radiusKm: 0 }]).reaches(MILANO)).toBe(true);
    expect(inPersonReach([{ ...MILANO, radiusKm: 0 }]).reaches(LODI)).toBe(false);
  });

  it('folds sites on one point into the widest, and reaches nothing without sites', () => {
    const reach = inPersonReach([
      { ...MILANO, radiusKm: 5 },
      { ...MILANO, radiusKm: 60 },
      { ...MILANO, radiusKm: 20 },
    ]);
    expect(reach.siteCount).toBe(1);
    expect(reach.reaches(LODI)).toBe(true);
    expect(inPersonReach([]).reaches(MILANO)).toBe(false);
  });

  it('tests sites too wide for the grid against every place', () => {
    const reach = inPersonReach([{ ...MILANO, radiusKm: 1500 }]);
    expect(reach.reaches({ lat: 38.1157, lon: 13.3615 })).toBe(true); // Palermo, ~890 km
    expect(reach.reaches({ lat: 60.17, lon: 24.94 })).toBe(false); // Helsinki, ~1,900 km
  });

  it('answers as testing every site would, on random sites and places around Italy', () => {
    const next = lcg(15);
    const point = (): TPoint => ({ lat: 36 + next() * 11, lon: 6 + next() * 13 });
    const sites: TReachSite[] = Array.from({ length: 300 }, () => ({ ...point(), radiusKm: Math.floor(next() * 160) }));
    sites.push({ ...point(), radiusKm: 500 });
    const reach = inPersonReach(sites);
    let reached = 0;
    for (let i = 0; i < 3000; i++) {
      const p = point();
      const expected = sites.some((s) => haversineKm(p, s) <= s.radiusKm);
      expect(reach.reaches(p)).toBe(expected);
      if (expected) reached++;
    }
    // Both answers occur, so the comparison says something.
    expect(reached).toBeGreaterThan(300);
    expect(reached).toBeLessThan(2990);
  });
});
