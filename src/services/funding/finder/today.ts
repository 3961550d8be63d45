import { romeDayOf } from '../../../domain/funding/rome-day.js';

/**
 * The Rome day the finder checks calls on: today, unless `FUNDING_TODAY` (YYYY-MM-DD) fixes it,
 * as tests and a demo of an old snapshot do.
 * @example fundingToday(); // '2026-12-03'
 */
export function fundingToday(now: Date = new Date()): string {
  const fixed = process.env.FUNDING_TODAY;
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : romeDayOf(now);
}
