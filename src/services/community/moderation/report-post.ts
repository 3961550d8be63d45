import { and, eq, isNull, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityPost, communityReport, membership, user } from '../../../db/schema/index.js';
import { shouldAutoHide, type TReportReason } from '../../../domain/community/moderation.js';
import { AppError } from '../../../shared/errors.js';
import { loadPostTarget } from './load-target.js';
import { logDecision } from './moderation-log.js';
import { countReport } from './report-limit.js';

/** What the author reads when reports hide their post (the log keeps it as the reason). */
export const AUTO_HIDE_REASON = 'Più persone hanno segnalato questo messaggio: resta nascosto finché un moderatore non lo guarda.';

const refused = (message: string) => new AppError('request.invalid', 422, [{ field: 'postId', message }]);

/**
 * A signed-in person reports someone else's post, once, with a reason. When the open reports
 * reach the threshold (domain/community/moderation.ts) the post is hidden pending review, in the
 * same transaction, and logged as `auto_hide` with no moderator.
 *
 * @example const { isHidden } = await reportPost(db, { postId, reporterUserId, reason: 'spam', note: null });
 */
export async function reportPost(
  db: TDb,
  input: { postId: string; reporterUserId: string; reason: TReportReason; note: string | null },
): Promise<{ reportId: string; isHidden: boolean }> {
  const { post, thread } = await loadPostTarget(db, input.postId);
  if (thread.hiddenAt) throw new AppError('resource.not_found', 404);
  if (post.authorUserId === input.reporterUserId) throw refused('own_post');
  if (post.deletedAt || post.hiddenAt) throw refused('not_reportable');
  const [already] = await db
    .select({ id: communityReport.id })
    .from(communityReport)
    .where(and(eq(communityReport.postId, post.id), eq(communityReport.reporterUserId, input.reporterUserId)));
  if (already) throw refused('already_reported');
  await countReport(db, input.reporterUserId);

  return db.transaction(async (tx) => {
    // The post row is the lock: two reports at once cannot both miss the threshold.
    const [locked] = await tx.select({ hiddenAt: communityPost.hiddenAt }).from(communityPost).where(eq(communityPost.id, post.id)).for('update');
    const [created] = await tx
      .insert(communityReport)
      .values({ postId: post.id, reporterUserId: input.reporterUserId, reason: input.reason, note: input.note?.trim() || null })
      .onConflictDoNothing()
      .returning({ id: communityReport.id });
    if (!created) throw refused('already_reported');
    const open = await tx
      .select({
        reporterUserId: communityReport.reporterUserId,
        reason: communityReport.reason,
        isTrustedReporter: sql<boolean>`(${user.isAdmin} or exists (select 1 from ${membership} m where m.user_id = ${communityReport.reporterUserId}))`,
      })
      .from(communityReport)
      .innerJoin(user, eq(user.id, communityReport.reporterUserId))
      .where(and(eq(communityReport.postId, post.id), isNull(communityReport.resolvedAt)));
    if (locked?.hiddenAt || !shouldAutoHide(open)) return { reportId: created.id, isHidden: Boolean(locked?.hiddenAt) };
    await tx.update(communityPost).set({ hiddenAt: sql`now()`, hiddenReason: AUTO_HIDE_REASON, hiddenBy: null, pendingReview: true }).where(eq(communityPost.id, post.id));
    await logDecision(tx, {
      action: 'auto_hide',
      moderatorUserId: null,
      threadId: thread.id,
      postId: post.id,
      targetUserId: post.authorUserId,
      reason: AUTO_HIDE_REASON,
      details: { reports: open.length, reasons: [...new Set(open.map((r) => r.reason))] },
    });
    return { reportId: created.id, isHidden: true };
  });
}
