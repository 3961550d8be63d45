import type { business } from '../../db/schema/index.js';
import { regionOfComune } from '../../domain/funding/regions.js';
import { LEGAL_FORMS, type TBusiness, type TLegalForm } from '../../domain/funding/types.js';

/** What a stored business holds that the funding check reads (from Drizzle or from raw SQL). */
export interface TStoredFundingFacts {
  comuneIstat: string;
  regionCode: string | null;
  atecoCode: string | null;
  /** The two-digit division the ascolto gave when the full code is not known yet. */
  atecoDivision: string | null;
  employees: number | null;
  annualTurnoverEur: string | number | null;
  balanceSheetEur: string | number | null;
  foundedOn: string | null;
  legalForm: string | null;
}

const toNumber = (value: string | number | null) => (value === null ? null : Number(value));

/**
 * A stored business as the eligibility check reads it, by one rule wherever it is read (the
 * finder, the qualifying businesses of a call, the weekly digest): the full ATECO code when
 * known, else the division from the ascolto ("47" still answers a call for shops); amounts as
 * numbers; a legal form the check does not know is no legal form.
 *
 * @example fundingFactsOf({ comuneIstat: '072004', regionCode: '16', atecoCode: null, atecoDivision: '47', ... }).atecoCode // '47'
 */
export function fundingFactsOf(row: TStoredFundingFacts): TBusiness {
  return {
    comuneIstat: row.comuneIstat,
    regionCode: row.regionCode,
    atecoCode: row.atecoCode ?? row.atecoDivision,
    employees: row.employees,
    annualTurnoverEur: toNumber(row.annualTurnoverEur),
    balanceSheetEur: toNumber(row.balanceSheetEur),
    foundedOn: row.foundedOn,
    legalForm: (LEGAL_FORMS as readonly string[]).includes(row.legalForm ?? '') ? (row.legalForm as TLegalForm) : null,
  };
}

type TBusinessRow = Pick<typeof business.$inferSelect, 'comuneIstat' | 'atecoCode' | 'atecoDivision' | 'employees' | 'annualTurnoverEur' | 'balanceSheetEur' | 'foundedOn' | 'legalForm'>;

/**
 * fundingFactsOf with the region found from the comune's province. Null when the comune's
 * province is unknown to the geography (a wrong region would give wrong answers).
 *
 * @example fundingBusinessOf(row, regionByProvince); // { comuneIstat: '072004', regionCode: '16', atecoCode: '10.71.10', ... }
 */
export function fundingBusinessOf(row: TBusinessRow, regionByProvince: ReadonlyMap<string, string>): TBusiness | null {
  const regionCode = regionOfComune(row.comuneIstat, regionByProvince);
  return regionCode ? fundingFactsOf({ ...row, regionCode }) : null;
}
