import { type AnyPgColumn, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { lesson, libraryFile } from './library.js';
import { sportello } from './network.js';
import { planAction } from './plans.js';

export const threadKind = pgEnum('community_thread_kind', ['question', 'story']);
export const reactionKind = pgEnum('community_reaction_kind', ['me_too', 'thanks']);
export const emailMode = pgEnum('community_email_mode', ['each', 'daily', 'off']);
export const offerState = pgEnum('community_offer_state', ['offered', 'taken', 'answered', 'expired', 'escalated']);
export const reportReason = pgEnum('community_report_reason', ['spam', 'rude', 'off_topic', 'personal_data', 'other']);
export const moderationAction = pgEnum('community_moderation_action', [
  'hide',
  'restore',
  'lock',
  'unlock',
  'move',
  'slow_mode',
  'silence',
  'unsilence',
  'auto_hide',
  'dismiss_reports',
]);

/**
 * A discussion: a question or a story ("Come ho fatto") in one area of need, optionally with a
 * sector of the ascolto and a region. `sportelloId` is the sportello serving the asker's comune
 * when the thread was opened (who is offered an unanswered question). The Italian search vector
 * is added by migration SQL (a generated column Drizzle does not model). Counters are kept by
 * the services in the same transaction as the rows they count.
 */
export const communityThread = pgTable(
  'community_thread',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    kind: threadKind('kind').notNull(),
    title: text('title').notNull(),
    area: text('area').notNull(),
    sector: text('sector'),
    regionCode: text('region_code'),
    authorUserId: text('author_user_id').references(() => user.id, { onDelete: 'set null' }),
    sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'set null' }),
    /** The reply marked "Risolto" (by the asker or a coordinator). */
    solvedPostId: uuid('solved_post_id').references((): AnyPgColumn => communityPost.id, { onDelete: 'set null' }),
    solvedAt: timestamp('solved_at', { withTimezone: true }),
    solvedBy: text('solved_by').references(() => user.id, { onDelete: 'set null' }),
    replyCount: integer('reply_count').notNull().default(0),
    meTooCount: integer('me_too_count').notNull().default(0),
    /** When someone other than the asker first replied: null is "unanswered". */
    firstReplyAt: timestamp('first_reply_at', { withTimezone: true }),
    lastPostAt: timestamp('last_post_at', { withTimezone: true }).notNull().defaultNow(),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedReason: text('locked_reason'),
    /** Seconds between two posts of one person in this thread; null is the usual pace. */
    slowModeSeconds: integer('slow_mode_seconds'),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenReason: text('hidden_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('community_thread_latest_idx').on(t.lastPostAt),
    index('community_thread_area_idx').on(t.area, t.lastPostAt),
    index('community_thread_author_idx').on(t.authorUserId),
    index('community_thread_sportello_idx').on(t.sportelloId),
  ],
);

/**
 * A post: the thread's opening (position 0) or a reply. Markdown is rendered once on save with
 * raw HTML off. An author's delete empties the text (`deletedAt`); a moderator's hide keeps it
 * (`hiddenAt`, with the reason shown to the author). Nothing is ever hard-deleted.
 * `authorRole` is the role shown beside the name when it was posted (angel, coordinator, admin).
 */
export const communityPost = pgTable(
  'community_post',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => communityThread.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    authorUserId: text('author_user_id').references(() => user.id, { onDelete: 'set null' }),
    authorRole: text('author_role'),
    quotePostId: uuid('quote_post_id').references((): AnyPgColumn => communityPost.id, { onDelete: 'set null' }),
    bodyMarkdown: text('body_markdown').notNull(),
    bodyHtml: text('body_html').notNull(),
    bodyText: text('body_text').notNull(),
    /** sha256 of the normalised text: the same post twice within five minutes is refused. */
    contentHash: text('content_hash').notNull(),
    thanksCount: integer('thanks_count').notNull().default(0),
    version: integer('version').notNull().default(1),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenReason: text('hidden_reason'),
    hiddenBy: text('hidden_by').references(() => user.id, { onDelete: 'set null' }),
    /** Hidden by reports, waiting for a moderator (not by a moderator's decision). */
    pendingReview: boolean('pending_review').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('community_post_position_idx').on(t.threadId, t.position),
    index('community_post_author_idx').on(t.authorUserId, t.createdAt),
  ],
);

/** Every earlier text of an edited post, with who changed it. */
export const communityPostRevision = pgTable(
  'community_post_revision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => communityPost.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    bodyMarkdown: text('body_markdown').notNull(),
    editedBy: text('edited_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('community_post_revision_idx').on(t.postId, t.version)],
);

/** "Anche a me" (on a question's opening post) and "grazie" (on a reply): one per person. */
export const communityReaction = pgTable(
  'community_reaction',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => communityPost.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    kind: reactionKind('kind').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId, t.kind] })],
);

