import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { business, sportello } from './network.js';

/**
 * One run of `affianco funding import` (or a coordinator's CSV of own calls): what it found.
 * `snapshotDate` is the day the portal's data is from, shown in the attribution line.
 */
export const fundingImport = pgTable('funding_import', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** 'incentivi' for the national catalogue, 'sportello' for a coordinator's own calls. */
  source: text('source').notNull(),
  sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'cascade' }),
  snapshotDate: date('snapshot_date'),
  fileName: text('file_name'),
  added: integer('added').notNull().default(0),
  changed: integer('changed').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  /** Records of earlier imports no longer in this export (kept, marked `missingSince`). */
  missing: integer('missing').notNull().default(0),
  createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A call for funding in our normalised shape (src/domain/funding/types.ts TCall, kept whole in
 * `call`), with the columns the finder filters on pulled out beside it and the source's record
 * in `raw`. Imported calls are unique by (source, external id); a sportello's own calls name it.
 */
export const fundingCall = pgTable(
  'funding_call',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    /** The portal's `ID_Incentivo`, or our own id for a sportello's call. */
    externalId: text('external_id').notNull(),
    /** The sportello that published its own call; null for the national catalogue. */
    sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'cascade' }),
    /** The public page's address, /bandi/{slug}. */
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    opensDay: date('opens_day'),
    closesDay: date('closes_day'),
    /** 'date' | 'rolling' | 'unknown' (TClosingKind). */
    closing: text('closing').notNull(),
    national: boolean('national').notNull().default(false),
    regions: text('regions').array().notNull().default([]),
    kinds: text('kinds').array().notNull().default([]),
    areas: text('areas').array().notNull().default([]),
    /** Null: every size; otherwise the TSizeClass values allowed. */
    sizes: text('sizes').array(),
    /** Null: every sector; otherwise ATECO prefixes as digits only ("5510", "01"). */
    atecoPrefixes: text('ateco_prefixes').array(),
    grantMax: integer('grant_max'),
    /** The normalised call (TCall without `raw` and `curatedRules`). */
    call: jsonb('call').notNull(),
    /** The record as the source gave it. */
    raw: jsonb('raw'),
    /** Hash of `raw`: an import tells changed from unchanged by it. */
    contentHash: text('content_hash').notNull(),
    importId: uuid('import_id').references(() => fundingImport.id, { onDelete: 'set null' }),
    /** Set when a later export no longer lists it; cleared if it comes back. */
    missingSince: timestamp('missing_since', { withTimezone: true }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('funding_call_source_external_idx').on(t.source, t.externalId),
    index('funding_call_sportello_idx').on(t.sportelloId),
    index('funding_call_closes_idx').on(t.closesDay),
  ],
);

/**
 * A fact a call states only in prose, made checkable (TCuratedRule in `rule`), with the page it
 * comes from. A rule with no sportello is national (the network admin's); otherwise it is that
 * sportello's reading, applied to its own businesses.
 */
export const fundingRule = pgTable(
  'funding_rule',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => fundingCall.id, { onDelete: 'cascade' }),
    sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'cascade' }),
    rule: jsonb('rule').notNull(),
    sourceUrl: text('source_url').notNull(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('funding_rule_call_idx').on(t.callId)],
);

/** A person following a call for one of their businesses: the alerts go to them. */
export const fundingFollow = pgTable(
  'funding_follow',
  {
    businessId: uuid('business_id')
      .notNull()
      .references(() => business.id, { onDelete: 'cascade' }),
    callId: uuid('call_id')
      .notNull()
      .references(() => fundingCall.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.callId, t.userId] }), index('funding_follow_call_idx').on(t.callId), index('funding_follow_user_idx').on(t.userId)],
);

/**
 * One person's funding mail settings: the weekly digest on or off, and the token of the signed
 * one-click unsubscribe link (List-Unsubscribe).
 */
export const fundingSubscriber = pgTable('funding_subscriber', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  digest: boolean('digest').notNull().default(true),
  alerts: boolean('alerts').notNull().default(true),
  unsubscribeToken: text('unsubscribe_token').notNull().unique(),
  lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An alert or digest sent, unique by what it is about, so each goes once across instances.
 * `kind`: 'opens' | 'closes_14' | 'closes_3' (with call and business) or 'digest' (key = ISO week).
 */
export const fundingAlertSent = pgTable(
  'funding_alert_sent',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** What makes it one: `${callId}:${businessId}` for an alert, the ISO week for a digest. */
    key: text('key').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('funding_alert_once_idx').on(t.userId, t.kind, t.key)],
);

/** A coordinator's invitation to a business to look at a call it qualifies for (bulk e-mail). */
export const fundingInvitation = pgTable(
  'funding_invitation',
  {
    callId: uuid('call_id')
      .notNull()
      .references(() => fundingCall.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id')
      .notNull()
      .references(() => business.id, { onDelete: 'cascade' }),
    sentBy: text('sent_by').references(() => user.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.businessId] })],
);
