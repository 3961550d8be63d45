import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { authorize, can } from '../../../policy/index.js';
import { createThread } from '../../../services/community/threads/create-thread.js';
import { getThreadView, threadsAboutLesson } from '../../../services/community/threads/get-thread.js';
import { linkToThread } from '../../../services/community/threads/links.js';
import { listThreads } from '../../../services/community/threads/list-threads.js';
import { deleteOwnPost, editOwnPost, loadPost } from '../../../services/community/threads/own-post.js';
import { setReaction } from '../../../services/community/threads/reactions.js';
import { replyToThread } from '../../../services/community/threads/reply.js';
import { markSolved } from '../../../services/community/threads/solve.js';
import { findPostImage, uploadPostImage } from '../../../services/community/threads/post-images.js';
import { createFileStore, DEFAULT_FILES_DIR } from '../../../services/library/files/file-store.js';
import { loadThread, threadResource } from '../../../services/community/threads/thread-access.js';
import { countPublicWrite, PUBLIC_WRITE_LIMITS } from '../../../services/system/public-write-limit.js';
import { AppError, messageFor } from '../../../shared/errors.js';
import { clientIp } from '../../client-ip.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import {
  ZCreated,
  ZEditPost,
  ZLessonParams,
  ZLessonThreads,
  ZNewLink,
  ZNewReply,
  ZNewThread,
  ZPostCreated,
  ZPostParams,
  ZReactionParams,
  ZReactionState,
  ZSolution,
  ZThreadListQuery,
  ZThreadPage,
  ZThreadParams,
  ZThreadView,
} from './threads-schema.js';

const tags = ['community'];
const forbidden = { description: 'Signed in, not allowed', content: problemResponses[404].content };
const writeErrors = { 401: problemResponses[401], 403: forbidden, 404: problemResponses[404], 409: forbidden, 422: problemResponses[422], 429: problemResponses[429] };
const ok = json(z.object({ ok: z.literal(true) }));

const listRoute = defineRoute({ method: 'get', path: '/community/threads', tags, summary: 'Threads: latest, unanswered, solved, mine; by area, sector, region; or searched', permission: 'public', request: { query: ZThreadListQuery }, responses: { 200: json(ZThreadPage), 422: problemResponses[422] } });
const createRouteDef = defineRoute({ method: 'post', path: '/community/threads', tags, summary: 'Ask a question or tell a story', permission: 'community.participate', request: jsonBody(ZNewThread), responses: { 201: json(ZCreated), ...writeErrors } });
const getRoute = defineRoute({ method: 'get', path: '/community/threads/{slug}', tags, summary: 'A thread with its posts, as the viewer may read it', permission: 'public', request: { params: ZThreadParams }, responses: { 200: json(ZThreadView), 404: problemResponses[404] } });
const replyRoute = defineRoute({ method: 'post', path: '/community/threads/{slug}/posts', tags, summary: 'Reply to a thread, maybe quoting a post', permission: 'community.participate', request: { params: ZThreadParams, ...jsonBody(ZNewReply) }, responses: { 201: json(ZPostCreated), ...writeErrors } });
const solveRoute = defineRoute({ method: 'put', path: '/community/threads/{slug}/solution', tags, summary: 'Mark a reply "Risolto" (null takes the mark away)', permission: 'community.mark_solved', request: { params: ZThreadParams, ...jsonBody(ZSolution) }, responses: { 200: ok, ...writeErrors } });
const linkRoute = defineRoute({ method: 'post', path: '/community/threads/{slug}/links', tags, summary: 'The asker links a lesson or an action of their own plan', permission: 'community.edit_post', request: { params: ZThreadParams, ...jsonBody(ZNewLink) }, responses: { 200: ok, ...writeErrors } });
const editRoute = defineRoute({ method: 'patch', path: '/community/posts/{postId}', tags, summary: 'The author edits their post (the earlier text is kept)', permission: 'community.edit_post', request: { params: ZPostParams, ...jsonBody(ZEditPost) }, responses: { 200: json(z.object({ version: z.number().int() })), ...writeErrors } });
const deleteRoute = defineRoute({ method: 'delete', path: '/community/posts/{postId}', tags, summary: 'The author deletes their post ("messaggio eliminato")', permission: 'community.edit_post', request: { params: ZPostParams }, responses: { 200: ok, ...writeErrors } });
const reactRoute = defineRoute({ method: 'put', path: '/community/posts/{postId}/reactions/{kind}', tags, summary: '"Anche a me" on a question, "grazie" on a reply', permission: 'community.participate', request: { params: ZReactionParams }, responses: { 200: json(ZReactionState), ...writeErrors } });
const unreactRoute = defineRoute({ method: 'delete', path: '/community/posts/{postId}/reactions/{kind}', tags, summary: 'Take back "anche a me" or "grazie"', permission: 'community.participate', request: { params: ZReactionParams }, responses: { 200: json(ZReactionState), ...writeErrors } });
const lessonThreadsRoute = defineRoute({ method: 'get', path: '/community/lessons/{lessonSlug}/threads', tags, summary: 'Discussions linking a lesson', permission: 'public', request: { params: ZLessonParams }, responses: { 200: json(ZLessonThreads) } });

