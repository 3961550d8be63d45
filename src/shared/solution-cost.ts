/*
 * The honest cost of a tool or a provider (issue 16): what a business really pays in the first
 * year and over three years, for its own volumes, with every part of the price counted — the
 * set-up, the monthly fee after the "first months free", the yearly renewal, the percentage on
 * every card payment, the commission on online orders, the fee per booking.
 *
 * Pure and shared: the server prints it on the solution page, the browser recomputes it as the
 * person types. Worked examples in docs/solutions.md are the tests' cases.
 */

/** One part of a price, as the provider states it (amounts in euro, VAT excluded). */
export type TPricePart =
  /** Paid once at the start: set-up, a card terminal bought outright, a website built. */
  | { kind: 'one_off'; amount: number }
  /** Every month; an introductory price (often 0) may hold for the first months. */
  | { kind: 'monthly'; amount: number; introMonths?: number; introAmount?: number }
  /** Every year, at the start of each year: a domain, a yearly licence. */
  | { kind: 'yearly'; amount: number }
  /** A percentage of what customers pay by card (1.95 means 1.95%). */
  | { kind: 'card_percent'; percent: number }
  /** A fixed fee on every card payment. */
  | { kind: 'per_card_payment'; amount: number }
  /** A percentage of what is sold online through the tool (a marketplace's commission). */
  | { kind: 'online_percent'; percent: number }
  /** A fixed fee on every online order. */
  | { kind: 'per_order'; amount: number }
  /** A fixed fee on every booking taken through the tool. */
  | { kind: 'per_booking'; amount: number }
  /** Paid when leaving: an exit fee, the rest of a minimum term. Counted only in "if you leave". */
  | { kind: 'exit'; amount: number };

export type TPricePartKind = TPricePart['kind'];

/** Every kind of price part, in the order the editor offers them (the API accepts exactly these). */
export const PRICE_PART_KINDS = ['one_off', 'monthly', 'yearly', 'card_percent', 'per_card_payment', 'online_percent', 'per_order', 'per_booking', 'exit'] as const satisfies readonly TPricePartKind[];

/** The kinds priced as a percentage rather than an amount in euro. */
export const isPercentKind = (kind: TPricePartKind): kind is 'card_percent' | 'online_percent' => kind === 'card_percent' || kind === 'online_percent';

/** The business's own volumes, asked in plain words ("Quanto incassi in un mese?"). */
export interface TVolumes {
  /** Takings in a month, euro. */
  monthlyTakings: number;
  /** The share of the takings paid by card, 0 … 1. */
  cardShare: number;
  /** The average card payment, euro (to count payments from takings). */
  averageCardPayment: number;
  /** Online orders in a month. */
  ordersPerMonth: number;
  /** The average online order, euro. */
  averageOrder: number;
  /** Bookings in a month. */
  bookingsPerMonth: number;
}

export interface TPartCost {
  part: TPricePart;
  firstYear: number;
  threeYears: number;
}

export interface TSolutionCost {
  /** Euro, rounded to the cent. */
  firstYear: number;
  threeYears: number;
  /** Three years divided by 36: what it costs "al mese", honestly. */
  perMonthOverThreeYears: number;
  /** What leaving costs (exit parts), shown beside the total, not in it. */
  exitCost: number;
  parts: TPartCost[];
}

const cents = (euro: number) => Math.round(euro * 100) / 100;

/** Card payments in a month: card takings over the average payment (0 when either is 0). */
export function cardPaymentsPerMonth(v: TVolumes): number {
  return v.averageCardPayment > 0 ? (v.monthlyTakings * v.cardShare) / v.averageCardPayment : 0;
}

/** What one part costs over the given months from the start (12 or 36). */
function partCost(part: TPricePart, v: TVolumes, months: number): number {
  const years = Math.ceil(months / 12);
  switch (part.kind) {
    case 'one_off':
      return part.amount;
    case 'monthly': {
      const intro = Math.min(months, Math.max(0, Math.floor(part.introMonths ?? 0)));
      return intro * (part.introAmount ?? 0) + (months - intro) * part.amount;
    }
    case 'yearly':
      return years * part.amount;
    case 'card_percent':
      return months * v.monthlyTakings * v.cardShare * (part.percent / 100);
    case 'per_card_payment':
      return months * cardPaymentsPerMonth(v) * part.amount;
    case 'online_percent':
      return months * v.ordersPerMonth * v.averageOrder * (part.percent / 100);
    case 'per_order':
      return months * v.ordersPerMonth * part.amount;
    case 'per_booking':
      return months * v.bookingsPerMonth * part.amount;
    case 'exit':
      return 0;
  }
}

/**
 * The cost of a solution for these volumes: first year, three years, per month over three
 * years, and what leaving costs.
 *
 * @example solutionCost([{ kind: 'monthly', amount: 20, introMonths: 6, introAmount: 0 }], volumes).firstYear // 120
 */
export function solutionCost(parts: readonly TPricePart[], v: TVolumes): TSolutionCost {
  const costed = parts.map((part) => ({ part, firstYear: cents(partCost(part, v, 12)), threeYears: cents(partCost(part, v, 36)) }));
  const threeYears = cents(costed.reduce((sum, p) => sum + p.threeYears, 0));
  return {
    firstYear: cents(costed.reduce((sum, p) => sum + p.firstYear, 0)),
    threeYears,
    perMonthOverThreeYears: cents(threeYears / 36),
    exitCost: cents(parts.reduce((sum, p) => sum + (p.kind === 'exit' ? p.amount : 0), 0)),
    parts: costed,
  };
}

export const MAX_COMPARED = 3;

export interface TCompared<T> {
  item: T;
  cost: TSolutionCost;
  /** How much more than the cheapest over three years (0 for the cheapest). */
  moreThanCheapest: number;
}

/**
 * Two or three solutions side by side over the same three years, cheapest first (ties keep
 * the given order). More than three is refused: a side-by-side of more cannot be read on a phone.
 */
export function compareSolutions<T extends { parts: readonly TPricePart[] }>(items: readonly T[], v: TVolumes): TCompared<T>[] {
  if (items.length > MAX_COMPARED) throw new RangeError(`compare at most ${MAX_COMPARED} solutions`);
  const costed = items.map((item) => ({ item, cost: solutionCost(item.parts, v) }));
  const cheapest = Math.min(...costed.map((c) => c.cost.threeYears));
  return costed
    .map((c, i) => ({ ...c, i }))
    .sort((a, b) => a.cost.threeYears - b.cost.threeYears || a.i - b.i)
    .map(({ item, cost }) => ({ item, cost, moreThanCheapest: cents(cost.threeYears - cheapest) }));
}

/** What is wrong with a price part, if anything: the message key for the field. */
export function pricePartProblem(part: TPricePart): 'negative' | 'percent_too_high' | 'intro_too_long' | null {
  const amounts = 'amount' in part ? [part.amount] : [];
  if (part.kind === 'monthly') amounts.push(part.introAmount ?? 0, part.introMonths ?? 0);
  if ('percent' in part) {
    if (part.percent < 0) return 'negative';
    if (part.percent > 100) return 'percent_too_high';
  }
  if (amounts.some((a) => !Number.isFinite(a) || a < 0)) return 'negative';
  if (part.kind === 'monthly' && (part.introMonths ?? 0) > 120) return 'intro_too_long';
  return null;
}
