import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { comune, province } from './geo.js';

export const sportelloRole = pgEnum('sportello_role', ['coordinator', 'angel']);

export const network = pgTable('network', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sportello = pgTable(
  'sportello',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sportello_network_idx').on(t.networkId)],
);

/** Which provinces a sportello serves; a province has at most one sportello in a network. */
export const sportelloProvince = pgTable(
  'sportello_province',
  {
    sportelloId: uuid('sportello_id')
      .notNull()
      .references(() => sportello.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id),
    provinceCode: text('province_code')
      .notNull()
      .references(() => province.code),
  },
  (t) => [primaryKey({ columns: [t.sportelloId, t.provinceCode] }), unique('sportello_province_once').on(t.networkId, t.provinceCode)],
);

export const membership = pgTable(
  'membership',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    sportelloId: uuid('sportello_id')
      .notNull()
      .references(() => sportello.id, { onDelete: 'cascade' }),
    role: sportelloRole('role').notNull(),
    /** An angel a coordinator trusts to write Metodo Pop lessons (coordinators always may). */
    canAuthor: boolean('can_author').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('membership_once').on(t.userId, t.sportelloId, t.role), index('membership_sportello_idx').on(t.sportelloId)],
);

export const invitation = pgTable(
  'invitation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sportelloId: uuid('sportello_id')
      .notNull()
      .references(() => sportello.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: sportelloRole('role').notNull(),
    /** SHA-256 of the token sent by e-mail; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: text('accepted_by').references(() => user.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('invitation_sportello_idx').on(t.sportelloId)],
);

export const business = pgTable(
  'business',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    comuneIstat: text('comune_istat')
      .notNull()
      .references(() => comune.istat),
    /** The sportello serving the comune's province when the business was routed; null if none serves it. */
    sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'set null' }),
    atecoDivision: text('ateco_division'),
    employees: integer('employees'),
    /** The funding finder's facts (EU size class, sector prefix, curated rules); each may be unknown. */
    atecoCode: text('ateco_code'),
    annualTurnoverEur: bigint('annual_turnover_eur', { mode: 'number' }),
    balanceSheetEur: bigint('balance_sheet_eur', { mode: 'number' }),
    foundedOn: date('founded_on'),
    legalForm: text('legal_form'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('business_sportello_idx').on(t.sportelloId)],
);

export const businessMember = pgTable(
  'business_member',
  {
    businessId: uuid('business_id')
      .notNull()
      .references(() => business.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.userId] }), index('business_member_user_idx').on(t.userId)],
);
