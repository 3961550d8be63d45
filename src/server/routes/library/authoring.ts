import type { Context } from 'hono';
import { authorize, can } from '../../../policy/index.js';
import type { TActor } from '../../../domain/network/actor.js';
import { listAuthorPermissions, setAuthorPermission } from '../../../services/library/authoring/author-permission.js';
import { createDraft } from '../../../services/library/authoring/create-draft.js';
import { listMyLessons } from '../../../services/library/authoring/list-my-lessons.js';
import { listReviewQueue } from '../../../services/library/authoring/list-review-queue.js';
import { listLessonVersions } from '../../../services/library/authoring/list-versions.js';
import { lessonResource, unsafeLoadLesson, type TLessonRow } from '../../../services/library/authoring/load-lesson.js';
import { previewLesson } from '../../../services/library/authoring/preview-lesson.js';
import { publishLesson } from '../../../services/library/authoring/publish-lesson.js';
import { retireLesson } from '../../../services/library/authoring/retire-lesson.js';
import { saveLesson } from '../../../services/library/authoring/save-lesson.js';
import { sendBackLesson } from '../../../services/library/authoring/send-back-lesson.js';
import { reviewersOf } from '../../../services/library/authoring/reviewers.js';
import { submitLesson } from '../../../services/library/authoring/submit-lesson.js';
import { nameOfUser } from '../../../services/library/lesson-suggestions.js';
import { lessonSubmittedMail } from '../../../services/mail/templates.js';
import { isLocale } from '../../../shared/locale.js';
import { listSportelli } from '../../../services/network/sportelli.js';
import type { TArea } from '../../../shared/areas.js';
import { AppError, messageFor } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import {
  ZAuthoredLesson,
  ZAuthorParams,
  ZAuthorPermission,
  ZAuthorPermissionInput,
  ZAuthorPermissionList,
  ZAuthorScopes,
  ZCreateLesson,
  ZLessonIdParam,
  ZLessonList,
  ZLessonVersions,
  ZPreview,
  ZPreviewInput,
  ZReviewQueueQuery,
  ZSaveLesson,
  ZSendBack,
  ZVersionOnly,
} from './authoring-schema.js';

const tags = ['library: writing and review'];
const conflict = { description: 'Changed meanwhile (lesson.stale) or not in the right status (lesson.wrong_status)', content: problemResponses[404].content };
const errors = { 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] };
const step = { ...errors, 409: conflict };
const lessonPath = '/library/lessons/{id}';