/** People @mentioned in a post (only people already in the thread can be). */
export const communityMention = pgTable(
  'community_mention',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => communityPost.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

/** An image in a post: the bytes are a library file of kind 'image' (checked by content). */
export const communityPostImage = pgTable(
  'community_post_image',
  {
    postId: uuid('post_id').references(() => communityPost.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => libraryFile.id, { onDelete: 'cascade' })
      .primaryKey(),
    uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_post_image_post_idx').on(t.postId)],
);

/** A lesson or a plan action a thread is about ("questo è nel mio piano"). */
export const communityThreadLink = pgTable(
  'community_thread_link',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => communityThread.id, { onDelete: 'cascade' }),
    lessonId: uuid('lesson_id').references(() => lesson.id, { onDelete: 'cascade' }),
    planActionId: uuid('plan_action_id').references(() => planAction.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('community_thread_link_lesson_idx').on(t.threadId, t.lessonId),
    uniqueIndex('community_thread_link_action_idx').on(t.threadId, t.planActionId),
    index('community_thread_link_by_lesson_idx').on(t.lessonId),
  ],
);

/** A person following a thread (automatic for the asker and those who replied). */
export const communityFollow = pgTable(
  'community_follow',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => communityThread.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] }), index('community_follow_user_idx').on(t.userId)],
);

/**
 * One person's community settings and standing: how replies reach them by e-mail, the token of
 * the one-click unsubscribe link, and a moderator's silence (until when, and why).
 */
export const communityMember = pgTable('community_member', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  emailMode: emailMode('email_mode').notNull().default('each'),
  unsubscribeToken: text('unsubscribe_token').notNull().unique(),
  lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
  silencedUntil: timestamp('silenced_until', { withTimezone: true }),
  silenceReason: text('silence_reason'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Something for one person in the app (the count in the menu) and, by their e-mail mode, in
 * the mail: a reply in a followed thread, a mention, "Risolto", an offered question, a
 * moderator's decision. `emailedAt` is set once, by the job that sent it (across instances).
 */
export const communityNotification = pgTable(
  'community_notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    threadId: uuid('thread_id').references(() => communityThread.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').references(() => communityPost.id, { onDelete: 'cascade' }),
    /** What the line says beyond the thread's title (a moderator's reason, …). */
    detail: jsonb('detail'),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_notification_user_idx').on(t.userId, t.createdAt), index('community_notification_mail_idx').on(t.emailedAt, t.createdAt)],
);

/**
 * An unanswered question offered to the angels of a sportello: offered after 48 hours (its
 * area's angels first, the others 12 hours later: `widenedAt`), taken
 * by the first angel for 24 hours, the coordinator told after 48 more (`escalatedAt`).
 */
export const communityOffer = pgTable(
  'community_offer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => communityThread.id, { onDelete: 'cascade' })
      .unique(),
    sportelloId: uuid('sportello_id')
      .notNull()
      .references(() => sportello.id, { onDelete: 'cascade' }),
    state: offerState('state').notNull().default('offered'),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull().defaultNow(),
    takenBy: text('taken_by').references(() => user.id, { onDelete: 'set null' }),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    takenUntil: timestamp('taken_until', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    /** When every angel of the sportello was told; null while only those of the question's area know. */
    widenedAt: timestamp('widened_at', { withTimezone: true }),
  },
  (t) => [index('community_offer_sportello_idx').on(t.sportelloId, t.state)],
);

/** A signed-in person's report of a post, with a reason; one per person and post. */
export const communityReport = pgTable(
  'community_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => communityPost.id, { onDelete: 'cascade' }),
    reporterUserId: text('reporter_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    reason: reportReason('reason').notNull(),
    note: text('note'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: text('resolved_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('community_report_once_idx').on(t.postId, t.reporterUserId), index('community_report_open_idx').on(t.resolvedAt)],
);

/** Every moderator's decision (and the automatic hide by reports), with the reason shown to the author. */
export const communityModerationLog = pgTable(
  'community_moderation_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    action: moderationAction('action').notNull(),
    /** Null for the automatic hide by reports. */
    moderatorUserId: text('moderator_user_id').references(() => user.id, { onDelete: 'set null' }),
    threadId: uuid('thread_id').references(() => communityThread.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').references(() => communityPost.id, { onDelete: 'cascade' }),
    targetUserId: text('target_user_id').references(() => user.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    /** The action's particulars: the area moved from and to, the slow mode's seconds, the silence's end. */
    details: jsonb('details'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_moderation_log_created_idx').on(t.createdAt), index('community_moderation_log_target_idx').on(t.targetUserId)],
);
