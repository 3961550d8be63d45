import { italianHolidays } from './italian-holidays.js';

const romeDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Monday to Friday and not a national holiday, for a YYYY-MM-DD day. */
export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !italianHolidays(Number(day.slice(0, 4))).has(day);
}

/**
 * Whole working days a request has waited: the working days after the day it came in (in Italy),
 * up to and including today. A request in on Friday evening has waited 1 working day on Monday.
 *
 * @example workingDaysWaited(new Date('2026-12-04T17:00:00Z'), new Date('2026-12-09T09:00:00Z')); // 2 (8 December is a holiday)
 */
export function workingDaysWaited(since: Date, now: Date): number {
  const from = romeDay.format(since);
  const to = romeDay.format(now);
  let count = 0;
  const cursor = new Date(`${from}T12:00:00Z`);
  // Bounded: a request years old still counts in a few thousand steps.
  for (let steps = 0; steps < 20_000; steps++) {
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    const day = cursor.toISOString().slice(0, 10);
    if (day > to) break;
    if (isWorkingDay(day)) count++;
  }
  return count;
}

/** After this many working days without an answer a request is flagged (issue 15). */
export const WAITING_FLAG_WORKING_DAYS = 3;

/** Whether a request waited longer than the flag allows. */
export function isWaitingTooLong(since: Date, now: Date): boolean {
  return workingDaysWaited(since, now) > WAITING_FLAG_WORKING_DAYS;
}
