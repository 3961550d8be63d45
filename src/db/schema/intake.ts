import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { comune } from './geo.js';
import { business, sportello } from './network.js';

export const contactKind = pgEnum('contact_kind', ['account', 'callback']);
export const requestStatus = pgEnum('request_status', ['new', 'in_progress', 'closed']);

/** What an entrepreneur told us in the ascolto, as proposed by the system and as confirmed by them. */
export const intakeRequest = pgTable(
  'intake_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'set null' }),
    comuneIstat: text('comune_istat')
      .notNull()
      .references(() => comune.istat),
    sectorId: text('sector_id'),
    atecoDivision: text('ateco_division'),
    employees: integer('employees'),
    businessName: text('business_name'),
    text: text('text').notNull(),
    /** The areas the system read in the text, with evidence: `[{ area, score, evidence }]`. */
    proposedAreas: jsonb('proposed_areas').notNull(),
    /** The areas the person kept or added: `["marketing", ...]`. */
    chosenAreas: jsonb('chosen_areas').notNull(),
    contactKind: contactKind('contact_kind').notNull(),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    consentVersion: text('consent_version').notNull(),
    consentAcceptedAt: timestamp('consent_accepted_at', { withTimezone: true }).notNull(),
    locale: text('locale').notNull().default('it'),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    businessId: uuid('business_id').references(() => business.id, { onDelete: 'set null' }),
    /**
     * Stored phase: `new`, `in_progress` (taken by a coordinator), `closed` (concluded, or
     * archived when `archivedAt` is set). The inbox derives "assegnata" and "in affiancamento"
     * from the business's assignment, plan and meetings (docs/inbox.md).
     */
    status: requestStatus('status').notNull().default('new'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Who took the request in charge, and when (presa in carico). */
    takenBy: text('taken_by').references(() => user.id, { onDelete: 'set null' }),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    /** When it was concluded or archived, and by whom. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by').references(() => user.id, { onDelete: 'set null' }),
    /** Archived (set aside without an outcome) and why; a merged duplicate is archived too. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    archiveReason: text('archive_reason'),
    /** The earlier request this one repeated, once merged into it. */
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => intakeRequest.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('intake_request_sportello_idx').on(t.sportelloId, t.createdAt),
    index('intake_request_business_idx').on(t.businessId),
    index('intake_request_email_idx').on(t.contactEmail),
    // The inbox's open requests, newest or oldest first, keyset on (created_at, id).
    index('intake_request_open_idx').on(t.sportelloId, t.createdAt, t.id).where(sql`${t.status} <> 'closed'`),
    // The territory's open requests by comune.
    index('intake_request_open_comune_idx').on(t.comuneIstat).where(sql`${t.status} <> 'closed'`),
  ],
);

/** A coordinator's note on a request: who, what, when. */
export const intakeNote = pgTable(
  'intake_note',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => intakeRequest.id, { onDelete: 'cascade' }),
    authorUserId: text('author_user_id').references(() => user.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('intake_note_request_idx').on(t.requestId, t.createdAt)],
);

/** A request passed from one sportello to another, with the reason the receiving one reads. */
export const intakeTransfer = pgTable(
  'intake_transfer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => intakeRequest.id, { onDelete: 'cascade' }),
    fromSportelloId: uuid('from_sportello_id').references(() => sportello.id, { onDelete: 'set null' }),
    toSportelloId: uuid('to_sportello_id').references(() => sportello.id, { onDelete: 'set null' }),
    byUserId: text('by_user_id').references(() => user.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('intake_transfer_request_idx').on(t.requestId, t.createdAt)],
);

/**
 * Requests already answered, by client-chosen key: a retry with the same key and body
 * gets the first answer again; the same key with another body is refused.
 */
export const idempotencyKey = pgTable(
  'idempotency_key',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status').notNull(),
    responseBody: jsonb('response_body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
