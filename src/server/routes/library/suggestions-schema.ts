import { z } from '@hono/zod-openapi';
import { SUGGESTION_NOTE_MAX } from '../../../services/library/lesson-suggestions.js';

const ZSlug = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);

export const ZBusinessParam = z.object({ businessId: z.uuid().openapi({ param: { name: 'businessId', in: 'path' } }) });
export const ZSuggestionParam = ZBusinessParam.extend({ suggestionId: z.uuid().openapi({ param: { name: 'suggestionId', in: 'path' } }) });

export const ZSuggestLesson = z
  .strictObject({
    lessonSlug: ZSlug.openapi({ example: 'fatti-trovare-sulle-mappe' }),
    note: z.string().trim().max(SUGGESTION_NOTE_MAX).nullish().openapi({ example: 'Partiamo da qui: è la cosa che ti porta più clienti.' }),
  })
  .openapi('SuggestLesson');

export const ZLessonSuggestion = z
  .object({
    id: z.uuid(),
    lesson: z.object({ slug: z.string(), language: z.enum(['it', 'en']), title: z.string(), summary: z.string(), minutes: z.number().int() }),
    note: z.string().nullable(),
    suggestedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .openapi('LessonSuggestion');

export const ZLessonSuggestions = z
  .object({ items: z.array(ZLessonSuggestion), abilities: z.object({ suggest: z.boolean(), dismiss: z.boolean() }) })
  .openapi('LessonSuggestions');
