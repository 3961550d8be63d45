import { DateTime } from 'luxon';

export const ROME = 'Europe/Rome';

/**
 * Reads an ISO date or date-time; one without a zone ("2025-12-31T00:00:00", the portal's
 * form) is Italian time. Returns the UTC instant and the Rome calendar day, or null when
 * the text is not a date that exists.
 *
 * @example
 *   readRomeDateTime('2025-12-31T00:00:00'); // { instant: '2025-12-30T23:00:00.000Z', day: '2025-12-31' }
 *   readRomeDateTime('31/12/2025'); // null
 */
export function readRomeDateTime(text: string): { instant: string; day: string } | null {
  const value = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const dt = DateTime.fromISO(value, { zone: ROME });
  if (!dt.isValid) return null;
  return { instant: dt.toUTC().toISO()!, day: dt.toFormat('yyyy-MM-dd') };
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ROME, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The Rome calendar day of an instant, or the day itself when given as YYYY-MM-DD.
 *
 * @example
 *   romeDayOf(new Date('2025-07-11T22:30:00Z')); // "2025-07-12" (00:30 in Rome)
 *   romeDayOf('2025-07-12'); // "2025-07-12"
 */
export function romeDayOf(today: Date | string): string {
  if (typeof today === 'string') return today.slice(0, 10);
  // en-CA writes YYYY-MM-DD.
  return dayFormat.format(today);
}

/**
 * The day `days` after (or before, when negative) a YYYY-MM-DD day.
 * @example addDays('2025-07-12', 14); // '2025-07-26'
 */
export function addDays(day: string, days: number): string {
  const at = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) + days * 86_400_000);
  return at.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) - Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10))) / 86_400_000);
}

/** Whole years from `from` to `to` (YYYY-MM-DD), as birthdays count them. */
export function yearsBetween(from: string, to: string): number {
  const years = +to.slice(0, 4) - +from.slice(0, 4);
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}

export { formatDay } from '../../shared/funding-messages.js';
