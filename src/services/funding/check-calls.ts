import type { TLocale } from '../../shared/locale.js';
import { checkEligibility } from '../../domain/funding/check-eligibility.js';
import { buildComuneLookup, type TComuneLookup } from '../../domain/funding/comune-lookup.js';
import type { TBusiness, TCall, TReason, TVerdict } from '../../domain/funding/types.js';
import { loadReferenceData } from '../geo/reference-data.js';

// The CLI reaches the funding rules through services, as every caller above the services does.
export { toBusiness, ZFundingBusiness } from '../../domain/funding/business.js';
export { readCallsText } from '../../domain/funding/read-calls-text.js';

export interface TFundingGeography {
  comuni: TComuneLookup;
  regionByProvince: ReadonlyMap<string, string>;
}

/**
 * The comune lookup and the province → region map from the shipped geography
 * (resources/geo), for reading calls files and businesses without a database.
 *
 * @example const { comuni, regionByProvince } = await loadFundingGeography();
 */
export async function loadFundingGeography(): Promise<TFundingGeography> {
  const { provinces, comuni } = await loadReferenceData();
  const regionByProvince = new Map(provinces.map((p) => [p.code, p.regionCode]));
  return {
    regionByProvince,
    comuni: buildComuneLookup(comuni.map((c) => ({ istat: c.istat, name: c.name, regionCode: regionByProvince.get(c.provinceCode) ?? '' }))),
  };
}

export interface TCallResult {
  callId: string;
  title: string;
  verdict: TVerdict;
  reasons: TReason[];
}

/**
 * Each call checked for the business, in the calls' order, as the CLI prints them.
 *
 * @example checkCalls(business, calls, '2025-07-12', 'it')[0]; // { callId: '1579', title: '…', verdict: 'eligible', reasons: [...] }
 */
export function checkCalls(business: TBusiness, calls: readonly TCall[], today: Date | string, locale: TLocale): TCallResult[] {
  return calls.map((call) => {
    const { verdict, reasons } = checkEligibility(business, call, today, locale);
    return { callId: call.id, title: call.title, verdict, reasons };
  });
}
