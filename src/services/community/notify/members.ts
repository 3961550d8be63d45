import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityMember } from '../../../db/schema/index.js';

export type TEmailMode = 'each' | 'daily' | 'off';

/**
 * Makes sure each person has a community_member row (mail as it comes, and a token for the
 * one-click unsubscribe link), so every mail we send can carry that link. Existing rows are left alone.
 *
 * @example await ensureCommunityMembers(tx, [userId]);
 */
export async function ensureCommunityMembers(tx: TDb, userIds: readonly string[]): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx
    .insert(communityMember)
    .values(unique.map((userId) => ({ userId, emailMode: 'each' as const, unsubscribeToken: crypto.randomBytes(24).toString('base64url') })))
    .onConflictDoNothing();
}

/** The person's community mail choice ('each' when they never chose). */
export async function getEmailMode(db: TDb, userId: string): Promise<TEmailMode> {
  const [row] = await db.select({ emailMode: communityMember.emailMode }).from(communityMember).where(eq(communityMember.userId, userId));
  return row?.emailMode ?? 'each';
}

/** Sets the person's community mail choice, creating their member row if needed. */
export async function setEmailMode(db: TDb, userId: string, emailMode: TEmailMode): Promise<TEmailMode> {
  await ensureCommunityMembers(db, [userId]);
  await db.update(communityMember).set({ emailMode }).where(eq(communityMember.userId, userId));
  return emailMode;
}
