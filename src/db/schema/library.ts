import { index, integer, pgEnum, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { sportello } from './network.js';

export const lessonStatus = pgEnum('lesson_status', ['draft', 'in_review', 'published', 'retired']);
export const lessonLevel = pgEnum('lesson_level', ['first_steps', 'on_the_way', 'advanced']);

/**
 * A Metodo Pop lesson in one language. `sportelloId` null: the national library; else one
 * sportello's own. Translations share `translationGroup`. The body is kept as written
 * (Markdown) and as rendered once on save (HTML). The Italian search vector and the
 * trigram index are added by migration 0010 (a generated column Drizzle does not model).
 */
export const lesson = pgTable(
  'lesson',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    language: text('language').notNull().default('it'),
    translationGroup: uuid('translation_group').notNull().defaultRandom(),
    sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    bodyMarkdown: text('body_markdown').notNull(),
    bodyHtml: text('body_html').notNull(),
    /** The body as a reader reads it (no Markdown signs), for search and snippets. */
    bodyText: text('body_text').notNull(),
    areas: text('areas').array().notNull(),
    level: lessonLevel('level').notNull(),
    minutes: integer('minutes').notNull(),
    gulpease: real('gulpease').notNull(),
    status: lessonStatus('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    authorUserId: text('author_user_id').references(() => user.id, { onDelete: 'set null' }),
    reviewerUserId: text('reviewer_user_id').references(() => user.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lesson_slug_language_idx').on(t.slug, t.language), index('lesson_status_idx').on(t.status, t.language), index('lesson_group_idx').on(t.translationGroup)],
);

/** Every saved state of a lesson, with who saved it: nothing an author wrote is lost. */
export const lessonVersion = pgTable(
  'lesson_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lesson.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    bodyMarkdown: text('body_markdown').notNull(),
    changedBy: text('changed_by').references(() => user.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lesson_version_idx').on(t.lessonId, t.version)],
);
