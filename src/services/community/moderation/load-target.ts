import { and, count, eq, isNull } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityPost, communityReport, communityThread } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';
import { moderatorSportelliOf } from './moderator-sportelli.js';

export type TThreadTarget = {
  thread: typeof communityThread.$inferSelect;
  /** The thread as a policy resource. */
  resource: { type: 'community_thread'; authorUserId: string | null; postAuthorUserId?: string | null; moderatorSportelloIds: string[] };
};
export type TPostTarget = TThreadTarget & { post: typeof communityPost.$inferSelect; openReports: number };

const notFound = () => new AppError('resource.not_found', 404);

/**
 * A thread and who moderates it; 404 when it does not exist.
 *
 * @example const { thread, resource } = await loadThreadTarget(db, threadId); authorize(actor, 'community.moderate', resource);
 */
export async function loadThreadTarget(db: TDb, threadId: string): Promise<TThreadTarget> {
  const [thread] = await db.select().from(communityThread).where(eq(communityThread.id, threadId));
  if (!thread) throw notFound();
  const moderatorSportelloIds = await moderatorSportelliOf(db, thread);
  return { thread, resource: { type: 'community_thread', authorUserId: thread.authorUserId, moderatorSportelloIds } };
}

/**
 * A post, its thread, who moderates it and how many reports wait; 404 when it does not exist.
 *
 * @example const { post, resource } = await loadPostTarget(db, postId);
 */
export async function loadPostTarget(db: TDb, postId: string): Promise<TPostTarget> {
  const [post] = await db.select().from(communityPost).where(eq(communityPost.id, postId));
  if (!post) throw notFound();
  const target = await loadThreadTarget(db, post.threadId);
  const [open] = await db
    .select({ n: count() })
    .from(communityReport)
    .where(and(eq(communityReport.postId, postId), isNull(communityReport.resolvedAt)));
  return { ...target, post, openReports: open?.n ?? 0, resource: { ...target.resource, postAuthorUserId: post.authorUserId } };
}
