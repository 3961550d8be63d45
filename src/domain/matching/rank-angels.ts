import { compareCandidates, evaluateAngel, prepareBusiness, type TCandidate } from './evaluate-angel.js';
import { presentMatches } from './present-matches.js';
import type { TMatch, TMatchAngel, TMatchBusiness, TRankOptions } from './types.js';

/**
 * The best angels for a business, best first, each with its reasons. Angels the hard rules
 * exclude never appear; when fewer qualify than `limit`, fewer come back (maybe none).
 * Reads every angel: for a whole network use `buildMatchingIndex`, which answers the same.
 *
 * @example
 *   rankAngels(business, angels, { limit: 3, locale: 'en' });
 *   // [{ angelId: 'a-milano-mkt', score: 0.77, distanceKm: 29.6,
 *   //    reasons: ['Can help you with: marketing and sales channels', ...], reasonCodes: [...] }]
 */
export function rankAngels(business: TMatchBusiness, angels: readonly TMatchAngel[], options: TRankOptions = {}): TMatch[] {
  const limit = Math.max(0, Math.floor(options.limit ?? 5));
  const profile = prepareBusiness(business);
  const candidates: TCandidate[] = [];
  for (const angel of angels) {
    const candidate = evaluateAngel(profile, angel);
    if (candidate) candidates.push(candidate);
  }
  candidates.sort(compareCandidates);
  return presentMatches(profile, candidates.slice(0, limit), options.locale ?? 'it');
}
