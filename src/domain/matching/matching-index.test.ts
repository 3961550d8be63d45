import { describe, expect, it } from 'vitest';
import { AREAS } from '../../shared/areas.js';
import { EARTH_RADIUS_KM, haversineKm } from './distance.js';
import { buildMatchingIndex } from './matching-index.js';
import { rankAngels } from './rank-angels.js';
import type { TMatchAngel, TMatchBusiness } from './types.js';

/** Seeded, so a failure can be replayed. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A few towns angels crowd around, so cells hold many and ties on whole km happen. */
const TOWNS = [
  { lat: 45.4642, lon: 9.19 },
  { lat: 41.9028, lon: 12.4964 },
  { lat: 40.8518, lon: 14.2681 },
  { lat: 38.1157, lon: 13.3615 },
  { lat: 39.2238, lon: 9.1217 },
  { lat: 46.4983, lon: 11.3548 },
  { lat: 44.4949, lon: 11.3426 },
];
const SECTORS = ['01', '10', '11', '47', '55', '56', '62', '96'];
const LANGS = ['it', 'it', 'it', 'en', 'de', 'fr'];

function makeWorld(seed: number, angelCount: number) {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number) => [...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(xs)))];
  const place = () => {
    if (random() < 0.5) {
      const town = pick(TOWNS);
      // Coarse steps put several angels on the very same point: exact ties.
      const step = () => Math.round((random() - 0.5) * 20) * 0.02;
      return { lat: town.lat + step(), lon: town.lon + step() };
    }
    return { lat: 36.7 + random() * 10.3, lon: 6.7 + random() * 11.8 };
  };
  const radii = [0, 5, 10, 20, 30, 50, 80, 120, 200, 600];
  const angel = (i: number): TMatchAngel => {
    const capacity = Math.floor(random() * 8);
    return {
      id: `a${String(i).padStart(5, '0')}`,
      location: place(),
      radiusKm: random() < 0.1 ? random() * 150 : pick(radii),
      skills: some(AREAS, 5),
      sectors: some(SECTORS, 3),
      modes: pick([['in_person'], ['remote'], ['in_person', 'remote'], ['in_person', 'remote'], []] as const).slice(),
      languages: random() < 0.05 ? [] : ['it', ...some(LANGS, 2)].filter((l, j) => j > 0 || random() < 0.9),
      capacity,
      activeCases: Math.floor(random() * (capacity + 2)),
      available: random() < 0.9,
    };
  };
  const business = (i: number): TMatchBusiness => {
    const needs: Record<string, number> = {};
    for (const area of some(AREAS, 4)) needs[area] = pick([0, 0.2, 0.5, 0.5, 1, random()]);
    return {
      id: `b${i}`,
      location: place(),
      ateco: pick(SECTORS),
      needs,
      mode: pick(['in_person', 'remote', 'any'] as const),
      language: pick(['it', 'it', 'it', 'en', 'de', 'IT']),
    };
  };
  return { random, angel, business, angels: Array.from({ length: angelCount }, (_, i) => angel(i)) };
}