const imageUploadRoute = defineRoute({
  method: 'post',
  path: '/community/images',
  tags,
  summary: 'Upload a picture for a post being written (multipart `file`: PNG, JPEG or WebP by content, 3 MB at most); its Markdown then shows the returned url',
  permission: 'community.participate',
  responses: { 201: json(z.object({ id: z.uuid(), url: z.string() })), ...writeErrors, 413: problemResponses[422] },
});
const imageRoute = defineRoute({
  method: 'get',
  path: '/community/images/{postImageId}',
  tags,
  summary: "A post's picture",
  permission: 'public',
  request: { params: z.object({ postImageId: z.uuid().openapi({ param: { name: 'postImageId', in: 'path' } }) }) },
  responses: { 200: { description: 'The picture', content: { 'image/*': { schema: z.string().openapi({ format: 'binary' }) } } }, 404: problemResponses[404] },
});

/** One more community write from this address, towards the thread's sportello: a flood is refused (429). */
async function limitCommunityWrite(c: Context<TAppEnv>, sportelloId: string | null): Promise<void> {
  const { db, config } = c.get('deps');
  await countPublicWrite(db, 'community_post', { address: clientIp(c, config.trustProxy), sportelloId }, config.writeLimits?.community_post ?? PUBLIC_WRITE_LIMITS.community_post);
}

/** A visible thread's resource, or 404 for a hidden one the actor may not moderate nor wrote. */
async function visibleThread(c: Context<TAppEnv>, slug: string) {
  const db = c.get('deps').db;
  const thread = await loadThread(db, { slug });
  const resource = await threadResource(db, thread);
  const actor = c.get('actor');
  const isModerator = can(actor, 'community.moderate', resource);
  if (thread.hiddenAt && !isModerator && thread.authorUserId !== actor?.userId) throw new AppError('community.thread_hidden', 404);
  return { thread, resource, isModerator };
}

/**
 * The community's threads and posts: anyone reads public threads; signed-in people ask,
 * reply, react and mark "Risolto"; authors edit and delete their own posts.
 *
 * @example api.route('/', communityThreadRoutes()); // GET /api/community/threads
 */
