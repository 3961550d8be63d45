import { describe, expect, it } from 'vitest';
import { businessFundingPath, filterQuery, NO_FILTERS, tryPath } from './api';

describe('filterQuery', () => {
  it('sends only the filters set, and the page', () => {
    expect(filterQuery(NO_FILTERS)).toBe('page=1&pageSize=10');
    expect(filterQuery({ ...NO_FILTERS, kind: 'loan', minAmount: '5000', closingWithin: '30', territory: 'national', verdict: 'eligible', recent: true, page: 2 })).toBe(
      'kind=loan&minAmount=5000&closingWithin=30&territory=national&verdict=eligible&recent=true&page=2&pageSize=10',
    );
  });

  it('leaves out an amount that is not a whole number', () => {
    expect(filterQuery({ ...NO_FILTERS, minAmount: '-3' })).toBe('page=1&pageSize=10');
    expect(filterQuery({ ...NO_FILTERS, minAmount: '' })).toBe('page=1&pageSize=10');
  });
});

describe('paths', () => {
  it('builds the business and try addresses', () => {
    expect(businessFundingPath('b-1', NO_FILTERS)).toBe('/api/businesses/b-1/funding?page=1&pageSize=10');
    expect(tryPath({ comune: '015146', ateco: '', size: 'micro' }, NO_FILTERS)).toBe('/api/funding/try?comune=015146&size=micro&page=1&pageSize=10');
  });
});