const scopesRoute = defineRoute({ method: 'get', path: '/library/scopes', tags, summary: 'Where the caller may write lessons, and whether they review', permission: 'signed_in', responses: { 200: json(ZAuthorScopes), 401: problemResponses[401] } });
const previewRoute = defineRoute({ method: 'post', path: '/library/preview', tags, summary: 'The body rendered as it will be published, and its index (nothing stored)', permission: 'lesson.create', request: jsonBody(ZPreviewInput), responses: { 200: json(ZPreview), ...errors } });
const createRoute = defineRoute({ method: 'post', path: '/library/lessons', tags, summary: 'Start a draft in the national library or a sportello’s own (optionally a translation)', permission: 'lesson.create', request: jsonBody(ZCreateLesson), responses: { 201: json(ZAuthoredLesson), ...step } });
const mineRoute = defineRoute({ method: 'get', path: '/library/lessons/mine', tags, summary: 'Le mie lezioni: the lessons the caller started, in every status', permission: 'signed_in', responses: { 200: json(ZLessonList), 401: problemResponses[401] } });
const queueRoute = defineRoute({ method: 'get', path: '/library/review-queue', tags, summary: 'Lessons waiting for review in the scopes the caller reviews', permission: 'library.review_queue', request: { query: ZReviewQueueQuery }, responses: { 200: json(ZLessonList), ...errors } });
const getRoute = defineRoute({ method: 'get', path: lessonPath, tags, summary: 'A lesson in any status, for its author and reviewers, with what the caller may do', permission: 'lesson.read_draft', request: { params: ZLessonIdParam }, responses: { 200: json(ZAuthoredLesson), ...errors } });
const saveRoute = defineRoute({ method: 'put', path: lessonPath, tags, summary: 'Save the text (send the version you saw); a version is kept', permission: 'lesson.edit', request: { params: ZLessonIdParam, ...jsonBody(ZSaveLesson) }, responses: { 200: json(ZAuthoredLesson), ...step } });
const submitRoute = defineRoute({ method: 'post', path: `${lessonPath}/submit`, tags, summary: 'Send a draft for review', permission: 'lesson.submit', request: { params: ZLessonIdParam, ...jsonBody(ZVersionOnly) }, responses: { 200: json(ZAuthoredLesson), ...step } });
const publishRoute = defineRoute({ method: 'post', path: `${lessonPath}/publish`, tags, summary: 'Publish a lesson in review; refused under the level’s Gulpease floor or without its four parts', permission: 'lesson.review', request: { params: ZLessonIdParam, ...jsonBody(ZVersionOnly) }, responses: { 200: json(ZAuthoredLesson), ...step } });
const sendBackRoute = defineRoute({ method: 'post', path: `${lessonPath}/send-back`, tags, summary: 'Send a lesson in review back to its author, with a note', permission: 'lesson.review', request: { params: ZLessonIdParam, ...jsonBody(ZSendBack) }, responses: { 200: json(ZAuthoredLesson), ...step } });
const retireRoute = defineRoute({ method: 'post', path: `${lessonPath}/retire`, tags, summary: 'Take a published lesson off the library', permission: 'lesson.review', request: { params: ZLessonIdParam, ...jsonBody(ZVersionOnly) }, responses: { 200: json(ZAuthoredLesson), ...step } });
const versionsRoute = defineRoute({ method: 'get', path: `${lessonPath}/versions`, tags, summary: 'Every saved state: who changed what, and when', permission: 'lesson.read_draft', request: { params: ZLessonIdParam }, responses: { 200: json(ZLessonVersions), ...errors } });
const authorsRoute = defineRoute({ method: 'get', path: '/library/sportelli/{id}/authors', tags, summary: 'The angels of a sportello and whether each may write lessons', permission: 'library.grant_author', request: { params: ZLessonIdParam }, responses: { 200: json(ZAuthorPermissionList), ...errors } });
const grantRoute = defineRoute({ method: 'put', path: '/library/sportelli/{id}/authors/{membershipId}', tags, summary: 'Give or take back “può scrivere lezioni” to an angel of the sportello', permission: 'library.grant_author', request: { params: ZAuthorParams, ...jsonBody(ZAuthorPermissionInput) }, responses: { 200: json(ZAuthorPermission), ...errors } });

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A lesson for its author or reviewer, with what this caller may do to it: the web only hides buttons. */
function presentLesson(actor: TActor | null, row: TLessonRow) {
  const resource = lessonResource(row);
  const reviews = can(actor, 'lesson.review', resource);
  return {
    id: row.id,
    slug: row.slug,
    language: row.language as 'it' | 'en',
    translationGroup: row.translationGroup,
    sportelloId: row.sportelloId,
    title: row.title,
    summary: row.summary,
    bodyMarkdown: row.bodyMarkdown,
    html: row.bodyHtml,
    areas: row.areas as TArea[],
    level: row.level,
    minutes: row.minutes,
    gulpease: row.gulpease,
    status: row.status,
    version: row.version,
    authorUserId: row.authorUserId,
    reviewNote: row.reviewNote,
    submittedAt: iso(row.submittedAt),
    publishedAt: iso(row.publishedAt),
    updatedAt: row.updatedAt.toISOString(),
    abilities: {
      canEdit: can(actor, 'lesson.edit', resource),
      canSubmit: can(actor, 'lesson.submit', resource),
      canReview: reviews && row.status === 'in_review',
      canRetire: reviews && row.status === 'published',
    },
  };
}

