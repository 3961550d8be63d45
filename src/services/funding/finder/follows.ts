import { and, eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { fundingCall, fundingFollow } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';

/**
 * A call the business may follow: the national catalogue's, or its own sportello's.
 * Another sportello's own call, or no call at all, is `resource.not_found`.
 */
async function followableCall(db: TDb, callId: string, sportelloId: string | null): Promise<void> {
  const [row] = await db.select({ sportelloId: fundingCall.sportelloId }).from(fundingCall).where(eq(fundingCall.id, callId));
  if (!row || (row.sportelloId !== null && row.sportelloId !== sportelloId)) throw new AppError('resource.not_found', 404);
}

/**
 * Follows a call for a business (its alerts go to this person); following twice is once.
 * @example await followCall(db, { businessId, sportelloId, callId, userId });
 */
export async function followCall(db: TDb, target: { businessId: string; sportelloId: string | null; callId: string; userId: string }): Promise<void> {
  await followableCall(db, target.callId, target.sportelloId);
  await db.insert(fundingFollow).values({ businessId: target.businessId, callId: target.callId, userId: target.userId }).onConflictDoNothing();
}

/**
 * Stops following; not following already is fine.
 * @example await unfollowCall(db, { businessId, callId, userId });
 */
export async function unfollowCall(db: TDb, target: { businessId: string; callId: string; userId: string }): Promise<void> {
  await db.delete(fundingFollow).where(and(eq(fundingFollow.businessId, target.businessId), eq(fundingFollow.callId, target.callId), eq(fundingFollow.userId, target.userId)));
}
