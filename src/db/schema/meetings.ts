import { check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { user } from './auth.js';
import { business, sportello } from './network.js';

export const meetingMode = pgEnum('meeting_mode', ['in_person', 'phone', 'video']);
export const meetingStatus = pgEnum('meeting_status', ['booked', 'cancelled', 'held', 'not_held']);
export const meetingNextStep = pgEnum('meeting_next_step', ['start_plan', 'no_plan', 'later']);

/**
 * A meeting between a business and an angel, the first one free and with no
 * commitment. Two booked meetings of one angel can never overlap: an exclusion
 * constraint (migration 0002) refuses the second, even when both arrive at once.
 */
export const meeting = pgTable(
  'meeting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => business.id, { onDelete: 'cascade' }),
    angelUserId: text('angel_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'set null' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    mode: meetingMode('mode').notNull(),
    /** For a video meeting: the link both sides open (any video service the angel uses). */
    videoLink: text('video_link'),
    /** What the entrepreneur would like to tell ("cosa vorrei raccontare"). */
    note: text('note'),
    status: meetingStatus('status').notNull().default('booked'),
    /** Raised at every change, so calendar updates replace the earlier invitation. */
    sequence: integer('sequence').notNull().default(0),
    bookedBy: text('booked_by').references(() => user.id, { onDelete: 'set null' }),
    cancelledBy: text('cancelled_by').references(() => user.id, { onDelete: 'set null' }),
    cancelReason: text('cancel_reason'),
    outcomeNotes: text('outcome_notes'),
    nextStep: meetingNextStep('next_step'),
    feedbackRating: integer('feedback_rating'),
    feedbackText: text('feedback_text'),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meeting_angel_idx').on(t.angelUserId, t.startsAt),
    index('meeting_business_idx').on(t.businessId),
    check('meeting_times', sql`${t.startsAt} < ${t.endsAt}`),
    check('meeting_feedback_range', sql`${t.feedbackRating} is null or ${t.feedbackRating} between 1 and 5`),
  ],
);
