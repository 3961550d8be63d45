/**
 * The hard rules and the ordering key for one business and one angel. `rankAngels` and the
 * index both go through these functions, so they cannot disagree on who qualifies or in
 * which order (docs/matching.md, "How it stays correct").
 */
import { AREAS, type TArea } from '../../shared/areas.js';
import { haversineKm } from './distance.js';
import type { TMatchAngel, TMatchBusiness } from './types.js';

/** The business prepared once per query: needs in a fixed order, as bits, with their total. */
export interface TNeedProfile {
  business: TMatchBusiness;
  /** Lower case, compared with the angel's languages in lower case. */
  language: string;
  /** Needs with a weight above 0, heaviest first, ties in the product's area order. */
  areas: TArea[];
  bits: number[];
  weights: number[];
  /** Union of `bits`. */
  mask: number;
  total: number;
}

/** Where an angel stands for one business, once the hard rules let them through. */
export interface TCandidate {
  angel: TMatchAngel;
  /** Share of the business's need weight the angel's skills cover, 0..1. */
  coverage: number;
  hasSector: boolean;
  /** True when the meeting is in person (within the angel's radius), false when remote. */
  isInPerson: boolean;
  /** Exact great-circle km for an in-person match; null for a remote one. */
  distanceKm: number | null;
  /**
   * Nearness as the ordering reads it: whole km for in person (the figure the reasons show, so
   * two angels "12 km" away are told apart by caseload, not by metres), Infinity for remote.
   */
  nearKm: number;
}

const AREA_BIT = new Map<string, number>(AREAS.map((area, i) => [area, 1 << i]));

/**
 * The skills as a 12-bit mask in the product's area order.
 *
 * @example
 *   skillMask(['strategy', 'marketing']); // 0b11 = 3
 */
export function skillMask(skills: readonly string[]): number {
  let mask = 0;
  for (const skill of skills) mask |= AREA_BIT.get(skill) ?? 0;
  return mask;
}

/**
 * Prepares a business for matching: needs ordered and weighed once, language in lower case.
 *
 * @example
 *   prepareBusiness(business).areas; // ['marketing', 'innovation'] for {innovation: 0.5, marketing: 1}
 */
export function prepareBusiness(business: TMatchBusiness): TNeedProfile {
  const areas = AREAS.filter((area) => (business.needs[area] ?? 0) > 0);
  // Stable sort on the product order: equal weights never depend on JSON key order.
  areas.sort((a, b) => (business.needs[b] ?? 0) - (business.needs[a] ?? 0));
  const bits = areas.map((area) => AREA_BIT.get(area)!);
  const weights = areas.map((area) => business.needs[area] ?? 0);
  let total = 0;
  for (const w of weights) total += w;
  return {
    business,
    language: business.language.toLowerCase(),
    areas,
    bits,
    weights,
    mask: bits.reduce((m, b) => m | b, 0),
    total,
  };
}

/**
 * Coverage of the business's weighted needs by an angel with these skills (as a mask). Sums in
 * the profile's fixed order, so the same mask always gives the very same float.
 *
 * @example
 *   coverageOfMask(prepareBusiness(b), skillMask(['marketing'])); // 1 / 1.5 ≈ 0.667
 */
export function coverageOfMask(profile: TNeedProfile, mask: number): number {
  if (profile.total <= 0) return 0;
  let covered = 0;
  for (let i = 0; i < profile.bits.length; i++) if (mask & profile.bits[i]!) covered += profile.weights[i]!;
  return covered / profile.total;
}

/** Whether any of the languages is `lower` (already in lower case), ignoring case. */
function speaks(languages: readonly string[], lower: string): boolean {
  for (const l of languages) {
    // The exact test first: it is the usual case and allocates nothing.
    if (l === lower || l.toLowerCase() === lower) return true;
  }
  return false;
}

/**
 * Applies the hard rules; null when the angel may not be proposed. In `any` mode an angel who
 * qualifies in person is an in-person match, even when they also work remotely.
 *
 * @example
 *   evaluateAngel(prepareBusiness(business), angel)?.isInPerson; // true, false, or undefined if excluded
 */
export function evaluateAngel(profile: TNeedProfile, angel: TMatchAngel, mask = skillMask(angel.skills)): TCandidate | null {
  if (!angel.available || angel.activeCases >= angel.capacity) return null;
  if (!speaks(angel.languages, profile.language)) return null;
  const { business } = profile;
  let distanceKm: number | null = null;
  if (business.mode !== 'remote' && angel.modes.includes('in_person')) {
    const d = haversineKm(business.location, angel.location);
    if (d <= angel.radiusKm) distanceKm = d;
  }
  const isInPerson = distanceKm !== null;
  if (!isInPerson && !(business.mode !== 'in_person' && angel.modes.includes('remote'))) return null;
  return {
    angel,
    coverage: coverageOfMask(profile, mask),
    hasSector: angel.sectors.includes(business.ateco),
    isInPerson,
    distanceKm,
    nearKm: distanceKm === null ? Number.POSITIVE_INFINITY : Math.round(distanceKm),
  };
}

/**
 * Lighter caseload first, compared exactly (activeCases/capacity by cross-multiplication).
 *
 * @example
 *   compareCaseload({ activeCases: 1, capacity: 5 }, { activeCases: 4, capacity: 5 }); // < 0
 */
export function compareCaseload(a: Pick<TMatchAngel, 'activeCases' | 'capacity' | 'id'>, b: Pick<TMatchAngel, 'activeCases' | 'capacity' | 'id'>): number {
  const load = a.activeCases * b.capacity - b.activeCases * a.capacity;
  if (load !== 0) return load < 0 ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The ranking order of MATCHING.md as a tuple: coverage, sector, nearness, caseload, then id so
 * that equal angels always come out in the same order. Negative when `a` ranks first.
 *
 * @example
 *   candidates.sort(compareCandidates);
 */
export function compareCandidates(a: TCandidate, b: TCandidate): number {
  if (a.coverage !== b.coverage) return a.coverage > b.coverage ? -1 : 1;
  if (a.hasSector !== b.hasSector) return a.hasSector ? -1 : 1;
  if (a.nearKm !== b.nearKm) return a.nearKm < b.nearKm ? -1 : 1;
  return compareCaseload(a.angel, b.angel);
}
