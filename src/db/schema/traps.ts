import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { sportello } from './network.js';

export const trapStatus = pgEnum('trap_status', ['proposed', 'published']);
export const trapLinkKind = pgEnum('trap_link_kind', ['lesson', 'solution', 'plan_area']);

/**
 * "Attenzione a": a common trap a small business meets when going digital ("il contratto del POS
 * di 48 mesi"), written by an angel (proposed) and published by a coordinator of its sportello,
 * or by the network admin when national (`sportelloId` null). `cues` are the short phrases that
 * reveal it in a person's own words (src/domain/traps/detect.ts reads them).
 */
export const trapWarning = pgTable(
  'trap_warning',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    /** What the trap is, in two or three plain sentences. */
    summary: text('summary').notNull(),
    /** How to recognise it (one point a line). */
    recognise: text('recognise').notNull(),
    /** What to ask before signing (one question a line). */
    askBefore: text('ask_before').notNull(),
    /** What to do if you already signed (one step a line). */
    ifSigned: text('if_signed').notNull(),
    /** Phrases that reveal it in an ascolto: `["contratto pos", "48 mesi"]`. */
    cues: jsonb('cues').$type<string[]>().notNull(),
    /** The areas of need it belongs to (src/shared/areas.ts). */
    areas: text('areas').array().notNull(),
    status: trapStatus('status').notNull().default('proposed'),
    sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'cascade' }),
    authorUserId: text('author_user_id').references(() => user.id, { onDelete: 'set null' }),
    publishedBy: text('published_by').references(() => user.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('trap_warning_slug_idx').on(t.slug),
    index('trap_warning_status_idx').on(t.status, t.sportelloId),
    check('trap_warning_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('trap_warning_cues_array', sql`jsonb_typeof(${t.cues}) = 'array' and jsonb_array_length(${t.cues}) between 1 and 30`),
    check('trap_warning_published_has_date', sql`${t.status} <> 'published' or ${t.publishedAt} is not null`),
  ],
);

/**
 * What a warning is linked from: a lesson (by slug), a solution (by slug, the catalogue of
 * issue 16) or an area of the plan. No foreign key: the targets live in other features' tables.
 */
export const trapLink = pgTable(
  'trap_link',
  {
    trapId: uuid('trap_id')
      .notNull()
      .references(() => trapWarning.id, { onDelete: 'cascade' }),
    targetKind: trapLinkKind('target_kind').notNull(),
    targetKey: text('target_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.trapId, t.targetKind, t.targetKey] }), index('trap_link_target_idx').on(t.targetKind, t.targetKey)],
);
