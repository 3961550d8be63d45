/**
 * "Assegna tutte" as the coordinator reads it before confirming: every proposed pair with why
 * (needs covered by the angel's skills, distance or remote, the angel's load before and after),
 * every request left without an angel with its reason, and per pair the other angels the hard
 * rules allow, cheapest first, so one pair can be changed. Pure: the solver's answer and the
 * instance in, the preview out (docs/assignment.md, "In the app: preview and confirm").
 */
import type { TAssignResult, TUnassignedReason } from '../assignment/types.js';
import { pairCostTerms, slotLoadCost } from '../assignment/cost.js';
import { evaluateAngel, prepareBusiness, skillMask, type TNeedProfile } from '../matching/evaluate-angel.js';
import type { TMatchAngel, TMatchBusiness } from '../matching/types.js';
import type { TArea } from '../../shared/areas.js';

/** How many other angels are offered per pair at most. */
export const MAX_ALTERNATIVES = 8;

export interface TPreviewAlternative {
  angelId: string;
  /** Pair cost plus the load of the next place this angel would give in the preview. */
  cost: number;
  coverage: number;
  isInPerson: boolean;
  /** One decimal; null when met remotely. */
  distanceKm: number | null;
}

export interface TPreviewPair {
  businessId: string;
  angelId: string;
  /** Pair cost plus the load term of the place taken (the solver's own figure). */
  cost: number;
  coverage: number;
  /** The business's needs (heaviest first) the angel's skills cover, and those they do not. */
  covered: TArea[];
  uncovered: TArea[];
  isInPerson: boolean;
  distanceKm: number | null;
  alternatives: TPreviewAlternative[];
}

export interface TPreviewAngel {
  angelId: string;
  capacity: number;
  /** Open cases today, before the preview. */
  activeCases: number;
  /** Businesses the preview gives them. */
  proposed: number;
}

export interface TAssignPreview {
  pairs: TPreviewPair[];
  unassigned: { businessId: string; reason: TUnassignedReason }[];
  totalCost: number;
  angels: TPreviewAngel[];
}

const round1 = (km: number | null) => (km === null ? null : Math.round(km * 10) / 10);

function coverageLists(profile: TNeedProfile, angel: TMatchAngel): { covered: TArea[]; uncovered: TArea[] } {
  const skills = new Set<string>(angel.skills);
  return { covered: profile.areas.filter((a) => skills.has(a)), uncovered: profile.areas.filter((a) => !skills.has(a)) };
}

/**
 * Builds the preview from the instance and the solver's answer.
 *
 * @example
 *   const result = assignAll(businesses, angels);
 *   buildAssignPreview(businesses, angels, result).pairs[0]; // { businessId, angelId, covered: ['marketing'], … }
 */
export function buildAssignPreview(
  businesses: readonly TMatchBusiness[],
  angels: readonly TMatchAngel[],
  result: TAssignResult,
  maxAlternatives = MAX_ALTERNATIVES,
): TAssignPreview {
  const angelById = new Map(angels.map((a) => [a.id, a]));
  const businessById = new Map(businesses.map((b) => [b.id, b]));
  const proposed = new Map<string, number>();
  for (const a of result.assignments) proposed.set(a.angelId, (proposed.get(a.angelId) ?? 0) + 1);
  const open = angels.filter((a) => a.available && a.capacity - a.activeCases > 0);
  const masks = new Map(open.map((a) => [a.id, skillMask(a.skills)]));

  const pairs = result.assignments.map((assignment): TPreviewPair => {
    const business = businessById.get(assignment.businessId)!;
    const angel = angelById.get(assignment.angelId)!;
    const profile = prepareBusiness(business);
    const alternatives: TPreviewAlternative[] = [];
    for (const other of open) {
      if (other.id === angel.id) continue;
      const candidate = evaluateAngel(profile, other, masks.get(other.id));
      if (!candidate) continue;
      const taken = proposed.get(other.id) ?? 0;
      // Ordered by what the change would cost now: the pair plus the angel's next place.
      const nextPlace = Math.min(taken + 1, other.capacity - other.activeCases);
      alternatives.push({
        angelId: other.id,
        cost: pairCostTerms(candidate).cost + slotLoadCost(other, nextPlace),
        coverage: candidate.coverage,
        isInPerson: candidate.isInPerson,
        distanceKm: round1(candidate.distanceKm),
      });
    }
    alternatives.sort((x, y) => x.cost - y.cost || (x.angelId < y.angelId ? -1 : x.angelId > y.angelId ? 1 : 0));
    return {
      businessId: assignment.businessId,
      angelId: assignment.angelId,
      cost: assignment.cost,
      coverage: assignment.coverage,
      ...coverageLists(profile, angel),
      isInPerson: assignment.isInPerson,
      distanceKm: round1(assignment.distanceKm),
      alternatives: alternatives.slice(0, maxAlternatives),
    };
  });

  return {
    pairs,
    unassigned: result.unassigned.map((u) => ({ businessId: u.businessId, reason: u.reason })),
    totalCost: result.totalCost,
    angels: angels.map((a) => ({ angelId: a.id, capacity: a.capacity, activeCases: a.activeCases, proposed: proposed.get(a.id) ?? 0 })),
  };
}
