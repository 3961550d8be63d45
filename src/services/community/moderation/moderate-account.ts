import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityMember } from '../../../db/schema/index.js';
import { checkAccountDecision, checkReason, silenceEnd, type TAccountDecision } from '../../../domain/community/moderation.js';
import { refusedDecision } from './moderate-post.js';
import { logDecision } from './moderation-log.js';

/**
 * A moderator silences the author of a post for some hours (they read, but cannot post), or
 * lifts the silence, with a reason they read. The member row is made if the person has none yet.
 * The post is where the decision was taken: it places the log entry in that thread's sportelli.
 *
 * @example await moderateAccount(db, { targetUserId, threadId, postId, moderatorUserId, reason: 'Insulti ripetuti', decision: { action: 'silence', hours: 24 } });
 */
export async function moderateAccount(
  db: TDb,
  input: { targetUserId: string; threadId: string; postId: string; moderatorUserId: string; reason: string; decision: TAccountDecision },
  now = new Date(),
): Promise<{ silencedUntil: Date | null }> {
  const bad = checkReason(input.reason);
  if (bad) throw refusedDecision(bad);
  if (input.targetUserId === input.moderatorUserId) throw refusedDecision({ field: 'postId', message: 'own_account' });
  const reason = input.reason.trim();
  return db.transaction(async (tx) => {
    await tx
      .insert(communityMember)
      .values({ userId: input.targetUserId, emailMode: 'each', unsubscribeToken: crypto.randomBytes(24).toString('base64url') })
      .onConflictDoNothing();
    const [member] = await tx.select().from(communityMember).where(eq(communityMember.userId, input.targetUserId)).for('update');
    const wrong = checkAccountDecision(input.decision, { silencedUntil: member?.silencedUntil ?? null }, now);
    if (wrong) throw refusedDecision(wrong);
    const until = input.decision.action === 'silence' ? silenceEnd(now, input.decision.hours) : null;
    await tx
      .update(communityMember)
      .set({ silencedUntil: until, silenceReason: until ? reason : null })
      .where(eq(communityMember.userId, input.targetUserId));
    await logDecision(tx, {
      action: input.decision.action,
      moderatorUserId: input.moderatorUserId,
      threadId: input.threadId,
      postId: input.postId,
      targetUserId: input.targetUserId,
      reason,
      details: until ? { hours: (input.decision as { hours: number }).hours, until: until.toISOString() } : { liftedEarly: true },
    });
    return { silencedUntil: until };
  });
}
