/**
 * Seeded generators of angels and businesses spread over Italy, placed on real comuni
 * (`resources/geo/comuni.json`), for the matching benchmark and its tests. Same seed, same data.
 */
import fs from 'node:fs';
import type { TArea } from '../../src/shared/areas.js';
import type { TMatchAngel, TMatchBusiness } from '../../src/domain/matching/types.js';

export interface TComunePoint {
  istat: string;
  name: string;
  lat: number;
  lon: number;
}

/** The shipped comuni with their coordinates. */
export function loadComuni(): TComunePoint[] {
  return JSON.parse(fs.readFileSync(new URL('../../resources/geo/comuni.json', import.meta.url), 'utf8')) as TComunePoint[];
}

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type TWeighted<T> = readonly (readonly [T, number])[];

function weighted<T>(random: () => number, table: TWeighted<T>): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[table.length - 1]![0];
}

function distinct<T>(random: () => number, table: TWeighted<T>, count: number): T[] {
  const out = new Set<T>();
  for (let guard = 0; out.size < count && guard < 50; guard++) out.add(weighted(random, table));
  return [...out];
}

/** Where angels live: big cities hold many (the dense worst case for the grid), the rest spread over all comuni. */
const CITIES = ['Roma', 'Milano', 'Napoli', 'Torino', 'Palermo', 'Genova', 'Bologna', 'Firenze', 'Bari', 'Catania', 'Venezia', 'Verona', 'Padova', 'Brescia', 'Cagliari', 'Trieste'];
const CITY_SHARE = 0.25;

/** Which areas angels know: marketing and communication are common, green and AI rarer. */
const SKILL_WEIGHTS: TWeighted<TArea> = [
  ['marketing', 16], ['communication', 15], ['strategy', 10], ['ecommerce', 10], ['finance', 9], ['organisation', 8],
  ['data_tools', 8], ['innovation', 6], ['market_research', 5], ['people', 5], ['automation_ai', 4], ['green', 4],
];

/** Sectors of Italian micro businesses, the most frequent first (retail, bars, building, farming...). */
export const SECTOR_WEIGHTS: TWeighted<string> = [
  ['47', 18], ['56', 12], ['43', 9], ['01', 8], ['96', 7], ['46', 6], ['55', 5], ['10', 5], ['41', 4], ['62', 3],
  ['25', 3], ['11', 2], ['14', 2], ['16', 2], ['31', 2], ['49', 2], ['69', 2], ['71', 2], ['86', 2], ['95', 1],
  ['13', 1], ['23', 1], ['33', 1], ['03', 1], ['68', 1], ['73', 1], ['85', 1], ['93', 1],
];

const RADIUS_KM: TWeighted<number> = [[10, 10], [20, 20], [30, 25], [50, 25], [80, 12], [120, 6], [200, 2]];
const MODES: TWeighted<TMatchAngel['modes']> = [[['in_person'], 25], [['remote'], 15], [['in_person', 'remote'], 60]];

function isSouthTyrol(lat: number, lon: number) {
  return lat > 46.2 && lon > 10.4 && lon < 12.5;
}
function isFriuliEast(lat: number, lon: number) {
  return lat > 45.5 && lon > 13.2;
}

function languagesAt(random: () => number, lat: number, lon: number): string[] {
  const langs = ['it'];
  if (random() < (isSouthTyrol(lat, lon) ? 0.7 : 0.04)) langs.push('de');
  if (random() < 0.35) langs.push('en');
  if (random() < 0.08) langs.push('fr');
  if (random() < 0.05) langs.push('es');
  if (random() < (isFriuliEast(lat, lon) ? 0.25 : 0.005)) langs.push('sl');
  if (random() < 0.02) langs.push('ro');
  if (random() < 0.015) langs.push('ar');
  if (random() < 0.01) langs.push('zh');
  return langs;
}

/** A point within ~3 km of a comune's centre, so angels of one town do not all sit on one spot. */
function near(random: () => number, c: TComunePoint) {
  return { lat: c.lat + (random() - 0.5) * 0.05, lon: c.lon + (random() - 0.5) * 0.07 };
}

/**
 * N angels spread over Italy. Skills 2–5, sectors 1–4, radius mostly 20–50 km, 60% work both
 * in person and remotely, capacity 3–10, about 12% full and 10% unavailable.
 *
 * @example
 *   const angels = generateAngels(100_000, 2026, loadComuni());
 */
export function generateAngels(n: number, seed: number, comuni: readonly TComunePoint[]): TMatchAngel[] {
  const random = seededRandom(seed);
  const cities = CITIES.map((name) => comuni.find((c) => c.name === name)).filter((c): c is TComunePoint => c !== undefined);
  const angels: TMatchAngel[] = [];
  for (let i = 0; i < n; i++) {
    const home = random() < CITY_SHARE && cities.length > 0 ? cities[Math.floor(random() * cities.length)]! : comuni[Math.floor(random() * comuni.length)]!;
    const location = near(random, home);
    const capacity = 3 + Math.floor(random() * 8);
    const isFull = random() < 0.12;
    angels.push({
      id: `a${String(i).padStart(6, '0')}`,
      location,
      radiusKm: weighted(random, RADIUS_KM),
      skills: distinct(random, SKILL_WEIGHTS, 2 + Math.floor(random() * 4)),
      sectors: distinct(random, SECTOR_WEIGHTS, 1 + Math.floor(random() * 4)),
      modes: [...weighted(random, MODES)],
      languages: languagesAt(random, location.lat, location.lon),
      capacity,
      activeCases: isFull ? capacity : Math.floor(random() * capacity),
      available: random() < 0.9,
    });
  }
  return angels;
}

const NEED_WEIGHTS: TWeighted<TArea> = [
  ['marketing', 18], ['communication', 16], ['finance', 14], ['ecommerce', 10], ['organisation', 9], ['strategy', 8],
  ['data_tools', 7], ['innovation', 5], ['people', 5], ['market_research', 4], ['automation_ai', 2], ['green', 2],
];

/**
 * N businesses at random comuni: 1–3 needs (the first weighs 1), mostly Italian speaking,
 * 45% in person, 40% either way, 15% remote.
 *
 * @example
 *   const businesses = generateBusinesses(2000, 7, loadComuni());
 */
export function generateBusinesses(n: number, seed: number, comuni: readonly TComunePoint[]): TMatchBusiness[] {
  const random = seededRandom(seed);
  const out: TMatchBusiness[] = [];
  for (let i = 0; i < n; i++) {
    const c = comuni[Math.floor(random() * comuni.length)]!;
    const location = near(random, c);
    const areas = distinct(random, NEED_WEIGHTS, 1 + Math.floor(random() * 3));
    const needs: Partial<Record<TArea, number>> = {};
    areas.forEach((area, j) => (needs[area] = j === 0 ? 1 : Math.round((0.2 + random() * 0.7) * 10) / 10));
    const language = isSouthTyrol(location.lat, location.lon) && random() < 0.5 ? 'de' : weighted(random, [['it', 95], ['en', 2], ['fr', 1], ['ro', 1], ['zh', 1]] as const);
    out.push({
      id: `b${String(i).padStart(5, '0')}-${c.istat}`,
      location,
      ateco: weighted(random, SECTOR_WEIGHTS),
      needs,
      mode: weighted(random, [['in_person', 45], ['any', 40], ['remote', 15]] as const),
      language,
    });
  }
  return out;
}

