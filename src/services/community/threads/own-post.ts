import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityPost, communityPostRevision, communityThread } from '../../../db/schema/index.js';
import { contentHash } from '../../../domain/community/post-content.js';
import { checkPost } from '../../../domain/community/posting-rules.js';
import type { TActor } from '../../../domain/network/actor.js';
import { AppError } from '../../../shared/errors.js';
import type { TLocale } from '../../../shared/locale.js';
import { standingOf } from './standing.js';
import { refusal, renderPost, attachImages } from './write-post.js';

export type TPostRow = typeof communityPost.$inferSelect;

/** The post, or 404. */
export async function loadPost(db: TDb, postId: string): Promise<TPostRow> {
  const [post] = await db.select().from(communityPost).where(eq(communityPost.id, postId));
  if (!post) throw new AppError('resource.not_found', 404);
  return post;
}

/**
 * The author rewrites their post: the earlier text is kept as a revision, the new one is
 * rendered and checked for size, links and images as a new post would be (not for pace).
 *
 * @example await editOwnPost(db, actor, post, 'Testo corretto', 'it');
 */
export async function editOwnPost(db: TDb, actor: TActor, post: TPostRow, markdown: string, locale: TLocale, now = new Date()): Promise<{ version: number }> {
  if (post.deletedAt) throw new AppError('community.post_deleted', 409);
  return db.transaction(async (tx) => {
    const standing = await standingOf(tx, actor);
    const found = checkPost({ now, level: standing.level, markdown, hash: contentHash(markdown), recentPosts: [], totalPosts: 0, silencedUntil: standing.silencedUntil, thread: null, isModerator: false });
    if (found) throw refusal(found, locale);
    const [thread] = await tx.select({ lockedAt: communityThread.lockedAt }).from(communityThread).where(eq(communityThread.id, post.threadId));
    if (thread?.lockedAt) throw refusal({ code: 'community.thread_locked', field: 'body' }, locale);
    await tx.insert(communityPostRevision).values({ postId: post.id, version: post.version, bodyMarkdown: post.bodyMarkdown, editedBy: actor.userId, createdAt: now });
    const [row] = await tx
      .update(communityPost)
      .set({ ...renderPost(markdown), version: post.version + 1, editedAt: now })
      .where(eq(communityPost.id, post.id))
      .returning({ version: communityPost.version });
    await attachImages(tx, post.id, actor.userId, markdown);
    return { version: row!.version };
  });
}

/**
 * The author deletes their post: the text is gone (the thread shows "messaggio eliminato"),
 * the row stays so replies quoting it and the thread's order hold. Earlier revisions go too:
 * a deleted text must not be readable anywhere.
 *
 * @example await deleteOwnPost(db, post);
 */
export async function deleteOwnPost(db: TDb, post: TPostRow, now = new Date()): Promise<void> {
  if (post.deletedAt) return;
  await db.transaction(async (tx) => {
    await tx.update(communityPost).set({ bodyMarkdown: '', bodyHtml: '', bodyText: '', deletedAt: now }).where(eq(communityPost.id, post.id));
    await tx.delete(communityPostRevision).where(eq(communityPostRevision.postId, post.id));
    // A deleted reply is no solution any more.
    await tx.update(communityThread).set({ solvedPostId: null, solvedAt: null, solvedBy: null }).where(eq(communityThread.solvedPostId, post.id));
  });
}
