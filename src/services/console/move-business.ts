import { and, eq, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { angelProfile, assignment } from '../../db/schema/index.js';
import { MOVE_FIELD_TEXT } from '../../shared/assign-all-messages.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { ensureAssignment } from '../matching/assignments.js';

/**
 * Moves a business of the sportello from the angel who follows it to another angel of the same
 * sportello, with the coordinator's reason: the open assignment ends and the new one starts
 * with that reason (ensureAssignment, the single assign's own write), so plan access follows.
 *
 * @example await moveBusiness(db, sportelloId, { businessId, angelUserId, reason }, actor.userId, 'it');
 */
export async function moveBusiness(db: TDb, sportelloId: string, input: { businessId: string; angelUserId: string; reason: string }, by: string, locale: TLocale) {
  const [open] = await db
    .select({ angelUserId: assignment.angelUserId })
    .from(assignment)
    .where(and(eq(assignment.businessId, input.businessId), isNull(assignment.endedAt)));
  if (!open) throw new AppError('caseload.not_assigned', 409);
  const [angel] = await db.select({ sportelloId: angelProfile.sportelloId }).from(angelProfile).where(eq(angelProfile.userId, input.angelUserId));
  if (!angel || angel.sportelloId !== sportelloId) throw new AppError('request.invalid', 422, [{ field: 'angelUserId', message: MOVE_FIELD_TEXT.not_of_sportello[locale] }]);
  if (open.angelUserId === input.angelUserId) throw new AppError('request.invalid', 422, [{ field: 'angelUserId', message: MOVE_FIELD_TEXT.same_angel[locale] }]);
  await ensureAssignment(db, input.businessId, input.angelUserId, by, input.reason);
}
