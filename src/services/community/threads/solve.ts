import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityPost, communityThread } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';
import { communityEvents } from '../events.js';
import type { TThreadRow } from './thread-access.js';

/**
 * Marks one reply "Risolto" (the route has checked the asker or a moderator); another reply
 * marked later takes its place; `postId: null` takes the mark away.
 *
 * @example await markSolved(db, thread, replyId, userId);
 */
export async function markSolved(db: TDb, thread: TThreadRow, postId: string | null, byUserId: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    if (postId === null) {
      await tx.update(communityThread).set({ solvedPostId: null, solvedAt: null, solvedBy: null }).where(eq(communityThread.id, thread.id));
      return;
    }
    const [post] = await tx.select().from(communityPost).where(eq(communityPost.id, postId));
    if (!post || post.threadId !== thread.id) throw new AppError('resource.not_found', 404);
    if (thread.kind !== 'question' || post.position === 0 || post.deletedAt || post.hiddenAt) throw new AppError('community.cannot_solve', 422);
    await tx.update(communityThread).set({ solvedPostId: post.id, solvedAt: now, solvedBy: byUserId }).where(eq(communityThread.id, thread.id));
    if (thread.solvedPostId !== post.id) await communityEvents.solved(tx, { threadId: thread.id, postId: post.id, byUserId });
  });
}
