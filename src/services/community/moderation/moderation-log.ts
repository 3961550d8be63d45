import { alias } from 'drizzle-orm/pg-core';
import { desc, eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityModerationLog, communityThread, user } from '../../../db/schema/index.js';
import { communityEvents } from '../events.js';
import { threadsModeratedBy } from './moderator-sportelli.js';

type TAction = (typeof communityModerationLog.$inferInsert)['action'];

/**
 * Writes one decision to the moderation log and tells the author why, inside the caller's
 * transaction: a decision is never without its log row, nor its note to the author.
 *
 * @example await logDecision(tx, { action: 'lock', moderatorUserId, threadId, postId: null, targetUserId, reason: 'Discussione chiusa' });
 */
export async function logDecision(
  tx: TDb,
  entry: { action: TAction; moderatorUserId: string | null; threadId: string; postId: string | null; targetUserId: string | null; reason: string; details?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(communityModerationLog).values({ ...entry, details: entry.details ?? null });
  if (entry.targetUserId && entry.targetUserId !== entry.moderatorUserId) {
    await communityEvents.moderated(tx, { action: entry.action, targetUserId: entry.targetUserId, threadId: entry.threadId, postId: entry.postId, reason: entry.reason });
  }
}

export type TLogEntry = {
  id: string;
  action: TAction;
  reason: string;
  details: unknown;
  moderator: { id: string; name: string } | null;
  target: { id: string; name: string } | null;
  thread: { id: string; slug: string; title: string } | null;
  postId: string | null;
  createdAt: string;
};

export const LOG_PAGE_SIZE = 20;

/**
 * One page of the decisions about the threads a sportello moderates, newest first.
 *
 * @example const { items, hasMore } = await listModerationLog(db, sportelloId, 1);
 */
export async function listModerationLog(db: TDb, sportelloId: string, page: number): Promise<{ items: TLogEntry[]; page: number; hasMore: boolean }> {
  const moderator = alias(user, 'moderator');
  const target = alias(user, 'target');
  const rows = await db
    .select({
      id: communityModerationLog.id,
      action: communityModerationLog.action,
      reason: communityModerationLog.reason,
      details: communityModerationLog.details,
      moderatorId: moderator.id,
      moderatorName: moderator.name,
      targetId: target.id,
      targetName: target.name,
      threadId: communityThread.id,
      threadSlug: communityThread.slug,
      threadTitle: communityThread.title,
      postId: communityModerationLog.postId,
      createdAt: communityModerationLog.createdAt,
    })
    .from(communityModerationLog)
    .innerJoin(communityThread, eq(communityThread.id, communityModerationLog.threadId))
    .leftJoin(moderator, eq(moderator.id, communityModerationLog.moderatorUserId))
    .leftJoin(target, eq(target.id, communityModerationLog.targetUserId))
    .where(threadsModeratedBy(sportelloId))
    .orderBy(desc(communityModerationLog.createdAt), desc(communityModerationLog.id))
    .limit(LOG_PAGE_SIZE + 1)
    .offset((page - 1) * LOG_PAGE_SIZE);
  const items = rows.slice(0, LOG_PAGE_SIZE).map((r) => ({
    id: r.id,
    action: r.action,
    reason: r.reason,
    details: r.details,
    moderator: r.moderatorId ? { id: r.moderatorId, name: r.moderatorName! } : null,
    target: r.targetId ? { id: r.targetId, name: r.targetName! } : null,
    thread: { id: r.threadId, slug: r.threadSlug, title: r.threadTitle },
    postId: r.postId,
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, page, hasMore: rows.length > LOG_PAGE_SIZE };
}