export function communityThreadRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const actor = c.get('actor');
    if (actor || q.tab === 'mine') c.header('cache-control', 'private, no-store');
    return c.json(await listThreads(c.get('deps').db, { tab: q.tab, area: q.area, sector: q.sector, regionCode: q.region, q: q.q, page: q.page }, actor?.userId ?? null), 200);
  });

  router.openapi(createRouteDef, async (c) => {
    const actor = c.get('actor')!;
    authorize(actor, 'community.participate', { type: 'community' });
    const body = c.req.valid('json');
    const { db } = c.get('deps');
    await limitCommunityWrite(c, null);
    const created = await createThread(db, actor, { kind: body.kind, title: body.title, body: body.body, area: body.area, sector: body.sector, regionCode: body.regionCode }, c.get('locale'));
    // A lesson retired in the meantime does not cost the person their question.
    if (body.lessonSlug) await linkToThread(db, actor.userId, created.id, { lessonSlug: body.lessonSlug }, c.get('locale')).catch(() => undefined);
    return c.json({ slug: created.slug }, 201);
  });

  router.openapi(getRoute, async (c) => {
    const { thread, resource, isModerator } = await visibleThread(c, c.req.valid('param').slug);
    const actor = c.get('actor');
    const view = await getThreadView(c.get('deps').db, thread, { userId: actor?.userId ?? null, isModerator });
    if (actor) c.header('cache-control', 'private, no-store');
    const abilities = {
      reply: can(actor, 'community.participate', { type: 'community' }) && (!view.isLocked || isModerator),
      markSolved: thread.kind === 'question' && can(actor, 'community.mark_solved', resource),
      moderate: isModerator,
      link: can(actor, 'community.edit_post', { ...resource, postAuthorUserId: thread.authorUserId }),
    };
    return c.json({ ...view, abilities }, 200);
  });

  router.openapi(replyRoute, async (c) => {
    const actor = c.get('actor')!;
    const { thread, isModerator } = await visibleThread(c, c.req.valid('param').slug);
    authorize(actor, 'community.participate', { type: 'community' });
    await limitCommunityWrite(c, thread.sportelloId);
    const created = await replyToThread(c.get('deps').db, actor, thread.id, c.req.valid('json'), { isModerator, locale: c.get('locale') });
    return c.json(created, 201);
  });

  router.openapi(solveRoute, async (c) => {
    const actor = c.get('actor')!;
    const { thread, resource } = await visibleThread(c, c.req.valid('param').slug);
    authorize(actor, 'community.mark_solved', resource, { hiddenUnless: 'community.participate' as never });
    await limitCommunityWrite(c, thread.sportelloId);
    await markSolved(c.get('deps').db, thread, c.req.valid('json').postId, actor.userId);
    return c.json({ ok: true as const }, 200);
  });

  router.openapi(linkRoute, async (c) => {
    const actor = c.get('actor')!;
    const { thread, resource } = await visibleThread(c, c.req.valid('param').slug);
    // The thread's links are part of the asker's opening post.
    authorize(actor, 'community.edit_post', { ...resource, postAuthorUserId: thread.authorUserId }, { hiddenUnless: 'community.participate' as never });
    await limitCommunityWrite(c, thread.sportelloId);
    await linkToThread(c.get('deps').db, actor.userId, thread.id, c.req.valid('json'), c.get('locale'));
    return c.json({ ok: true as const }, 200);
  });

  const ownPost = async (c: Context<TAppEnv>, postId: string) => {
    const db = c.get('deps').db;
    const post = await loadPost(db, postId);
    const thread = await loadThread(db, { id: post.threadId });
    const resource = await threadResource(db, thread, post.authorUserId);
    authorize(c.get('actor'), 'community.edit_post', resource, { hiddenUnless: 'community.participate' as never });
    await limitCommunityWrite(c, thread.sportelloId);
    return post;
  };

  router.openapi(editRoute, async (c) => {
    const post = await ownPost(c, c.req.valid('param').postId);
    return c.json(await editOwnPost(c.get('deps').db, c.get('actor')!, post, c.req.valid('json').body, c.get('locale')), 200);
  });

  router.openapi(deleteRoute, async (c) => {
    const post = await ownPost(c, c.req.valid('param').postId);
    await deleteOwnPost(c.get('deps').db, post);
    return c.json({ ok: true as const }, 200);
  });

  for (const [route, on] of [
    [reactRoute, true],
    [unreactRoute, false],
  ] as const) {
    router.openapi(route, async (c) => {
      const actor = c.get('actor')!;
      authorize(actor, 'community.participate', { type: 'community' });
      const { postId, kind } = c.req.valid('param');
      await limitCommunityWrite(c, null);
      return c.json(await setReaction(c.get('deps').db, actor.userId, postId, kind, on), 200);
    });
  }

  router.openapi(imageUploadRoute, async (c) => {
    const actor = c.get('actor')!;
    authorize(actor, 'community.participate', { type: 'community' });
    const form = await c.req.parseBody().catch(() => {
      throw new AppError('request.malformed_multipart', 400);
    });
    const file = form.file;
    if (!(file instanceof File)) throw new AppError('file.missing', 422, [{ field: 'file', message: messageFor('file.missing', c.get('locale')) }]);
    await limitCommunityWrite(c, null);
    const store = createFileStore(c.get('deps').config.filesDir ?? DEFAULT_FILES_DIR);
    return c.json(await uploadPostImage(c.get('deps').db, store, { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, uploadedBy: actor.userId, locale: c.get('locale') }), 201);
  });

  router.openapi(imageRoute, async (c) => {
    const file = await findPostImage(c.get('deps').db, c.req.valid('param').postImageId);
    if (!file) throw new AppError('resource.not_found', 404);
    const store = createFileStore(c.get('deps').config.filesDir ?? DEFAULT_FILES_DIR);
    const size = await store.size(file.storageKey);
    if (size === undefined) throw new AppError('resource.not_found', 404);
    return c.body(store.stream(file.storageKey), 200, {
      'content-type': file.mediaType,
      'content-length': String(size),
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
      'cache-control': 'public, max-age=86400, no-transform',
    }) as never;
  });

  router.openapi(lessonThreadsRoute, async (c) => c.json({ items: await threadsAboutLesson(c.get('deps').db, c.req.valid('param').lessonSlug) }, 200));

  return router;
}
