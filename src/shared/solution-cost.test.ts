import { describe, expect, it } from 'vitest';
import { compareSolutions, pricePartProblem, solutionCost, type TPricePart, type TVolumes } from './solution-cost.js';

// The worked examples of docs/solutions.md, number for number.
const bar: TVolumes = { monthlyTakings: 12_000, cardShare: 0.5, averageCardPayment: 8, ordersPerMonth: 0, averageOrder: 0, bookingsPerMonth: 0 };
const posWithFee: TPricePart[] = [{ kind: 'monthly', amount: 15 }, { kind: 'card_percent', percent: 1 }, { kind: 'exit', amount: 150 }];
const posNoFee: TPricePart[] = [{ kind: 'one_off', amount: 39 }, { kind: 'card_percent', percent: 1.95 }];
const posFreeMonths: TPricePart[] = [{ kind: 'monthly', amount: 25, introMonths: 6, introAmount: 0 }, { kind: 'card_percent', percent: 0.5 }, { kind: 'per_card_payment', amount: 0.05 }];

const shop: TVolumes = { monthlyTakings: 0, cardShare: 0, averageCardPayment: 0, ordersPerMonth: 40, averageOrder: 35, bookingsPerMonth: 0 };
const marketplace: TPricePart[] = [{ kind: 'online_percent', percent: 15 }, { kind: 'monthly', amount: 39 }];
const ownSite: TPricePart[] = [{ kind: 'one_off', amount: 600 }, { kind: 'yearly', amount: 120 }, { kind: 'online_percent', percent: 1.5 }, { kind: 'per_order', amount: 0.25 }];

describe('solutionCost (docs/solutions.md, example 1: the bar\'s card terminal)', () => {
  it('a terminal with a monthly fee: 900 € the first year, 2,700 € in three, 150 € to leave', () => {
    const cost = solutionCost(posWithFee, bar);
    expect(cost).toMatchObject({ firstYear: 900, threeYears: 2700, perMonthOverThreeYears: 75, exitCost: 150 });
    expect(cost.parts.map((p) => p.firstYear)).toEqual([180, 720, 0]);
  });

  it('"no monthly fee" at 1.95%: 1,443 € and 4,251 €', () => {
    expect(solutionCost(posNoFee, bar)).toMatchObject({ firstYear: 1443, threeYears: 4251, exitCost: 0 });
  });

  it('"six months free", then a fee, a percentage and a fixed fee per payment: 960 € and 3,180 €', () => {
    const cost = solutionCost(posFreeMonths, bar);
    expect(cost).toMatchObject({ firstYear: 960, threeYears: 3180, perMonthOverThreeYears: 88.33 });
    expect(cost.parts.map((p) => p.threeYears)).toEqual([750, 1080, 1350]);
  });

  it('compares them over the same three years, cheapest first, with how much more the others cost', () => {
    const compared = compareSolutions([{ name: 'senza canone', parts: posNoFee }, { name: 'con canone', parts: posWithFee }, { name: 'mesi gratis', parts: posFreeMonths }], bar);
    expect(compared.map((c) => [c.item.name, c.cost.threeYears, c.moreThanCheapest])).toEqual([
      ['con canone', 2700, 0],
      ['mesi gratis', 3180, 480],
      ['senza canone', 4251, 1551],
    ]);
  });
});

describe('solutionCost (example 2: selling online)', () => {
  it('a marketplace at 15% and 39 € a month against an own shop: 2,988 € vs 1,092 € the first year', () => {
    expect(solutionCost(marketplace, shop)).toMatchObject({ firstYear: 2988, threeYears: 8964 });
    expect(solutionCost(ownSite, shop)).toMatchObject({ firstYear: 1092, threeYears: 2076 });
  });
});

describe('solutionCost (example 3: bookings)', () => {
  it('1.50 € per booking costs more than 29 € a month from 20 bookings a month', () => {
    const perBooking: TPricePart[] = [{ kind: 'per_booking', amount: 1.5 }];
    const flat: TPricePart[] = [{ kind: 'monthly', amount: 29 }];
    const at = (bookingsPerMonth: number) => ({ ...shop, ordersPerMonth: 0, bookingsPerMonth });
    expect(solutionCost(perBooking, at(60))).toMatchObject({ firstYear: 1080, threeYears: 3240 });
    expect(solutionCost(flat, at(60))).toMatchObject({ firstYear: 348, threeYears: 1044 });
    expect(solutionCost(perBooking, at(19)).firstYear).toBeLessThan(348);
    expect(solutionCost(perBooking, at(20)).firstYear).toBeGreaterThan(348);
  });
});

describe('edges', () => {
  it('counts nothing for volumes of zero and no card payments without an average payment', () => {
    const none: TVolumes = { monthlyTakings: 0, cardShare: 0, averageCardPayment: 0, ordersPerMonth: 0, averageOrder: 0, bookingsPerMonth: 0 };
    expect(solutionCost(posFreeMonths, none)).toMatchObject({ firstYear: 150, threeYears: 750 });
    expect(solutionCost([{ kind: 'per_card_payment', amount: 0.1 }], { ...bar, averageCardPayment: 0 }).threeYears).toBe(0);
  });

  it('an introductory period longer than the first year runs into the second', () => {
    expect(solutionCost([{ kind: 'monthly', amount: 10, introMonths: 18, introAmount: 1 }], bar)).toMatchObject({ firstYear: 12, threeYears: 18 + 18 * 10 });
  });

  it('refuses to compare more than three', () => {
    const four = [posNoFee, posWithFee, posFreeMonths, marketplace].map((parts) => ({ parts }));
    expect(() => compareSolutions(four, bar)).toThrow(RangeError);
  });

  it('names what is wrong with a price part', () => {
    expect(pricePartProblem({ kind: 'monthly', amount: -1 })).toBe('negative');
    expect(pricePartProblem({ kind: 'card_percent', percent: 120 })).toBe('percent_too_high');
    expect(pricePartProblem({ kind: 'monthly', amount: 10, introMonths: 200 })).toBe('intro_too_long');
    expect(pricePartProblem({ kind: 'one_off', amount: Number.NaN })).toBe('negative');
    expect(pricePartProblem({ kind: 'per_order', amount: 0.25 })).toBeNull();
  });
});
