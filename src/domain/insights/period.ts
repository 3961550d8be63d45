import { DateTime } from 'luxon';
import type { TInsightsPeriod } from './types.js';

export const ROME = 'Europe/Rome';

/** The longest period asked for at once: two years and a day (a leap year fits). */
export const MAX_PERIOD_DAYS = 732;

/** The default period: the last 365 days up to today (Rome). */
export const DEFAULT_PERIOD_DAYS = 365;

export type TPeriodProblem = { field: 'from' | 'to'; code: 'invalid_day' | 'from_after_to' | 'too_long' };

function readDay(text: string): DateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const dt = DateTime.fromISO(text, { zone: ROME });
  return dt.isValid ? dt : null;
}

/**
 * Checks a period of Rome days: both real days, `from` not after `to`, at most MAX_PERIOD_DAYS
 * days long (both ends included). Missing ends default to the last DEFAULT_PERIOD_DAYS days
 * before `today`.
 *
 * @example readPeriod({ from: '2026-01-01', to: '2026-03-31' }, new Date()) // { ok: true, period: {...} }
 * @example readPeriod({ from: '2026-04-01', to: '2026-03-31' }, new Date()) // { ok: false, problem: { field: 'from', code: 'from_after_to' } }
 */
export function readPeriod(input: { from?: string; to?: string }, today: Date): { ok: true; period: TInsightsPeriod } | { ok: false; problem: TPeriodProblem } {
  const todayRome = DateTime.fromJSDate(today, { zone: ROME }).startOf('day');
  const to = input.to === undefined ? todayRome : readDay(input.to);
  if (!to) return { ok: false, problem: { field: 'to', code: 'invalid_day' } };
  const from = input.from === undefined ? to.minus({ days: DEFAULT_PERIOD_DAYS - 1 }) : readDay(input.from);
  if (!from) return { ok: false, problem: { field: 'from', code: 'invalid_day' } };
  if (from > to) return { ok: false, problem: { field: 'from', code: 'from_after_to' } };
  if (periodDays({ from: from.toISODate()!, to: to.toISODate()! }) > MAX_PERIOD_DAYS) return { ok: false, problem: { field: 'from', code: 'too_long' } };
  return { ok: true, period: { from: from.toISODate()!, to: to.toISODate()! } };
}

/**
 * How many days a period holds, both ends included.
 *
 * @example periodDays({ from: '2026-03-01', to: '2026-03-31' }) // 31
 */
export function periodDays(period: TInsightsPeriod): number {
  const from = DateTime.fromISO(period.from, { zone: 'UTC' });
  const to = DateTime.fromISO(period.to, { zone: 'UTC' });
  return Math.round(to.diff(from, 'days').days) + 1;
}

/**
 * The instants a period covers: from 00:00 in Rome of `from` (included) to 00:00 in Rome of the
 * day after `to` (excluded), as ISO strings. Daylight saving is Rome's own.
 *
 * @example periodBounds({ from: '2026-03-29', to: '2026-03-29' }) // { start: '2026-03-28T23:00:00.000Z', end: '2026-03-29T22:00:00.000Z' }
 */
export function periodBounds(period: TInsightsPeriod): { start: string; end: string } {
  const start = DateTime.fromISO(period.from, { zone: ROME }).startOf('day');
  const end = DateTime.fromISO(period.to, { zone: ROME }).startOf('day').plus({ days: 1 });
  return { start: start.toUTC().toISO()!, end: end.toUTC().toISO()! };
}
