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
  if (to <= from) return 0;
  // Counted, not walked: the inbox computes this for every row of a page, some waiting for years.
  const start = dayNumber(from);
  const end = dayNumber(to);
  let count = weekdaysUpTo(end) - weekdaysUpTo(start);
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of italianHolidays(year)) {
      const n = dayNumber(holiday);
      if (n > start && n <= end && isWeekday(n)) count--;
    }
  }
  return count;
}

/** Days since 1970-01-01 (a Thursday) of a YYYY-MM-DD day. */
function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/** 0 = Monday … 6 = Sunday. */
const weekdayOf = (n: number) => (((n + 3) % 7) + 7) % 7;
const isWeekday = (n: number) => weekdayOf(n) < 5;

/** Monday-to-Friday days in (epoch origin, n], for day numbers from 0 on. */
function weekdaysUpTo(n: number): number {
  // Shift so that day 0 is a Monday: 1970-01-05 is day 4.
  const m = n - 4;
  const weeks = Math.floor(m / 7);
  const rest = m - weeks * 7;
  return weeks * 5 + Math.min(rest + 1, 5);
}

/** After this many working days without an answer a request is flagged (issue 15). */
export const WAITING_FLAG_WORKING_DAYS = 3;

/** Whether a request waited longer than the flag allows. */
export function isWaitingTooLong(since: Date, now: Date): boolean {
  return workingDaysWaited(since, now) > WAITING_FLAG_WORKING_DAYS;
}
