import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    status: requestStatus('status').notNull().default('new'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('intake_request_sportello_idx').on(t.sportelloId, t.createdAt), index('intake_request_business_idx').on(t.businessId), index('intake_request_email_idx').on(t.contactEmail)],
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
