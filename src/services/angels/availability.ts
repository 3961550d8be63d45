import { and, eq, gt, lt } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { availabilityException, availabilityRule, meeting } from '../../db/schema/index.js';
import { freeSlots, validateWeeklyRules, type TAvailabilityException, type TWeeklyRule } from '../../domain/meetings/availability.js';
import { AppError } from '../../shared/errors.js';
import { notifyAngelChanged } from './angel-changes.js';

export async function getAvailability(db: TDb, angelUserId: string) {
  const rules = await db
    .select({ weekday: availabilityRule.weekday, startMinute: availabilityRule.startMinute, endMinute: availabilityRule.endMinute })
    .from(availabilityRule)
    .where(eq(availabilityRule.angelUserId, angelUserId))
    .orderBy(availabilityRule.weekday, availabilityRule.startMinute);
  const exceptions = await db
    .select({ day: availabilityException.day, kind: availabilityException.kind, startMinute: availabilityException.startMinute, endMinute: availabilityException.endMinute })
    .from(availabilityException)
    .where(eq(availabilityException.angelUserId, angelUserId))
    .orderBy(availabilityException.day);
  return { rules, exceptions };
}

/** Replaces an angel's weekly hours and exceptions at once; overlapping or inverted windows change nothing. */
export async function setAvailability(db: TDb, angelUserId: string, input: { rules: TWeeklyRule[]; exceptions: TAvailabilityException[] }) {
  const problems = validateWeeklyRules(input.rules);
  const badExceptions = input.exceptions.flatMap((e, index) => {
    const partial = (e.startMinute === null) !== (e.endMinute === null);
    const inverted = e.startMinute !== null && e.endMinute !== null && (e.startMinute < 0 || e.endMinute > 1440 || e.startMinute >= e.endMinute);
    const extraWithoutHours = e.kind === 'extra' && e.startMinute === null;
    return partial || inverted || extraWithoutHours ? [{ field: `exceptions.${index}`, message: 'bad_minutes' }] : [];
  });
  if (problems.length || badExceptions.length) {
    throw new AppError('request.invalid', 422, [...problems.map((p) => ({ field: `rules.${p.index}`, message: p.code })), ...badExceptions]);
  }
  await db.transaction(async (tx) => {
    await tx.delete(availabilityRule).where(eq(availabilityRule.angelUserId, angelUserId));
    await tx.delete(availabilityException).where(eq(availabilityException.angelUserId, angelUserId));
    if (input.rules.length) await tx.insert(availabilityRule).values(input.rules.map((r) => ({ ...r, angelUserId })));
    if (input.exceptions.length) await tx.insert(availabilityException).values(input.exceptions.map((e) => ({ ...e, angelUserId })));
    await notifyAngelChanged(tx, angelUserId);
  });
  return getAvailability(db, angelUserId);
}

/** Booked meetings of an angel in a window: what makes a slot busy. */
export async function busyIntervals(db: Pick<TDb, 'select'>, angelUserId: string, from: Date, to: Date) {
  return db
    .select({ start: meeting.startsAt, end: meeting.endsAt })
    .from(meeting)
    .where(and(eq(meeting.angelUserId, angelUserId), eq(meeting.status, 'booked'), lt(meeting.startsAt, to), gt(meeting.endsAt, from)));
}

/** The angel's free first-meeting slots in [from, to). */
export async function freeSlotsOf(db: TDb, angelUserId: string, from: Date, to: Date, now = new Date()) {
  const [{ rules, exceptions }, busy] = await Promise.all([getAvailability(db, angelUserId), busyIntervals(db, angelUserId, from, to)]);
  return freeSlots({ rules, exceptions, busy, from, to, now });
}
