import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { business } from './network.js';

export const checkupStatus = pgEnum('checkup_status', ['draft', 'submitted']);

/**
 * One check-up of one business: answers as given (by question id, for the questionnaire
 * version it was taken on) and, once submitted, the result computed then. Later
 * wording changes make a new version; stored rows are never rescored.
 */
export const checkup = pgTable(
  'checkup',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => business.id, { onDelete: 'cascade' }),
    /** 1 for the first (T0), 2 for the next (T1), ... */
    round: integer('round').notNull(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    status: checkupStatus('status').notNull().default('draft'),
    answers: jsonb('answers').notNull().default({}),
    result: jsonb('result'),
    /** Copied at submission so peer comparisons need no joins: ATECO division and region. */
    atecoDivision: text('ateco_division'),
    regionCode: text('region_code'),
    startedBy: text('started_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [unique('checkup_round_once').on(t.businessId, t.round), index('checkup_peer_idx').on(t.atecoDivision, t.regionCode, t.status)],
);
