import { and, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../../db/client.js';
import { communityPost, communityReport, communityThread, user } from '../../../db/schema/index.js';
import type { TReportReason } from '../../../domain/community/moderation.js';
import { threadsModeratedBy } from './moderator-sportelli.js';

export type TQueueItem = {
  post: { id: string; position: number; text: string; createdAt: string; isHidden: boolean; isPendingReview: boolean; hiddenReason: string | null; hiddenAt: string | null };
  author: { id: string; name: string } | null;
  thread: { id: string; slug: string; title: string; area: string };
  reports: { id: string; reason: TReportReason; note: string | null; reporterName: string; createdAt: string }[];
};

/** The queue is read on a phone: the latest fifty are what a coordinator works through. */
export const QUEUE_LIMIT = 50;

/**
 * What waits for a sportello's moderators: posts with open reports and hidden posts, in the
 * threads it moderates, newest first (by the latest report or the hiding). Deleted posts drop out.
 *
 * @example const items = await listModerationQueue(db, sportelloId);
 */
export async function listModerationQueue(db: TDb, sportelloId: string): Promise<TQueueItem[]> {
  const author = alias(user, 'author');
  const hasOpenReport = sql`exists (select 1 from community_report r where r.post_id = ${communityPost.id} and r.resolved_at is null)`;
  const latest = sql<Date>`greatest(${communityPost.hiddenAt}, (select max(r.created_at) from community_report r where r.post_id = ${communityPost.id} and r.resolved_at is null))`;
  const posts = await db
    .select({
      id: communityPost.id,
      position: communityPost.position,
      text: communityPost.bodyText,
      createdAt: communityPost.createdAt,
      hiddenAt: communityPost.hiddenAt,
      hiddenReason: communityPost.hiddenReason,
      pendingReview: communityPost.pendingReview,
      authorId: author.id,
      authorName: author.name,
      threadId: communityThread.id,
      slug: communityThread.slug,
      title: communityThread.title,
      area: communityThread.area,
    })
    .from(communityPost)
    .innerJoin(communityThread, eq(communityThread.id, communityPost.threadId))
    .leftJoin(author, eq(author.id, communityPost.authorUserId))
    .where(and(threadsModeratedBy(sportelloId), isNull(communityPost.deletedAt), or(isNotNull(communityPost.hiddenAt), hasOpenReport)))
    .orderBy(desc(latest), desc(communityPost.id))
    .limit(QUEUE_LIMIT);
  if (posts.length === 0) return [];
  const reports = await db
    .select({ id: communityReport.id, postId: communityReport.postId, reason: communityReport.reason, note: communityReport.note, reporterName: user.name, createdAt: communityReport.createdAt })
    .from(communityReport)
    .innerJoin(user, eq(user.id, communityReport.reporterUserId))
    .where(and(inArray(communityReport.postId, posts.map((p) => p.id)), isNull(communityReport.resolvedAt)))
    .orderBy(desc(communityReport.createdAt));
  return posts.map((p) => ({
    post: {
      id: p.id,
      position: p.position,
      text: p.text,
      createdAt: p.createdAt.toISOString(),
      isHidden: p.hiddenAt !== null,
      isPendingReview: p.pendingReview,
      hiddenReason: p.hiddenReason,
      hiddenAt: p.hiddenAt?.toISOString() ?? null,
    },
    author: p.authorId ? { id: p.authorId, name: p.authorName! } : null,
    thread: { id: p.threadId, slug: p.slug, title: p.title, area: p.area },
    reports: reports.filter((r) => r.postId === p.id).map((r) => ({ id: r.id, reason: r.reason, note: r.note, reporterName: r.reporterName, createdAt: r.createdAt.toISOString() })),
  }));
}
