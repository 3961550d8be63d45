import { and, eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityFollow, communityThread } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';
import { ensureCommunityMembers } from './members.js';

/** Starts following a thread (idempotent); the member row comes with it so replies can be mailed. */
export async function followThread(tx: TDb, threadId: string, userId: string): Promise<void> {
  await ensureCommunityMembers(tx, [userId]);
  await tx.insert(communityFollow).values({ threadId, userId }).onConflictDoNothing();
}

/** Stops following a thread (idempotent). */
export async function unfollowThread(db: TDb, threadId: string, userId: string): Promise<void> {
  await db.delete(communityFollow).where(and(eq(communityFollow.threadId, threadId), eq(communityFollow.userId, userId)));
}

/** A visible thread's id by slug; a hidden or unknown one is 404. */
export async function threadIdBySlug(db: TDb, slug: string): Promise<string> {
  const [row] = await db.select({ id: communityThread.id, hiddenAt: communityThread.hiddenAt }).from(communityThread).where(eq(communityThread.slug, slug));
  if (!row || row.hiddenAt) throw new AppError('resource.not_found', 404);
  return row.id;
}

/** Whether this person follows the thread. */
export async function isFollowing(db: TDb, threadId: string, userId: string): Promise<boolean> {
  const rows = await db.select({ t: communityFollow.threadId }).from(communityFollow).where(and(eq(communityFollow.threadId, threadId), eq(communityFollow.userId, userId)));
  return rows.length > 0;
}
