/**
 * Turns ranked candidates into proposals: a score people can read and the reasons in words.
 */
import { describeMatch } from './describe-match.js';
import type { TCandidate, TNeedProfile } from './evaluate-angel.js';
import type { TMatch, TMatchLocale } from './types.js';

/** Weights of the score; they sum to 1 and follow the ordering's priority. */
export const SCORE_WEIGHTS = { coverage: 0.6, sector: 0.2, nearness: 0.12, lightness: 0.08 } as const;

/** Distance at which nearness is worth half: a short drive in most of Italy. */
const HALF_NEARNESS_KM = 20;

/**
 * The raw score of one candidate, 0..1, before rounding and capping:
 * 0.6·coverage + 0.2·sector + 0.12·nearness + 0.08·lightness, where nearness is
 * 1/(1 + km/20) in person, 1 for a remote match the business asked for, 0 for a remote match
 * when the business would also have met in person, and lightness is 1 − activeCases/capacity.
 *
 * @example
 *   rawScore(profile, candidate); // 0.6·1 + 0.2·1 + 0.12·0.5 + 0.08·0.8 = 0.924 at 20 km, 1 of 5
 */
export function rawScore(profile: TNeedProfile, candidate: TCandidate): number {
  const nearness =
    candidate.distanceKm !== null ? 1 / (1 + candidate.distanceKm / HALF_NEARNESS_KM) : profile.business.mode === 'remote' ? 1 : 0;
  const lightness = 1 - candidate.angel.activeCases / candidate.angel.capacity;
  return (
    SCORE_WEIGHTS.coverage * candidate.coverage +
    SCORE_WEIGHTS.sector * (candidate.hasSector ? 1 : 0) +
    SCORE_WEIGHTS.nearness * nearness +
    SCORE_WEIGHTS.lightness * lightness
  );
}

/**
 * Proposals for candidates already in ranking order. The ranking is lexicographic (coverage,
 * then sector, nearness, caseload) and a weighted sum can disagree with it (a sector bonus of
 * 0.2 outweighs a coverage gap under 0.33), so each score is capped by the one above it: the
 * list never reads out of order, and the score still says how good the fit is.
 *
 * @example
 *   presentMatches(profile, ranked, 'it')[0]; // { angelId: 'a1', score: 0.91, reasons: [...], ... }
 */
export function presentMatches(profile: TNeedProfile, ranked: readonly TCandidate[], locale: TMatchLocale): TMatch[] {
  let ceiling = 1;
  return ranked.map((candidate) => {
    const score = Math.min(ceiling, Math.round(rawScore(profile, candidate) * 100) / 100);
    ceiling = score;
    const { reasons, reasonCodes } = describeMatch(profile, candidate, locale);
    return {
      angelId: candidate.angel.id,
      score,
      reasons,
      distanceKm: candidate.distanceKm === null ? null : Math.round(candidate.distanceKm * 10) / 10,
      reasonCodes,
    };
  });
}
