import { DateTime } from 'luxon';
import { OWNERS, type TAction, type TOwner } from './types.js';

/**
 * What goes in the daily digest mail: one mail per person with all their late and
 * upcoming actions, never one mail per action (a phone buzzing ten times is a reason to
 * stop reading). The caller gathers the actions of every plan a person follows and sends
 * the owner's group to that person.
 */

export interface TDueActions {
  /** Due before today and not done, oldest first. */
  overdue: TAction[];
  /** Due from today to today + soonDays, not done, soonest first. */
  dueSoon: TAction[];
}

export type TDigest = Record<TOwner, TDueActions>;

function byDueDate(a: TAction, b: TAction): number {
  return (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id.localeCompare(b.id);
}

/**
 * Late and upcoming actions, grouped by owner. Actions that are done or have no due date
 * are left out; blocked ones stay in, because a blocked action is the one that most needs
 * a word between the two. `today` is the Italian local date ('YYYY-MM-DD').
 *
 * @example
 *   collectDueActions(actions, { today: '2026-11-20', soonDays: 3 }).angel.dueSoon.map((a) => a.dueDate)
 *   // ['2026-11-20', '2026-11-23']
 */
export function collectDueActions(actions: readonly TAction[], { today, soonDays = 3 }: { today: string; soonDays?: number }): TDigest {
  const start = DateTime.fromISO(today, { zone: 'utc' });
  if (!start.isValid) throw new Error(`today is not an ISO date: ${today}`);
  const soonUntil = start.plus({ days: soonDays }).toISODate() ?? today;
  const digest = Object.fromEntries(OWNERS.map((o) => [o, { overdue: [], dueSoon: [] }])) as unknown as TDigest;
  for (const action of actions) {
    if (action.status === 'done' || action.dueDate === null) continue;
    // ISO dates compare as text in calendar order.
    if (action.dueDate < today) digest[action.owner].overdue.push(action);
    else if (action.dueDate <= soonUntil) digest[action.owner].dueSoon.push(action);
  }
  for (const owner of OWNERS) {
    digest[owner].overdue.sort(byDueDate);
    digest[owner].dueSoon.sort(byDueDate);
  }
  return digest;
}

/**
 * Whether a person's group has anything to tell: no mail is sent for an empty digest.
 *
 * @example hasDueActions({ overdue: [], dueSoon: [] }) // false
 */
export function hasDueActions(due: TDueActions): boolean {
  return due.overdue.length > 0 || due.dueSoon.length > 0;
}
