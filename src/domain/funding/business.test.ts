import { describe, expect, it } from 'vitest';
import { toBusiness, ZFundingBusiness } from './business.js';

const provinces = new Map([['030', '06'], ['058', '12']]);

describe('ZFundingBusiness and toBusiness', () => {
  it('derives the region from the comune', () => {
    const input = ZFundingBusiness.parse({ comuneIstat: '030129', atecoCode: '56.10.11', employees: 3, annualTurnoverEur: 180000 });
    expect(toBusiness(input, provinces)).toEqual({ ok: true, business: { ...input, regionCode: '06' } });
  });

  it('refuses a comune code of no known province', () => {
    expect(toBusiness({ comuneIstat: '999001' }, provinces)).toMatchObject({ ok: false, field: 'comuneIstat' });
  });

  it('accepts a business with facts left out, and refuses malformed ones', () => {
    expect(ZFundingBusiness.safeParse({}).success).toBe(true);
    expect(ZFundingBusiness.safeParse({ atecoCode: '5610' }).success).toBe(false);
    expect(ZFundingBusiness.safeParse({ employees: -1 }).success).toBe(false);
    expect(ZFundingBusiness.safeParse({ legalForm: 'ltd' }).success).toBe(false);
  });
});
