/**
 * An in-memory index over a whole network of angels that answers exactly what `rankAngels`
 * answers over the same list, without reading every angel (docs/matching.md, "The index").
 *
 * - In person: a grid of 0.25° cells. Each angel who meets in person is listed in every cell
 *   their travel disk's bounding box touches, so the angels who can reach a business are in
 *   the one list of the business's cell (plus the few with a huge radius, kept apart and always
 *   read). That list is sorted into buckets by (coverage, sector) with integer tests on packed
 *   columns; distances are measured bucket by bucket, best first, until no bucket can enter.
 * - Remote: per language, angels grouped by their exact set of skills. For one business every
 *   group has one coverage, so groups are read best coverage first and reading stops as soon as
 *   no later group can enter the top. Inside a group, lists sorted by caseload (one for all,
 *   one per sector) give the best few first.
 * - Angels who are unavailable or full are held but listed nowhere.
 *
 * Both paths decide with `evaluateAngel` and order with `compareCandidates`, the functions
 * `rankAngels` uses; the lists only choose whom to ask, and every shortcut is a bound that can
 * only let more angels through, never fewer.
 */
import { EARTH_RADIUS_KM } from './distance.js';
import {
  compareCandidates,
  compareCaseload,
  coverageOfMask,
  evaluateAngel,
  prepareBusiness,
  skillMask,
  type TCandidate,
  type TNeedProfile,
} from './evaluate-angel.js';
import { presentMatches } from './present-matches.js';
import type { TMatch, TMatchAngel, TMatchBusiness, TMatchLocale } from './types.js';

/** ~28 km north–south, ~20 km east–west in Italy: a typical radius touches a few dozen cells. */
const CELL_DEG = 0.25;
const COLS = Math.round(360 / CELL_DEG) + 1;
/** Beyond this radius listing the angel cell by cell costs more than reading them on every query. */
const WIDE_RADIUS_KM = 500;
const RAD = Math.PI / 180;
const KM_PER_DEG_LAT = EARTH_RADIUS_KM * RAD;
/** Slack on every geometric bound, so rounding can only add candidates, never drop one. */
const SLACK = 1e-6;

interface TSlot {
  angel: TMatchAngel;
  mask: number;
  langs: Set<string>;
  sectors: Set<string>;
  /** Row in the index's packed columns (see `buildMatchingIndex`). */
  num: number;
  /** Grid cells listing this angel (empty when wide or not meeting in person). */
  cells: number[];
  isWide: boolean;
}

interface TRemoteGroup {
  mask: number;
  /** Sorted by caseload, then id (`compareCaseload`). */
  all: TSlot[];
  bySector: Map<string, TSlot[]>;
}

export interface TMatchingIndex {
  /** The same answer as `rankAngels(business, allAngels, { limit, locale })`. */
  topFor(business: TMatchBusiness, limit?: number, locale?: TMatchLocale): TMatch[];
  /** Adds an angel or replaces the one with the same id (treat angels as immutable: upsert a new object). */
  upsert(angel: TMatchAngel): void;
  /** Forgets an angel; false when there was none with this id. */
  remove(angelId: string): boolean;
  /** Angels held, including those unavailable or full. */
  readonly size: number;
}

function cellKey(lat: number, lon: number): number {
  return Math.floor((lat + 90) / CELL_DEG) * COLS + Math.floor((lon + 180) / CELL_DEG);
}

