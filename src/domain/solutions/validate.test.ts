import { describe, expect, it } from 'vitest';
import { pricePartsProblems } from './validate.js';

describe('pricePartsProblems', () => {
  it('accepts a plain price', () => {
    expect(pricePartsProblems([{ kind: 'monthly', amount: 20, introMonths: 3, introAmount: 0 }, { kind: 'card_percent', percent: 1.5 }])).toEqual([]);
  });
  it('names the field of a negative amount, a percent over 100, a missing value, a huge amount and a long intro', () => {
    expect(
      pricePartsProblems([
        { kind: 'one_off', amount: -5 },
        { kind: 'card_percent', percent: 120 },
        { kind: 'per_order', amount: null },
        { kind: 'yearly', amount: 5_000_000 },
        { kind: 'monthly', amount: 10, introMonths: 200, introAmount: 0 },
        { kind: 'monthly', amount: 10, introMonths: 2, introAmount: -1 },
      ]),
    ).toEqual([
      { field: 'parts.0.amount', problem: 'negative' },
      { field: 'parts.1.percent', problem: 'percent_too_high' },
      { field: 'parts.2.amount', problem: 'value_missing' },
      { field: 'parts.3.amount', problem: 'too_high' },
      { field: 'parts.4.introMonths', problem: 'intro_too_long' },
      { field: 'parts.5.introAmount', problem: 'negative' },
    ]);
  });
});
