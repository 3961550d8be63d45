import { z } from '@hono/zod-openapi';
import { LESSON_PARTS } from '../../../domain/library/lesson-shape.js';
import { LESSON_LEVELS } from '../../../domain/library/readability.js';
import { MAX_MARKDOWN_CHARS } from '../../../services/library/render-markdown.js';
import { AREAS } from '../../../shared/areas.js';

const ZLevel = z.enum(LESSON_LEVELS);
const ZLanguage = z.enum(['it', 'en']);
const ZStatus = z.enum(['draft', 'in_review', 'published', 'retired']);
const ZVersion = z.number().int().min(1).openapi({ description: 'The version the caller saw; an older one answers 409 lesson.stale' });

// "A two-line summary": two lines at most, each short enough to read at a glance.
const ZSummary = z
  .string()
  .trim()
  .min(10)
  .max(300)
  .refine((s) => s.split(/\r?\n/).length <= 2, { message: 'two lines at most' });

/** What the author writes; everything else is computed on save. */
export const ZLessonText = z.strictObject({
  title: z.string().trim().min(3).max(120),
  summary: ZSummary,
  bodyMarkdown: z.string().max(MAX_MARKDOWN_CHARS).openapi({ description: `Markdown, at most ${MAX_MARKDOWN_CHARS} characters; raw HTML is shown as text` }),
  areas: z.array(z.enum(AREAS)).min(1).max(3),
  level: ZLevel,
});

export const ZCreateLesson = ZLessonText.extend({
  language: ZLanguage,
  sportelloId: z.uuid().nullable().openapi({ description: 'Null: the national library; else one sportello’s own' }),
  translationOf: z.uuid().optional().openapi({ description: 'The lesson this one translates (another language, same library)' }),
}).openapi('NewLesson');

export const ZSaveLesson = ZLessonText.extend({ version: ZVersion }).openapi('LessonChange');
export const ZVersionOnly = z.strictObject({ version: ZVersion });
export const ZSendBack = z.strictObject({ version: ZVersion, note: z.string().trim().min(3).max(2000) });

export const ZPreviewInput = z.strictObject({ bodyMarkdown: z.string().max(MAX_MARKDOWN_CHARS), level: ZLevel, language: ZLanguage });
export const ZPreview = z
  .object({
    html: z.string(),
    gulpease: z.number().nullable(),
    floor: z.number(),
    isPublishable: z.boolean(),
    missingParts: z.array(z.enum(LESSON_PARTS)),
    hasRawHtml: z.boolean(),
  })
  .openapi('LessonPreview');

export const ZLessonIdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const ZAuthorParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  membershipId: z.uuid().openapi({ param: { name: 'membershipId', in: 'path' } }),
});
export const ZReviewQueueQuery = z.strictObject({ scope: z.union([z.literal('national'), z.uuid()]).optional().openapi({ description: '`national`, a sportello id, or none: every scope you review' }) });

export const ZLessonAbilities = z.object({ canEdit: z.boolean(), canSubmit: z.boolean(), canReview: z.boolean(), canRetire: z.boolean() });

export const ZAuthoredLesson = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    language: ZLanguage,
    translationGroup: z.uuid(),
    sportelloId: z.uuid().nullable(),
    title: z.string(),
    summary: z.string(),
    bodyMarkdown: z.string(),
    html: z.string(),
    areas: z.array(z.enum(AREAS)),
    level: ZLevel,
    minutes: z.number().int(),
    gulpease: z.number(),
    status: ZStatus,
    version: z.number().int(),
    authorUserId: z.string().nullable(),
    reviewNote: z.string().nullable(),
    submittedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
    abilities: ZLessonAbilities,
  })
  .openapi('AuthoredLesson');

export const ZLessonListItem = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    language: ZLanguage,
    sportelloId: z.uuid().nullable(),
    title: z.string(),
    summary: z.string(),
    level: ZLevel,
    status: ZStatus,
    gulpease: z.number(),
    version: z.number().int(),
    authorName: z.string().nullable(),
    reviewNote: z.string().nullable(),
    submittedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('LessonListItem');
export const ZLessonList = z.object({ items: z.array(ZLessonListItem) });

export const ZLessonVersions = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      title: z.string(),
      action: z.string(),
      status: ZStatus.nullable(),
      level: ZLevel.nullable(),
      areas: z.array(z.string()),
      note: z.string().nullable(),
      changedBy: z.string().nullable(),
      changedByName: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const ZAuthorScopes = z
  .object({
    write: z.array(z.object({ sportelloId: z.uuid().nullable(), name: z.string().nullable() })),
    review: z.boolean().openapi({ description: 'Whether the caller reviews some scope (shows the review queue)' }),
  })
  .openapi('LessonScopes');

export const ZAuthorPermissionList = z.object({ items: z.array(z.object({ membershipId: z.uuid(), userId: z.string(), name: z.string(), canAuthor: z.boolean() })) });
export const ZAuthorPermissionInput = z.strictObject({ canAuthor: z.boolean() });
export const ZAuthorPermission = z.object({ membershipId: z.uuid(), userId: z.string(), canAuthor: z.boolean() });
