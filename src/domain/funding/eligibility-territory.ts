import type { TRuleOutcome } from './eligibility-rule.js';
import { findRegion } from './regions.js';
import type { TBusiness, TCall } from './types.js';

function regionOutcome(business: TBusiness, call: TCall): TRuleOutcome {
  if (call.national) return { ok: true, reason: { code: 'territory.national' } };
  if (!call.regions.length) return { ok: null, reason: { code: 'territory.no_region' } };
  if (!business.regionCode) return { ok: null, reason: { code: 'territory.missing', facts: ['comuneIstat'] } };
  const own = findRegion(business.regionCode);
  if (own && call.regions.includes(own.code)) return { ok: true, reason: { code: 'territory.region', region: own.name, of: own.of } };
  const regions = call.regions.map((code) => findRegion(code)).filter((r) => r !== undefined);
  return { ok: false, reason: { code: 'territory.other_region', regions: regions.map((r) => ({ name: r.name, of: r.of })) } };
}

function comuneOutcome(business: TBusiness, call: TCall): TRuleOutcome | undefined {
  if (call.comuni === 'all') return undefined;
  if (!business.comuneIstat) return { ok: null, reason: { code: 'territory.missing', facts: ['comuneIstat'] } };
  if (call.comuni.istat.includes(business.comuneIstat)) return { ok: true, reason: { code: 'territory.comune' } };
  // Names we could not match may include the business's comune: say so rather than refuse.
  if (call.comuni.unmatched.length) return { ok: null, reason: { code: 'territory.comune_unclear' } };
  return { ok: false, reason: { code: 'territory.other_comune' } };
}

/**
 * Region, then comune when the call lists some. A business outside the call's regions is
 * not asked about its comune.
 *
 * @example checkTerritory({ regionCode: '06' }, friulianCall); // [{ ok: true, reason: { code: 'territory.region', … } }]
 */
export function checkTerritory(business: TBusiness, call: TCall): TRuleOutcome[] {
  const region = regionOutcome(business, call);
  if (region.ok === false) return [region];
  const comune = comuneOutcome(business, call);
  // Asking for the comune once is enough.
  if (comune && region.reason.code === 'territory.missing' && comune.reason.code === 'territory.missing') return [region];
  return comune ? [region, comune] : [region];
}
