import type { OpenAPIHono } from '@hono/zod-openapi';
import { authorize } from '../../../policy/index.js';
import { loadPostTarget, loadThreadTarget } from '../../../services/community/moderation/load-target.js';
import { moderateAccount } from '../../../services/community/moderation/moderate-account.js';
import { moderatePost } from '../../../services/community/moderation/moderate-post.js';
import { moderateThread } from '../../../services/community/moderation/moderate-thread.js';
import { reportPost } from '../../../services/community/moderation/report-post.js';
import { AppError } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZAccountModeration, ZOk, ZPostModeration, ZPostParam, ZReport, ZReportResult, ZSilenceResult, ZThreadModeration, ZThreadParam } from './moderation-schema.js';

const tags = ['community'];
const errors = { 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] };

const reportRoute = defineRoute({
  method: 'post',
  path: '/community/posts/{postId}/reports',
  tags,
  summary: 'Report someone else’s post with a reason, once; enough reports from different people hide it pending review',
  permission: 'community.participate',
  request: { params: ZPostParam, ...jsonBody(ZReport) },
  responses: { 201: json(ZReportResult), ...errors, 429: problemResponses[429] },
});

const postRoute = defineRoute({
  method: 'post',
  path: '/community/posts/{postId}/moderation',
  tags,
  summary: 'A moderator hides or restores a post, or dismisses its reports, with a reason shown to the author',
  permission: 'community.moderate',
  request: { params: ZPostParam, ...jsonBody(ZPostModeration) },
  responses: { 200: json(ZOk), ...errors },
});

const threadRoute = defineRoute({
  method: 'post',
  path: '/community/threads/{threadId}/moderation',
  tags,
  summary: 'A moderator hides, restores, locks, unlocks or moves a thread, or sets its slow mode, with a reason shown to the asker',
  permission: 'community.moderate',
  request: { params: ZThreadParam, ...jsonBody(ZThreadModeration) },
  responses: { 200: json(ZOk), ...errors },
});

const accountRoute = defineRoute({
  method: 'post',
  path: '/community/posts/{postId}/author-silence',
  tags,
  summary: 'A moderator silences the author of a post for some hours (30 days at most), or lifts it, with a reason shown to them',
  permission: 'community.moderate',
  request: { params: ZPostParam, ...jsonBody(ZAccountModeration) },
  responses: { 200: json(ZSilenceResult), ...errors },
});

/**
 * Reporting posts (anyone signed in) and the moderators' decisions on posts, threads and
 * accounts. A thread the actor cannot moderate answers 404, as authorize() does.
 *
 * @example api.route('/', communityModerationRoutes()); // POST /api/community/posts/{id}/reports
 */
export function communityModerationRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(reportRoute, async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'community.participate', { type: 'community' });
    const { reason, note } = c.req.valid('json');
    const result = await reportPost(c.get('deps').db, { postId: c.req.valid('param').postId, reporterUserId: actor!.userId, reason, note: note ?? null });
    return c.json(result, 201);
  });

  router.openapi(postRoute, async (c) => {
    const { db } = c.get('deps');
    const { resource, post } = await loadPostTarget(db, c.req.valid('param').postId);
    authorize(c.get('actor'), 'community.moderate', resource);
    const { action, reason } = c.req.valid('json');
    await moderatePost(db, { postId: post.id, moderatorUserId: c.get('actor')!.userId, reason, decision: { action } });
    return c.json({ ok: true as const }, 200);
  });

  router.openapi(threadRoute, async (c) => {
    const { db } = c.get('deps');
    const { resource, thread } = await loadThreadTarget(db, c.req.valid('param').threadId);
    authorize(c.get('actor'), 'community.moderate', resource);
    const { reason, ...decision } = c.req.valid('json');
    await moderateThread(db, { threadId: thread.id, moderatorUserId: c.get('actor')!.userId, reason, decision });
    return c.json({ ok: true as const }, 200);
  });

  router.openapi(accountRoute, async (c) => {
    const { db } = c.get('deps');
    const { resource, post } = await loadPostTarget(db, c.req.valid('param').postId);
    authorize(c.get('actor'), 'community.moderate', resource);
    if (!post.authorUserId) throw new AppError('request.invalid', 422, [{ field: 'postId', message: 'no_author' }]);
    const { reason, ...decision } = c.req.valid('json');
    const { silencedUntil } = await moderateAccount(db, { targetUserId: post.authorUserId, threadId: post.threadId, postId: post.id, moderatorUserId: c.get('actor')!.userId, reason, decision });
    return c.json({ silencedUntil: silencedUntil?.toISOString() ?? null }, 200);
  });

  return router;
}
