/**
 * Which pairs "Assegna tutte" may form and at what cost (docs/assignment.md, "Hard rules" and
 * "Cost"), found without testing every business against every angel: a grid for the in-person
 * pairs, lists by language for the remote ones. The rules are the matching's (`evaluateAngel`),
 * except how a pair that qualifies both ways is costed: remote (see `forEachInPersonPartner`).
 */
import { haversineKm } from '../matching/distance.js';
import { mayReachByLatitude, reachCellOf, reachDiskCells } from '../matching/reach-grid.js';
import { coverageOfMask, prepareBusiness, skillMask, type TNeedProfile } from '../matching/evaluate-angel.js';
import type { TMatchAngel, TMatchBusiness } from '../matching/types.js';
import { COST_WEIGHTS } from './cost.js';

/** Free places of an angel: 0 when not available or already full. */
export function freePlaces(angel: TMatchAngel): number {
  return angel.available ? Math.max(0, angel.capacity - angel.activeCases) : 0;
}

/** The angels with a free place, prepared once: masks, languages, who meets in person where. */
export interface TAngelTable {
  angels: readonly TMatchAngel[];
  /** Indices of angels with a free place, in input order. */
  open: Int32Array;
  free: Int32Array;
  mask: Int32Array;
  inPerson: Uint8Array;
  remote: Uint8Array;
  /** Lower-case language → open angels who speak it (input order). */
  speakers: Map<string, number[]>;
  /** Lower-case language → open remote angels who speak it (input order). */
  remoteSpeakers: Map<string, number[]>;
  /** Grid cell → open in-person angels whose disk may touch it (input order). */
  grid: Map<number, number[]>;
  /** Open in-person angels too wide for the grid: tested for every business. */
  wide: number[];
  /** Lower-case languages of each angel. */
  langs: Set<string>[];
  /** Latitude and radius of each angel, read without touching the angel objects in the hot loop. */
  lat: Float64Array;
  radius: Float64Array;
}

export function angelTable(angels: readonly TMatchAngel[]): TAngelTable {
  const A = angels.length;
  const free = new Int32Array(A);
  const mask = new Int32Array(A);
  const inPerson = new Uint8Array(A);
  const remote = new Uint8Array(A);
  const open: number[] = [];
  const speakers = new Map<string, number[]>();
  const remoteSpeakers = new Map<string, number[]>();
  const grid = new Map<number, number[]>();
  const wide: number[] = [];
  const langs: Set<string>[] = [];
  const lat = new Float64Array(A);
  const radius = new Float64Array(A);
  const push = (map: Map<string | number, number[]>, key: string | number, j: number) => {
    const list = map.get(key);
    if (list) list.push(j);
    else map.set(key, [j]);
  };
  angels.forEach((angel, j) => {
    langs.push(new Set(angel.languages.map((l) => l.toLowerCase())));
    lat[j] = angel.location.lat;
    radius[j] = angel.radiusKm;
    free[j] = freePlaces(angel);
    if (free[j] === 0) return;
    open.push(j);
    mask[j] = skillMask(angel.skills);
    inPerson[j] = angel.modes.includes('in_person') ? 1 : 0;
    remote[j] = angel.modes.includes('remote') ? 1 : 0;
    for (const l of langs[j]!) {
      push(speakers as Map<string | number, number[]>, l, j);
      if (remote[j]) push(remoteSpeakers as Map<string | number, number[]>, l, j);
    }
    if (inPerson[j]) {
      const cells = reachDiskCells(angel.location.lat, angel.location.lon, angel.radiusKm);
      if (cells === null) wide.push(j);
      else for (const c of cells) push(grid as Map<string | number, number[]>, c, j);
    }
  });
  return { angels, open: Int32Array.from(open), free, mask, inPerson, remote, speakers, remoteSpeakers, grid, wide, langs, lat, radius };
}

/** A feasible pair as `forEachFeasiblePair` reports it. */
export interface TPairInfo {
  angelIndex: number;
  cost: number;
  needsCost: number;
  distanceCost: number;
  coverage: number;
  isInPerson: boolean;
  distanceKm: number | null;
}

/** Cost terms of an in-person pair at `km` from an angel of radius `radius`. */
export function distanceTerm(km: number, radius: number): number {
  return radius > 0 ? COST_WEIGHTS.distance * Math.min(1, km / radius) : 0;
}

/**
 * Calls `each(angel, km)` for every open angel who may meet the business in person (an `any`
 * business meets a remote-capable angel remotely, see below): the direct arcs of the flow. The
 * angels of the business's grid cell come in input order, then the few too wide for the grid.
 */
