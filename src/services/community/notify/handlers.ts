import { and, eq, inArray, ne } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityFollow, communityOffer, communityThread } from '../../../db/schema/index.js';
import type { TCommunityEvents } from '../events.js';
import { followThread } from './follows.js';
import { addNotifications, type TNewNotification } from './notifications.js';

/** The asker follows their own thread from the start. */
export const onThreadCreated: TCommunityEvents['threadCreated'] = async (tx, e) => {
  await followThread(tx, e.threadId, e.authorUserId);
};

/**
 * A reply: the replier follows; every other follower is told ('reply'), the people mentioned
 * get a 'mention' instead (even if they do not follow); an offer still open is now answered
 * (a reply from the asker alone answers nothing).
 */
export const onPostCreated: TCommunityEvents['postCreated'] = async (tx, e) => {
  await followThread(tx, e.threadId, e.authorUserId);
  const mentioned = new Set(e.mentionedUserIds.filter((id) => id !== e.authorUserId));
  const followers = await followersExcept(tx, e.threadId, e.authorUserId);
  const items: TNewNotification[] = [
    ...[...mentioned].map((userId) => ({ userId, kind: 'mention' as const, threadId: e.threadId, postId: e.postId })),
    ...followers.filter((userId) => !mentioned.has(userId)).map((userId) => ({ userId, kind: 'reply' as const, threadId: e.threadId, postId: e.postId })),
  ];
  await addNotifications(tx, items);
  const [thread] = await tx.select({ authorUserId: communityThread.authorUserId }).from(communityThread).where(eq(communityThread.id, e.threadId));
  if (thread && thread.authorUserId !== e.authorUserId) {
    // 'escalated' too: once someone answered, the question leaves the coordinator's queue.
    await tx
      .update(communityOffer)
      .set({ state: 'answered' })
      .where(and(eq(communityOffer.threadId, e.threadId), inArray(communityOffer.state, ['offered', 'taken', 'escalated'])));
  }
};

/** "Risolto": every follower but the one who marked it is told. */
export const onSolved: TCommunityEvents['solved'] = async (tx, e) => {
  const followers = await followersExcept(tx, e.threadId, e.byUserId);
  await addNotifications(
    tx,
    followers.map((userId) => ({ userId, kind: 'solved' as const, threadId: e.threadId, postId: e.postId })),
  );
};

/** A moderator's decision: the person it concerns is told, with the reason. */
export const onModerated: TCommunityEvents['moderated'] = async (tx, e) => {
  await addNotifications(tx, [{ userId: e.targetUserId, kind: 'moderation', threadId: e.threadId, postId: e.postId, detail: { action: e.action, reason: e.reason } }]);
};

async function followersExcept(tx: TDb, threadId: string, userId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: communityFollow.userId })
    .from(communityFollow)
    .where(and(eq(communityFollow.threadId, threadId), ne(communityFollow.userId, userId)));
  return rows.map((r) => r.userId);
}
