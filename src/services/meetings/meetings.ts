import { and, desc, eq, gte, inArray, or } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { TDb } from '../../db/client.js';
import { angelProfile, business, meeting } from '../../db/schema/index.js';
import { isFreeSlot } from '../../domain/meetings/availability.js';
import { AppError } from '../../shared/errors.js';
import { busyIntervals, getAvailability } from '../angels/availability.js';
import type { TMailer } from '../mail/mailer.js';
import { enqueueJob, removeJob } from '../system/job-queue.js';
import { loadMeetingContext } from './meeting-context.js';
import { meetingMails, type TMeetingEvent } from './meeting-mails.js';

export interface TMeetingDeps {
  db: TDb;
  mailer: TMailer;
  logger: Logger;
  baseUrl: string;
  now?: () => Date;
}

export const REMINDER_TASK = 'meeting-reminder';
const reminderKey = (meetingId: string) => `meeting-reminder:${meetingId}`;
const DAY = 86_400_000;

/** Postgres refuses a second booked meeting overlapping the first (exclusion constraint). */
function isOverlap(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e.code === '23P01' || e.cause?.code === '23P01';
}

/** Mails go after the commit: a mail server that is down never undoes a booking; failures are recorded. */
async function tell(deps: TMeetingDeps, event: TMeetingEvent, meetingId: string) {
  const context = await loadMeetingContext(deps.db, meetingId);
  for (const mail of meetingMails(event, context, deps.baseUrl)) {
    await deps.mailer.send(mail).catch((err: Error) => deps.logger.error({ err, meetingId, event }, 'meeting mail not sent'));
  }
}

async function assertFreeSlot(tx: TDb, angelUserId: string, startsAt: Date, endsAt: Date, now: Date) {
  const [{ rules, exceptions }, busy] = await Promise.all([getAvailability(tx, angelUserId), busyIntervals(tx, angelUserId, startsAt, endsAt)]);
  if (!isFreeSlot({ rules, exceptions, busy: [], from: startsAt, to: endsAt, now }, startsAt, endsAt)) throw new AppError('meeting.slot_unavailable', 422, [{ field: 'startsAt', message: startsAt.toISOString() }]);
  if (busy.length) throw new AppError('meeting.slot_taken', 409, [{ field: 'startsAt', message: startsAt.toISOString() }]);
}

async function scheduleReminder(tx: TDb, meetingId: string, startsAt: Date, now: Date) {
  const runAt = new Date(startsAt.getTime() - DAY);
  if (runAt > now) await enqueueJob(tx, REMINDER_TASK, { meetingId }, { runAt, jobKey: reminderKey(meetingId) });
  else await removeJob(tx, reminderKey(meetingId));
}

export interface TBookInput {
  businessId: string;
  angelUserId: string;
  startsAt: Date;
  endsAt: Date;
  mode: 'in_person' | 'phone' | 'video';
  note?: string | null;
  videoLink?: string | null;
  bookedBy: string;
}

/**
 * Books a first meeting in one of the angel's free slots. Two people booking the
 * same slot at the same moment: the database's exclusion constraint lets one in and
 * the other gets `meeting.slot_taken`. The reminder is queued in the same transaction.
 */
export async function bookMeeting(deps: TMeetingDeps, input: TBookInput) {
  const now = deps.now?.() ?? new Date();
  const id = await deps.db
    .transaction(async (tx) => {
      const [angel] = await tx.select({ status: angelProfile.status, isPaused: angelProfile.isPaused }).from(angelProfile).where(eq(angelProfile.userId, input.angelUserId));
      if (!angel || angel.status !== 'qualified' || angel.isPaused) throw new AppError('angel.not_available', 409);
      await assertFreeSlot(tx as unknown as TDb, input.angelUserId, input.startsAt, input.endsAt, now);
      const [biz] = await tx.select({ sportelloId: business.sportelloId }).from(business).where(eq(business.id, input.businessId));
      const [created] = await tx
        .insert(meeting)
        .values({ ...input, note: input.note ?? null, videoLink: input.videoLink ?? null, sportelloId: biz?.sportelloId ?? null })
        .returning({ id: meeting.id });
      await scheduleReminder(tx as unknown as TDb, created!.id, input.startsAt, now);
      return created!.id;
    })
    .catch((err: unknown) => {
      if (isOverlap(err)) throw new AppError('meeting.slot_taken', 409, [{ field: 'startsAt', message: input.startsAt.toISOString() }]);
      throw err;
    });
  await tell(deps, 'booked', id);
  return id;
}

