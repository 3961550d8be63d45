import type { business } from '../../db/schema/index.js';
import { toBusiness } from '../../domain/funding/business.js';
import type { TBusiness, TLegalForm } from '../../domain/funding/types.js';

type TBusinessRow = Pick<typeof business.$inferSelect, 'comuneIstat' | 'atecoCode' | 'atecoDivision' | 'employees' | 'annualTurnoverEur' | 'balanceSheetEur' | 'foundedOn' | 'legalForm'>;

/**
 * A stored business as the eligibility check reads it: the full ATECO code when given, else
 * the division from the ascolto; the region from the comune's province. Null when the comune's
 * province is unknown to the geography (a wrong region would give wrong answers).
 *
 * @example fundingBusinessOf(row, regionByProvince); // { comuneIstat: '072004', regionCode: '16', atecoCode: '10.71.10', ... }
 */
export function fundingBusinessOf(row: TBusinessRow, regionByProvince: ReadonlyMap<string, string>): TBusiness | null {
  const result = toBusiness(
    {
      comuneIstat: row.comuneIstat,
      atecoCode: row.atecoCode ?? row.atecoDivision,
      employees: row.employees,
      annualTurnoverEur: row.annualTurnoverEur,
      balanceSheetEur: row.balanceSheetEur,
      foundedOn: row.foundedOn,
      legalForm: row.legalForm as TLegalForm | null,
    },
    regionByProvince,
  );
  return result.ok ? result.business : null;
}
