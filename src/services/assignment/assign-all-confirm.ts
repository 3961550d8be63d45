import { asc, inArray } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { angelProfile, assignment, business } from '../../db/schema/index.js';
import { checkPairs, STALE_PROBLEMS, type TPairToCheck } from '../../domain/console/check-pairs.js';
import { PAIR_PROBLEM_TEXT } from '../../shared/assign-all-messages.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { notifyAngelChanged } from '../angels/angel-changes.js';
import { loadMatchAngels, refreshAngel } from '../matching/angel-index.js';
import { loadRequestsForCheck, readPeople } from './assign-all-instance.js';

/** The reason every assignment made by "Assegna tutte" carries, as the single assign carries the coordinator's. */
export const ASSIGN_ALL_REASON = 'Assegna tutte';

/**
 * Stores the confirmed pairs, all or nothing, in one transaction: the businesses and angels
 * named are locked, every pair is checked again against the hard rules and the free places at
 * that moment (check-pairs.ts), and only then the assignments are written, the same rows a
 * single assign writes (plan access follows them). A pair that no longer holds answers 409
 * `assignment.stale`, one that never could 422 `assignment.infeasible`, each naming the pairs
 * (`errors[].field` = `pairs.<index>`); nothing is stored then.
 *
 * @example await confirmAssignAll(db, sportelloId, [{ businessId, angelUserId }], actor.userId, 'it');
 */
export async function confirmAssignAll(db: TDb, sportelloId: string, pairs: TPairToCheck[], by: string, locale: TLocale) {
  const angelIds = [...new Set(pairs.map((p) => p.angelUserId))].sort();
  const businessIds = [...new Set(pairs.map((p) => p.businessId))].sort();
  await db.transaction(async (tx) => {
    const t = tx as unknown as TDb;
    // In one order (ids sorted) so two confirmations never wait on each other in a circle.
    await tx.select({ id: business.id }).from(business).where(inArray(business.id, businessIds)).orderBy(asc(business.id)).for('update');
    await tx.select({ id: angelProfile.userId }).from(angelProfile).where(inArray(angelProfile.userId, angelIds)).orderBy(asc(angelProfile.userId)).for('update');
    const requests = await loadRequestsForCheck(t, sportelloId, businessIds);
    const angels = await loadMatchAngels(t, { sportelloId });
    const issues = checkPairs(pairs, { businesses: requests.businesses, takenBusinessIds: requests.takenBusinessIds, angels: new Map(angels.map((a) => [a.angel.id, a.angel])) });
    if (issues.length > 0) {
      const people = await readPeople(t, angelIds);
      const fields = issues.map(({ index, problem }) => {
        const pair = pairs[index]!;
        const who = `${requests.names.get(pair.businessId) ?? pair.businessId} → ${people.get(pair.angelUserId)?.name ?? pair.angelUserId}`;
        return { field: `pairs.${index}`, message: `${who}: ${PAIR_PROBLEM_TEXT[problem][locale]}` };
      });
      const isStale = issues.some((i) => STALE_PROBLEMS.has(i.problem));
      throw new AppError(isStale ? 'assignment.stale' : 'assignment.infeasible', isStale ? 409 : 422, fields);
    }
    await tx.insert(assignment).values(pairs.map((p) => ({ businessId: p.businessId, angelUserId: p.angelUserId, sportelloId, assignedBy: by, reason: ASSIGN_ALL_REASON })));
    for (const id of angelIds) await notifyAngelChanged(tx, id);
  });
  // This process at once; the others through the NOTIFY above.
  for (const id of angelIds) await refreshAngel(db, id);
  return { assigned: pairs.map((p) => ({ businessId: p.businessId, angelUserId: p.angelUserId })) };
}
