import { eq, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityThread } from '../../../db/schema/index.js';
import { checkReason, checkThreadDecision, type TThreadDecision } from '../../../domain/community/moderation.js';
import { AREAS } from '../../../shared/areas.js';
import { AppError } from '../../../shared/errors.js';
import { refusedDecision } from './moderate-post.js';
import { logDecision } from './moderation-log.js';

type TThreadRow = typeof communityThread.$inferSelect;

/** The columns each decision changes, and what the log keeps of it. */
function changeOf(d: TThreadDecision, t: TThreadRow, reason: string): { set: Partial<typeof communityThread.$inferInsert>; details?: Record<string, unknown> } {
  const now = sql`now()` as unknown as Date;
  switch (d.action) {
    case 'hide':
      return { set: { hiddenAt: now, hiddenReason: reason } };
    case 'restore':
      return { set: { hiddenAt: null, hiddenReason: null } };
    case 'lock':
      return { set: { lockedAt: now, lockedReason: reason } };
    case 'unlock':
      return { set: { lockedAt: null, lockedReason: null } };
    case 'move':
      return { set: { area: d.area }, details: { from: t.area, to: d.area } };
    case 'slow_mode':
      return { set: { slowModeSeconds: d.seconds }, details: { from: t.slowModeSeconds, to: d.seconds } };
  }
}

/**
 * A moderator hides or restores a whole thread, locks or unlocks it, moves it to another area,
 * or sets its slow mode, with a reason the asker reads; logged in the same transaction.
 *
 * @example await moderateThread(db, { threadId, moderatorUserId, reason: 'Parla di fisco', decision: { action: 'move', area: 'finance' } });
 */
export async function moderateThread(db: TDb, input: { threadId: string; moderatorUserId: string; reason: string; decision: TThreadDecision }): Promise<void> {
  const bad = checkReason(input.reason);
  if (bad) throw refusedDecision(bad);
  const reason = input.reason.trim();
  await db.transaction(async (tx) => {
    const [thread] = await tx.select().from(communityThread).where(eq(communityThread.id, input.threadId)).for('update');
    if (!thread) throw new AppError('resource.not_found', 404);
    const state = { isHidden: thread.hiddenAt !== null, isLocked: thread.lockedAt !== null, area: thread.area, slowModeSeconds: thread.slowModeSeconds };
    const wrong = checkThreadDecision(input.decision, state, AREAS);
    if (wrong) throw refusedDecision(wrong);
    const { set, details } = changeOf(input.decision, thread, reason);
    await tx.update(communityThread).set(set).where(eq(communityThread.id, thread.id));
    await logDecision(tx, { action: input.decision.action, moderatorUserId: input.moderatorUserId, threadId: thread.id, postId: null, targetUserId: thread.authorUserId, reason, details });
  });
}