function presentListItem(row: TLessonRow, authorName: string | null) {
  return {
    id: row.id,
    slug: row.slug,
    language: row.language as 'it' | 'en',
    sportelloId: row.sportelloId,
    title: row.title,
    summary: row.summary,
    level: row.level,
    status: row.status,
    gulpease: row.gulpease,
    version: row.version,
    authorName,
    reviewNote: row.reviewNote,
    submittedAt: iso(row.submittedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Loads a lesson and authorizes the step: one the caller may not even read answers 404. */
async function lessonFor(c: Context<TAppEnv>, id: string, permission: 'lesson.read_draft' | 'lesson.edit' | 'lesson.submit' | 'lesson.review') {
  const row = await unsafeLoadLesson(c.get('deps').db, id);
  authorize(c.get('actor'), permission, lessonResource(row), { hiddenUnless: 'lesson.read_draft' });
  return row;
}

const by = (c: Context<TAppEnv>) => c.get('actor')!.userId;

/**
 * Writing and reviewing Metodo Pop lessons: drafts, saves with versions, review, publication
 * (refused under the Gulpease floor), retirement, and the author permission of angels.
 *
 * @example api.route('/', lessonAuthoringRoutes()); // POST /api/library/lessons
 */
export function lessonAuthoringRoutes() {
  return createRouter()
    .openapi(scopesRoute, async (c) => {
      const actor = c.get('actor')!;
      const ids = actor.isAdmin ? undefined : [...new Set(actor.memberships.map((m) => m.sportelloId))];
      const desks = ids && ids.length === 0 ? [] : await listSportelli(c.get('deps').db, ids);
      const write = [
        ...(can(actor, 'lesson.create', { type: 'library', sportelloId: null }) ? [{ sportelloId: null, name: null }] : []),
        ...desks.filter((d) => can(actor, 'lesson.create', { type: 'library', sportelloId: d.id })).map((d) => ({ sportelloId: d.id, name: d.name })),
      ];
      const review = actor.isAdmin || actor.memberships.some((m) => m.role === 'coordinator');
      return c.json({ write, review }, 200);
    })
    .openapi(previewRoute, async (c) => {
      // For authors only: anyone who may start a draft somewhere may start one in the national library.
      authorize(c.get('actor'), 'lesson.create', { type: 'library', sportelloId: null });
      const { bodyMarkdown, level, language } = c.req.valid('json');
      return c.json(previewLesson(bodyMarkdown, level, language), 200);
    })
    .openapi(createRoute, async (c) => {
      const actor = c.get('actor');
      const { translationOf, ...input } = c.req.valid('json');
      authorize(actor, 'lesson.create', { type: 'library', sportelloId: input.sportelloId });
      const { db } = c.get('deps');
      let original: TLessonRow | undefined;
      if (translationOf) {
        original = await unsafeLoadLesson(db, translationOf).catch(() => undefined);
        // A lesson the author may not see is, to them, no lesson at all.
        if (!original || (original.status !== 'published' && !can(actor, 'lesson.read_draft', lessonResource(original)))) {
          throw new AppError('lesson.translation_invalid', 422, [{ field: 'translationOf', message: messageFor('lesson.translation_invalid', c.get('locale')) }]);
        }
      }
      const row = await createDraft(db, { ...input, translationOf: original }, by(c), c.get('locale'));
      return c.json(presentLesson(actor, row), 201);
    })
    .openapi(mineRoute, async (c) => {
      const rows = await listMyLessons(c.get('deps').db, by(c));
      return c.json({ items: rows.map((r) => presentListItem(r, null)) }, 200);
    })
    .openapi(queueRoute, async (c) => {
      const actor = c.get('actor')!;
      const { scope } = c.req.valid('query');
      let scopes: Parameters<typeof listReviewQueue>[1];
      if (scope) {
        const sportelloId = scope === 'national' ? null : scope;
        authorize(actor, 'library.review_queue', { type: 'library', sportelloId });
        scopes = { national: sportelloId === null, sportelloIds: sportelloId ? [sportelloId] : [] };
      } else {
        scopes = actor.isAdmin ? 'all' : { national: false, sportelloIds: actor.memberships.filter((m) => m.role === 'coordinator').map((m) => m.sportelloId) };
      }
      const rows = await listReviewQueue(c.get('deps').db, scopes);
      return c.json({ items: rows.map((r) => presentListItem(r.lesson, r.authorName)) }, 200);
    })
    .openapi(getRoute, async (c) => {
      const row = await lessonFor(c, c.req.valid('param').id, 'lesson.read_draft');
      return c.json(presentLesson(c.get('actor'), row), 200);
    })
    .openapi(saveRoute, async (c) => {
      const row = await lessonFor(c, c.req.valid('param').id, 'lesson.edit');
      const { version, ...text } = c.req.valid('json');
      const saved = await saveLesson(c.get('deps').db, row.id, version, text, by(c), c.get('locale'));
      return c.json(presentLesson(c.get('actor'), saved), 200);
    })
    .openapi(submitRoute, async (c) => {
      const row = await lessonFor(c, c.req.valid('param').id, 'lesson.submit');
      const { db, mailer, config, logger } = c.get('deps');
      const saved = await submitLesson(db, row.id, c.req.valid('json').version, by(c));
      // The reviewers hear of it; the submission stands whatever happens to the mail (logged, kept in `mail`).
      const authorName = await nameOfUser(db, by(c));
      const url = `${config.baseUrl.replace(/\/$/, '')}/lezioni/revisione`;
      for (const reviewer of await reviewersOf(db, saved.sportelloId)) {
        if (reviewer.userId === by(c)) continue;
        const message = lessonSubmittedMail(reviewer.email, { authorName, lessonTitle: saved.title, url }, isLocale(reviewer.locale) ? reviewer.locale : 'it');
        await mailer.send(message).catch((err: unknown) => logger.warn({ err }, 'lesson review mail not sent'));
      }
      return c.json(presentLesson(c.get('actor'), saved), 200);
    })
    .openapi(publishRoute, async (c) => {
      const row = await lessonFor(c, c.req.valid('param').id, 'lesson.review');
      const saved = await publishLesson(c.get('deps').db, row.id, c.req.valid('json').version, by(c), c.get('locale'));
      return c.json(presentLesson(c.get('actor'), saved), 200);
    })
    .openapi(sendBackRoute, async (c) => {
      const row = await lessonFor(c, c.req.valid('param').id, 'lesson.review');
      const { version, note } = c.req.valid('json');
      const saved = await sendBackLesson(c.get('deps').db, row.id, version, by(c), note);
      return c.json(presentLesson(c.get('actor'), saved), 200);
    })
    .openapi(retireRoute, async (c) => {
      const row = await lessonFor(c, c.req.valid('param').id, 'lesson.review');
      const saved = await retireLesson(c.get('deps').db, row.id, c.req.valid('json').version, by(c));
      return c.json(presentLesson(c.get('actor'), saved), 200);
    })
    .openapi(versionsRoute, async (c) => {
      const row = await lessonFor(c, c.req.valid('param').id, 'lesson.read_draft');
      const items = await listLessonVersions(c.get('deps').db, row.id);
      return c.json({ items: items.map((v) => ({ version: v.version, title: v.title, action: v.action, status: v.status, level: v.level, areas: v.areas, note: v.note, changedBy: v.changedBy, changedByName: v.changedByName, createdAt: v.createdAt.toISOString() })) }, 200);
    })
    .openapi(authorsRoute, async (c) => {
      const { id } = c.req.valid('param');
      authorize(c.get('actor'), 'library.grant_author', { type: 'library', sportelloId: id });
      return c.json({ items: await listAuthorPermissions(c.get('deps').db, id) }, 200);
    })
    .openapi(grantRoute, async (c) => {
      const { id, membershipId } = c.req.valid('param');
      authorize(c.get('actor'), 'library.grant_author', { type: 'library', sportelloId: id });
      return c.json(await setAuthorPermission(c.get('deps').db, id, membershipId, c.req.valid('json').canAuthor), 200);
    });
}