/** Moves a meeting to another free slot and/or changes how it happens; both sides are told. */
export async function changeMeeting(deps: TMeetingDeps, meetingId: string, change: { startsAt?: Date; endsAt?: Date; mode?: 'in_person' | 'phone' | 'video'; videoLink?: string | null }) {
  const now = deps.now?.() ?? new Date();
  await deps.db
    .transaction(async (tx) => {
      const [row] = await tx.select().from(meeting).where(eq(meeting.id, meetingId)).for('update');
      if (!row) throw new AppError('resource.not_found', 404);
      if (row.status !== 'booked') throw new AppError('meeting.not_open', 409);
      const startsAt = change.startsAt ?? row.startsAt;
      const endsAt = change.endsAt ?? (change.startsAt ? new Date(change.startsAt.getTime() + (row.endsAt.getTime() - row.startsAt.getTime())) : row.endsAt);
      if (change.startsAt) {
        // The meeting's own current slot does not count as busy for itself.
        await tx.update(meeting).set({ status: 'cancelled' }).where(eq(meeting.id, meetingId));
        await assertFreeSlot(tx as unknown as TDb, row.angelUserId, startsAt, endsAt, now);
      }
      await tx
        .update(meeting)
        .set({ status: 'booked', startsAt, endsAt, mode: change.mode ?? row.mode, videoLink: change.videoLink === undefined ? row.videoLink : change.videoLink, sequence: row.sequence + 1, updatedAt: now, reminderSentAt: null })
        .where(eq(meeting.id, meetingId));
      await scheduleReminder(tx as unknown as TDb, meetingId, startsAt, now);
    })
    .catch((err: unknown) => {
      if (isOverlap(err)) throw new AppError('meeting.slot_taken', 409, [{ field: 'startsAt', message: String(change.startsAt?.toISOString()) }]);
      throw err;
    });
  await tell(deps, 'changed', meetingId);
}

export async function cancelMeeting(deps: TMeetingDeps, meetingId: string, by: string, reason: string | null) {
  const now = deps.now?.() ?? new Date();
  await deps.db.transaction(async (tx) => {
    const rows = await tx
      .update(meeting)
      .set({ status: 'cancelled', cancelledBy: by, cancelReason: reason, updatedAt: now })
      .where(and(eq(meeting.id, meetingId), eq(meeting.status, 'booked')))
      .returning({ id: meeting.id, sequence: meeting.sequence });
    if (rows.length === 0) throw new AppError('meeting.not_open', 409);
    await tx.update(meeting).set({ sequence: rows[0]!.sequence + 1 }).where(eq(meeting.id, meetingId));
    await removeJob(tx as unknown as TDb, reminderKey(meetingId));
  });
  await tell(deps, 'cancelled', meetingId);
}

/** The angel says how it went, after it started: held or not, notes, and whether a plan starts. */
export async function recordOutcome(deps: TMeetingDeps, meetingId: string, input: { isHeld: boolean; notes: string | null; nextStep: 'start_plan' | 'no_plan' | 'later' | null }) {
  const now = deps.now?.() ?? new Date();
  const [row] = await deps.db.select().from(meeting).where(eq(meeting.id, meetingId));
  if (!row) throw new AppError('resource.not_found', 404);
  if (row.status === 'cancelled') throw new AppError('meeting.not_open', 409);
  if (row.startsAt > now) throw new AppError('meeting.not_yet', 409);
  await deps.db
    .update(meeting)
    .set({ status: input.isHeld ? 'held' : 'not_held', outcomeNotes: input.notes, nextStep: input.isHeld ? input.nextStep : null, updatedAt: now })
    .where(eq(meeting.id, meetingId));
}

/** The entrepreneur's word on the meeting: 1–5 and a sentence. */
export async function giveFeedback(deps: TMeetingDeps, meetingId: string, input: { rating: number; text: string | null }) {
  const now = deps.now?.() ?? new Date();
  const [row] = await deps.db.select().from(meeting).where(eq(meeting.id, meetingId));
  if (!row) throw new AppError('resource.not_found', 404);
  if (row.status === 'cancelled') throw new AppError('meeting.not_open', 409);
  if (row.startsAt > now) throw new AppError('meeting.not_yet', 409);
  await deps.db.update(meeting).set({ feedbackRating: input.rating, feedbackText: input.text, updatedAt: now }).where(eq(meeting.id, meetingId));
}

/** The meetings a person sees: as an angel, and for their businesses; recent and upcoming first. */
export async function listMeetingsFor(db: TDb, userId: string, businessIds: readonly string[], since = new Date(Date.now() - 90 * DAY)) {
  const mine = businessIds.length ? or(eq(meeting.angelUserId, userId), inArray(meeting.businessId, [...businessIds])) : eq(meeting.angelUserId, userId);
  return db
    .select({ meeting, businessName: business.name })
    .from(meeting)
    .innerJoin(business, eq(business.id, meeting.businessId))
    .where(and(mine, gte(meeting.startsAt, since)))
    .orderBy(desc(meeting.startsAt));
}
