import { and, eq, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityMention, communityPost, communityThread } from '../../../db/schema/index.js';
import type { TActor } from '../../../domain/network/actor.js';
import { AppError } from '../../../shared/errors.js';
import type { TLocale } from '../../../shared/locale.js';
import { communityEvents } from '../events.js';
import { standingOf } from './standing.js';
import { loadThread } from './thread-access.js';
import { assertMayPost, attachImages, mentionsIn, renderPost } from './write-post.js';

export interface TNewReply {
  body: string;
  /** A post of the same thread the reply quotes. */
  quotePostId?: string | null;
}

/**
 * A reply to a thread: refused in a locked thread (except by a moderator), while silenced,
 * under slow mode or the author's pace; mentions only people already in the thread.
 *
 * @example await replyToThread(db, actor, threadId, { body: 'Prova con la scheda di Google.' }, { isModerator: false, locale: 'it' });
 */
export async function replyToThread(db: TDb, actor: TActor, threadId: string, input: TNewReply, opts: { isModerator: boolean; locale: TLocale; now?: Date }): Promise<{ id: string; position: number }> {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const thread = await loadThread(tx, { id: threadId }, { forUpdate: true });
    if (thread.hiddenAt && !opts.isModerator && thread.authorUserId !== actor.userId) throw new AppError('resource.not_found', 404);
    const standing = await standingOf(tx, actor);
    await assertMayPost(tx, actor, standing, input.body, thread, opts.isModerator, opts.locale, now);
    if (input.quotePostId) {
      const [quoted] = await tx.select({ id: communityPost.id }).from(communityPost).where(and(eq(communityPost.id, input.quotePostId), eq(communityPost.threadId, thread.id)));
      if (!quoted) throw new AppError('request.invalid', 422, [{ field: 'quotePostId', message: opts.locale === 'it' ? 'Il messaggio citato non è in questa discussione.' : 'The quoted message is not in this discussion.' }]);
    }
    const mentioned = await mentionsIn(tx, thread.id, input.body, actor.userId);
    const [last] = await tx.select({ max: sql<number>`coalesce(max(${communityPost.position}), 0)::int` }).from(communityPost).where(eq(communityPost.threadId, thread.id));
    const position = (last?.max ?? 0) + 1;
    const [post] = await tx
      .insert(communityPost)
      .values({ threadId: thread.id, position, authorUserId: actor.userId, authorRole: standing.role, quotePostId: input.quotePostId ?? null, ...renderPost(input.body), createdAt: now })
      .returning({ id: communityPost.id });
    if (mentioned.length) await tx.insert(communityMention).values(mentioned.map((userId) => ({ postId: post!.id, userId })));
    await attachImages(tx, post!.id, actor.userId, input.body);
    const answersSomeoneElse = thread.authorUserId !== actor.userId;
    await tx
      .update(communityThread)
      .set({
        replyCount: sql`${communityThread.replyCount} + 1`,
        lastPostAt: now,
        ...(answersSomeoneElse && !thread.firstReplyAt ? { firstReplyAt: now } : {}),
      })
      .where(eq(communityThread.id, thread.id));
    await communityEvents.postCreated(tx, { threadId: thread.id, postId: post!.id, authorUserId: actor.userId, mentionedUserIds: mentioned });
    return { id: post!.id, position };
  });
}
