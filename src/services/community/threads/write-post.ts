import { and, desc, eq, gt, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityPost, communityPostImage, communityThread, user } from '../../../db/schema/index.js';
import { markdownToProse } from '../../../domain/library/gulpease.js';
import { parseMentions } from '../../../domain/community/mentions.js';
import { contentHash } from '../../../domain/community/post-content.js';
import { checkPost, type TPostRefusal } from '../../../domain/community/posting-rules.js';
import type { TActor } from '../../../domain/network/actor.js';
import { postRefusalDetail } from '../../../shared/community-messages.js';
import { AppError } from '../../../shared/errors.js';
import type { TLocale } from '../../../shared/locale.js';
import { renderMarkdown } from '../../library/render-markdown.js';
import type { TStanding } from './standing.js';
import type { TThreadRow } from './thread-access.js';

/** A refusal of the posting rules as the API's problem, the message next to `field`. */
export function refusal(r: TPostRefusal, locale: TLocale, field = 'body'): AppError {
  const status = r.code === 'community.too_fast' || r.code === 'community.slow_mode' || r.code === 'community.daily_limit' ? 429 : r.code === 'community.thread_locked' || r.code === 'community.silenced' ? 403 : 422;
  return new AppError(r.code, status, [{ field, message: postRefusalDetail(r, locale) }]);
}

/** Markdown rendered once: the safe HTML shown, the prose searched and compared. */
export function renderPost(markdown: string) {
  return { bodyMarkdown: markdown, bodyHtml: renderMarkdown(markdown), bodyText: markdownToProse(markdown), contentHash: contentHash(markdown) };
}

/**
 * Applies the posting rules to a new post of `actor` (the thread null for a new thread's
 * opening), throwing the refusal. Reads the author's last day of posts in the transaction.
 */
export async function assertMayPost(tx: TDb, actor: TActor, standing: TStanding, markdown: string, thread: TThreadRow | null, isModerator: boolean, locale: TLocale, now: Date): Promise<void> {
  const since = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const recent = await tx
    .select({ contentHash: communityPost.contentHash, createdAt: communityPost.createdAt, threadId: communityPost.threadId })
    .from(communityPost)
    .where(and(eq(communityPost.authorUserId, actor.userId), gt(communityPost.createdAt, since)))
    .orderBy(desc(communityPost.createdAt))
    .limit(400);
  const [total] = await tx.select({ n: sql<number>`count(*)::int` }).from(communityPost).where(eq(communityPost.authorUserId, actor.userId));
  const found = checkPost({
    now,
    level: standing.level,
    markdown,
    hash: contentHash(markdown),
    recentPosts: recent,
    totalPosts: total?.n ?? 0,
    silencedUntil: standing.silencedUntil,
    thread: thread ? { id: thread.id, isLocked: thread.lockedAt !== null, slowModeSeconds: thread.slowModeSeconds } : null,
    isModerator,
  });
  if (found) throw refusal(found, locale);
}

/** The people already in the thread (asker and those who replied), by display name, for @mentions. */
export async function threadPeople(tx: TDb, threadId: string) {
  const rows = await tx
    .selectDistinct({ userId: user.id, displayName: user.name })
    .from(user)
    .where(
      or(
        inArray(user.id, tx.select({ id: communityThread.authorUserId }).from(communityThread).where(and(eq(communityThread.id, threadId), isNotNull(communityThread.authorUserId)))),
        inArray(user.id, tx.select({ id: communityPost.authorUserId }).from(communityPost).where(and(eq(communityPost.threadId, threadId), isNotNull(communityPost.authorUserId)))),
      ),
    );
  return rows;
}

/** Mentions in a post, among people in the thread, never the author. */
export async function mentionsIn(tx: TDb, threadId: string, markdown: string, authorUserId: string): Promise<string[]> {
  return parseMentions(markdown, await threadPeople(tx, threadId)).filter((id) => id !== authorUserId);
}

/** Images the author uploaded and the post shows (by their address), attached to it. */
export async function attachImages(tx: TDb, postId: string, authorUserId: string, markdown: string): Promise<void> {
  const ids = [...markdown.matchAll(/\/api\/community\/images\/([0-9a-f-]{36})/g)].map((m) => m[1]!);
  if (ids.length === 0) return;
  await tx
    .update(communityPostImage)
    .set({ postId })
    .where(and(inArray(communityPostImage.fileId, ids), eq(communityPostImage.uploadedBy, authorUserId), sql`${communityPostImage.postId} is null`));
}
