import { and, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { angelProfile, communityOffer, communityThread, membership } from '../../../db/schema/index.js';
import { freeAgainRecipients, nextUnansweredStep, OFFER_AFTER_HOURS, offerStages, waitingHours, type TUnansweredStep } from '../../../domain/community/unanswered.js';
import { addNotifications } from './notifications.js';

const OPEN_STATES = ['offered', 'taken', 'escalated'] as const;

type TThread = typeof communityThread.$inferSelect;
type TOffer = typeof communityOffer.$inferSelect;

/**
 * One pass of the 48-hour rule at `now`: offers questions unanswered for 48 hours to the
 * angels of their area in their sportello (all of them when none covers it), to the other
 * angels 12 hours later, gives lapsed holds back (telling the angels it is free again), tells
 * coordinators after 48 more hours. Each step is a guarded write, so two instances running the
 * pass at once do each step once, and its notifications are written in the same transaction.
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
  const done = { offer: 0, answered: 0, release: 0, widen: 0, escalate: 0 };
  for (const { thread, offer } of rows) {
    const step = nextUnansweredStep(
      {
        kind: thread.kind,
        createdAt: thread.createdAt,
        firstReplyAt: thread.firstReplyAt,
        sportelloId: thread.sportelloId,
        isHidden: thread.hiddenAt !== null,
        offer: offer ? { state: offer.state, offeredAt: offer.offeredAt, takenUntil: offer.takenUntil, escalatedAt: offer.escalatedAt, widenedAt: offer.widenedAt } : null,
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
      if (step === 'release') return releaseOffer(tx as unknown as TDb, offer, thread, now);
      if (step === 'widen') return widenOffer(tx as unknown as TDb, offer, thread, now);
      return escalateOffer(tx as unknown as TDb, offer.id, offer.state, thread, now);
    });
    if (didIt) done[step]++;
  }
  return done;
}

/** The sportello's angels with their areas, never the asker, in a stable order. */
async function angelsOf(tx: TDb, thread: TThread): Promise<{ userId: string; areas: string[] }[]> {
  if (!thread.sportelloId) return [];
  const angels = await tx
    .select({ userId: membership.userId, skills: angelProfile.skills })
    .from(membership)
    .leftJoin(angelProfile, eq(angelProfile.userId, membership.userId))
    .where(and(eq(membership.sportelloId, thread.sportelloId), eq(membership.role, 'angel'), thread.authorUserId ? ne(membership.userId, thread.authorUserId) : undefined))
    .orderBy(membership.userId);
  return angels.map((a) => ({ userId: a.userId, areas: a.skills ?? [] }));
}

function offerNotes(recipients: readonly { userId: string; isAreaMatch: boolean }[], kind: 'offer' | 'offer_free', threadId: string, offerId: string) {
  return recipients.map((a) => ({ userId: a.userId, kind, threadId, detail: { offerId, isAreaMatch: a.isAreaMatch } }));
}

async function offerQuestion(tx: TDb, thread: TThread, now: Date): Promise<boolean> {
  if (!thread.sportelloId) return false;
  const stages = offerStages(await angelsOf(tx, thread), thread.area);
  // Nobody left for later (no angel covers the area): the offer is widened from the start.
  const widenedAt = stages.later.length === 0 ? now : null;
  const [created] = await tx.insert(communityOffer).values({ threadId: thread.id, sportelloId: thread.sportelloId, state: 'offered', offeredAt: now, widenedAt }).onConflictDoNothing().returning({ id: communityOffer.id });
  if (!created) return false;
  await addNotifications(tx, offerNotes(stages.first, 'offer', thread.id, created.id));
  return true;
}

async function widenOffer(tx: TDb, offer: TOffer, thread: TThread, now: Date): Promise<boolean> {
  // Guarded on the hold too: an angel taking it meanwhile means the area's people are on it.
  const [row] = await tx
    .update(communityOffer)
    .set({ widenedAt: now })
    .where(and(eq(communityOffer.id, offer.id), isNull(communityOffer.widenedAt), inArray(communityOffer.state, ['offered', 'escalated'])))
    .returning({ id: communityOffer.id });
  if (!row) return false;
  const stages = offerStages(await angelsOf(tx, thread), thread.area);
  await addNotifications(tx, offerNotes(stages.later, 'offer', thread.id, offer.id));
  return true;
}

async function releaseOffer(tx: TDb, offer: TOffer, thread: TThread, now: Date): Promise<boolean> {
  const [row] = await tx
    .update(communityOffer)
    .set({ state: offer.escalatedAt ? 'escalated' : 'offered', takenBy: null, takenAt: null, takenUntil: null })
    .where(and(eq(communityOffer.id, offer.id), eq(communityOffer.state, 'taken'), lte(communityOffer.takenUntil, now)))
    .returning({ widenedAt: communityOffer.widenedAt });
  if (!row) return false;
  const recipients = freeAgainRecipients(await angelsOf(tx, thread), thread.area, { isWidened: row.widenedAt !== null, lapsedUserId: offer.takenBy });
  await addNotifications(tx, offerNotes(recipients, 'offer_free', thread.id, offer.id));
  return true;
}

async function escalateOffer(tx: TDb, offerId: string, state: string, thread: TThread, now: Date): Promise<boolean> {
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
