import { DateTime } from 'luxon';

/** Angels' hours are given in Italian local time, whatever the server's zone. */
export const MEETING_ZONE = 'Europe/Rome';

/** A weekly window of availability in local time: Monday is 1, minutes from midnight. */
export interface TWeeklyRule {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** A change for one local day: a window off ("unavailable"; the whole day when no minutes) or an extra window. */
export interface TAvailabilityException {
  day: string;
  kind: 'unavailable' | 'extra';
  startMinute: number | null;
  endMinute: number | null;
}

export interface TInterval {
  start: Date;
  end: Date;
}

export interface TSlotOptions {
  rules: readonly TWeeklyRule[];
  exceptions: readonly TAvailabilityException[];
  /** Meetings already booked: a slot overlapping one is not free. */
  busy: readonly TInterval[];
  from: Date;
  to: Date;
  now: Date;
  slotMinutes?: number;
  /** Nobody can book a meeting that starts sooner than this. */
  minNoticeHours?: number;
  /** Enough: only the first this many slots are wanted, so later days are not worked out. */
  limit?: number;
}

export type TRuleProblem = { index: number; code: 'bad_weekday' | 'bad_minutes' | 'overlap' };

/**
 * Checks weekly windows: weekday 1–7, 0 ≤ start < end ≤ 1440, no two overlapping on one day.
 *
 * @example validateWeeklyRules([{ weekday: 1, startMinute: 540, endMinute: 720 }]) // []
 */
export function validateWeeklyRules(rules: readonly TWeeklyRule[]): TRuleProblem[] {
  const problems: TRuleProblem[] = [];
  rules.forEach((r, index) => {
    if (!Number.isInteger(r.weekday) || r.weekday < 1 || r.weekday > 7) problems.push({ index, code: 'bad_weekday' });
    else if (!Number.isInteger(r.startMinute) || !Number.isInteger(r.endMinute) || r.startMinute < 0 || r.endMinute > 1440 || r.startMinute >= r.endMinute) {
      problems.push({ index, code: 'bad_minutes' });
    } else if (rules.some((o, j) => j < index && o.weekday === r.weekday && o.startMinute < r.endMinute && r.startMinute < o.endMinute)) {
      problems.push({ index, code: 'overlap' });
    }
  });
  return problems;
}

/**
 * A local wall-clock time as an instant, or null when the clock skips it (the
 * spring-forward hour): such a slot does not exist that day.
 */
function localInstant(day: DateTime, minute: number): Date | null {
  const hour = Math.floor(minute / 60);
  const min = minute % 60;
  if (hour === 24) return day.plus({ days: 1 }).startOf('day').toJSDate();
  const dt = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute: min }, { zone: MEETING_ZONE });
  if (!dt.isValid || dt.hour !== hour || dt.minute !== min) return null;
  return dt.toJSDate();
}

/**
 * The free slots of an angel between `from` and `to`: weekly windows, minus days or
 * windows off, plus extra windows, cut into `slotMinutes` pieces, minus what is
 * booked, not earlier than `now` + notice. Daylight-saving changes are handled in
 * Europe/Rome: a 10:00 slot stays 10:00 local on both sides of the change.
 *
 * @example freeSlots({ rules, exceptions: [], busy: [], from, to, now }).slice(0, 3)
 */
export function freeSlots(options: TSlotOptions): TInterval[] {
  const slotMinutes = options.slotMinutes ?? 45;
  const earliest = options.now.getTime() + (options.minNoticeHours ?? 12) * 3_600_000;
  const slots: TInterval[] = [];
  let day = DateTime.fromJSDate(options.from, { zone: MEETING_ZONE }).startOf('day');
  const last = DateTime.fromJSDate(options.to, { zone: MEETING_ZONE }).startOf('day');
  while (day <= last) {
    const iso = day.toISODate()!;
    const todays = options.exceptions.filter((e) => e.day === iso);
    const isDayOff = todays.some((e) => e.kind === 'unavailable' && (e.startMinute === null || e.endMinute === null));
    const windows = isDayOff
      ? []
      : [
          ...options.rules.filter((r) => r.weekday === day.weekday).map((r) => [r.startMinute, r.endMinute] as const),
          ...todays.filter((e) => e.kind === 'extra' && e.startMinute !== null && e.endMinute !== null).map((e) => [e.startMinute!, e.endMinute!] as const),
        ];
    const off = todays.filter((e) => e.kind === 'unavailable' && e.startMinute !== null && e.endMinute !== null);
    const seen = new Set<number>();
    for (const [startMinute, endMinute] of windows) {
      for (let m = startMinute; m + slotMinutes <= endMinute; m += slotMinutes) {
        if (seen.has(m)) continue;
        if (off.some((o) => o.startMinute! < m + slotMinutes && m < o.endMinute!)) continue;
        const start = localInstant(day, m);
        const end = localInstant(day, m + slotMinutes);
        if (!start || !end) continue;
        if (start.getTime() < earliest || start < options.from || end > options.to) continue;
        if (options.busy.some((b) => b.start < end && start < b.end)) continue;
        seen.add(m);
        slots.push({ start, end });
      }
    }
    day = day.plus({ days: 1 });
    // Days come in order, so once a whole day is done with enough slots, no later one comes first.
    if (options.limit !== undefined && slots.length >= options.limit) break;
  }
  const sorted = slots.sort((a, b) => a.start.getTime() - b.start.getTime());
  return options.limit === undefined ? sorted : sorted.slice(0, options.limit);
}

/** True when [start, end) is exactly one of the free slots: bookings must land on the grid. */
export function isFreeSlot(options: TSlotOptions, start: Date, end: Date): boolean {
  return freeSlots({ ...options, from: start, to: end }).some((s) => s.start.getTime() === start.getTime() && s.end.getTime() === end.getTime());
}