/** Cells touched by the angel's travel disk (its bounding box on the sphere); null when too wide to list. */
function coverCells(angel: TMatchAngel): number[] | null {
  const { lat, lon } = angel.location;
  if (angel.radiusKm > WIDE_RADIUS_KM) return null;
  const delta = angel.radiusKm / EARTH_RADIUS_KM;
  const dLat = (delta / RAD) * (1 + SLACK) + SLACK;
  const latMin = lat - dLat;
  const latMax = lat + dLat;
  if (latMin < -85 || latMax > 85) return null;
  // Widest longitude of a spherical cap of angular radius delta centred at lat.
  const sinLon = Math.sin(delta) / Math.cos(lat * RAD);
  if (sinLon >= 1) return null;
  const dLon = (Math.asin(sinLon) / RAD) * (1 + SLACK) + SLACK;
  const lonMin = lon - dLon;
  const lonMax = lon + dLon;
  if (lonMin < -180 || lonMax >= 180) return null;
  const cells: number[] = [];
  const row0 = Math.floor((latMin + 90) / CELL_DEG);
  const row1 = Math.floor((latMax + 90) / CELL_DEG);
  const col0 = Math.floor((lonMin + 180) / CELL_DEG);
  const col1 = Math.floor((lonMax + 180) / CELL_DEG);
  for (let row = row0; row <= row1; row++) for (let col = col0; col <= col1; col++) cells.push(row * COLS + col);
  return cells;
}

/** Bit of a two-digit division inside its 32-bit word, or -1 for anything else. */
function divisionIndex(code: string): number {
  return /^\d{2}$/.test(code) ? Number(code) : -1;
}

/**
 * What one query needs beyond the profile: the coverage of every subset of the business's needs
 * (an angel's coverage depends only on which of them they have), and those subsets best first.
 */
interface TQueryPlan {
  profile: TNeedProfile;
  coverageBySubset: Float64Array;
  /** Subset indices by coverage, highest first. */
  subsetOrder: number[];
  /** Bucket keys (subset·2 + 1 if the angel knows the sector) in ranking order: coverage, then sector. */
  bucketOrder: number[];
  langBit: number;
  /** Division index of the business, or -1 when it is not two digits (then the Set decides). */
  division: number;
}

/** Which of the business's needs (as a k-bit index) this skill mask has. */
function subsetOf(profile: TNeedProfile, mask: number): number {
  let subset = 0;
  for (let i = 0; i < profile.bits.length; i++) if (mask & profile.bits[i]!) subset |= 1 << i;
  return subset;
}

function insertSorted(list: TSlot[], slot: TSlot): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareCaseload(list[mid]!.angel, slot.angel) < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, slot);
}

function removeFrom<T>(list: T[], slot: T, keepOrder: boolean): void {
  const i = list.indexOf(slot);
  if (i < 0) return;
  if (keepOrder) list.splice(i, 1);
  else {
    list[i] = list[list.length - 1]!;
    list.pop();
  }
}

/** Keeps `top` sorted and at most `limit` long. */
function offer(top: TCandidate[], candidate: TCandidate, limit: number): void {
  let i = top.length;
  while (i > 0 && compareCandidates(candidate, top[i - 1]!) < 0) i--;
  if (i >= limit) return;
  top.splice(i, 0, candidate);
  if (top.length > limit) top.pop();
}

/**
 * Builds the index over a network of angels.
 *
 * @example
 *   const index = buildMatchingIndex(angels);
 *   index.topFor(business, 5); // same as rankAngels(business, angels, { limit: 5 })
 *   index.upsert({ ...angel, activeCases: angel.activeCases + 1 });
 *   index.remove('a-42');
 */
