import { boolean, check, customType, date, doublePrecision, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { user } from './auth.js';
import { comune } from './geo.js';
import { sportello } from './network.js';

export const angelStatus = pgEnum('angel_status', ['applied', 'qualified', 'rejected']);
export const exceptionKind = pgEnum('availability_exception_kind', ['unavailable', 'extra']);

/**
 * An angel's (or innovation manager's) profile: the application and, once a
 * coordinator qualifies it, what matching reads. Only qualified, unpaused angels are matched.
 */
export const angelProfile = pgTable(
  'angel_profile',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'set null' }),
    status: angelStatus('status').notNull().default('applied'),
    isPaused: boolean('is_paused').notNull().default(false),
    skills: text('skills').array().notNull(),
    sectors: text('sectors').array().notNull(),
    baseComuneIstat: text('base_comune_istat')
      .notNull()
      .references(() => comune.istat),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    radiusKm: integer('radius_km').notNull(),
    modes: text('modes').array().notNull(),
    languages: text('languages').array().notNull(),
    capacity: integer('capacity').notNull(),
    presentation: text('presentation').notNull(),
    whatsappPhone: text('whatsapp_phone'),
    isWhatsappAllowed: boolean('is_whatsapp_allowed').notNull().default(false),
    interviewNotes: text('interview_notes'),
    decisionReason: text('decision_reason'),
    reviewedBy: text('reviewed_by').references(() => user.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** Set when a qualified angel edits the profile, so the coordinator sees what changed and when. */
    profileChangedAt: timestamp('profile_changed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('angel_profile_sportello_idx').on(t.sportelloId, t.status),
    check('angel_capacity_positive', sql`${t.capacity} between 1 and 50`),
    check('angel_radius_range', sql`${t.radiusKm} between 0 and 500`),
  ],
);

/** Weekly availability in Europe/Rome local time (weekday 1 = Monday). */
export const availabilityRule = pgTable(
  'availability_rule',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    angelUserId: text('angel_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    weekday: integer('weekday').notNull(),
    startMinute: integer('start_minute').notNull(),
    endMinute: integer('end_minute').notNull(),
  },
  (t) => [index('availability_rule_angel_idx').on(t.angelUserId), check('availability_rule_window', sql`${t.startMinute} < ${t.endMinute}`)],
);

export const availabilityException = pgTable(
  'availability_exception',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    angelUserId: text('angel_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    kind: exceptionKind('kind').notNull(),
    startMinute: integer('start_minute'),
    endMinute: integer('end_minute'),
  },
  (t) => [index('availability_exception_angel_idx').on(t.angelUserId, t.day)],
);

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * The CV of an application, a PDF kept in the database: every app instance can read
 * it, it goes with backups, and no file path is ever exposed. Served only to the
 * angel and the coordinators of their sportello.
 */
export const angelCv = pgTable('angel_cv', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  bytes: bytea('bytes').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});
