import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { authorize, can } from '../../../policy/index.js';
import { dismissLessonSuggestion, listLessonSuggestions, nameOfUser, peopleOfBusiness, suggestLesson } from '../../../services/library/lesson-suggestions.js';
import { lessonSuggestedMail } from '../../../services/mail/templates.js';
import { isLocale } from '../../../shared/locale.js';
import { getBusiness } from '../../../services/network/businesses.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZBusinessParam, ZLessonSuggestions, ZSuggestionParam, ZSuggestLesson } from './suggestions-schema.js';

const tags = ['library'];
const errors = { 401: problemResponses[401], 403: { description: 'Allowed to see the business, not to do this', content: problemResponses[404].content }, 404: problemResponses[404], 422: problemResponses[422] };

const listRoute = defineRoute({
  method: 'get',
  path: '/businesses/{businessId}/lesson-suggestions',
  tags,
  summary: 'Lessons the angel or a coordinator suggested to the business, not hidden, newest first',
  permission: 'business.read',
  request: { params: ZBusinessParam },
  responses: { 200: json(ZLessonSuggestions), ...errors },
});

const suggestRoute = defineRoute({
  method: 'post',
  path: '/businesses/{businessId}/lesson-suggestions',
  tags,
  summary: 'Suggest a published lesson to the business, with a note (the same lesson again updates the note)',
  permission: 'lesson.suggest',
  request: { params: ZBusinessParam, ...jsonBody(ZSuggestLesson) },
  responses: { 200: json(ZLessonSuggestions), 201: json(ZLessonSuggestions), ...errors },
});

const dismissRoute = defineRoute({
  method: 'delete',
  path: '/businesses/{businessId}/lesson-suggestions/{suggestionId}',
  tags,
  summary: 'The entrepreneur hides a suggested lesson',
  permission: 'lesson.dismiss_suggestion',
  request: { params: ZSuggestionParam },
  responses: { 200: json(z.object({ ok: z.literal(true) })), ...errors },
});

/** The business, as a policy resource; another sportello's business answers 404 in authorize. */
async function businessOf(c: Context<TAppEnv>, businessId: string) {
  const biz = await getBusiness(c.get('deps').db, businessId);
  return { type: 'business' as const, businessId: biz.id, sportelloId: biz.sportelloId };
}

async function listFor(c: Context<TAppEnv>, resource: Awaited<ReturnType<typeof businessOf>>) {
  const actor = c.get('actor');
  const items = await listLessonSuggestions(c.get('deps').db, resource.businessId, c.get('locale'));
  return { items, abilities: { suggest: can(actor, 'lesson.suggest', resource), dismiss: can(actor, 'lesson.dismiss_suggestion', resource) } };
}

/**
 * Lessons suggested to a business: its people and helpers read them, the angel and the
 * coordinators suggest, the entrepreneur hides one.
 *
 * @example api.route('/', lessonSuggestionRoutes()); // POST /api/businesses/{id}/lesson-suggestions
 */
export function lessonSuggestionRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(listRoute, async (c) => {
    const resource = await businessOf(c, c.req.valid('param').businessId);
    authorize(c.get('actor'), 'business.read', resource);
    c.header('cache-control', 'private, no-store');
    return c.json(await listFor(c, resource), 200);
  });

  router.openapi(suggestRoute, async (c) => {
    const resource = await businessOf(c, c.req.valid('param').businessId);
    authorize(c.get('actor'), 'lesson.suggest', resource, { hiddenUnless: 'business.read' });
    const { lessonSlug, note } = c.req.valid('json');
    const { db, mailer, config, logger } = c.get('deps');
    const by = c.get('actor')!.userId;
    const { isNew, lessonTitle } = await suggestLesson(db, { businessId: resource.businessId, sportelloId: resource.sportelloId, lessonSlug, note, by });
    if (isNew) {
      // The suggestion is saved whatever happens to the mail: a refused SMTP is logged (and kept in `mail`), not a 500.
      const angelName = await nameOfUser(db, by);
      for (const person of await peopleOfBusiness(db, resource.businessId)) {
        const message = lessonSuggestedMail(person.email, { angelName, lessonTitle, note: note?.trim() || null, url: `${config.baseUrl.replace(/\/$/, '')}/impresa` }, isLocale(person.locale) ? person.locale : 'it');
        await mailer.send(message).catch((err: unknown) => logger.warn({ err }, 'lesson suggestion mail not sent'));
      }
    }
    return c.json(await listFor(c, resource), isNew ? 201 : 200);
  });

  router.openapi(dismissRoute, async (c) => {
    const { businessId, suggestionId } = c.req.valid('param');
    const resource = await businessOf(c, businessId);
    authorize(c.get('actor'), 'lesson.dismiss_suggestion', resource, { hiddenUnless: 'business.read' });
    await dismissLessonSuggestion(c.get('deps').db, resource.businessId, suggestionId);
    return c.json({ ok: true as const }, 200);
  });

  return router;
}
