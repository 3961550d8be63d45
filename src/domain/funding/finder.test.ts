import { describe, expect, it } from 'vitest';
import { addDays } from './rome-day.js';
import { checkFundingFacts, pageOf, sizeClassesToAsk, sizeFactsOf } from './finder.js';
import { sizeClassOf } from './size-class.js';

describe('addDays', () => {
  it('crosses months and years both ways', () => {
    expect(addDays('2025-07-12', 14)).toBe('2025-07-26');
    expect(addDays('2025-12-25', 10)).toBe('2026-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('sizeFactsOf', () => {
  it('stands for the smallest business of each class', () => {
    expect(sizeClassOf(sizeFactsOf('micro'))).toEqual({ sizeClass: 'micro' });
    expect(sizeClassOf(sizeFactsOf('small'))).toEqual({ sizeClass: 'small' });
    expect(sizeClassOf(sizeFactsOf('medium'))).toEqual({ sizeClass: 'medium' });
    expect(sizeFactsOf(4)).toEqual({ employees: 4 });
  });
});

describe('sizeClassesToAsk', () => {
  it('adds small for a micro business and gives no filter when nothing is known', () => {
    expect(sizeClassesToAsk({ employees: 3, annualTurnoverEur: 200_000 })).toEqual(['micro', 'small']);
    expect(sizeClassesToAsk({ employees: 30, annualTurnoverEur: 5_000_000 })).toEqual(['small']);
    expect(sizeClassesToAsk({})).toBeNull();
    expect(sizeClassesToAsk({ employees: 300 })).toEqual(['large']);
  });
});

describe('pageOf', () => {
  it('cuts pages from 1', () => {
    expect(pageOf([1, 2, 3, 4, 5], 1, 2)).toEqual([1, 2]);
    expect(pageOf([1, 2, 3, 4, 5], 3, 2)).toEqual([5]);
    expect(pageOf([1, 2], 4, 2)).toEqual([]);
  });
});

describe('checkFundingFacts', () => {
  it('accepts good facts, null clears, absent stays absent', () => {
    expect(checkFundingFacts({ atecoCode: ' 56.10.11 ', annualTurnoverEur: 180_000.4, foundedOn: '2019-03-15', legalForm: 'srl', balanceSheetEur: null }, '2026-12-03', 'it')).toEqual({
      ok: true,
      facts: { atecoCode: '56.10.11', annualTurnoverEur: 180_000, foundedOn: '2019-03-15', legalForm: 'srl', balanceSheetEur: null },
    });
    expect(checkFundingFacts({ atecoCode: '' }, '2026-12-03', 'it')).toEqual({ ok: true, facts: { atecoCode: null } });
  });

  it('names each wrong field in plain words', () => {
    const result = checkFundingFacts({ atecoCode: '45.11', annualTurnoverEur: -1, balanceSheetEur: Number.NaN, foundedOn: '2025-02-30', legalForm: 'trust' }, '2026-12-03', 'it');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(['atecoCode', 'annualTurnoverEur', 'balanceSheetEur', 'foundedOn', 'legalForm']);
    expect(result.problems[0]!.message).toBe('Questo codice ATECO non esiste: controlla le prime due cifre sulla visura camerale.');
    expect(result.problems[1]!.message).toBe('Scrivi una cifra in euro, zero o più.');
  });

  it('refuses a code in the wrong shape and a foundation in the future, in English too', () => {
    const result = checkFundingFacts({ atecoCode: '5610', foundedOn: '2027-01-01' }, '2026-12-03', 'en');
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'atecoCode', message: 'Write the ATECO code as on the chamber of commerce record, for example 56.10.11.' },
        { field: 'foundedOn', message: 'The foundation day cannot be in the future.' },
      ],
    });
  });
});
