import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityPost, communityReport } from '../../../db/schema/index.js';
import { checkPostDecision, checkReason, type TModerationFieldError, type TPostDecision } from '../../../domain/community/moderation.js';
import { AppError } from '../../../shared/errors.js';
import { logDecision } from './moderation-log.js';

/** A refused decision: the field and why, as the route's problem+json `errors`. */
export const refusedDecision = (e: TModerationFieldError) => new AppError('request.invalid', 422, [e]);

/**
 * A moderator hides a post, restores it, or dismisses its reports, with a reason the author
 * reads. Every decision resolves the open reports (someone looked at them) and is logged in the
 * same transaction; the text is never deleted.
 *
 * @example await moderatePost(db, { postId, moderatorUserId, reason: 'Offende un’altra persona', decision: { action: 'hide' } });
 */
export async function moderatePost(db: TDb, input: { postId: string; moderatorUserId: string; reason: string; decision: TPostDecision }): Promise<void> {
  const bad = checkReason(input.reason);
  if (bad) throw refusedDecision(bad);
  const reason = input.reason.trim();
  await db.transaction(async (tx) => {
    const [post] = await tx.select().from(communityPost).where(eq(communityPost.id, input.postId)).for('update');
    if (!post) throw new AppError('resource.not_found', 404);
    const openReports = and(eq(communityReport.postId, post.id), isNull(communityReport.resolvedAt));
    const [open] = await tx.select({ n: count() }).from(communityReport).where(openReports);
    const state = { isHidden: post.hiddenAt !== null, isPendingReview: post.pendingReview, isDeleted: post.deletedAt !== null, openReports: open?.n ?? 0 };
    const wrong = checkPostDecision(input.decision, state);
    if (wrong) throw refusedDecision(wrong);
    const { action } = input.decision;
    if (action === 'hide') {
      await tx.update(communityPost).set({ hiddenAt: sql`now()`, hiddenReason: reason, hiddenBy: input.moderatorUserId, pendingReview: false }).where(eq(communityPost.id, post.id));
    } else if (action === 'restore') {
      await tx.update(communityPost).set({ hiddenAt: null, hiddenReason: null, hiddenBy: null, pendingReview: false }).where(eq(communityPost.id, post.id));
    }
    await tx.update(communityReport).set({ resolvedAt: sql`now()`, resolvedBy: input.moderatorUserId }).where(openReports);
    await logDecision(tx, {
      action,
      moderatorUserId: input.moderatorUserId,
      threadId: post.threadId,
      postId: post.id,
      targetUserId: post.authorUserId,
      reason,
      details: { resolvedReports: state.openReports, ...(action === 'hide' && state.isPendingReview ? { confirmedReports: true } : {}) },
    });
  });
}