describe('buildMatchingIndex', () => {
  it('answers exactly as rankAngels over the whole list (seeded, 3,000 businesses)', () => {
    const world = makeWorld(20261122, 4000);
    const index = buildMatchingIndex(world.angels);
    expect(index.size).toBe(4000);
    let nonEmpty = 0;
    for (let i = 0; i < 3000; i++) {
      const business = world.business(i);
      const limit = i % 10 === 0 ? 1 + Math.floor(world.random() * 20) : 5;
      const expected = rankAngels(business, world.angels, { limit });
      const got = index.topFor(business, limit);
      if (JSON.stringify(got) !== JSON.stringify(expected)) expect({ business, got }).toEqual({ business, got: expected });
      if (expected.length > 0) nonEmpty++;
    }
    // The data must exercise the ranking, not only the empty answer.
    expect(nonEmpty).toBeGreaterThan(2000);
  });

  it('stays exact while angels are added, changed and removed', () => {
    const world = makeWorld(7, 1500);
    const index = buildMatchingIndex(world.angels.slice(0, 1000));
    const current = new Map(world.angels.slice(0, 1000).map((a) => [a.id, a]));
    for (let round = 0; round < 300; round++) {
      const r = world.random();
      if (r < 0.4) {
        const fresh = world.angel(1000 + round);
        index.upsert(fresh);
        current.set(fresh.id, fresh);
      } else if (r < 0.8) {
        // Same id, new state: caseload, availability, place, skills may all change.
        const id = [...current.keys()][Math.floor(world.random() * current.size)]!;
        const changed = { ...world.angel(0), id };
        index.upsert(changed);
        current.set(id, changed);
      } else {
        const id = [...current.keys()][Math.floor(world.random() * current.size)]!;
        expect(index.remove(id)).toBe(true);
        current.delete(id);
      }
      expect(index.size).toBe(current.size);
      for (let j = 0; j < 5; j++) {
        const business = world.business(round * 10 + j);
        expect(index.topFor(business, 5, 'en')).toEqual(rankAngels(business, [...current.values()], { locale: 'en' }));
      }
    }
    expect(index.remove('nobody')).toBe(false);
  });

  it('finds an angel exactly at the edge of their radius, and not a metre beyond', () => {
    const business: TMatchBusiness = {
      id: 'b',
      location: { lat: 43.7696, lon: 11.2558 },
      ateco: '47',
      needs: { marketing: 1 },
      mode: 'in_person',
      language: 'it',
    };
    // Empoli is 25.51 km from Firenze, and 0.25° cells lie in between.
    const base: TMatchAngel = {
      id: 'a',
      location: { lat: 43.719, lon: 10.946 },
      radiusKm: 0,
      skills: ['marketing'],
      sectors: [],
      modes: ['in_person'],
      languages: ['it'],
      capacity: 3,
      activeCases: 0,
      available: true,
    };
    const exact = rankAngels(business, [{ ...base, radiusKm: 1000 }])[0]!.distanceKm!;
    const angels = [
      { ...base, id: 'a-in', radiusKm: 25.52 },
      { ...base, id: 'a-out', radiusKm: 25.5 },
    ];
    expect(exact).toBeCloseTo(25.5, 1);
    expect(buildMatchingIndex(angels).topFor(business).map((m) => m.angelId)).toEqual(['a-in']);
  });

  it('reaches the farthest points of every travel disk: north, south and the widest east and west', () => {
    const random = mulberry32(99);
    const RAD = Math.PI / 180;
    const base = { skills: ['marketing' as const], sectors: [], modes: ['in_person' as const], languages: ['it'], capacity: 3, activeCases: 0, available: true };
    for (let i = 0; i < 2000; i++) {
      const centre = { lat: 36.7 + random() * 10.3, lon: 6.7 + random() * 11.8 };
      const delta = (1 + random() * 300) / EARTH_RADIUS_KM;
      const phi = centre.lat * RAD;
      // The widest longitude of a spherical cap lies a little poleward of due east/west.
      const dLon = Math.asin(Math.sin(delta) / Math.cos(phi)) / RAD;
      const edgeLat = Math.asin(Math.sin(phi) / Math.cos(delta)) / RAD;
      const edges = [
        { lat: centre.lat + delta / RAD, lon: centre.lon },
        { lat: centre.lat - delta / RAD, lon: centre.lon },
        { lat: edgeLat, lon: centre.lon + dLon },
        { lat: edgeLat, lon: centre.lon - dLon },
      ];
      for (const location of edges) {
        const angel: TMatchAngel = { ...base, id: `a${i}`, location: centre, radiusKm: haversineKm(location, centre) };
        const business: TMatchBusiness = { id: 'b', location, ateco: '10', needs: { marketing: 1 }, mode: 'in_person', language: 'it' };
        expect(buildMatchingIndex([angel]).topFor(business).map((m) => m.angelId)).toEqual([angel.id]);
      }
    }
  });

  it('reads angels with a huge radius apart, and skips unavailable or full ones', () => {
    const business: TMatchBusiness = {
      id: 'b',
      location: { lat: 37.5, lon: 15.08 },
      ateco: '10',
      needs: { finance: 1 },
      mode: 'in_person',
      language: 'it',
    };
    const far: TMatchAngel = {
      id: 'a-aosta-1500',
      location: { lat: 45.737, lon: 7.3201 },
      radiusKm: 1500,
      skills: ['finance'],
      sectors: [],
      modes: ['in_person'],
      languages: ['it'],
      capacity: 2,
      activeCases: 1,
      available: true,
    };
    const index = buildMatchingIndex([far, { ...far, id: 'a-full', activeCases: 2 }, { ...far, id: 'a-off', available: false }]);
    expect(index.topFor(business).map((m) => m.angelId)).toEqual(['a-aosta-1500']);
    index.upsert({ ...far, activeCases: 2 });
    expect(index.topFor(business)).toEqual([]);
    index.upsert({ ...far, id: 'a-full', activeCases: 0 });
    expect(index.topFor(business).map((m) => m.angelId)).toEqual(['a-full']);
    expect(index.size).toBe(3);
  });
});
