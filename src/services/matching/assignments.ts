import { and, eq, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { angelProfile, assignment, business } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import { notifyAngelChanged } from '../angels/angel-changes.js';
import { refreshAngel } from './angel-index.js';

/**
 * The entrepreneur's choice of angel becomes an assignment (the angel follows the
 * business) unless that angel already follows it. Choosing another angel ends the earlier one.
 */
export async function ensureAssignment(db: TDb, businessId: string, angelUserId: string, by: string, reason: string | null = null) {
  const ended: string[] = [];
  await db.transaction(async (tx) => {
    // One chooser at a time per angel, so capacity is never exceeded by two at once.
    const [angel] = await tx.select().from(angelProfile).where(eq(angelProfile.userId, angelUserId)).for('update');
    if (!angel || angel.status !== 'qualified' || angel.isPaused) throw new AppError('angel.not_available', 409);
    const current = await tx.select().from(assignment).where(and(eq(assignment.businessId, businessId), isNull(assignment.endedAt)));
    if (current.some((a) => a.angelUserId === angelUserId)) return;
    const open = await tx.select({ id: assignment.id }).from(assignment).where(and(eq(assignment.angelUserId, angelUserId), isNull(assignment.endedAt)));
    if (open.length >= angel.capacity) throw new AppError('angel.not_available', 409);
    // The business before any assignment row: the insert's trigger locks it FOR SHARE anyway, and a
    // move of the business locks it, then its assignments; the same order here never deadlocks.
    const [biz] = await tx.select({ sportelloId: business.sportelloId }).from(business).where(eq(business.id, businessId)).for('share');
    const now = new Date();
    for (const previous of current) {
      await tx.update(assignment).set({ endedAt: now }).where(eq(assignment.id, previous.id));
      await notifyAngelChanged(tx, previous.angelUserId);
      ended.push(previous.angelUserId);
    }
    await tx.insert(assignment).values({ businessId, angelUserId, sportelloId: biz?.sportelloId ?? angel.sportelloId!, assignedBy: by, reason });
    await notifyAngelChanged(tx, angelUserId);
  });
  // This process at once; the others through the NOTIFY above.
  for (const id of [...ended, angelUserId]) await refreshAngel(db, id);
}