export function forEachInPersonPartner(profile: TNeedProfile, table: TAngelTable, each: (angel: number, km: number) => void): void {
  const business = profile.business;
  if (business.mode === 'remote') return;
  const location = business.location;
  const lat = location.lat;
  const isAny = business.mode === 'any';
  const { remote, langs, angels } = table;
  const angelLat = table.lat;
  const radius = table.radius;
  const test = (j: number) => {
    // The one rule that differs from matching's "in person wins": an `any` business and an
    // angel who works remotely meet remotely, never the dearer way (docs/assignment.md).
    if (isAny && remote[j]) return;
    if (!mayReachByLatitude(angelLat[j]!, radius[j]!, lat)) return;
    if (!langs[j]!.has(profile.language)) return;
    const km = haversineKm(location, angels[j]!.location);
    if (km <= radius[j]!) each(j, km);
  };
  const cell = table.grid.get(reachCellOf(lat, location.lon));
  if (cell) for (let c = 0; c < cell.length; c++) test(cell[c]!);
  for (const j of table.wide) test(j);
}

/**
 * The open angels who may meet the business in person (`forEachInPersonPartner`), with their
 * distance, in input order.
 */
export function inPersonPartners(profile: TNeedProfile, table: TAngelTable): { angel: number; km: number }[] {
  const found: { angel: number; km: number }[] = [];
  forEachInPersonPartner(profile, table, (angel, km) => found.push({ angel, km }));
  if (table.wide.length > 0) found.sort((a, b) => a.angel - b.angel);
  return found;
}

/** Whether the business may be met remotely at all (then every open remote angel who speaks its language qualifies). */
export function wantsRemote(business: TMatchBusiness): boolean {
  return business.mode !== 'in_person';
}

/**
 * Every feasible pair of one business, angels in input order, with the cost `--arcs-out` writes
 * (needs + distance; the load is the place's). Calls `each` once per pair.
 */
export function forEachPairOf(profile: TNeedProfile, table: TAngelTable, each: (pair: TPairInfo) => void): void {
  const direct = inPersonPartners(profile, table);
  const remote = wantsRemote(profile.business) ? (table.remoteSpeakers.get(profile.language) ?? []) : [];
  let i = 0;
  let r = 0;
  while (i < direct.length || r < remote.length) {
    if (r >= remote.length || (i < direct.length && direct[i]!.angel < remote[r]!)) {
      const { angel: j, km } = direct[i++]!;
      const coverage = coverageOfMask(profile, table.mask[j]!);
      const needsCost = COST_WEIGHTS.needs * (1 - coverage);
      const distanceCost = distanceTerm(km, table.angels[j]!.radiusKm);
      each({ angelIndex: j, cost: needsCost + distanceCost, needsCost, distanceCost, coverage, isInPerson: true, distanceKm: km });
    } else {
      const j = remote[r++]!;
      const coverage = coverageOfMask(profile, table.mask[j]!);
      const needsCost = COST_WEIGHTS.needs * (1 - coverage);
      each({ angelIndex: j, cost: needsCost, needsCost, distanceCost: 0, coverage, isInPerson: false, distanceKm: null });
    }
  }
}

/**
 * Every feasible pair, business by business in input order, angels in input order.
 *
 * @example forEachFeasiblePair(businesses, angels, (i, pair) => count++);
 */
export function forEachFeasiblePair(businesses: readonly TMatchBusiness[], angels: readonly TMatchAngel[], each: (businessIndex: number, pair: TPairInfo) => void, table = angelTable(angels)): void {
  businesses.forEach((business, i) => forEachPairOf(prepareBusiness(business), table, (pair) => each(i, pair)));
}

/**
 * The pairs of `forEachFeasiblePair`, in the same order, one at a time as the caller asks for
 * them: a writer can wait for its file between two pairs, and only one business's pairs are
 * held at once (tens of millions on a national instance would not fit).
 *
 * @example for (const { businessIndex, pair } of feasiblePairsIterator(businesses, angels)) write(pair);
 */
export function* feasiblePairsIterator(businesses: readonly TMatchBusiness[], angels: readonly TMatchAngel[], table = angelTable(angels)): Generator<{ businessIndex: number; pair: TPairInfo }> {
  for (let businessIndex = 0; businessIndex < businesses.length; businessIndex++) {
    const pairs: TPairInfo[] = [];
    forEachPairOf(prepareBusiness(businesses[businessIndex]!), table, (pair) => pairs.push(pair));
    for (const pair of pairs) yield { businessIndex, pair };
  }
}
