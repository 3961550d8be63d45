import { and, eq, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityPost, communityReaction, communityThread } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';
import { loadThread } from './thread-access.js';

export type TReaction = 'me_too' | 'thanks';

/**
 * "Anche a me" on a question's opening post, "grazie" on a reply: one per person, never on
 * one's own post; `on: false` takes it back. The counters move in the same transaction.
 *
 * @example await setReaction(db, userId, postId, 'thanks', true); // { count: 1, mine: true }
 */
export async function setReaction(db: TDb, userId: string, postId: string, kind: TReaction, on: boolean): Promise<{ count: number; mine: boolean }> {
  return db.transaction(async (tx) => {
    const [post] = await tx.select().from(communityPost).where(eq(communityPost.id, postId));
    if (!post) throw new AppError('resource.not_found', 404);
    const thread = await loadThread(tx, { id: post.threadId }, { forUpdate: true });
    if (post.hiddenAt || thread.hiddenAt) throw new AppError('resource.not_found', 404);
    const fits = kind === 'me_too' ? post.position === 0 && thread.kind === 'question' : post.position > 0;
    if (!fits || post.authorUserId === userId || post.deletedAt) throw new AppError('community.cannot_react', 422);
    const changed = on
      ? await tx.insert(communityReaction).values({ postId, userId, kind }).onConflictDoNothing().returning({ postId: communityReaction.postId })
      : await tx.delete(communityReaction).where(and(eq(communityReaction.postId, postId), eq(communityReaction.userId, userId), eq(communityReaction.kind, kind))).returning({ postId: communityReaction.postId });
    const delta = changed.length === 0 ? 0 : on ? 1 : -1;
    if (kind === 'me_too') {
      const [t] = await tx.update(communityThread).set({ meTooCount: sql`${communityThread.meTooCount} + ${delta}` }).where(eq(communityThread.id, thread.id)).returning({ count: communityThread.meTooCount });
      return { count: t!.count, mine: on };
    }
    const [p] = await tx.update(communityPost).set({ thanksCount: sql`${communityPost.thanksCount} + ${delta}` }).where(eq(communityPost.id, postId)).returning({ count: communityPost.thanksCount });
    return { count: p!.count, mine: on };
  });
}
