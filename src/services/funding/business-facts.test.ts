import { describe, expect, it } from 'vitest';
import { fundingBusinessOf, fundingFactsOf } from './business-facts.js';

const stored = { comuneIstat: '072004', regionCode: '16', atecoCode: null, atecoDivision: '47', employees: 3, annualTurnoverEur: '180000', balanceSheetEur: null, foundedOn: '2015-04-01', legalForm: 'snc' };

describe('fundingFactsOf: one rule for every reader of a stored business', () => {
  it('falls back to the ascolto’s division when the full ATECO code is not known', () => {
    expect(fundingFactsOf(stored)).toEqual({ comuneIstat: '072004', regionCode: '16', atecoCode: '47', employees: 3, annualTurnoverEur: 180000, balanceSheetEur: null, foundedOn: '2015-04-01', legalForm: 'snc' });
    expect(fundingFactsOf({ ...stored, atecoCode: '47.71.10' }).atecoCode).toBe('47.71.10');
  });

  it('drops a legal form the check does not know', () => {
    expect(fundingFactsOf({ ...stored, legalForm: 'cooperativa sociale di fantasia' }).legalForm).toBeNull();
  });

  it('finds the region from the province, or gives nothing when the province is unknown', () => {
    const regions = new Map([['072', '16']]);
    const row = { comuneIstat: '072004', atecoCode: null, atecoDivision: '56', employees: null, annualTurnoverEur: null, balanceSheetEur: null, foundedOn: null, legalForm: null };
    expect(fundingBusinessOf(row, regions)).toMatchObject({ regionCode: '16', atecoCode: '56' });
    expect(fundingBusinessOf({ ...row, comuneIstat: '999001' }, regions)).toBeNull();
  });
});