export function buildMatchingIndex(angels: Iterable<TMatchAngel>): TMatchingIndex {
  const slots = new Map<string, TSlot>();
  /** Cell → rows of the angels whose travel disk touches it. */
  const grid = new Map<number, number[]>();
  const wide: number[] = [];

  // What the in-person scan reads for thousands of angels per query, packed in typed columns by
  // row: a crowded cell is then read from a few hundred KB instead of chasing 100,000 objects
  // spread over the heap, which is what made the scan slow.
  let rows = 1024;
  let rowMask = new Int32Array(rows);
  /** One bit per language (see `languageBit`). */
  let rowLangs = new Int32Array(rows);
  /** Divisions 00–99 as bits, four words per row. */
  let rowSectors = new Int32Array(rows * 4);
  let rowLat = new Float64Array(rows);
  let rowRadius = new Float64Array(rows);
  const rowSlot: (TSlot | undefined)[] = [];
  const freeRows: number[] = [];
  let nextRow = 0;

  function growRows(): void {
    rows *= 2;
    const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T, width = 1): T => {
      const next = make(rows * width);
      next.set(old);
      return next;
    };
    rowMask = grow(rowMask, (n) => new Int32Array(n));
    rowLangs = grow(rowLangs, (n) => new Int32Array(n));
    rowSectors = grow(rowSectors, (n) => new Int32Array(n), 4);
    rowLat = grow(rowLat, (n) => new Float64Array(n));
    rowRadius = grow(rowRadius, (n) => new Float64Array(n));
  }

  const bucketPool: number[][] = [];

  const hasDivision = (num: number, index: number) => (rowSectors[num * 4 + (index >> 5)]! & (1 << (index & 31))) !== 0;
  const remote = new Map<string, Map<number, TRemoteGroup>>();

  const isListed = (angel: TMatchAngel) => angel.available && angel.activeCases < angel.capacity;

  // Languages get bits 0..29 in order of first use and keep them; once those are taken, every
  // later language shares the overflow bit, which only makes the filter looser, never wrong.
  const OVERFLOW_BIT = 1 << 30;
  const languageBits = new Map<string, number>();
  const languageBit = (lang: string, isNew: boolean): number => {
    const known = languageBits.get(lang);
    if (known !== undefined) return known;
    if (!isNew || languageBits.size >= 30) return OVERFLOW_BIT;
    const bit = 1 << languageBits.size;
    languageBits.set(lang, bit);
    return bit;
  };

  function place(slot: TSlot): void {
    const { angel } = slot;
    if (!isListed(angel)) return;
    if (angel.modes.includes('in_person')) {
      const cells = coverCells(angel);
      if (cells === null) {
        slot.isWide = true;
        wide.push(slot.num);
      } else {
        slot.cells = cells;
        for (const key of cells) {
          const list = grid.get(key);
          if (list) list.push(slot.num);
          else grid.set(key, [slot.num]);
        }
      }
    }
    if (angel.modes.includes('remote')) {
      for (const lang of slot.langs) {
        let byMask = remote.get(lang);
        if (!byMask) remote.set(lang, (byMask = new Map()));
        let group = byMask.get(slot.mask);
        if (!group) byMask.set(slot.mask, (group = { mask: slot.mask, all: [], bySector: new Map() }));
        insertSorted(group.all, slot);
        for (const sector of slot.sectors) {
          let list = group.bySector.get(sector);
          if (!list) group.bySector.set(sector, (list = []));
          insertSorted(list, slot);
        }
      }
    }
  }

  function unplace(slot: TSlot): void {
    for (const key of slot.cells) {
      const list = grid.get(key);
      if (!list) continue;
      removeFrom(list, slot.num, false);
      if (list.length === 0) grid.delete(key);
    }
    if (slot.isWide) removeFrom(wide, slot.num, false);
    for (const lang of slot.langs) {
      const byMask = remote.get(lang);
      const group = byMask?.get(slot.mask);
      if (!byMask || !group) continue;
      removeFrom(group.all, slot, true);
      for (const sector of slot.sectors) {
        const list = group.bySector.get(sector);
        if (!list) continue;
        removeFrom(list, slot, true);
        if (list.length === 0) group.bySector.delete(sector);
      }
      if (group.all.length === 0) byMask.delete(slot.mask);
      if (byMask.size === 0) remote.delete(lang);
    }
  }

  function freeRow(num: number): void {
    rowSlot[num] = undefined;
    freeRows.push(num);
  }

  function upsert(angel: TMatchAngel): void {
    const old = slots.get(angel.id);
    if (old) unplace(old);
    if (old) freeRow(old.num);
    const langs = new Set(angel.languages.map((l) => l.toLowerCase()));
    const num = freeRows.pop() ?? nextRow++;
    if (num >= rows) growRows();
    const slot: TSlot = { angel, mask: skillMask(angel.skills), langs, sectors: new Set(angel.sectors), num, cells: [], isWide: false };
    rowSlot[num] = slot;
    rowMask[num] = slot.mask;
    let langBits = 0;
    for (const lang of langs) langBits |= languageBit(lang, true);
    rowLangs[num] = langBits;
    for (let w = 0; w < 4; w++) rowSectors[num * 4 + w] = 0;
    for (const code of angel.sectors) {
      const index = divisionIndex(code);
      if (index >= 0) rowSectors[num * 4 + (index >> 5)]! |= 1 << (index & 31);
    }
    rowLat[num] = angel.location.lat;
    rowRadius[num] = angel.radiusKm;
    slots.set(angel.id, slot);
    place(slot);
  }

  function remove(angelId: string): boolean {
    const slot = slots.get(angelId);
    if (!slot) return false;
    unplace(slot);
    freeRow(slot.num);
    slots.delete(angelId);
    return true;
  }

  function planQuery(profile: TNeedProfile): TQueryPlan {
    const k = profile.bits.length;
    const coverageBySubset = new Float64Array(1 << k);
    for (let subset = 0; subset < 1 << k; subset++) {
      let mask = 0;
      for (let i = 0; i < k; i++) if (subset & (1 << i)) mask |= profile.bits[i]!;
      // The same function on the same bits as evaluateAngel: the very same float.
      coverageBySubset[subset] = coverageOfMask(profile, mask);
    }
    const subsetOrder = Array.from({ length: 1 << k }, (_, i) => i).sort((a, b) => coverageBySubset[b]! - coverageBySubset[a]!);
    // Subsets of equal coverage interleave: all who know the sector come before any who do not.
    const bucketOrder = subsetOrder
      .flatMap((subset) => [subset * 2 + 1, subset * 2])
      .sort((a, b) => coverageBySubset[b >> 1]! - coverageBySubset[a >> 1]! || (b & 1) - (a & 1));
    return {
      profile,
      coverageBySubset,
      subsetOrder,
      bucketOrder,
      langBit: languageBit(profile.language, false),
      division: divisionIndex(profile.business.ateco),
    };
  }

  function slotHasSector(plan: TQueryPlan, slot: TSlot): boolean {
    return plan.division >= 0 ? hasDivision(slot.num, plan.division) : slot.sectors.has(plan.profile.business.ateco);
  }

  /** Whether nothing with this coverage and sector can still enter a full top. */
  function isOutranked(top: readonly TCandidate[], limit: number, coverage: number, hasSector: boolean): boolean {
    if (top.length < limit) return false;
    const worst = top[limit - 1]!;
    return coverage < worst.coverage || (coverage === worst.coverage && worst.hasSector && !hasSector);
  }

  /**
   * Angels able to reach the business; only in-person matches are taken from here. A first
   * pass sorts the list into buckets by (coverage, sector) with integer tests only; the second
   * measures distances bucket by bucket, best first, and stops once the top is full and the
   * next bucket ranks lower.
   */
  function scanInPerson(plan: TQueryPlan, list: readonly number[], top: TCandidate[], limit: number): void {
    const { profile, langBit, division } = plan;
    const { ateco, location } = profile.business;
    // Reused from query to query: thousands of pushes per query would otherwise feed the GC,
    // whose pauses are what the slow tail is made of.
    const size = plan.coverageBySubset.length * 2;
    while (bucketPool.length < size) bucketPool.push([]);
    for (let i = 0; i < size; i++) bucketPool[i]!.length = 0;
    for (let i = 0; i < list.length; i++) {
      const num = list[i]!;
      if ((rowLangs[num]! & langBit) === 0) continue;
      const hasSector = division >= 0 ? hasDivision(num, division) : rowSlot[num]!.sectors.has(ateco);
      bucketPool[subsetOf(profile, rowMask[num]!) * 2 + (hasSector ? 1 : 0)]!.push(num);
    }
    for (const key of plan.bucketOrder) {
      const bucket = bucketPool[key]!;
      if (bucket.length === 0) continue;
      // Buckets come in ranking order, so the first one that cannot enter ends the search.
      if (isOutranked(top, limit, plan.coverageBySubset[key >> 1]!, (key & 1) === 1)) return;
      for (const num of bucket) {
        const radius = rowRadius[num]!;
        // A great circle is never shorter than its change of latitude.
        if (Math.abs(rowLat[num]! - location.lat) * KM_PER_DEG_LAT > radius * (1 + SLACK) + SLACK) continue;
        const slot = rowSlot[num]!;
        const candidate = evaluateAngel(profile, slot.angel, slot.mask);
        if (candidate?.isInPerson) offer(top, candidate, limit);
      }
    }
  }

  /** Whether a remote match with this key could still enter a full top. */
  function canEnter(top: readonly TCandidate[], limit: number, coverage: number, hasSector: boolean, angel: TMatchAngel): boolean {
    if (top.length < limit) return true;
    const worst = top[limit - 1]!;
    if (coverage !== worst.coverage) return coverage > worst.coverage;
    if (hasSector !== worst.hasSector) return hasSector;
    // A remote match is never nearer than an in-person one.
    if (worst.nearKm !== Number.POSITIVE_INFINITY) return false;
    return compareCaseload(angel, worst.angel) < 0;
  }

  /** Reads a caseload-sorted list until nothing later in it can enter the top. */
  function scanSorted(
    plan: TQueryPlan,
    list: readonly TSlot[],
    coverage: number,
    hasSector: boolean,
    top: TCandidate[],
    limit: number,
  ): void {
    let taken = 0;
    for (const slot of list) {
      // Those who know the sector were read from the sector list of the same group.
      if (!hasSector && slotHasSector(plan, slot)) continue;
      if (!canEnter(top, limit, coverage, hasSector, slot.angel)) return;
      const candidate = evaluateAngel(plan.profile, slot.angel, slot.mask);
      // In `any` mode whoever qualifies in person is found, with the distance, by the grid.
      if (!candidate || candidate.isInPerson) continue;
      offer(top, candidate, limit);
      if (++taken >= limit) return;
    }
  }

  function scanRemote(plan: TQueryPlan, top: TCandidate[], limit: number): void {
    const byMask = remote.get(plan.profile.language);
    if (!byMask) return;
    const bySubset: (TRemoteGroup[] | undefined)[] = new Array(plan.coverageBySubset.length);
    for (const group of byMask.values()) {
      const subset = subsetOf(plan.profile, group.mask);
      const same = bySubset[subset];
      if (same) same.push(group);
      else bySubset[subset] = [group];
    }
    const { ateco } = plan.profile.business;
    for (const subset of plan.subsetOrder) {
      const groups = bySubset[subset];
      if (!groups) continue;
      const coverage = plan.coverageBySubset[subset]!;
      if (isOutranked(top, limit, coverage, true)) return;
      for (const group of groups) {
        const sectorList = group.bySector.get(ateco);
        if (sectorList) scanSorted(plan, sectorList, coverage, true, top, limit);
      }
      for (const group of groups) scanSorted(plan, group.all, coverage, false, top, limit);
    }
  }

  function topFor(business: TMatchBusiness, limit = 5, locale: TMatchLocale = 'it'): TMatch[] {
    const n = Math.max(0, Math.floor(limit));
    if (n === 0) return [];
    const plan = planQuery(prepareBusiness(business));
    const top: TCandidate[] = [];
    if (business.mode !== 'remote') {
      const cell = grid.get(cellKey(business.location.lat, business.location.lon));
      if (cell) scanInPerson(plan, cell, top, n);
      if (wide.length > 0) scanInPerson(plan, wide, top, n);
    }
    if (business.mode !== 'in_person') scanRemote(plan, top, n);
    return presentMatches(plan.profile, top, locale);
  }

  for (const angel of angels) upsert(angel);

  return {
    topFor,
    upsert,
    remove,
    get size() {
      return slots.size;
    },
  };
}
