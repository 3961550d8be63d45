import { z } from '@hono/zod-openapi';
import { AREAS } from '../../../shared/areas.js';

const ZLevel = z.enum(['first_steps', 'on_the_way', 'advanced']);
const ZLanguage = z.enum(['it', 'en']);
const ZSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);

export const ZLessonSearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).openapi({ example: 'vendere il latte' }),
  language: ZLanguage.default('it'),
  area: z.enum(AREAS).optional(),
  level: ZLevel.optional(),
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
});

export const ZLessonSearchResult = z.object({ results: z.array(ZLessonHit), correctedQuery: z.string().nullable() }).openapi('LessonSearchResult');

export const ZLessonParams = z.object({ slug: ZSlug.openapi({ param: { name: 'slug', in: 'path' }, example: 'vendi-il-tuo-latte' }) });
export const ZLessonQuery = z.strictObject({ language: ZLanguage.default('it') });

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
  })
  .openapi('Lesson');
