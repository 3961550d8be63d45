import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { threadsAboutLesson } from '../../../services/community/threads/get-thread.js';
import { getLessonPage, getPublishedLesson } from '../../../services/library/get-lesson.js';
import { lessonKindsOf } from '../../../services/library/lesson-kinds.js';
import { listLessons } from '../../../services/library/list-lessons.js';
import { markLesson, type TLessonMarks } from '../../../services/library/mark-lesson.js';
import { searchLessons } from '../../../services/library/search-lessons.js';
import { AppError } from '../../../shared/errors.js';
import { lessonPagePath } from '../../../shared/library-pages.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZLesson, ZLessonMarksChange, ZLessonMarksForm, ZLessonMarksResult, ZLessonParams, ZLessonQuery, ZLessonSearchQuery, ZLessonSearchResult } from './schema.js';

const tags = ['library'];

const searchRoute = defineRoute({
  method: 'get',
  path: '/lessons',
  tags,
  summary: 'Published lessons for a query in everyday Italian, best first (typos corrected); without a query, by title',
  permission: 'public',
  request: { query: ZLessonSearchQuery },
  responses: { 200: json(ZLessonSearchResult), 422: problemResponses[422] },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/lessons/{slug}',
  tags,
  summary: 'One published lesson, with its rendered body, video, templates, translations, how many it helped and the reader’s own marks',
  permission: 'public',
  request: { params: ZLessonParams, query: ZLessonQuery },
  responses: { 200: json(ZLesson), 404: problemResponses[404], 422: problemResponses[422] },
});

const markRoute = defineRoute({
  method: 'put',
  path: '/lessons/{slug}/progress',
  tags,
  summary: 'The signed-in reader marks a published lesson "fatto" or "mi è servita" (or unmarks it); idempotent',
  // Anyone signed in, on their own marks only: the user is the actor, never a parameter.
  permission: 'signed_in',
  request: { params: ZLessonParams, query: ZLessonQuery, ...jsonBody(ZLessonMarksChange) },
  responses: { 200: json(ZLessonMarksResult), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] },
});

const markFormRoute = defineRoute({
  method: 'post',
  path: '/lessons/{slug}/progress',
  tags,
  summary: 'The same marks from the lesson page without JavaScript (a form); answers 303 back to the lesson',
  permission: 'signed_in',
  request: { params: ZLessonParams, query: ZLessonQuery, body: { required: true, content: { 'application/x-www-form-urlencoded': { schema: ZLessonMarksForm } } } },
  responses: { 303: { description: 'Back to the lesson page' }, 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] },
});

/** Marks the lesson for the signed-in actor; 404 when it is not published. */
async function markFor(c: Context<TAppEnv>, slug: string, language: 'it' | 'en', change: Partial<TLessonMarks>) {
  const { db } = c.get('deps');
  const found = await getPublishedLesson(db, slug, language);
  if (!found) throw new AppError('resource.not_found', 404);
  return markLesson(db, { userId: c.get('actor')!.userId, lessonId: found.id, translationGroup: found.translationGroup }, change);
}

/**
 * The method library for everyone: search and read published lessons; a signed-in reader's
 * marks. Writing, review and publication come with the editor.
 *
 * @example api.route('/', libraryRoutes()); // GET /api/lessons?q=latte
 */
export function libraryRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(searchRoute, async (c) => {
    const { q, language, area, level, kind, limit } = c.req.valid('query');
    const { db } = c.get('deps');
    const filters = { language, areas: area ? [area] : undefined, level, kinds: kind ? [kind] : undefined, limit };
    const found = q ? await searchLessons(db, q, filters) : { results: await listLessons(db, filters), correctedQuery: null };
    const kinds = await lessonKindsOf(db, found.results.map((r) => r.slug), language);
    const results = found.results.map((r) => ({ ...r, hasVideo: kinds.get(r.slug)?.hasVideo ?? false, hasTemplates: kinds.get(r.slug)?.hasTemplates ?? false }));
    return c.json({ results, correctedQuery: found.correctedQuery }, 200);
  });

  router.openapi(getRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const { language } = c.req.valid('query');
    const actor = c.get('actor');
    const found = await getLessonPage(c.get('deps').db, slug, language, actor?.userId ?? null);
    if (!found) throw new AppError('resource.not_found', 404);
    // A visitor's answer is the same for all; a reader's carries their own marks.
    c.header('cache-control', actor ? 'private, no-cache' : 'public, max-age=300');
    c.header('vary', 'cookie');
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
        url: new URL(lessonPagePath(found.slug, found.language as 'it' | 'en'), `${c.get('deps').config.baseUrl.replace(/\/$/, '')}/`).href,
        authorName: found.authorName,
        video: found.video,
        templates: found.templates,
        usefulFor: found.usefulFor,
        mine: found.mine,
        // The community's threads about it, drawn with the page ("Discussioni su questa lezione").
        discussions: await threadsAboutLesson(c.get('deps').db, found.slug),
      },
      200,
    );
  });

  router.openapi(markRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const { language } = c.req.valid('query');
    return c.json(await markFor(c, slug, language, c.req.valid('json')), 200);
  });

  router.openapi(markFormRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const { language } = c.req.valid('query');
    const form = c.req.valid('form');
    const flag = (v: '0' | '1' | undefined) => (v === undefined ? undefined : v === '1');
    await markFor(c, slug, language, { done: flag(form.done), helpful: flag(form.helpful) });
    return c.redirect(lessonPagePath(slug, language), 303);
  });

  return router;
}
