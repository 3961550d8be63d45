import { and, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { angelProfile, communityOffer, communityThread, membership } from '../../../db/schema/index.js';
import { nextUnansweredStep, OFFER_AFTER_HOURS, orderOfferRecipients, waitingHours, type TUnansweredStep } from '../../../domain/community/unanswered.js';
import { addNotifications } from './notifications.js';

const OPEN_STATES = ['offered', 'taken', 'escalated'] as const;

/**
 * One pass of the 48-hour rule at `now`: offers questions unanswered for 48 hours to their
 * sportello's angels, gives lapsed holds back, tells coordinators after 48 more hours. Each
 * step is a guarded write, so two instances running the pass at once do each step once.
 *
 * @example const steps = await advanceUnansweredQuestions(db, new Date());
 */
export async function advanceUnansweredQuestions(db: TDb, now: Date): Promise<Record<Exclude<TUnansweredStep, 'none'>, number>> {
  const offerBefore = new Date(now.getTime() - OFFER_AFTER_HOURS * 3_600_000);
  const rows = await db
    .select({ thread: communityThread, offer: communityOffer })
    .from(communityThread)
    .leftJoin(communityOffer, eq(communityOffer.threadId, communityThread.id))
    .where(
      and(
        eq(communityThread.kind, 'question'),
        or(
          and(isNull(communityOffer.id), isNull(communityThread.firstReplyAt), isNull(communityThread.hiddenAt), lte(communityThread.createdAt, offerBefore), sql`${communityThread.sportelloId} is not null`),
          inArray(communityOffer.state, [...OPEN_STATES]),
        ),
      ),
    );
  const done = { offer: 0, answered: 0, release: 0, escalate: 0 };
  for (const { thread, offer } of rows) {
    const step = nextUnansweredStep(
      {
        kind: thread.kind,
        createdAt: thread.createdAt,
        firstReplyAt: thread.firstReplyAt,
        sportelloId: thread.sportelloId,
        isHidden: thread.hiddenAt !== null,
        offer: offer ? { state: offer.state, offeredAt: offer.offeredAt, takenUntil: offer.takenUntil, escalatedAt: offer.escalatedAt } : null,
      },
      now,
    );
    if (step === 'none') continue;
    const didIt = await db.transaction(async (tx) => {
      if (step === 'offer') return offerQuestion(tx as unknown as TDb, thread, now);
      if (!offer) return false;
      if (step === 'answered') {
        const r = await tx.update(communityOffer).set({ state: 'answered' }).where(and(eq(communityOffer.id, offer.id), inArray(communityOffer.state, [...OPEN_STATES]))).returning({ id: communityOffer.id });
        return r.length > 0;
      }
      if (step === 'release') {
        const r = await tx
          .update(communityOffer)
          .set({ state: offer.escalatedAt ? 'escalated' : 'offered', takenBy: null, takenAt: null, takenUntil: null })
          .where(and(eq(communityOffer.id, offer.id), eq(communityOffer.state, 'taken'), lte(communityOffer.takenUntil, now)))
          .returning({ id: communityOffer.id });
        return r.length > 0;
      }
      return escalateOffer(tx as unknown as TDb, offer.id, offer.state, thread, now);
    });
    if (didIt) done[step]++;
  }
  return done;
}

async function offerQuestion(tx: TDb, thread: typeof communityThread.$inferSelect, now: Date): Promise<boolean> {
  if (!thread.sportelloId) return false;
  const [created] = await tx.insert(communityOffer).values({ threadId: thread.id, sportelloId: thread.sportelloId, state: 'offered', offeredAt: now }).onConflictDoNothing().returning({ id: communityOffer.id });
  if (!created) return false;
  const angels = await tx
    .select({ userId: membership.userId, skills: angelProfile.skills })
    .from(membership)
    .leftJoin(angelProfile, eq(angelProfile.userId, membership.userId))
    .where(and(eq(membership.sportelloId, thread.sportelloId), eq(membership.role, 'angel'), thread.authorUserId ? ne(membership.userId, thread.authorUserId) : undefined))
    .orderBy(membership.userId);
  const ordered = orderOfferRecipients(
    angels.map((a) => ({ userId: a.userId, areas: a.skills ?? [] })),
    thread.area,
  );
  await addNotifications(
    tx,
    ordered.map((a) => ({ userId: a.userId, kind: 'offer' as const, threadId: thread.id, detail: { offerId: created.id, isAreaMatch: a.isAreaMatch } })),
  );
  return true;
}

async function escalateOffer(tx: TDb, offerId: string, state: string, thread: typeof communityThread.$inferSelect, now: Date): Promise<boolean> {
  // A running hold is kept: the coordinator is told, the angel still has their hours.
  const [row] = await tx
    .update(communityOffer)
    .set({ escalatedAt: now, state: state === 'taken' ? 'taken' : 'escalated' })
    .where(and(eq(communityOffer.id, offerId), isNull(communityOffer.escalatedAt)))
    .returning({ sportelloId: communityOffer.sportelloId });
  if (!row) return false;
  const coordinators = await tx
    .select({ userId: membership.userId })
    .from(membership)
    .where(and(eq(membership.sportelloId, row.sportelloId), eq(membership.role, 'coordinator')));
  await addNotifications(
    tx,
    coordinators.map((c) => ({ userId: c.userId, kind: 'escalated' as const, threadId: thread.id, detail: { offerId, waitingHours: waitingHours(thread.createdAt, now) } })),
  );
  return true;
}
