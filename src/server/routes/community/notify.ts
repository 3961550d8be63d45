import type { OpenAPIHono } from '@hono/zod-openapi';
import { authorize } from '../../../policy/index.js';
import { followThread, isFollowing, threadIdBySlug, unfollowThread } from '../../../services/community/notify/follows.js';
import { listNotifications, markAllRead, markRead, unreadCount } from '../../../services/community/notify/inbox.js';
import { getEmailMode, setEmailMode } from '../../../services/community/notify/members.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZFollowState, ZInbox, ZInboxQuery, ZMailSettings, ZNotificationParam, ZThreadSlugParam, ZUnreadCount } from './notify-schema.js';

const tags = ['community'];
const errors = { 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] };

const followRoute = defineRoute({
  method: 'put',
  path: '/community/threads/{slug}/follow',
  tags,
  summary: 'Follow a thread: its replies reach you in the app and by mail (idempotent)',
  permission: 'community.participate',
  request: { params: ZThreadSlugParam },
  responses: { 200: json(ZFollowState), ...errors },
});

const unfollowRoute = defineRoute({
  method: 'delete',
  path: '/community/threads/{slug}/follow',
  tags,
  summary: 'Stop following a thread (idempotent)',
  permission: 'community.participate',
  request: { params: ZThreadSlugParam },
  responses: { 200: json(ZFollowState), ...errors },
});

const followStateRoute = defineRoute({
  method: 'get',
  path: '/community/threads/{slug}/follow',
  tags,
  summary: 'Whether you follow the thread',
  permission: 'community.participate',
  request: { params: ZThreadSlugParam },
  responses: { 200: json(ZFollowState), ...errors },
});

const inboxRoute = defineRoute({
  method: 'get',
  path: '/community/notifications',
  tags,
  summary: 'Your community notifications, newest first, 20 a page, with the unread count',
  permission: 'community.participate',
  request: { query: ZInboxQuery },
  responses: { 200: json(ZInbox), ...errors },
});

const countRoute = defineRoute({
  method: 'get',
  path: '/community/notifications/unread-count',
  tags,
  summary: 'How many of your notifications are unread (the count in the menu)',
  permission: 'community.participate',
  responses: { 200: json(ZUnreadCount), 401: problemResponses[401] },
});

const readOneRoute = defineRoute({
  method: 'post',
  path: '/community/notifications/{id}/read',
  tags,
  summary: 'Mark one of your notifications read',
  permission: 'community.participate',
  request: { params: ZNotificationParam },
  responses: { 200: json(ZUnreadCount), ...errors },
});

const readAllRoute = defineRoute({
  method: 'post',
  path: '/community/notifications/read',
  tags,
  summary: 'Mark all your notifications read',
  permission: 'community.participate',
  responses: { 200: json(ZUnreadCount), 401: problemResponses[401] },
});

const getSettingsRoute = defineRoute({
  method: 'get',
  path: '/community/mail-settings',
  tags,
  summary: 'How community news reaches you by mail: each one, a daily digest, or none',
  permission: 'community.participate',
  responses: { 200: json(ZMailSettings), 401: problemResponses[401] },
});

const putSettingsRoute = defineRoute({
  method: 'put',
  path: '/community/mail-settings',
  tags,
  summary: 'Choose how community news reaches you by mail',
  permission: 'community.participate',
  request: jsonBody(ZMailSettings),
  responses: { 200: json(ZMailSettings), 401: problemResponses[401], 422: problemResponses[422] },
});

/**
 * Follows, the person's own notifications and their mail choice: always the signed-in
 * person's own, never someone else's by parameter.
 *
 * @example api.route('/', communityNotifyRoutes()); // GET /api/community/notifications
 */
export function communityNotifyRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();
  const me = (actor: TAppEnv['Variables']['actor']) => {
    authorize(actor, 'community.participate', { type: 'community' });
    return actor!.userId;
  };

  router.openapi(followRoute, async (c) => {
    const userId = me(c.get('actor'));
    const { db } = c.get('deps');
    const threadId = await threadIdBySlug(db, c.req.valid('param').slug);
    await db.transaction(async (tx) => followThread(tx as never, threadId, userId));
    return c.json({ following: true }, 200);
  });

  router.openapi(unfollowRoute, async (c) => {
    const userId = me(c.get('actor'));
    const { db } = c.get('deps');
    await unfollowThread(db, await threadIdBySlug(db, c.req.valid('param').slug), userId);
    return c.json({ following: false }, 200);
  });

  router.openapi(followStateRoute, async (c) => {
    const userId = me(c.get('actor'));
    const { db } = c.get('deps');
    c.header('cache-control', 'private, no-store');
    return c.json({ following: await isFollowing(db, await threadIdBySlug(db, c.req.valid('param').slug), userId) }, 200);
  });

  router.openapi(inboxRoute, async (c) => {
    const userId = me(c.get('actor'));
    const { db } = c.get('deps');
    const page = await listNotifications(db, userId, c.req.valid('query').cursor ?? null);
    c.header('cache-control', 'private, no-store');
    return c.json({ ...page, unreadCount: await unreadCount(db, userId) }, 200);
  });

  router.openapi(countRoute, async (c) => {
    const userId = me(c.get('actor'));
    c.header('cache-control', 'private, no-store');
    return c.json({ unreadCount: await unreadCount(c.get('deps').db, userId) }, 200);
  });

  router.openapi(readOneRoute, async (c) => {
    const userId = me(c.get('actor'));
    const { db } = c.get('deps');
    await markRead(db, userId, c.req.valid('param').id);
    return c.json({ unreadCount: await unreadCount(db, userId) }, 200);
  });

  router.openapi(readAllRoute, async (c) => {
    const userId = me(c.get('actor'));
    const { db } = c.get('deps');
    await markAllRead(db, userId);
    return c.json({ unreadCount: 0 }, 200);
  });

  router.openapi(getSettingsRoute, async (c) => {
    const userId = me(c.get('actor'));
    c.header('cache-control', 'private, no-store');
    return c.json({ emailMode: await getEmailMode(c.get('deps').db, userId) }, 200);
  });

  router.openapi(putSettingsRoute, async (c) => {
    const userId = me(c.get('actor'));
    return c.json({ emailMode: await setEmailMode(c.get('deps').db, userId, c.req.valid('json').emailMode) }, 200);
  });

  return router;
}
