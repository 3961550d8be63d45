import { z } from '@hono/zod-openapi';
import { AREAS } from '../../../shared/areas.js';

const ZLevel = z.enum(['first_steps', 'on_the_way', 'advanced']);
const ZLanguage = z.enum(['it', 'en']);
const ZSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);

export const ZLessonSearchQuery = z.strictObject({
  q: z.string().trim().max(200).optional().openapi({ example: 'vendere il latte', description: 'Left out or empty: the lessons by title' }),
  language: ZLanguage.default('it'),
  area: z.enum(AREAS).optional(),
  level: ZLevel.optional(),
  kind: z.enum(['text', 'video', 'template']).optional().openapi({ description: 'Lessons with a video, with templates, or text only' }),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const ZLessonHit = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  areas: z.array(z.string()),
  level: ZLevel,
  minutes: z.number().int(),
  score: z.number(),
  snippet: z.string().openapi({ description: 'A piece of the body with the matched words in <mark>; the rest HTML-escaped' }),
  hasVideo: z.boolean(),
  hasTemplates: z.boolean(),
});

export const ZLessonSearchResult = z.object({ results: z.array(ZLessonHit), correctedQuery: z.string().nullable() }).openapi('LessonSearchResult');

export const ZLessonParams = z.object({ slug: ZSlug.openapi({ param: { name: 'slug', in: 'path' }, example: 'vendi-il-tuo-latte' }) });
export const ZLessonQuery = z.strictObject({ language: ZLanguage.default('it') });

const ZLessonMarks = z.object({ done: z.boolean(), helpful: z.boolean() });

const ZVideoCommon = { poster: z.string().nullable(), captions: z.string().nullable(), transcript: z.string().nullable() };
const ZLessonVideo = z
  .union([
    z.object({ source: z.literal('file'), src: z.string(), ...ZVideoCommon }),
    z.object({ source: z.literal('link'), host: z.enum(['youtube', 'vimeo']), url: z.string(), embedUrl: z.string(), ...ZVideoCommon }),
  ])
  .nullable()
  .openapi('LessonVideo');

export const ZLesson = z
  .object({
    slug: z.string(),
    language: ZLanguage,
    title: z.string(),
    summary: z.string(),
    html: z.string().openapi({ description: 'Rendered once on save: raw HTML off, links only http, https, mailto or ours' }),
    areas: z.array(z.string()),
    level: ZLevel,
    minutes: z.number().int(),
    gulpease: z.number(),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
    translations: z.array(z.object({ slug: z.string(), language: ZLanguage })),
    url: z.string().openapi({ description: "The lesson page's absolute address, to share", example: 'https://affianco.it/lezioni/vendi-il-tuo-latte' }),
    authorName: z.string().nullable().openapi({ description: 'Named only when the author works in the network (angel or coordinator)' }),
    video: ZLessonVideo,
    templates: z.array(z.object({ title: z.string(), fileName: z.string(), mediaType: z.string(), bytes: z.number().int(), url: z.string() })),
    usefulFor: z.number().int().openapi({ description: 'People who marked any language of this lesson "mi è servita"' }),
    mine: ZLessonMarks.nullable().openapi({ description: "The signed-in reader's own marks; null for a visitor" }),
    discussions: z.array(z.object({ slug: z.string(), title: z.string(), replyCount: z.number().int(), isSolved: z.boolean() })).openapi({ description: 'Community threads linking this lesson, latest first (at most 5)' }),
  })
  .openapi('Lesson');

export const ZLessonMarksChange = z
  .strictObject({ done: z.boolean().optional(), helpful: z.boolean().optional() })
  .refine((v) => v.done !== undefined || v.helpful !== undefined, { message: 'Indicate done or helpful', path: ['done'] });

/** The same change from a page without JavaScript: a form's fields are strings. */
export const ZLessonMarksForm = z.strictObject({ done: z.enum(['0', '1']).optional(), helpful: z.enum(['0', '1']).optional() });

export const ZLessonMarksResult = ZLessonMarks.extend({ usefulFor: z.number().int() }).openapi('LessonMarks');
