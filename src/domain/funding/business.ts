import { z } from 'zod';
import { regionOfComune } from './regions.js';
import { LEGAL_FORMS, type TBusiness } from './types.js';

/**
 * A business as a file or a form gives it to the funding check (the CLI's `--business`):
 * `{"comuneIstat","atecoCode","employees","annualTurnoverEur","balanceSheetEur"?,"foundedOn"?,"legalForm"?}`.
 * Every fact may be left out or null: the check then says `to_verify` and names it.
 */
export const ZFundingBusiness = z.object({
  comuneIstat: z.string().regex(/^\d{6}$/, 'six digits, the ISTAT code of the comune').nullish(),
  /** Only for a comune the geography does not know yet; otherwise derived from the comune. */
  regionCode: z.string().regex(/^\d{2}$/, 'two digits, the ISTAT code of the region').nullish(),
  atecoCode: z.string().regex(/^\d{2}(\.\d{1,2}){0,2}$/, 'an ATECO code like 56.10.11').nullish(),
  employees: z.number().min(0).nullish(),
  annualTurnoverEur: z.number().min(0).nullish(),
  balanceSheetEur: z.number().min(0).nullish(),
  foundedOn: z.iso.date().nullish(),
  legalForm: z.enum(LEGAL_FORMS).nullish(),
});

export type TFundingBusinessInput = z.infer<typeof ZFundingBusiness>;

/**
 * The business for checkEligibility, its region found from the comune's province.
 * A comune whose province the geography does not know is a problem: a wrong region would
 * give wrong answers.
 *
 * @example
 *   toBusiness({ comuneIstat: '030129', atecoCode: '56.10.11' }, new Map([['030', '06']]));
 *   // { ok: true, business: { comuneIstat: '030129', regionCode: '06', atecoCode: '56.10.11' } }
 */
export function toBusiness(input: TFundingBusinessInput, regionByProvince: ReadonlyMap<string, string>): { ok: true; business: TBusiness } | { ok: false; field: string; message: string } {
  let regionCode = input.regionCode ?? null;
  if (input.comuneIstat) {
    const derived = regionOfComune(input.comuneIstat, regionByProvince);
    if (!derived && !regionCode) return { ok: false, field: 'comuneIstat', message: `no province ${input.comuneIstat.slice(0, 3)} in the geography: is ${input.comuneIstat} an ISTAT comune code?` };
    regionCode = derived ?? regionCode;
  }
  const business: TBusiness = { ...input, regionCode };
  return { ok: true, business };
}
