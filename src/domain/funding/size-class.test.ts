import { describe, expect, it } from 'vitest';
import { sizeClassOf } from './size-class.js';

describe('sizeClassOf (EU Recommendation 2003/361)', () => {
  it('sizes by headcount and turnover', () => {
    expect(sizeClassOf({ employees: 4, annualTurnoverEur: 350_000 })).toEqual({ sizeClass: 'micro' });
    expect(sizeClassOf({ employees: 9, annualTurnoverEur: 2_000_000 })).toEqual({ sizeClass: 'micro' });
    expect(sizeClassOf({ employees: 10, annualTurnoverEur: 500_000 })).toEqual({ sizeClass: 'small' });
    expect(sizeClassOf({ employees: 49, annualTurnoverEur: 10_000_000 })).toEqual({ sizeClass: 'small' });
    expect(sizeClassOf({ employees: 120, annualTurnoverEur: 30_000_000 })).toEqual({ sizeClass: 'medium' });
    expect(sizeClassOf({ employees: 250, annualTurnoverEur: 1_000_000 })).toEqual({ sizeClass: 'large' });
  });

  it('lets the balance sheet save a business whose turnover is over the ceiling', () => {
    expect(sizeClassOf({ employees: 5, annualTurnoverEur: 3_000_000, balanceSheetEur: 1_500_000 })).toEqual({ sizeClass: 'micro' });
    expect(sizeClassOf({ employees: 5, annualTurnoverEur: 3_000_000, balanceSheetEur: 2_500_000 })).toEqual({ sizeClass: 'small' });
    expect(sizeClassOf({ employees: 200, annualTurnoverEur: 60_000_000, balanceSheetEur: 43_000_000 })).toEqual({ sizeClass: 'medium' });
    expect(sizeClassOf({ employees: 200, annualTurnoverEur: 60_000_000, balanceSheetEur: 44_000_000 })).toEqual({ sizeClass: 'large' });
  });

  it('asks for the balance sheet only when the turnover does not decide', () => {
    expect(sizeClassOf({ employees: 5, annualTurnoverEur: 3_000_000 })).toEqual({ sizeClass: 'unknown', candidates: ['micro', 'small'], missing: ['balanceSheetEur'] });
  });

  it('names the missing facts', () => {
    expect(sizeClassOf({ annualTurnoverEur: 100_000 })).toEqual({ sizeClass: 'unknown', candidates: ['micro', 'small', 'medium', 'large'], missing: ['employees'] });
    expect(sizeClassOf({ employees: 3 })).toEqual({ sizeClass: 'unknown', candidates: ['micro', 'small', 'medium', 'large'], missing: ['annualTurnoverEur'] });
    expect(sizeClassOf({})).toMatchObject({ sizeClass: 'unknown', missing: ['employees', 'annualTurnoverEur'] });
  });

  it('answers when the headcount alone decides', () => {
    expect(sizeClassOf({ employees: 300 })).toEqual({ sizeClass: 'large' });
  });
});
