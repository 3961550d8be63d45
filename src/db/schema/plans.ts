import { date, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { business } from './network.js';
import { fundingCall } from './funding.js';
import { solution } from './solutions.js';

export const goalStatus = pgEnum('plan_goal_status', ['active', 'reached', 'dropped']);
export const actionStatus = pgEnum('plan_action_status', ['todo', 'doing', 'done', 'blocked']);
export const actionOwner = pgEnum('plan_action_owner', ['entrepreneur', 'angel']);

/** The relaunch plan of a business: one per business, seen and edited by both sides. */
export const plan = pgTable('plan', {
  id: uuid('id').primaryKey().defaultRandom(),
  businessId: uuid('business_id')
    .notNull()
    .unique()
    .references(() => business.id, { onDelete: 'cascade' }),
  version: integer('version').notNull().default(1),
  startedBy: text('started_by').references(() => user.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A goal in the entrepreneur's words with one measurable indicator. */
export const planGoal = pgTable(
  'plan_goal',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    indicatorName: text('indicator_name').notNull(),
    unit: text('unit').notNull(),
    baseline: doublePrecision('baseline').notNull(),
    target: doublePrecision('target').notNull(),
    current: doublePrecision('current').notNull(),
    byDate: date('by_date').notNull(),
    status: goalStatus('status').notNull().default('active'),
    /** Rises at every change; an edit made on an older version is refused as stale. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_goal_plan_idx').on(t.planId)],
);

export const planAction = pgTable(
  'plan_action',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => planGoal.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    owner: actionOwner('owner').notNull(),
    dueDate: date('due_date'),
    status: actionStatus('status').notNull().default('todo'),
    linkedLessonId: text('linked_lesson_id'),
    /** A call this action is the application for ("Domanda per il voucher digitale"); funding_call.id. */
    linkedCallId: uuid('linked_call_id').references(() => fundingCall.id, { onDelete: 'set null' }),
    /** A solution of the catalogue this action puts in place ("Attivare le prenotazioni online"); its outcome feeds the solution's. */
    solutionId: uuid('solution_id').references(() => solution.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_action_plan_idx').on(t.planId), index('plan_action_due_idx').on(t.dueDate, t.status)],
);

/** The indicator over time: every new value is kept, for the goal's small chart. */
export const planReading = pgTable(
  'plan_reading',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => planGoal.id, { onDelete: 'cascade' }),
    value: doublePrecision('value').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: text('by').references(() => user.id, { onDelete: 'set null' }),
  },
  (t) => [index('plan_reading_goal_idx').on(t.goalId, t.at)],
);

/** Who changed what and when, readable by both sides. */
export const planHistory = pgTable(
  'plan_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    entityKind: text('entity_kind').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** `[{ field, from, to }]`, or the created entity's fields. */
    changes: jsonb('changes').notNull(),
    by: text('by').references(() => user.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_history_plan_idx').on(t.planId, t.at)],
);

export const logMode = pgEnum('plan_log_mode', ['in_person', 'phone', 'video']);

/** The meeting log: what was said, decided and what comes next; hours count against the engagement. */
export const planLogEntry = pgTable(
  'plan_log_entry',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    mode: logMode('mode').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    notes: text('notes').notNull().default(''),
    decisions: text('decisions').notNull().default(''),
    nextSteps: jsonb('next_steps').notNull().default([]),
    hours: doublePrecision('hours').notNull().default(0),
    by: text('by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When its next steps became actions ("trasforma in azioni" happens once per entry). */
    stepsTurnedAt: timestamp('steps_turned_at', { withTimezone: true }),
  },
  (t) => [index('plan_log_plan_idx').on(t.planId, t.date)],
);

/** A "noleggia un manager" engagement: a package of hours, optionally paid by a funding call. */
export const planEngagement = pgTable('plan_engagement', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => plan.id, { onDelete: 'cascade' }),
  hoursPackage: doublePrecision('hours_package').notNull(),
  hoursUsed: doublePrecision('hours_used').notNull().default(0),
  approvedExtraHours: doublePrecision('approved_extra_hours').notNull().default(0),
  fundingCallId: text('funding_call_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const planComment = pgTable(
  'plan_comment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind').notNull(),
    targetId: uuid('target_id').notNull(),
    body: text('body').notNull(),
    by: text('by').references(() => user.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_comment_plan_idx').on(t.planId, t.at)],
);

/** Offline changes already applied, by the device's change id: a replay does nothing. */
export const planSyncedChange = pgTable('plan_synced_change', {
  clientChangeId: text('client_change_id').primaryKey(),
  planId: uuid('plan_id')
    .notNull()
    .references(() => plan.id, { onDelete: 'cascade' }),
  result: jsonb('result').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});

/** One digest per person per day, however many workers run the daily job. */
export const planDigestSent = pgTable(
  'plan_digest_sent',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

/**
 * A starting point from the check-up that the two have answered: taken (it became a goal) or
 * dropped. Kept on the plan, so neither side is offered again what the other already settled.
 */
export const planSuggestionChoice = pgTable(
  'plan_suggestion_choice',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    /** The check-up section the suggestion comes from (one suggestion per section). */
    section: text('section').notNull(),
    choice: text('choice', { enum: ['taken', 'dropped'] }).notNull(),
    by: text('by').references(() => user.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.section] })],
);
