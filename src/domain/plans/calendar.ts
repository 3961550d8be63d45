import { DateTime } from 'luxon';

/**
 * Plans live in Italian days: due dates, log days and "overdue" are counted against Rome's
 * today, not the server's (UTC would be yesterday until 01:00 or 02:00).
 */
export const PLAN_ZONE = 'Europe/Rome';

/**
 * Today's date in Italy, 'YYYY-MM-DD'.
 *
 * @example romeToday(new Date('2026-03-01T23:30:00Z')) // '2026-03-02'
 */
export function romeToday(now: Date): string {
  return DateTime.fromJSDate(now, { zone: PLAN_ZONE }).toISODate()!;
}
