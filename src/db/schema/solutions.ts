import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { business, sportello } from './network.js';
import { planAction } from './plans.js';

/** Words in Italian (always) and English (when written): the catalogue's texts. */
export type TSolutionWords = { it: string; en?: string | null };

/** Can the business take this out of the tool, and in which format (CSV, XLSX, XML FatturaPA…). */
export type TPortabilityItem = { can: 'yes' | 'partly' | 'no' | 'unknown'; format?: string | null };
export type TPortability = { customers: TPortabilityItem; products: TPortabilityItem; invoices: TPortabilityItem };

/**
 * A vetted solution (issue 16): a tool or a provider for a need, described in plain words with
 * what it will really ask of the business (hours, contract, exit, lock-in). Proposed by angels,
 * published by coordinators: `sportelloId` null is the national catalogue (the network admin's).
 * No column says who paid for anything: nothing paid can rank higher (docs/solutions.md).
 */
export const solution = pgTable(
  'solution',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The public page's address, /soluzioni/{slug}. */
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Who sells or runs it (a provider's name, or a kind: "qualunque registrar"). */
    provider: text('provider').notNull(),
    summary: jsonb('summary').$type<TSolutionWords>().notNull(),
    whatItDoes: jsonb('what_it_does').$type<TSolutionWords>().notNull(),
    notFor: jsonb('not_for').$type<TSolutionWords>().notNull(),
    /** src/shared/areas.ts AREAS. */
    areas: text('areas').array().notNull().default([]),
    /** src/shared/plain-sectors.ts ids; empty: any sector. */
    sectors: text('sectors').array().notNull().default([]),
    /** 'eu' | 'non_eu' | 'unknown'. */
    dataLocation: text('data_location').notNull().default('unknown'),
    dataNote: jsonb('data_note').$type<TSolutionWords>(),
    /** What the business must do itself each week, in hours. */
    hoursPerWeek: numeric('hours_per_week', { precision: 5, scale: 2, mode: 'number' }).notNull().default(0),
    minimumMonths: integer('minimum_months').notNull().default(0),
    noticeDays: integer('notice_days').notNull().default(0),
    exitCosts: jsonb('exit_costs').$type<TSolutionWords>(),
    portability: jsonb('portability').$type<TPortability>().notNull(),
    /** Other solutions of the catalogue for the same need, by slug. */
    alternativeSlugs: text('alternative_slugs').array().notNull().default([]),
    /** 'proposed' (by an angel, seen by coordinators) | 'published' (public). */
    status: text('status').notNull().default('proposed'),
    /** Null: national; otherwise the sportello whose coordinators keep it. */
    sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    publishedBy: text('published_by').references(() => user.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('solution_slug_idx').on(t.slug),
    index('solution_sportello_idx').on(t.sportelloId),
    index('solution_published_idx').on(t.status).where(sql`${t.status} = 'published'`),
    check('solution_status_known', sql`${t.status} in ('proposed', 'published')`),
    check('solution_data_location_known', sql`${t.dataLocation} in ('eu', 'non_eu', 'unknown')`),
    check('solution_hours_range', sql`${t.hoursPerWeek} between 0 and 80`),
    check('solution_minimum_months_range', sql`${t.minimumMonths} between 0 and 120`),
    check('solution_notice_days_range', sql`${t.noticeDays} between 0 and 730`),
    check('solution_published_by_someone', sql`${t.status} = 'proposed' or ${t.publishedAt} is not null`),
  ],
);

/**
 * One part of a solution's price (src/shared/solution-cost.ts TPricePart): an amount in euro or a
 * percent, the introductory months, where the price comes from and the day it refers to.
 * `isExample`: a price written to show the computation, not a provider's current offer.
 */
export const solutionPricePart = pgTable(
  'solution_price_part',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    solutionId: uuid('solution_id')
      .notNull()
      .references(() => solution.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull().default(0),
    /** TPricePartKind. */
    kind: text('kind').notNull(),
    amount: numeric('amount', { precision: 10, scale: 2, mode: 'number' }),
    percent: numeric('percent', { precision: 5, scale: 2, mode: 'number' }),
    introMonths: smallint('intro_months'),
    introAmount: numeric('intro_amount', { precision: 10, scale: 2, mode: 'number' }),
    label: jsonb('label').$type<TSolutionWords>(),
    sourceText: text('source_text').notNull(),
    sourceUrl: text('source_url'),
    asOf: date('as_of').notNull(),
    isExample: boolean('is_example').notNull().default(false),
  },
  (t) => [
    index('solution_price_part_solution_idx').on(t.solutionId, t.position),
    check('solution_price_part_kind_known', sql`${t.kind} in ('one_off', 'monthly', 'yearly', 'card_percent', 'per_card_payment', 'online_percent', 'per_order', 'per_booking', 'exit')`),
    check(
      'solution_price_part_value_fits_kind',
      sql`case when ${t.kind} in ('card_percent', 'online_percent') then ${t.percent} is not null and ${t.amount} is null else ${t.amount} is not null and ${t.percent} is null end`,
    ),
    check('solution_price_part_amount_range', sql`${t.amount} is null or ${t.amount} between 0 and 1000000`),
    check('solution_price_part_percent_range', sql`${t.percent} is null or ${t.percent} between 0 and 100`),
    check('solution_price_part_intro_range', sql`(${t.introMonths} is null or ${t.introMonths} between 0 and 120) and (${t.introAmount} is null or ${t.introAmount} >= 0)`),
    check('solution_price_part_intro_monthly', sql`${t.kind} = 'monthly' or (${t.introMonths} is null and ${t.introAmount} is null)`),
  ],
);

/**
 * A review of a solution by someone who used it with a business: an angel (linked to the plan
 * action where it was used) or the entrepreneur. One per solution, author and business.
 * Coordinators hide a review with a reason that is kept; hidden reviews count for nothing.
 */
export const solutionReview = pgTable(
  'solution_review',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    solutionId: uuid('solution_id')
      .notNull()
      .references(() => solution.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    /** 'angel' | 'entrepreneur': in which role the author used it. */
    role: text('role').notNull(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => business.id, { onDelete: 'cascade' }),
    planActionId: uuid('plan_action_id').references(() => planAction.id, { onDelete: 'set null' }),
    rating: smallint('rating').notNull(),
    text: text('text').notNull(),
    /** The author's tie to the solution's provider, copied when written (shown with the review). */
    tieId: uuid('tie_id').references(() => providerTie.id, { onDelete: 'set null' }),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenBy: text('hidden_by').references(() => user.id, { onDelete: 'set null' }),
    hiddenReason: text('hidden_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('solution_review_once_idx').on(t.solutionId, t.authorId, t.businessId),
    index('solution_review_solution_idx').on(t.solutionId).where(sql`${t.hiddenAt} is null`),
    check('solution_review_role_known', sql`${t.role} in ('angel', 'entrepreneur')`),
    check('solution_review_rating_range', sql`${t.rating} between 1 and 5`),
    check('solution_review_hidden_with_reason', sql`${t.hiddenAt} is null or ${t.hiddenReason} is not null`),
  ],
);

/**
 * "I work for / earn from this provider": declared by a person, shown on their reviews and their
 * profile. A review of a solution whose provider one is tied to needs the declaration first.
 */
export const providerTie = pgTable(
  'provider_tie',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    /** As the solution names it (compared case-insensitively). */
    providerName: text('provider_name').notNull(),
    /** What the tie is: "lavoro per loro", "rivendo il servizio a provvigione". */
    what: text('what').notNull(),
    /** 'owns' (it is theirs: they may not review it) | 'works_for' | 'earns_from' (commissions, resale). */
    kind: text('kind').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('provider_tie_once_idx').on(t.userId, sql`lower(${t.providerName})`), check('provider_tie_kind_known', sql`${t.kind} in ('owns', 'works_for', 'earns_from')`)],
);

/**
 * How a plan action that used a solution went, asked in one tap when it is marked done
 * (point 7): it feeds the solution's outcomes. One per action; the last answer counts.
 */
export const planActionOutcome = pgTable(
  'plan_action_outcome',
  {
    actionId: uuid('action_id')
      .notNull()
      .references(() => planAction.id, { onDelete: 'cascade' }),
    solutionId: uuid('solution_id')
      .notNull()
      .references(() => solution.id, { onDelete: 'cascade' }),
    /** 'went_well' | 'mixed' | 'went_badly'. */
    outcome: text('outcome').notNull(),
    note: text('note'),
    answeredBy: text('answered_by').references(() => user.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.actionId] }),
    index('plan_action_outcome_solution_idx').on(t.solutionId),
    check('plan_action_outcome_known', sql`${t.outcome} in ('went_well', 'mixed', 'went_badly')`),
  ],
);
