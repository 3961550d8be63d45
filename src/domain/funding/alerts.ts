import { daysBetween } from './rome-day.js';

export type TAlertKind = 'opens' | 'closes_14' | 'closes_3';

export interface TFollowedCall {
  opensDay: string | null;
  closesDay: string | null;
  /** The Rome day the business started following the call. */
  followedDay: string;
}

/**
 * The alerts a follow is due on `today` (Rome days, YYYY-MM-DD). "It opens" only for a call
 * that was not open yet when followed; "14 days left" from 14 to 4 days before the closing,
 * "3 days left" from 3 days to the last day. The sender sends each at most once, so a day the
 * job did not run is caught up the next day, and a call followed 10 days before closing still
 * gets its first reminder.
 *
 * @example dueAlerts({ opensDay: '2026-03-01', closesDay: '2026-04-30', followedDay: '2026-02-10' }, '2026-04-20'); // ['opens', 'closes_14']
 */
export function dueAlerts(call: TFollowedCall, today: string): TAlertKind[] {
  const due: TAlertKind[] = [];
  if (call.opensDay && call.opensDay > call.followedDay && call.opensDay <= today && (!call.closesDay || today <= call.closesDay)) due.push('opens');
  if (call.closesDay) {
    const left = daysBetween(today, call.closesDay);
    if (left >= 4 && left <= 14) due.push('closes_14');
    if (left >= 0 && left <= 3) due.push('closes_3');
  }
  return due;
}

/**
 * The ISO 8601 week of a day, as "2026-W49": the weekly digest goes once per week.
 * @example isoWeekOf('2026-12-31'); // '2026-W53'
 */
export function isoWeekOf(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  // The Thursday of this week decides the year.
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
