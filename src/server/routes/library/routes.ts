import type { OpenAPIHono } from '@hono/zod-openapi';
import { getPublishedLesson } from '../../../services/library/get-lesson.js';
import { searchLessons } from '../../../services/library/search-lessons.js';
import { AppError } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { json, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZLesson, ZLessonParams, ZLessonQuery, ZLessonSearchQuery, ZLessonSearchResult } from './schema.js';

const tags = ['library'];

const searchRoute = defineRoute({
  method: 'get',
  path: '/lessons',
  tags,
  summary: 'Published lessons for a query in everyday Italian, best first (typos corrected)',
  permission: 'public',
  request: { query: ZLessonSearchQuery },
  responses: { 200: json(ZLessonSearchResult), 422: problemResponses[422] },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/lessons/{slug}',
  tags,
  summary: 'One published lesson, with its rendered body and its translations',
  permission: 'public',
  request: { params: ZLessonParams, query: ZLessonQuery },
  responses: { 200: json(ZLesson), 404: problemResponses[404], 422: problemResponses[422] },
});

/**
 * The method library for everyone: search and read published lessons. Writing,
 * review and publication come with the editor.
 *
 * @example api.route('/', libraryRoutes()); // GET /api/lessons?q=latte
 */
export function libraryRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(searchRoute, async (c) => {
    const { q, language, area, level, limit } = c.req.valid('query');
    const found = await searchLessons(c.get('deps').db, q, { language, areas: area ? [area] : undefined, level, limit });
    return c.json(found, 200);
  });

  router.openapi(getRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const { language } = c.req.valid('query');
    const found = await getPublishedLesson(c.get('deps').db, slug, language);
    if (!found) throw new AppError('resource.not_found', 404);
    c.header('cache-control', 'public, max-age=300');
    return c.json(
      {
        slug: found.slug,
        language: found.language as 'it' | 'en',
        title: found.title,
        summary: found.summary,
        html: found.bodyHtml,
        areas: found.areas,
        level: found.level,
        minutes: found.minutes,
        gulpease: found.gulpease,
        publishedAt: found.publishedAt?.toISOString() ?? null,
        updatedAt: found.updatedAt.toISOString(),
        translations: found.translations as { slug: string; language: 'it' | 'en' }[],
      },
      200,
    );
  });

  return router;
}
