import { type AnyPgColumn, index, integer, jsonb, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { business, sportello } from './network.js';

export const lessonStatus = pgEnum('lesson_status', ['draft', 'in_review', 'published', 'retired']);
export const lessonLevel = pgEnum('lesson_level', ['first_steps', 'on_the_way', 'advanced']);
export const libraryFileKind = pgEnum('library_file_kind', ['video', 'poster', 'captions', 'template', 'image']);

/**
 * A file the library serves: a lesson's video, its poster and captions, or a template. The
 * bytes live under data/files (outside the web root), named by `storageKey`; the type was
 * checked from the content, never trusted from the name.
 */
export const libraryFile = pgTable(
  'library_file',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: libraryFileKind('kind').notNull(),
    /** The name offered on download ("quanto-mi-costa-davvero.xlsx"). */
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    /** Null: the national library's; else one sportello's own. */
    sportelloId: uuid('sportello_id').references(() => sportello.id, { onDelete: 'cascade' }),
    uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('library_file_sha_idx').on(t.sha256)],
);

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
    /** What the reviewer asked to change when sending a lesson back to draft. */
    reviewNote: text('review_note'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** A video we serve (file, poster, WebVTT captions) or a link to an allowed public host. */
    videoFileId: uuid('video_file_id').references((): AnyPgColumn => libraryFile.id, { onDelete: 'set null' }),
    videoPosterFileId: uuid('video_poster_file_id').references((): AnyPgColumn => libraryFile.id, { onDelete: 'set null' }),
    videoCaptionsFileId: uuid('video_captions_file_id').references((): AnyPgColumn => libraryFile.id, { onDelete: 'set null' }),
    videoLinkUrl: text('video_link_url'),
    /** Always on the page with a video: written by the author or generated from the captions. */
    videoTranscript: text('video_transcript'),
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
    /** The rest of the lesson as it was then (areas, level, status, video), for the history view. */
    snapshot: jsonb('snapshot'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lesson_version_idx').on(t.lessonId, t.version)],
);

/** Templates offered with a lesson, in the author's order. */
export const lessonTemplate = pgTable(
  'lesson_template',
  {
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lesson.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => libraryFile.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.lessonId, t.fileId] }), index('lesson_template_file_idx').on(t.fileId)],
);

/** A reader's own marks on a lesson: "fatto" and "mi è servita" (counted as "utile per N"). */
export const lessonProgress = pgTable(
  'lesson_progress',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lesson.id, { onDelete: 'cascade' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    helpfulAt: timestamp('helpful_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.lessonId] }), index('lesson_progress_lesson_idx').on(t.lessonId)],
);

/** An angel (or coordinator) points a business at a lesson, with a line saying why. */
export const lessonSuggestion = pgTable(
  'lesson_suggestion',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => business.id, { onDelete: 'cascade' }),
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lesson.id, { onDelete: 'cascade' }),
    suggestedBy: text('suggested_by').references(() => user.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('lesson_suggestion_once').on(t.businessId, t.lessonId), index('lesson_suggestion_lesson_idx').on(t.lessonId)],
);
