import { describe, expect, it } from 'vitest';
import { checkCuratedRule, proseReminder } from './eligibility-curated.js';

const sourceUrl = 'https://bandi.example.org/regole';

describe('checkCuratedRule', () => {
  it('counts whole years in business on the day asked', () => {
    expect(checkCuratedRule({ foundedOn: '2023-07-13' }, { fact: 'minYearsInBusiness', value: 2, sourceUrl }, '2025-07-12').ok).toBe(false);
    expect(checkCuratedRule({ foundedOn: '2023-07-12' }, { fact: 'minYearsInBusiness', value: 2, sourceUrl }, '2025-07-12').ok).toBe(true);
    expect(checkCuratedRule({ foundedOn: '2020-01-01' }, { fact: 'maxYearsInBusiness', value: 3, sourceUrl }, '2025-07-12').ok).toBe(false);
  });

  it('compares foundation days and headcounts', () => {
    expect(checkCuratedRule({ foundedOn: '2019-12-31' }, { fact: 'foundedBefore', value: '2020-01-01', sourceUrl }, '2025-07-12').ok).toBe(true);
    expect(checkCuratedRule({ foundedOn: '2019-12-31' }, { fact: 'foundedAfter', value: '2020-01-01', sourceUrl }, '2025-07-12').ok).toBe(false);
    expect(checkCuratedRule({ employees: 12 }, { fact: 'maxEmployees', value: 9, sourceUrl }, '2025-07-12').ok).toBe(false);
  });

  it('names the missing fact', () => {
    expect(checkCuratedRule({}, { fact: 'legalForms', value: ['srl'], sourceUrl }, '2025-07-12')).toEqual({ ok: null, reason: { code: 'rule.missing', facts: ['legalForm'] } });
  });
});

describe('proseReminder', () => {
  it('lists every prose fact when no rule covers one', () => {
    expect(proseReminder({ curatedRules: [], link: null }).reason).toEqual({ code: 'prose.to_verify', facts: ['years', 'legalForm', 'coverage', 'documents', 'deMinimis'], link: null });
  });
});
