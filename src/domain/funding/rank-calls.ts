import type { TArea } from '../../shared/areas.js';
import type { TEligibilityResult } from './check-eligibility.js';
import { daysBetween, romeDayOf } from './rome-day.js';
import type { TCall, TVerdict } from './types.js';

/** A call closes soon when its closing day is at most this many days away. */
export const CLOSES_SOON_DAYS = 14;

/**
 * Whether a call closes within 14 days of `today` (the closing day counted): the "chiude
 * presto" mark. Rolling and unknown closings never close soon: nobody knows when.
 *
 * @example closesSoon({ closing: 'date', closesDay: '2025-07-26' }, '2025-07-12'); // true
 */
export function closesSoon(call: Pick<TCall, 'closing' | 'closesDay'>, today: Date | string): boolean {
  if (call.closing !== 'date' || !call.closesDay) return false;
  const days = daysBetween(romeDayOf(today), call.closesDay);
  return days >= 0 && days <= CLOSES_SOON_DAYS;
}

export interface TCallCheck {
  call: TCall;
  eligibility: TEligibilityResult;
}

export interface TRankedCall extends TCallCheck {
  /** How many of the business's needs the call serves. */
  fit: number;
  closesSoon: boolean;
}

const VERDICT_ORDER: Record<TVerdict, number> = { eligible: 0, to_verify: 1, not_eligible: 2 };

/** Dated closings first, nearest first; rolling and unknown after them. */
function deadlineKey(call: TCall): string {
  return call.closing === 'date' && call.closesDay ? call.closesDay : '9999-12-31';
}

/**
 * Orders checked calls for a business: eligible first, then to verify, then not eligible;
 * within each, the calls serving more of its needs (areas from its ascolto and check-up)
 * first, then the nearest deadline, then the title. Returns a new array.
 *
 * @example
 *   rankCallsForBusiness(checks, { needs: ['ecommerce', 'finance'], today: '2025-07-12' })[0]?.call.id;
 */
export function rankCallsForBusiness(results: readonly TCallCheck[], options: { needs: readonly TArea[]; today: Date | string }): TRankedCall[] {
  const today = romeDayOf(options.today);
  const needs = new Set(options.needs);
  const ranked = results.map((r) => ({
    ...r,
    fit: r.call.areas.reduce((n, area) => n + (needs.has(area) ? 1 : 0), 0),
    closesSoon: closesSoon(r.call, today),
    deadline: deadlineKey(r.call),
  }));
  ranked.sort(
    (a, b) =>
      VERDICT_ORDER[a.eligibility.verdict] - VERDICT_ORDER[b.eligibility.verdict] ||
      b.fit - a.fit ||
      (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) ||
      a.call.title.localeCompare(b.call.title, 'it'),
  );
  return ranked.map(({ deadline: _, ...rest }) => rest);
}
