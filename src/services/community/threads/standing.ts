import { and, eq, ne, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityMember, communityPost, communityThread } from '../../../db/schema/index.js';
import type { TActor } from '../../../domain/network/actor.js';
import { trustLevelOf, type TTrustLevel } from '../../../domain/community/trust.js';

export type TAuthorRole = 'admin' | 'coordinator' | 'angel';

/** The role shown beside a person's posts: the highest they hold anywhere in the network. */
export function authorRoleOf(actor: TActor): TAuthorRole | null {
  if (actor.isAdmin) return 'admin';
  if (actor.memberships.some((m) => m.role === 'coordinator')) return 'coordinator';
  if (actor.memberships.some((m) => m.role === 'angel')) return 'angel';
  return null;
}

export interface TStanding {
  level: TTrustLevel;
  role: TAuthorRole | null;
  silencedUntil: Date | null;
}

/**
 * A person's trust level and silence, read in the transaction of the write it governs.
 *
 * @example (await standingOf(tx, actor)).level; // 'new'
 */
export async function standingOf(db: TDb, actor: TActor): Promise<TStanding> {
  const role = authorRoleOf(actor);
  // Replies of theirs marked "Risolto" in someone else's question: marking one's own does not count.
  const [solved] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(communityThread)
    .innerJoin(communityPost, eq(communityPost.id, communityThread.solvedPostId))
    .where(and(eq(communityPost.authorUserId, actor.userId), ne(communityThread.authorUserId, actor.userId)));
  const [member] = await db.select({ silencedUntil: communityMember.silencedUntil }).from(communityMember).where(eq(communityMember.userId, actor.userId));
  return { level: trustLevelOf({ isHelper: role !== null, solvedReplies: solved?.n ?? 0 }), role, silencedUntil: member?.silencedUntil ?? null };
}
